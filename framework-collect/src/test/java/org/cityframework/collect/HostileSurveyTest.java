package org.cityframework.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken survey exports fail or succeed in bounded time and memory (the tests run with
 * a heap of 256 MB), with messages that say what is wrong; rows are handed on one at a time and
 * never all kept.
 */
@Timeout(60)
class HostileSurveyTest {
  private static final SurveyMapping MAPPING =
      SurveyMapping.parse(
          String.join(
              "\n",
              "set: {/country: GB, /assessedOn: \"2026-03-31\"}",
              "columns:",
              "  - {column: City, fact: /name}",
              "  - {column: Team, fact: /staff/teamSize}",
              "  - {column: Mayor, fact: /leadership/mayorPrioritisesInnovation}"));

  @TempDir Path dir;

  /** An import's problems as lines, the file's first, and the names of the cities imported. */
  private record Imported(ImportReport report, List<String> problems, List<String> cities) {}

  private Imported run(Path file) {
    List<String> problems = new ArrayList<>();
    List<String> cities = new ArrayList<>();
    ImportReport report =
        SurveyImport.of(MAPPING)
            .read(
                file,
                row -> {
                  row.problems().forEach(p -> problems.add(p.toString()));
                  row.profile().ifPresent(p -> cities.add(p.name()));
                });
    List<String> all = new ArrayList<>();
    report.fileProblems().forEach(p -> all.add(p.toString()));
    all.addAll(problems);
    return new Imported(report, all, cities);
  }

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void formula_cells_are_refused_cell_by_cell_in_a_workbook_and_in_csv() throws IOException {
    Path xlsx = dir.resolve("formulas.xlsx");
    Workbooks.write(
        xlsx,
        List.of(
            List.of("City", "Team", "Mayor"),
            List.of("Riverton", new Workbooks.Formula("SUM(B3:B9)", "12"), "Yes"),
            List.of("Lakeside", new BigDecimal("4"), "No")));
    Path csv =
        csv(
            "formulas.csv",
            "City,Team,Mayor\n\"=HYPERLINK(\"\"http://x\"\")\",3,Yes\nLakeside,4,No\n");

    assertThat(run(xlsx).problems())
        .containsExactly(
            "row 2, column \"Team\" (/staff/teamSize): the cell holds a formula (\"=SUM(B3:B9)\"),"
                + " not an answer; replace it by its value (copy, paste values)");
    assertThat(run(xlsx).cities()).containsExactly("Lakeside");
    assertThat(run(csv).problems())
        .containsExactly(
            "row 2, column \"City\" (/name): the cell holds a formula"
                + " (\"=HYPERLINK(\"http://x\")\"), not an answer; replace it by its value (copy,"
                + " paste values)");
  }

  @Test
  void a_million_rows_are_streamed_and_stop_at_the_limit_with_a_clear_message() throws IOException {
    Path file = rows(1_000_000, i -> "C" + i + ",1,2,3\n"); // every row too long
    long[] rows = {0};
    long started = System.nanoTime();
    ImportReport report = SurveyImport.of(MAPPING).read(file, row -> rows[0]++);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(rows[0]).isEqualTo(SurveyImport.MAX_ROWS);
    assertThat(report.rejected()).isEqualTo(SurveyImport.MAX_ROWS);
    assertThat(report.fileProblems())
        .extracting(SurveyProblem::toString)
        .containsExactly(
            "row 100002: the file has more than 100000 rows beneath its header; rows from here"
                + " on are not read: split the file");
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  /**
   * A million rows that are all valid profiles: the first 100 000 are imported, one at a time, in
   * bounded memory. Some ten seconds or more; run with the Maven profile survey-long.
   */
  @Test
  @Timeout(600)
  void a_million_valid_rows_import_up_to_the_limit_in_bounded_memory() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("survey.long"));
    Path file = rows(1_000_000, i -> "City " + i + "," + (i % 40) + ",Yes\n");
    long[] imported = {0};
    ImportReport report =
        SurveyImport.of(MAPPING)
            .read(file, row -> imported[0] += row.profile().isPresent() ? 1 : 0);

    assertThat(imported[0]).isEqualTo(SurveyImport.MAX_ROWS);
    assertThat(report.fileProblems()).hasSize(1);
  }

  private Path rows(int count, java.util.function.IntFunction<String> row) throws IOException {
    Path file = dir.resolve("million.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("City,Team,Mayor\n");
      for (int i = 0; i < count; i++) {
        w.write(row.apply(i));
      }
    }
    return file;
  }

  @Test
  void ten_thousand_columns_are_refused_at_the_header() throws IOException {
    String header = "City,Team,Mayor" + ",extra".repeat(9_997);
    Path csv = csv("wide.csv", header + "\nRiverton,3,Yes\n");
    Path xlsx = dir.resolve("wide.xlsx");
    List<Object> cells = new ArrayList<>(Arrays.asList((Object[]) header.split(",")));
    Workbooks.write(xlsx, List.of(cells, List.of("Riverton", new BigDecimal(3), "Yes")));

    for (Path file : List.of(csv, xlsx)) {
      Imported imported = run(file);
      assertThat(imported.problems())
          .as(file.toString())
          .containsExactly(
              "row 1: the header has 10000 columns; a survey export may have at most 2000");
      assertThat(imported.report().rows()).isZero();
    }
  }

  @Test
  void a_zip_bomb_is_refused_after_50_mb_unpacked() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      Workbooks.part(zip, "xl/sharedStrings.xml", "<sst/>");
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);

    assertThat(run(bomb).problems())
        .containsExactly(
            "the file: the workbook holds more than 50 MB once unpacked (a zip bomb?); it was not"
                + " read");
  }

  @Test
  void a_cell_placed_beyond_the_last_column_is_refused_before_the_workbook_is_read()
      throws IOException {
    Path far = dir.resolve("far.xlsx");
    try (OutputStream out = Files.newOutputStream(far)) {
      Workbooks.write(
          out,
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>City</t></is></c></row>"
              + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
              + "</sheetData></worksheet>",
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
    }

    assertThat(run(far).problems())
        .containsExactly(
            "the file: a cell of the workbook is placed at \"ZZZZZZ2\", beyond a spreadsheet's last"
                + " column (XFD) or row; it was not read");
  }

  @Test
  void a_file_in_another_encoding_imports_nothing_and_says_so() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "City,Team,Mayor\nRiverton,3,Yes\nSão Paulo,4,No\n".getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(
        utf16, "\uFEFFCity,Team,Mayor\nRiverton,3,Yes\n".getBytes(StandardCharsets.UTF_16LE));
    Path utf16Bare = dir.resolve("utf16-bare.csv");
    Files.write(utf16Bare, "City,Team,Mayor\n".getBytes(StandardCharsets.UTF_16LE));

    Imported imported = run(latin1);
    assertThat(imported.problems())
        .containsExactly(
            "the file: the file is not UTF-8 text (line 3 has a byte that is not; Windows-1252 or"
                + " Latin-1?); save it as CSV in UTF-8, and nothing of it was imported");
    assertThat(imported.cities()).isEmpty();
    assertThat(run(utf16).problems())
        .containsExactly("the file: the file is UTF-16 text; save it as CSV in UTF-8");
    assertThat(run(utf16Bare).problems())
        .containsExactly(
            "the file: line 1 holds a NUL byte: the file is not text (or is UTF-16 without its"
                + " mark); save it as CSV in UTF-8");
  }

  @Test
  void ragged_rows_are_refused_and_the_others_import() throws IOException {
    Path file =
        csv(
            "ragged.csv",
            "City,Team,Mayor\nRiverton,3,Yes\nLakeside,4\nPort, Amélie,5,No\nEastbridge,6,No,,\n");

    Imported imported = run(file);

    assertThat(imported.problems())
        .containsExactly(
            "row 3: the row has 2 cells where the header has 3; a text with an unquoted line break"
                + " may have split the row, so its answers cannot be matched to their columns",
            "row 4: the row has 4 cells where the header has 3; a text with an unquoted separator"
                + " may have split a cell, so its answers cannot be matched to their columns");
    assertThat(imported.cities()).containsExactly("Riverton", "Eastbridge");
  }

  @Test
  void a_cell_too_long_stops_the_import_where_it_is() throws IOException {
    Path file =
        csv("long.csv", "City,Team,Mayor\nRiverton,3,Yes\n" + "x".repeat(200_000) + ",4,No\n");

    Imported imported = run(file);

    assertThat(imported.problems())
        .containsExactly("row 3: a cell is longer than 100000 characters");
    assertThat(imported.cities()).containsExactly("Riverton");
  }

  @Test
  void files_that_are_not_what_their_name_says_are_named_for_what_they_are() throws IOException {
    Path workbook = dir.resolve("survey.xlsx");
    Workbooks.write(workbook, List.of(List.of("City")));
    Path xlsxAsCsv = dir.resolve("survey.csv");
    Files.copy(workbook, xlsxAsCsv);
    Path csvAsXlsx = dir.resolve("text.xlsx");
    Files.writeString(csvAsXlsx, "City,Team\n");

    assertThat(run(xlsxAsCsv).problems())
        .containsExactly(
            "the file: the file is a zip archive (an .xlsx workbook?), not CSV text; name it .xlsx");
    assertThat(run(csvAsXlsx).problems())
        .containsExactly("the file: the file is not an XLSX workbook (not a zip archive)");
    assertThat(run(csv("empty.csv", "")).problems())
        .containsExactly("the file: the file is empty: it needs a header row and a row per city");
  }
}

package org.cityframework.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a survey export (CSV or XLSX, one row per city) into city profiles through a {@link
 * SurveyMapping} (docs/survey-import.md).
 *
 * <pre>{@code
 * SurveyImport survey = SurveyImport.of(SurveyMapping.read(Path.of("mapping.yaml")));
 * ImportReport report = survey.read(Path.of("survey.csv"), row -> row.profile().ifPresent(save));
 * }</pre>
 *
 * <p>Each row's answers are read into a profile document, which the library's profile reader then
 * checks as it checks any profile ({@link DocumentFormat#readProfile(byte[])}), so that an imported
 * profile is valid exactly when a written one would be. A row with any problem (an answer that
 * cannot be read, a fact out of range, facts that contradict each other) gives every problem, each
 * with its column and the fact it was meant for, and no profile; the other rows still import.
 * Nothing is left out silently: a column that the mapping neither maps nor ignores, a mapped column
 * the file lacks, a row longer or shorter than the header are all problems.
 *
 * <p>Rows are read one at a time and handed on, so memory does not grow with the file. Limits:
 * {@value #MAX_ROWS} rows beneath the header, {@value #MAX_COLUMNS} columns, cells of {@value
 * #MAX_CELL_CHARS} characters, and an XLSX workbook of at most 50 MB once unpacked; past a limit
 * the import stops with a problem saying so. Thread-safe: one import may read many files at once.
 */
public final class SurveyImport {
  /** The most rows beneath the header a file may have. */
  public static final int MAX_ROWS = 100_000;

  /** The most columns a file may have. */
  public static final int MAX_COLUMNS = SurveyMapping.MAX_COLUMNS;

  /** The longest a cell may be, in characters. */
  public static final int MAX_CELL_CHARS = 100_000;

  /** The most problems of the file as a whole an import keeps; the rest are counted. */
  static final int MAX_FILE_PROBLEMS = 100;

  /** The profile format the import writes its documents in. */
  private static final String PROFILE_VERSION = "1.1";

  private final SurveyMapping mapping;
  private final AnswerReader answers;
  private final ProfileFacts facts = ProfileFacts.standard();

  private SurveyImport(SurveyMapping mapping) {
    this.mapping = mapping;
    this.answers = new AnswerReader(mapping.decimal());
  }

  /** An import through this mapping. */
  public static SurveyImport of(SurveyMapping mapping) {
    return new SurveyImport(Objects.requireNonNull(mapping, "mapping"));
  }

  /**
   * Imports a survey export, CSV or XLSX by its extension ({@code .csv}, {@code .xlsx}), handing
   * each row's result to {@code rows} in the file's order.
   *
   * @return what the import did, with the problems of the file as a whole
   * @throws IllegalArgumentException when the file is named neither .csv nor .xlsx
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public ImportReport read(Path file, Consumer<ImportedRow> rows) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return readCsv(file, rows);
    }
    if (name.endsWith(".xlsx")) {
      return readXlsx(file, rows);
    }
    throw new IllegalArgumentException(
        "cannot tell the format of " + file + ": name it .csv or .xlsx");
  }

  /** Imports a CSV export (UTF-8), as {@link #read}. */
  public ImportReport readCsv(Path file, Consumer<ImportedRow> rows) {
    Run run = new Run(rows);
    try (SurveyRows source = CsvRows.open(file, mapping.separator())) {
      run.all(source);
    } catch (SurveyRows.Unreadable e) {
      run.fileProblem(e.row(), null, null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return run.report();
  }

  /** Imports the first sheet of an XLSX workbook, as {@link #read}. */
  public ImportReport readXlsx(Path file, Consumer<ImportedRow> rows) {
    Run run = new Run(rows);
    try (XlsxRows source = XlsxRows.open(file)) {
      if (!source.otherSheets().isEmpty()) {
        run.fileProblem(
            0,
            null,
            null,
            "only the first sheet is read; the workbook's other sheets ("
                + String.join(", ", source.otherSheets().stream().map(Words::quoted).toList())
                + ") are not");
      }
      run.all(source);
    } catch (SurveyRows.Unreadable e) {
      run.fileProblem(e.row(), null, null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return run.report();
  }

  /** One import of one file. */
  private final class Run {
    private final Consumer<ImportedRow> sink;
    private final List<SurveyProblem> fileProblems = new ArrayList<>();
    private long moreFileProblems;
    private long rows;
    private long imported;
    private long rejected;

    /** The mapped column of each column of the file, by index; null for ignored ones. */
    private MappedColumn[] byIndex = new MappedColumn[0];

    private List<String> header = List.of();

    Run(Consumer<ImportedRow> sink) {
      this.sink = sink;
    }

    void all(SurveyRows source) {
      List<String> h = source.header();
      if (h == null) {
        fileProblem(0, null, null, "the file is empty: it needs a header row and a row per city");
        return;
      }
      header(h);
      SurveyRows.Row row;
      while ((row = source.next()) != null) {
        if (row.cells().stream().allMatch(SurveyCell::isBlank)) {
          continue;
        }
        if (rows == MAX_ROWS) {
          fileProblem(
              row.number(),
              null,
              null,
              "the file has more than "
                  + MAX_ROWS
                  + " rows beneath its header; rows from here on are not read: split the file");
          return;
        }
        rows++;
        ImportedRow result = row(row, source.date1904());
        if (result.profile().isPresent()) {
          imported++;
        } else {
          rejected++;
        }
        sink.accept(result);
      }
    }

    private void header(List<String> h) {
      header = h;
      byIndex = new MappedColumn[h.size()];
      Map<String, MappedColumn> mapped = new LinkedHashMap<>();
      for (MappedColumn c : mapping.mappedColumns()) {
        mapped.put(Labels.key(c.header()), c);
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < h.size(); i++) {
        String name = h.get(i);
        String key = Labels.key(name);
        String where = "column " + (i + 1);
        if (key.isEmpty()) {
          fileProblem(1, null, null, where + " has no header; name it, or remove the column");
          continue;
        }
        Integer before = seen.putIfAbsent(key, i + 1);
        if (before != null) {
          fileProblem(
              1,
              name,
              null,
              "the header is also that of column "
                  + before
                  + "; each column needs a header of its own, and this one is not read");
          continue;
        }
        MappedColumn c = mapped.remove(key);
        if (c != null) {
          byIndex[i] = c;
        } else if (!mapping.ignores(key)) {
          List<String> near =
              Words.closest(name, mapped.values().stream().map(MappedColumn::header).toList());
          fileProblem(
              1,
              name,
              null,
              "the mapping neither maps this column nor lists it under ignore:, so its answers"
                  + " are not imported"
                  + (near.isEmpty() ? "" : "; is it " + Words.quoted(near.get(0)) + "?"));
        }
      }
      for (MappedColumn c : mapped.values()) {
        fileProblem(
            1,
            c.header(),
            c.pointer(),
            "the mapping maps this column (line "
                + c.line()
                + "), but the file has no such column; the fact stays unknown in every row");
      }
    }

    private ImportedRow row(SurveyRows.Row row, boolean date1904) {
      List<SurveyProblem> problems = new ArrayList<>();
      long n = row.number();
      if (row.width() != header.size()) {
        boolean longer = row.width() > header.size();
        problems.add(
            SurveyProblem.of(
                n,
                null,
                null,
                "the row has "
                    + Words.count(row.width(), "cell", "cells")
                    + " where the header has "
                    + header.size()
                    + (longer
                        ? "; a text with an unquoted separator may have split a cell"
                        : "; a text with an unquoted line break may have split the row")
                    + ", so its answers cannot be matched to their columns"));
        return new ImportedRow(n, java.util.Optional.empty(), problems);
      }
      ProfileTree tree = new ProfileTree(facts.lists());
      mapping
          .constants()
          .forEach(
              (pointer, value) -> {
                if (itemOf(pointer) == null) {
                  tree.set(pointer, value);
                }
              });
      Map<String, MappedColumn> source = new HashMap<>();
      for (int i = 0; i < byIndex.length && i < row.cells().size(); i++) {
        MappedColumn c = byIndex[i];
        if (c == null) {
          continue;
        }
        AnswerReader.Read read = answers.read(row.cells().get(i), c, date1904);
        if (read.problem() != null) {
          problems.add(SurveyProblem.of(n, c.header(), c.pointer(), read.problem()));
        } else if (!read.isUnknown()) {
          tree.set(c.pointer(), read.value());
          source.put(c.pointer(), c);
        }
      }
      // The facts set alongside an answer, where no column of their own gave them.
      for (MappedColumn c : new ArrayList<>(source.values())) {
        for (Map.Entry<String, JsonNode> e : c.alongside().entrySet()) {
          if (!source.containsKey(e.getKey())) {
            tree.set(e.getKey(), e.getValue());
            source.put(e.getKey(), c);
          }
        }
      }
      // The facts the mapping sets in every row, in a list item only where the row has the item.
      mapping
          .constants()
          .forEach(
              (pointer, value) -> {
                String item = itemOf(pointer);
                if (item != null
                    && !source.containsKey(pointer)
                    && source.keySet().stream().anyMatch(p -> p.startsWith(item + "/"))) {
                  tree.set(pointer, value);
                }
              });
      // The facts that could be read are checked as a profile even when some answers could not
      // be: every problem of the row is then listed at once.
      ObjectNode document = tree.document(PROFILE_VERSION);
      try {
        CityProfile profile =
            DocumentFormat.JSON.readProfile(document.toString().getBytes(StandardCharsets.UTF_8));
        return problems.isEmpty()
            ? new ImportedRow(n, java.util.Optional.of(profile), List.of())
            : new ImportedRow(n, java.util.Optional.empty(), problems);
      } catch (InvalidDocumentException e) {
        java.util.Set<String> unread = new java.util.HashSet<>();
        problems.forEach(p -> p.pointer().ifPresent(unread::add));
        for (DocumentProblem p : e.problems()) {
          String pointer = tree.mappingPointer(p.pointer());
          MappedColumn c = columnOf(pointer, source);
          if (unread.contains(pointer)) {
            continue; // a fact left out because its answer could not be read: said already
          }
          problems.add(
              SurveyProblem.of(
                  n,
                  c == null ? null : c.header(),
                  pointer.isEmpty() ? null : pointer,
                  p.message()));
        }
        if (e.problemsLeftOut() > 0) {
          problems.add(
              SurveyProblem.of(
                  n,
                  null,
                  null,
                  "and " + Words.count(e.problemsLeftOut(), "more problem", "more problems")));
        }
        return new ImportedRow(n, java.util.Optional.empty(), problems);
      }
    }

    /** The pointer of the list item a fact is in ({@code /strategy/goals/0}), or null. */
    private String itemOf(String pointer) {
      for (String list : facts.lists()) {
        String prefix = list + "/"; // the lists of a profile are not nested
        if (pointer.startsWith(prefix)) {
          int end = pointer.indexOf('/', prefix.length());
          if (end > 0) {
            return pointer.substring(0, end);
          }
        }
      }
      return null;
    }

    /** The column a fact came from: its own, or the one whose answer set it alongside. */
    private MappedColumn columnOf(String pointer, Map<String, MappedColumn> source) {
      MappedColumn c = source.get(pointer);
      if (c != null) {
        return c;
      }
      for (MappedColumn m : mapping.mappedColumns()) {
        if (m.pointer().equals(pointer)) {
          return m;
        }
      }
      return null;
    }

    void fileProblem(long row, String column, String pointer, String message) {
      if (fileProblems.size() < MAX_FILE_PROBLEMS) {
        fileProblems.add(SurveyProblem.of(row, column, pointer, message));
      } else {
        moreFileProblems++;
      }
    }

    ImportReport report() {
      List<SurveyProblem> problems = new ArrayList<>(fileProblems);
      if (moreFileProblems > 0) {
        problems.add(
            SurveyProblem.of(
                0,
                null,
                null,
                "and " + Words.count(moreFileProblems, "more problem", "more problems")));
      }
      return new ImportReport(rows, imported, rejected, problems);
    }
  }
}

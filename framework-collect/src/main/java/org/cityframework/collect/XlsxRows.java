package org.cityframework.collect;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of the first sheet of an XLSX workbook, read as a stream with FastExcel. Before the
 * workbook is opened, every part of its zip archive is inflated once and counted, so that a zip
 * bomb is refused after at most {@value #MAX_INFLATED_BYTES} bytes instead of filling memory or
 * disk.
 */
final class XlsxRows implements SurveyRows {
  /** The most a workbook's parts may hold once inflated, together. */
  static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;

  /** The most parts a workbook may have. */
  static final int MAX_PARTS = 10_000;

  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final List<String> header;
  private final int width;
  private final List<String> otherSheets;

  private XlsxRows(
      ReadableWorkbook workbook,
      Stream<org.dhatim.fastexcel.reader.Row> stream,
      List<String> otherSheets) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.otherSheets = otherSheets;
    org.dhatim.fastexcel.reader.Row first = nextRow();
    if (first == null) {
      header = null;
      width = 0;
    } else {
      if (first.getRowNum() != 1) {
        throw new Unreadable(
            first.getRowNum(), "the first row of the sheet is empty; the header must be on row 1");
      }
      if (first.getCellCount() > SurveyImport.MAX_COLUMNS) {
        throw new Unreadable(
            1,
            "the header has "
                + first.getCellCount()
                + " columns; a survey export may have at most "
                + SurveyImport.MAX_COLUMNS);
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < first.getCellCount(); c++) {
        names.add(cell(first.getCell(c)).text());
      }
      header = names;
      width = names.size();
    }
  }

  /**
   * Opens a workbook.
   *
   * @throws Unreadable when it is not a workbook, or too large once inflated
   */
  static XlsxRows open(Path file) throws IOException {
    checkArchive(file);
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (ExcelReaderException | IOException | IllegalArgumentException e) {
      throw new Unreadable(0, "the file is not a readable XLSX workbook");
    }
    try {
      List<Sheet> sheets = workbook.getSheets().toList();
      if (sheets.isEmpty()) {
        throw new Unreadable(0, "the workbook has no sheet");
      }
      List<String> others = sheets.stream().skip(1).map(Sheet::getName).toList();
      return new XlsxRows(workbook, sheets.get(0).openStream(), others);
    } catch (ExcelReaderException | IOException e) {
      workbook.close();
      throw new Unreadable(0, "the file is not a readable XLSX workbook");
    } catch (RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /** The names of the sheets after the first, which are not read. */
  List<String> otherSheets() {
    return otherSheets;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public boolean date1904() {
    return workbook.isDate1904();
  }

  @Override
  public Row next() {
    org.dhatim.fastexcel.reader.Row r = nextRow();
    if (r == null) {
      return null;
    }
    int count = r.getCellCount();
    List<SurveyCell> cells = new ArrayList<>(Math.min(count, width + 1));
    for (int c = 0; c < Math.min(count, width + 1); c++) {
      cells.add(cell(r.getCell(c)));
    }
    // Cells beyond the last that holds something are not cells of the row.
    int last = count;
    while (last > 0 && (r.getCell(last - 1) == null || cell(r.getCell(last - 1)).isBlank())) {
      last--;
    }
    return new Row(r.getRowNum(), cells, Math.max(last, Math.min(count, width)));
  }

  private org.dhatim.fastexcel.reader.Row nextRow() {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (ExcelReaderException | IllegalArgumentException | IllegalStateException e) {
      throw new Unreadable(0, "the sheet is not readable past the rows read so far");
    }
  }

  private static SurveyCell cell(Cell cell) {
    if (cell == null) {
      return SurveyCell.BLANK;
    }
    return switch (cell.getType()) {
      case NUMBER -> {
        BigDecimal n = cell.asNumber();
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString();
        yield new SurveyCell(SurveyCell.Type.NUMBER, n.toPlainString(), n, format);
      }
      case STRING -> SurveyCell.text(cell.asString() == null ? "" : cell.asString());
      case BOOLEAN ->
          new SurveyCell(
              SurveyCell.Type.BOOLEAN,
              Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE",
              null,
              "");
      case FORMULA ->
          new SurveyCell(SurveyCell.Type.FORMULA, String.valueOf(cell.getFormula()), null, "");
      case ERROR ->
          new SurveyCell(SurveyCell.Type.ERROR, String.valueOf(cell.getRawValue()), null, "");
      case EMPTY -> SurveyCell.BLANK;
    };
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }

  /**
   * Inflates every part of the archive once, counting: refuses a zip bomb, an archive of more than
   * {@value #MAX_PARTS} parts, two parts of one name (which readers may tell apart differently),
   * and a file that is not a zip archive.
   */
  static void checkArchive(Path file) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    Set<String> names = new HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!names.add(e.getName())) {
          throw new Unreadable(0, "the workbook has two parts named " + Words.quoted(e.getName()));
        }
        if (names.size() > MAX_PARTS) {
          throw new Unreadable(0, "the workbook has more than " + MAX_PARTS + " parts");
        }
        try (InputStream in = zip.getInputStream(e)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_INFLATED_BYTES) {
              throw new Unreadable(
                  0,
                  "the workbook holds more than "
                      + (MAX_INFLATED_BYTES >> 20)
                      + " MB once unpacked (a zip bomb?); it was not read");
            }
          }
        }
      }
    } catch (ZipException e) {
      throw new Unreadable(0, "the file is not an XLSX workbook (not a zip archive)");
    }
  }
}

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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
   * and a file that is not a zip archive. The sheets are read through as XML on the way: a cell or
   * row placed beyond a spreadsheet's last column (XFD) or row, which would make the reader
   * allocate room for every cell before it, and a sheet with a document type declaration
   * (entities), are refused.
   */
  static void checkArchive(Path file) throws IOException {
    long[] total = {0};
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
        try (InputStream in = new Counted(zip.getInputStream(e), total)) {
          if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
            checkSheet(in);
          }
          while (in.read(buffer) > 0) {
            // counted
          }
        }
      }
    } catch (ZipException e) {
      throw new Unreadable(0, "the file is not an XLSX workbook (not a zip archive)");
    }
  }

  /** The last column (XFD) and row of a spreadsheet. */
  private static final int LAST_COLUMN = 16_384;

  private static final int LAST_ROW = 1_048_576;

  private static final XMLInputFactory XML = xmlFactory();

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  private static void checkSheet(InputStream in) {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.DTD) {
            throw new Unreadable(
                0, "a sheet of the workbook declares a document type; it was not read");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            String ref = r.getAttributeValue(null, "r");
            if (ref != null && (name.equals("c") || name.equals("row"))) {
              checkPlace(name.equals("c") ? ref : "A" + ref);
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new Unreadable(0, "a sheet of the workbook is not well-formed XML; it was not read");
    }
  }

  /** Refuses a cell reference (A1 to XFD1048576) beyond a spreadsheet's last column or row. */
  private static void checkPlace(String ref) {
    int i = 0;
    long column = 0;
    while (i < ref.length()
        && ref.charAt(i) >= 'A'
        && ref.charAt(i) <= 'Z'
        && column <= LAST_COLUMN) {
      column = column * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    long row = 0;
    while (i < ref.length() && Character.isDigit(ref.charAt(i)) && row <= LAST_ROW) {
      row = row * 10 + (ref.charAt(i) - '0');
      i++;
    }
    if (column > LAST_COLUMN || row > LAST_ROW) {
      throw new Unreadable(
          0,
          "a cell of the workbook is placed at "
              + Words.quoted(ref)
              + ", beyond a spreadsheet's last column (XFD) or row; it was not read");
    }
  }

  /** A stream that counts what all parts have inflated to, and stops past the limit. */
  private static final class Counted extends java.io.FilterInputStream {
    private final long[] total;

    Counted(InputStream in, long[] total) {
      super(in);
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      total[0] += n;
      if (total[0] > MAX_INFLATED_BYTES) {
        throw new Unreadable(
            0,
            "the workbook holds more than "
                + (MAX_INFLATED_BYTES >> 20)
                + " MB once unpacked (a zip bomb?); it was not read");
      }
    }
  }
}

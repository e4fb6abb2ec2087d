package org.cityframework.collect;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Writes small XLSX workbooks for tests, as a spreadsheet would save them (shared strings, number
 * cells, dates as day numbers with a date format, formulas with their last value), byte for byte
 * the same for the same cells.
 */
final class Workbooks {
  /** A formula cell and the value it last gave. */
  record Formula(String formula, String cached) {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final long FIXED_TIME = 1_767_225_600_000L; // 2026-01-01

  private Workbooks() {}

  /**
   * The CSV file as a spreadsheet holds it once opened and saved: numbers as numbers, valid
   * dd/MM/yyyy dates as dates, answers starting with = as formulas, the rest as text.
   */
  static void fromCsv(Path csv, Path xlsx) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        MappingIterator<List<String>> it =
            CsvMapper.builder()
                .enable(CsvReadFeature.WRAP_AS_ARRAY)
                .build()
                .readerForListOf(String.class)
                .readValues(in)) {
      boolean header = true;
      while (it.hasNextValue()) {
        List<Object> row = new ArrayList<>();
        for (String cell : it.nextValue()) {
          row.add(header ? cell : typed(cell));
        }
        rows.add(row);
        header = false;
      }
    }
    write(xlsx, rows);
  }

  private static Object typed(String cell) {
    if (NUMBER.matcher(cell).matches()) {
      return new BigDecimal(cell);
    }
    if (cell.startsWith("=")) {
      return new Formula(cell.substring(1), "0");
    }
    try {
      return LocalDate.parse(cell, DAY_MONTH_YEAR);
    } catch (DateTimeParseException e) {
      return cell;
    }
  }

  /** Writes a workbook of one sheet; a null cell is left out. */
  static void write(Path xlsx, List<List<Object>> rows) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    StringBuilder sheet = new StringBuilder();
    sheet
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v == null) {
          continue;
        }
        String ref = column(c) + (r + 1);
        if (v instanceof String s) {
          int i = strings.computeIfAbsent(s, k -> strings.size());
          sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(i).append("</v></c>");
        } else if (v instanceof BigDecimal n) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\"><v>")
              .append(n.toPlainString())
              .append("</v></c>");
        } else if (v instanceof LocalDate d) {
          long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" s=\"1\"><v>")
              .append(serial)
              .append("</v></c>");
        } else if (v instanceof Boolean b) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" t=\"b\"><v>")
              .append(b ? 1 : 0)
              .append("</v></c>");
        } else if (v instanceof Formula f) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\"><f>")
              .append(xml(f.formula()))
              .append("</f><v>")
              .append(f.cached())
              .append("</v></c>");
        } else {
          throw new IllegalArgumentException("no cell for " + v);
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    StringBuilder sst = new StringBuilder();
    sst.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        .append(strings.size())
        .append("\" uniqueCount=\"")
        .append(strings.size())
        .append("\">");
    for (String s : strings.keySet()) {
      sst.append("<si><t xml:space=\"preserve\">").append(xml(s)).append("</t></si>");
    }
    sst.append("</sst>");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      write(out, sheet.toString(), sst.toString());
    }
  }

  /** Writes the parts of a workbook whose sheet and shared strings are given. */
  static void write(OutputStream out, String sheet, String sharedStrings) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "[Content_Types].xml", CONTENT_TYPES);
      part(zip, "_rels/.rels", ROOT_RELS);
      part(zip, "xl/workbook.xml", WORKBOOK);
      part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      part(zip, "xl/styles.xml", STYLES);
      part(zip, "xl/sharedStrings.xml", sharedStrings);
      part(zip, "xl/worksheets/sheet1.xml", sheet);
    }
  }

  static void part(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";

  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Responses\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "</Relationships>";

  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
          + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
          + "<borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
          + "</styleSheet>";
}

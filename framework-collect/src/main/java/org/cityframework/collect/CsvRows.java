package org.cityframework.collect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV export (RFC 4180, UTF-8 with or without a byte order mark), read as a stream.
 * The file is first checked to be UTF-8 text from end to end, so that a file in another encoding
 * imports nothing rather than names with broken letters. Cells are at most {@value
 * SurveyImport#MAX_CELL_CHARS} characters.
 */
final class CsvRows implements SurveyRows {
  private static final CsvMapper CSV =
      CsvMapper.builder(
              CsvFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(SurveyImport.MAX_CELL_CHARS)
                          .build())
                  .build())
          .build();

  private final JsonParser parser;
  private final List<String> header;
  private final int width;
  private long row = 1;

  private CsvRows(JsonParser parser, List<String> header) {
    this.parser = parser;
    this.header = header;
    this.width = header == null ? 0 : header.size();
  }

  /**
   * Opens a CSV file.
   *
   * @throws Unreadable when it is not UTF-8 text, or its header cannot be read
   */
  static CsvRows open(Path file, char separator) throws IOException {
    checkText(file);
    InputStream in = Files.newInputStream(file);
    try {
      Reader reader = new InputStreamReader(skipByteOrderMark(in), decoder());
      JsonParser parser =
          CSV.reader(CsvSchema.emptySchema().withColumnSeparator(separator)).createParser(reader);
      CsvRows rows = new CsvRows(parser, null);
      List<String> header = rows.cells(SurveyImport.MAX_COLUMNS);
      return new CsvRows(parser, header);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public Row next() {
    List<String> cells = cells(width + 1);
    if (cells == null) {
      return null;
    }
    List<SurveyCell> read = new ArrayList<>(cells.size());
    cells.forEach(c -> read.add(SurveyCell.text(c)));
    return new Row(row, read, lastWidth);
  }

  private int lastWidth;

  /** The cells of the next record, the first {@code keep} of them kept; null at the end. */
  private List<String> cells(int keep) {
    try {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_ARRAY) {
        return null; // the end of the file
      }
      row++;
      List<String> cells = new ArrayList<>();
      int count = 0;
      int filled = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        count++;
        if (count <= keep) {
          cells.add(parser.getString());
        }
        if (!parser.getString().isBlank()) {
          filled = count;
        }
      }
      // Blank cells past the header's last column are not cells of the row.
      lastWidth = Math.max(filled, Math.min(count, width));
      if (header == null && count > keep) {
        throw new Unreadable(
            1,
            "the header has "
                + count
                + " columns; a survey export may have at most "
                + SurveyImport.MAX_COLUMNS);
      }
      return cells;
    } catch (StreamConstraintsException e) {
      throw new Unreadable(
          row, "a cell is longer than " + SurveyImport.MAX_CELL_CHARS + " characters");
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MalformedInputException) {
        throw new Unreadable(row, "the file is not UTF-8 text here");
      }
      throw new Unreadable(row, "the file is not readable as CSV here: " + firstLine(e));
    }
  }

  private static String firstLine(JacksonException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int end = m.indexOf('\n');
    return (end < 0 ? m : m.substring(0, end)).strip();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static InputStream skipByteOrderMark(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(3);
    byte[] first = b.readNBytes(3);
    if (!(first.length == 3
        && (first[0] & 0xFF) == 0xEF
        && (first[1] & 0xFF) == 0xBB
        && (first[2] & 0xFF) == 0xBF)) {
      b.reset();
    }
    return b;
  }

  /**
   * Reads the file once, in bounded memory, to check that it is UTF-8 text: not UTF-16, not in a
   * legacy encoding (Windows-1252, Latin-1), not a spreadsheet or other binary file.
   *
   * @throws Unreadable naming the line of the first byte that is not
   */
  static void checkText(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] start = in.readNBytes(4);
      if (start.length >= 2
          && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
              || (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)) {
        throw new Unreadable(0, "the file is UTF-16 text; save it as CSV in UTF-8");
      }
      if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
        throw new Unreadable(
            0, "the file is a zip archive (an .xlsx workbook?), not CSV text; name it .xlsx");
      }
      Utf8Check check = new Utf8Check();
      check.feed(start, start.length);
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        check.feed(buffer, n);
      }
      check.end();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A streaming check of UTF-8, counting lines for its message. */
  private static final class Utf8Check {
    private long line = 1;
    private int pending;
    private int min;
    private int codePoint;

    void feed(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        int b = bytes[i] & 0xFF;
        if (pending > 0) {
          if ((b & 0xC0) != 0x80) {
            bad();
          }
          codePoint = (codePoint << 6) | (b & 0x3F);
          if (--pending == 0
              && (codePoint < min
                  || codePoint > 0x10FFFF
                  || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
            bad();
          }
          continue;
        }
        if (b == '\n') {
          line++;
        } else if (b == 0) {
          throw new Unreadable(
              0,
              "line "
                  + line
                  + " holds a NUL byte: the file is not text (or is UTF-16 without its mark);"
                  + " save it as CSV in UTF-8");
        } else if (b >= 0x80) {
          if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
            min = 0x80;
            codePoint = b & 0x1F;
          } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            min = 0x800;
            codePoint = b & 0x0F;
          } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            min = 0x10000;
            codePoint = b & 0x07;
          } else {
            bad();
          }
        }
      }
    }

    void end() {
      if (pending > 0) {
        bad();
      }
    }

    private void bad() {
      throw new Unreadable(
          0,
          "the file is not UTF-8 text (line "
              + line
              + " has a byte that is not; Windows-1252 or Latin-1?); save it as CSV in UTF-8,"
              + " and nothing of it was imported");
    }
  }
}

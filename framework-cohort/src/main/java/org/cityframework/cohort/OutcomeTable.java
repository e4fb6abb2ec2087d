package org.cityframework.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentProblem;
import org.cityframework.json.InvalidDocumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Outcome indicators per city, read from a CSV file: one row per city, one column per outcome
 * (resident satisfaction, life satisfaction, safety, ...). Immutable and thread-safe.
 *
 * <p>The first row is the header. It has a {@code city} column, the city's name as its profile
 * gives it, and may have a {@code country} column; every other column is an outcome. Column names
 * are matched without regard to case or surrounding spaces; an outcome's name is 1 to {@value
 * #MAX_NAME_LENGTH} characters of letters, digits, spaces and {@code - _ . ( ) % /}. A value is a
 * decimal number with a point ({@code 7.5}, {@code -0.25}, {@code 1e3}); a blank cell is a missing
 * value. Anything else (a comma as decimal separator, {@code NA}, a row with too few or too many
 * cells, a city named twice) is refused with every problem listed at once, each with its row and
 * column ({@link InvalidDocumentException}). A file is at most {@value #MAX_CHARS} characters and
 * {@value #MAX_ROWS} rows, with at most {@value #MAX_COLUMNS} columns. Columns are separated by
 * commas; a byte order mark at the start is ignored; a blank line is skipped.
 *
 * <p>A row belongs to a city whose profile has the same name (exactly, once surrounding spaces are
 * removed) and, when the row gives a country, the same country ({@link #rowFor}).
 */
public final class OutcomeTable {
  /** The most characters a file may have. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  /** The most rows a file may have, the header included. */
  public static final int MAX_ROWS = 20_000;

  /** The most columns a file may have. */
  public static final int MAX_COLUMNS = 100;

  /** The longest an outcome's name may be. */
  public static final int MAX_NAME_LENGTH = 60;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.()%/-]*");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final List<String> outcomes;
  private final List<OutcomeRow> rows;
  private final boolean hasCountry;

  private OutcomeTable(List<String> outcomes, List<OutcomeRow> rows, boolean hasCountry) {
    this.outcomes = List.copyOf(outcomes);
    this.rows = List.copyOf(rows);
    this.hasCountry = hasCountry;
  }

  /**
   * Reads a CSV file in UTF-8.
   *
   * @throws InvalidDocumentException when the file is not a valid outcomes table
   * @throws IOException when it cannot be read
   */
  public static OutcomeTable read(Path file) throws IOException {
    if (Files.size(file) > 4L * MAX_CHARS) {
      throw tooLarge();
    }
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a table from the text of a CSV file.
   *
   * @throws InvalidDocumentException when the text is not a valid outcomes table
   */
  public static OutcomeTable read(String csv) {
    if (csv.length() > MAX_CHARS) {
      throw tooLarge();
    }
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1); // the byte order mark spreadsheets put before UTF-8 text
    }
    List<List<String>> records = new ArrayList<>();
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(csv)) {
      while (it.hasNextValue()) {
        if (records.size() == MAX_ROWS) {
          throw new InvalidDocumentException(
              List.of(
                  problem(
                      "/" + (MAX_ROWS + 1),
                      "row " + (MAX_ROWS + 1) + ": the file has more than " + MAX_ROWS + " rows")));
        }
        records.add(it.nextValue());
      }
    } catch (JacksonException e) {
      int row = records.size() + 1;
      throw new InvalidDocumentException(
          List.of(problem("/" + row, "row " + row + ": not readable as CSV")));
    }
    return parse(records);
  }

  private static OutcomeTable parse(List<List<String>> records) {
    List<DocumentProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      throw new InvalidDocumentException(
          List.of(problem("", "the file is empty: it needs a header row and a row per city")));
    }
    List<String> header = records.get(0);
    int cityColumn = -1;
    int countryColumn = -1;
    List<String> outcomes = new ArrayList<>();
    Map<Integer, String> outcomeColumns = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    if (header.size() > MAX_COLUMNS) {
      problems.add(problem("/1", "row 1: the header has more than " + MAX_COLUMNS + " columns"));
    }
    for (int c = 0; c < Math.min(header.size(), MAX_COLUMNS); c++) {
      String name = header.get(c).strip();
      String key = name.toLowerCase(Locale.ROOT);
      String place = "/1/" + (c + 1);
      Integer before = seen.putIfAbsent(key, c + 1);
      if (before != null) {
        problems.add(
            problem(
                place,
                "row 1, column "
                    + (c + 1)
                    + ": the column name is also that of column "
                    + before
                    + "; each column needs its own name"));
      } else if (key.equals("city")) {
        cityColumn = c;
      } else if (key.equals("country")) {
        countryColumn = c;
      } else if (name.isEmpty()) {
        problems.add(problem(place, "row 1, column " + (c + 1) + ": the column has no name"));
      } else if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
        problems.add(
            problem(
                place,
                "row 1, column "
                    + (c + 1)
                    + ": an outcome's name is 1 to "
                    + MAX_NAME_LENGTH
                    + " letters, digits, spaces and - _ . ( ) % /, starting with a letter or"
                    + " digit"));
      } else {
        outcomes.add(name);
        outcomeColumns.put(c, name);
      }
    }
    if (cityColumn < 0) {
      problems.add(
          problem(
              "/1",
              header.size() == 1 && header.get(0).contains(";")
                  ? "row 1: the header has no city column; columns are separated by commas, not"
                      + " semicolons"
                  : "row 1: the header has no city column"));
    }
    if (outcomes.isEmpty() && problems.isEmpty()) {
      problems.add(problem("/1", "row 1: the header names no outcome column"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    List<OutcomeRow> rows = new ArrayList<>();
    Map<String, Integer> cities = new HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      int row = r + 1;
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != header.size()) {
        problems.add(
            problem(
                "/" + row,
                "row "
                    + row
                    + ": "
                    + cells.size()
                    + (cells.size() == 1 ? " cell" : " cells")
                    + " where the header has "
                    + header.size()));
        continue;
      }
      String city = cells.get(cityColumn).strip();
      Optional<String> country =
          countryColumn < 0
              ? Optional.empty()
              : Optional.of(cells.get(countryColumn).strip()).filter(s -> !s.isEmpty());
      if (city.isEmpty()) {
        problems.add(problem(cellPlace(row, cityColumn), "row " + row + ": no city named"));
      } else {
        String key = city + "\u0000" + country.orElse("");
        Integer before = cities.putIfAbsent(key, row);
        if (before != null) {
          problems.add(
              problem(
                  cellPlace(row, cityColumn),
                  "row " + row + ": the same city as row " + before + "; give each city one row"));
        }
      }
      Map<String, OptionalDouble> values = new LinkedHashMap<>();
      for (Map.Entry<Integer, String> column : outcomeColumns.entrySet()) {
        String cell = cells.get(column.getKey()).strip();
        if (cell.isEmpty()) {
          values.put(column.getValue(), OptionalDouble.empty());
        } else if (NUMBER.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell))) {
          values.put(column.getValue(), OptionalDouble.of(Double.parseDouble(cell)));
        } else {
          problems.add(
              problem(
                  cellPlace(row, column.getKey()),
                  "row "
                      + row
                      + ", column \""
                      + column.getValue()
                      + "\": not a number; write a number with a point for decimals (7.5), or"
                      + " leave the cell blank for a missing value"));
        }
      }
      rows.add(new OutcomeRow(row, city, country, values));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    return new OutcomeTable(outcomes, rows, countryColumn >= 0);
  }

  /** The outcomes, in the order of the file's columns. */
  public List<String> outcomes() {
    return outcomes;
  }

  /** The rows, one per city, in the file's order. */
  public List<OutcomeRow> rows() {
    return rows;
  }

  /** Whether the table has a {@code country} column. */
  public boolean hasCountryColumn() {
    return hasCountry;
  }

  /**
   * The row of a city: the row with the profile's name and, when the row gives a country, the
   * profile's country. Empty when no row matches, or when more than one does (a city named twice
   * without a country to tell the rows apart).
   */
  public Optional<OutcomeRow> rowFor(CityProfile profile) {
    String name = profile.name().strip();
    String country = profile.country().strip();
    OutcomeRow found = null;
    for (OutcomeRow row : rows) {
      if (row.city().equals(name) && row.country().map(country::equals).orElse(true)) {
        if (found != null) {
          return Optional.empty();
        }
        found = row;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String cellPlace(int row, int column) {
    return "/" + row + "/" + (column + 1);
  }

  private static DocumentProblem problem(String pointer, String message) {
    return new DocumentProblem(pointer, Optional.empty(), Optional.empty(), message);
  }

  private static InvalidDocumentException tooLarge() {
    return new InvalidDocumentException(
        List.of(problem("", "the file is larger than " + MAX_CHARS + " characters")));
  }
}

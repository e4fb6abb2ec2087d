package org.cityframework.collect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads one answer of a survey into the value of its fact: yes and no, a choice's constant, a
 * number (with thousands separators, a currency, a percent sign, or "k", "m" or "bn"), a date in
 * the survey's format, or a text. A blank answer or one of the unknown answers leaves the fact
 * unknown; anything else that cannot be read is a problem, in words.
 */
final class AnswerReader {
  /** A value, an unknown fact (both null), or a problem. */
  record Read(JsonNode value, String problem) {
    static final Read UNKNOWN = new Read(null, null);

    static Read problem(String message) {
      return new Read(null, message);
    }

    boolean isUnknown() {
      return value == null && problem == null;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Currency symbols and the codes each may stand for. */
  private static final Map<String, List<String>> SYMBOLS =
      Map.of(
          "£", List.of("GBP"),
          "€", List.of("EUR"),
          "$", List.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"),
          "¥", List.of("JPY", "CNY"),
          "CHF", List.of("CHF"),
          "kr", List.of("SEK", "NOK", "DKK", "ISK"),
          "zł", List.of("PLN"),
          "R$", List.of("BRL"));

  private static final Pattern CURRENCY_FIRST =
      Pattern.compile("^(R\\$|[£€$¥]|zł|kr|[A-Z]{3})\\s*(.*)$");
  private static final Pattern CURRENCY_LAST =
      Pattern.compile("^(.*?)\\s*(R\\$|[£€$¥]|zł|kr|[A-Z]{3})$");
  private static final Pattern SCALE =
      Pattern.compile(
          "^(.*?)\\s*(k|thousand|m|mn|million|bn|billion)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_FORMAT = Pattern.compile("[dmyDMY]");

  private final char decimal;
  private final Pattern grouped;
  private final Pattern plain;

  AnswerReader(char decimal) {
    this.decimal = decimal;
    String d = Pattern.quote(String.valueOf(decimal));
    String groups = decimal == '.' ? "[,'’\\u00A0\\u202F ]" : "[.'’\\u00A0\\u202F ]";
    this.grouped =
        Pattern.compile("\\d{1,3}(" + groups + ")\\d{3}(?:\\1\\d{3})*(?:" + d + "\\d+)?");
    this.plain = Pattern.compile("\\d+(?:" + d + "\\d+)?|" + d + "\\d+");
  }

  /** Reads the answer of a cell for the column's fact. */
  Read read(SurveyCell cell, MappedColumn column, boolean date1904) {
    ProfileFacts.Fact fact = column.fact();
    switch (cell.type()) {
      case FORMULA -> {
        return formula(cell.text());
      }
      case ERROR -> {
        return Read.problem(
            "the cell holds a spreadsheet error (" + cell.text() + "), not an answer");
      }
      default -> {}
    }
    String text = cell.text().strip();
    String key = Labels.key(text);
    if (column.answers().isUnknown(key)) {
      return Read.UNKNOWN;
    }
    if (cell.type() == SurveyCell.Type.TEXT && text.startsWith("=")) {
      return formula(text.substring(1));
    }
    return switch (fact.kind()) {
      case YES_NO -> yesNo(cell, key, text, column);
      case CHOICE -> choice(key, text, column);
      case WHOLE_NUMBER, NUMBER -> number(cell, text, column);
      case DATE -> date(cell, text, column, date1904);
      case TEXT -> {
        String mapped = column.choices().get(key);
        yield new Read(NODES.stringNode(mapped != null ? mapped : text), null);
      }
    };
  }

  private static Read formula(String formula) {
    return Read.problem(
        "the cell holds a formula ("
            + Words.quoted("=" + formula)
            + "), not an answer; replace it by its value (copy, paste values)");
  }

  private static Read yesNo(SurveyCell cell, String key, String text, MappedColumn column) {
    if (cell.type() == SurveyCell.Type.BOOLEAN) {
      return new Read(NODES.booleanNode(text.equalsIgnoreCase("true")), null);
    }
    if (column.answers().yes().contains(key)) {
      return new Read(NODES.booleanNode(true), null);
    }
    if (column.answers().no().contains(key)) {
      return new Read(NODES.booleanNode(false), null);
    }
    return Read.problem(
        Words.quoted(text)
            + " is not an answer of this yes/no question; it reads "
            + listed(column.answers().yesLabels())
            + " as yes, "
            + listed(column.answers().noLabels())
            + " as no, and "
            + listed(column.answers().unknownLabels())
            + " or a blank as unknown");
  }

  private static Read choice(String key, String text, MappedColumn column) {
    String constant = column.choices().get(key);
    if (constant == null && column.fact().constants().contains(Labels.constant(text))) {
      constant = Labels.constant(text);
    }
    if (constant == null) {
      List<String> answers = new ArrayList<>(column.choices().keySet());
      return Read.problem(
          Words.quoted(text)
              + " is not one of the answers of this question"
              + (answers.isEmpty() ? "" : " (" + listed(answers) + ")")
              + " nor one of its constants ("
              + String.join(", ", column.fact().constants())
              + "); map it under values: in the mapping");
    }
    return new Read(NODES.stringNode(constant), null);
  }

  private Read number(SurveyCell cell, String text, MappedColumn column) {
    ProfileFacts.Fact fact = column.fact();
    BigDecimal value;
    if (cell.type() == SurveyCell.Type.NUMBER) {
      value = cell.number();
      if (fact.percent() && cell.format().contains("%")) {
        value = value.movePointRight(2); // a spreadsheet keeps 45% as 0.45
      }
    } else if (cell.type() == SurveyCell.Type.BOOLEAN) {
      return Read.problem(text + " is a yes/no value, not a number");
    } else {
      Parsed parsed = parse(text, column);
      if (parsed.problem() != null) {
        return Read.problem(parsed.problem());
      }
      value = parsed.value();
    }
    if (fact.kind() == ProfileFacts.Kind.WHOLE_NUMBER) {
      BigDecimal whole = value.stripTrailingZeros();
      if (whole.scale() > 0) {
        return Read.problem(Words.quoted(text) + " is not a whole number");
      }
      return new Read(NODES.numberNode(whole.toBigIntegerExact()), null);
    }
    return new Read(NODES.numberNode(value), null);
  }

  private record Parsed(BigDecimal value, String problem) {}

  private Parsed parse(String text, MappedColumn column) {
    String t = text.replace('\u2212', '-');
    boolean percent = false;
    if (t.endsWith("%")) {
      if (!column.fact().percent()) {
        return new Parsed(null, Words.quoted(text) + " is a percentage; this fact is not one");
      }
      percent = true;
      t = t.substring(0, t.length() - 1).strip();
    }
    String found = null;
    Matcher first = CURRENCY_FIRST.matcher(t);
    Matcher last = CURRENCY_LAST.matcher(t);
    if (first.matches() && !first.group(2).isEmpty() && startsNumber(first.group(2))) {
      found = first.group(1);
      t = first.group(2);
    } else if (last.matches() && !last.group(1).isEmpty() && !isScale(last.group(2))) {
      found = last.group(2);
      t = last.group(1);
    }
    if (found != null) {
      String problem = currency(found, text, column);
      if (problem != null) {
        return new Parsed(null, problem);
      }
    }
    BigDecimal scale = BigDecimal.ONE;
    Matcher s = SCALE.matcher(t);
    if (s.matches() && !s.group(1).isEmpty()) {
      scale =
          switch (s.group(2).toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> BigDecimal.TEN.pow(3);
            case "m", "mn", "million" -> BigDecimal.TEN.pow(6);
            default -> BigDecimal.TEN.pow(9);
          };
      t = s.group(1);
    }
    boolean negative = t.startsWith("-");
    if (negative) {
      t = t.substring(1).strip();
    }
    String digits;
    Matcher g = grouped.matcher(t);
    if (g.matches()) {
      digits = t.replace(g.group(1), "");
    } else if (plain.matcher(t).matches()) {
      digits = t;
    } else {
      return new Parsed(null, notANumber(text, t));
    }
    BigDecimal value = new BigDecimal(digits.replace(decimal, '.')).multiply(scale);
    if (negative) {
      value = value.negate();
    }
    return new Parsed(value, null);
  }

  private static boolean startsNumber(String rest) {
    char c = rest.charAt(0);
    return Character.isDigit(c) || c == '-' || c == '.' || c == ',';
  }

  private static boolean isScale(String token) {
    return SCALE.matcher("1" + token).matches();
  }

  private static String currency(String found, String text, MappedColumn column) {
    if (column.currency().isEmpty()) {
      return Words.quoted(text)
          + " names a currency ("
          + found
          + "), but the mapping gives this column none: add currency: with its ISO code";
    }
    String code = column.currency().get();
    List<String> codes = SYMBOLS.getOrDefault(found, List.of(found));
    if (!codes.contains(code)) {
      return Words.quoted(text)
          + " is in another currency ("
          + found
          + ") than the column's ("
          + code
          + "); convert it, or map it to a fact of its own";
    }
    return null;
  }

  private String notANumber(String text, String digits) {
    char other = decimal == '.' ? ',' : '.';
    String d = Pattern.quote(String.valueOf(other));
    String g = Pattern.quote(String.valueOf(decimal));
    boolean otherConvention =
        Pattern.compile("\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?|\\d+" + d + "\\d+")
            .matcher(digits)
            .matches();
    return Words.quoted(text)
        + " is not a number"
        + (otherConvention
            ? " as the mapping reads numbers (decimal: \""
                + decimal
                + "\"); for numbers written "
                + (decimal == '.' ? "1.234,5" : "1,234.5")
                + ", set decimal: \""
                + other
                + "\""
            : "");
  }

  private static Read date(SurveyCell cell, String text, MappedColumn column, boolean date1904) {
    if (cell.type() == SurveyCell.Type.NUMBER) {
      if (!DATE_FORMAT.matcher(cell.format().replaceAll("\"[^\"]*\"|\\[[^]]*]", "")).find()) {
        return Read.problem(
            Words.quoted(text) + " is a number, not a date; format the cell as a date");
      }
      long days = cell.number().setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
      LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
      return new Read(NODES.stringNode(base.plusDays(days).toString()), null);
    }
    try {
      LocalDate date = LocalDate.parse(text, column.dates());
      return new Read(NODES.stringNode(date.toString()), null);
    } catch (DateTimeParseException e) {
      return Read.problem(
          Words.quoted(text)
              + " is not a date in the survey's format ("
              + column.datePattern()
              + ")");
    }
  }

  private static String listed(java.util.Collection<String> labels) {
    List<String> sorted = new ArrayList<>(labels);
    return sorted.isEmpty()
        ? "nothing"
        : String.join(", ", sorted.stream().map(Words::quoted).toList());
  }
}

package org.cityframework.collect;

import java.math.BigDecimal;

/**
 * One cell of a survey export, as the file holds it: a CSV cell is always text; an XLSX cell may
 * also be a number (with its display format), a yes/no value, a formula or an error.
 *
 * @param type what the cell holds
 * @param text its text: the answer, a number's plain digits, TRUE or FALSE, the formula, the error
 * @param number the number, for a number cell; else null
 * @param format the display format of a number cell (which tells a date or a percentage); or ""
 */
record SurveyCell(Type type, String text, BigDecimal number, String format) {
  /** What a cell holds. */
  enum Type {
    TEXT,
    NUMBER,
    BOOLEAN,
    FORMULA,
    ERROR
  }

  static final SurveyCell BLANK = text("");

  static SurveyCell text(String text) {
    return new SurveyCell(Type.TEXT, text, null, "");
  }

  boolean isBlank() {
    return type == Type.TEXT && text.isBlank();
  }
}

package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text laid out for a terminal of a given width: paragraphs wrapped at spaces, and tables
 * whose last column wraps. No line is longer than the width and none ends in a space. A word is
 * never broken to fit its indent: a word wider than the room its line has (a long JSON Pointer
 * under a deep indent) gets a line of its own, moved left just enough to fit; only a word wider
 * than the whole width is broken, at the width. Text given here must already be cleaned ({@link
 * Words#line}).
 */
final class TextLayout {
  /** The narrowest last column a table keeps beside its other columns. */
  private static final int MIN_WRAPPED = 20;

  private static final int GAP = 2;

  private final StringBuilder out = new StringBuilder();
  private final int width;

  TextLayout(int width) {
    this.width = width;
  }

  /** An empty line. */
  TextLayout blank() {
    out.append('\n');
    return this;
  }

  /**
   * A paragraph whose first line is indented by {@code indent} and the others by {@code hanging}.
   */
  TextLayout paragraph(int indent, int hanging, String text) {
    List<String> lines = wrap(text, width - indent, width - hanging, width);
    for (int i = 0; i < lines.size(); i++) {
      place(i == 0 ? indent : hanging, lines.get(i));
    }
    return this;
  }

  /** A paragraph with a label in front, continuation lines indented under the text. */
  TextLayout labelled(int indent, String label, String text) {
    return paragraph(indent, indent + 2, label + ": " + text);
  }

  /** A row of a table laid out by {@code columns}. */
  TextLayout row(Columns columns, List<String> cells) {
    int fixed = columns.fixedWidth();
    StringBuilder prefix = new StringBuilder(spaces(columns.indent));
    for (int c = 0; c < columns.widths.length; c++) {
      String cell = cells.get(c);
      String pad = spaces(columns.widths[c] - Words.width(cell));
      prefix.append(columns.right[c] ? pad + cell : cell + pad).append(spaces(GAP));
    }
    String last = cells.get(cells.size() - 1);
    if (last.isEmpty() && fixed <= width) {
      emit(prefix.toString());
    } else if (width - fixed >= MIN_WRAPPED) {
      List<String> lines = wrap(last, width - fixed, width - fixed, width);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i > 0 || fixed + Words.width(line) > width) {
          if (i == 0) {
            emit(prefix.toString());
          }
          place(fixed, line);
        } else {
          emit(prefix + line);
        }
      }
    } else if (fixed <= width) {
      emit(prefix.toString());
      paragraph(columns.indent + 4, columns.indent + 4, last);
    } else {
      paragraph(columns.indent, columns.indent + 4, String.join("  ", cells));
    }
    return this;
  }

  private void emit(String line) {
    out.append(line.stripTrailing()).append('\n');
  }

  /**
   * One line at an indent, moved left when it is too wide for the indent (a single long word), so
   * that it fits the width.
   */
  private void place(int indent, String line) {
    emit(spaces(Math.min(indent, width - Words.width(line))) + line);
  }

  /**
   * Wraps text at spaces into lines of at most {@code first} code points for the first line and
   * {@code rest} for the others. A word wider than its line gets a line of its own, whole, and is
   * wider than {@code first} or {@code rest}; only a word wider than {@code max} is broken, into
   * pieces of {@code max}.
   */
  static List<String> wrap(String text, int first, int rest, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int room = Math.max(1, lines.isEmpty() ? first : rest);
      int wordWidth = Words.width(word);
      if (line.length() > 0 && lineWidth + 1 + wordWidth <= room) {
        line.append(' ').append(word);
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        room = Math.max(1, rest);
      }
      String remaining = word;
      while (Words.width(remaining) > max) {
        int cut = remaining.offsetByCodePoints(0, max);
        lines.add(remaining.substring(0, cut));
        remaining = remaining.substring(cut);
      }
      line.append(remaining);
      lineWidth = Words.width(remaining);
      if (lineWidth > room) {
        // too wide for its indent: alone on its line, which the caller moves left
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String spaces(int n) {
    return " ".repeat(Math.max(0, n));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * The layout of a table: its indent and the widths of all columns but the last, which wraps.
   * Widths fit the widest cell of the rows given.
   */
  static final class Columns {
    private final int indent;
    private final int[] widths;
    private final boolean[] right;

    private Columns(int indent, int[] widths, boolean[] right) {
      this.indent = indent;
      this.widths = widths;
      this.right = right;
    }

    /**
     * Fits columns to {@code rows}; {@code right} says which of the fixed columns align right (its
     * length is the number of columns minus one).
     */
    static Columns fit(int indent, boolean[] right, List<List<String>> rows) {
      int[] widths = new int[right.length];
      for (List<String> row : rows) {
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.max(widths[c], Words.width(row.get(c)));
        }
      }
      return new Columns(indent, widths, right.clone());
    }

    int fixedWidth() {
      int w = indent;
      for (int c : widths) {
        w += c + GAP;
      }
      return w;
    }
  }
}

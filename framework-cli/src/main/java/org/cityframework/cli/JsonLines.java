package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines: one document per line, lines ended by {@code \n} (a {@code \r} before it is
 * dropped). Lines holding nothing but spaces and tabs are skipped. A line may hold at most {@link
 * InputDocument#MAX_BYTES}; the rest of a longer line is skipped without being kept. Memory does
 * not grow with the input, only with the longest line.
 */
final class JsonLines implements OrderedWork.Source<JsonLines.Line> {

  /**
   * One non-blank line.
   *
   * @param number the line number, from 1
   * @param bytes the line without its line end; empty when {@code tooLong}
   * @param tooLong whether the line was longer than the limit
   */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 17];
  private int position;
  private int limit;

  /**
   * Where in {@link #buffer} the line starting at {@link #position} ends (its {@code \n}), when
   * {@link #ready()} has found it; otherwise -1. Spares {@link #readLine()} looking for it again.
   */
  private int knownEnd = -1;

  private long number;
  private byte[] line = new byte[1 << 12];
  private int length;
  private boolean tooLong;

  JsonLines(InputStream in) {
    this.in = in;
  }

  @Override
  public Line next() throws IOException {
    while (true) {
      if (!readLine()) {
        return null;
      }
      number++;
      int start = number == 1 && startsWithByteOrderMark() ? BYTE_ORDER_MARK.length : 0;
      int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
      if (tooLong) {
        return new Line(number, new byte[0], true);
      }
      if (!blank(start, end)) {
        return new Line(number, Arrays.copyOfRange(line, start, end), false);
      }
    }
  }

  /**
   * Whether {@link #next()} can return without waiting for the input: a whole non-blank line is
   * already in the buffer (blank lines before it do not count). A batch gathers the lines that are
   * ready into one piece of work, so that lines which arrive one by one (typed, or piped slowly)
   * are each assessed as soon as they arrive.
   */
  boolean ready() {
    boolean content = false;
    for (int i = position; i < limit; i++) {
      byte b = buffer[i];
      if (b == '\n') {
        if (knownEnd < position) {
          knownEnd = i;
        }
        if (content) {
          return true;
        }
      } else if (b != ' ' && b != '\t' && b != '\r') {
        content = true;
      }
    }
    return false;
  }

  /** Reads up to the next line end into {@code line}; false at the end of the input. */
  private boolean readLine() throws IOException {
    length = 0;
    tooLong = false;
    if (knownEnd >= position) {
      keep(position, knownEnd);
      position = knownEnd + 1;
      return true;
    }
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        knownEnd = -1;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int from = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      keep(from, position);
      if (position < limit) {
        position++; // the line end
        return true;
      }
    }
  }

  private void keep(int from, int to) {
    int count = to - from;
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > InputDocument.MAX_BYTES) {
      tooLong = true;
      length = 0;
      line = new byte[1 << 12];
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(InputDocument.MAX_BYTES, 2 * (length + count)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  private boolean startsWithByteOrderMark() {
    return length >= 3 && Arrays.equals(line, 0, 3, BYTE_ORDER_MARK, 0, 3);
  }

  private boolean blank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}

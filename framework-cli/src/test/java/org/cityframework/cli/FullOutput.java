package org.cityframework.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that takes {@code room} bytes and then fails every write, as a full disk or a
 * closed pipe does; it counts the writes tried after the first failure.
 */
final class FullOutput extends OutputStream {
  /** What the failure says, as the operating system would. */
  static final String REASON = "No space left on device";

  private final long room;
  private long written;
  private int failures;

  FullOutput(long room) {
    this.room = room;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    if (written + length > room) {
      failures++;
      throw new IOException(REASON);
    }
    written += length;
  }

  /** How many bytes were written before the failure. */
  synchronized long written() {
    return written;
  }

  /** How many writes failed: one, when the writer stopped at the first. */
  synchronized int failures() {
    return failures;
  }
}

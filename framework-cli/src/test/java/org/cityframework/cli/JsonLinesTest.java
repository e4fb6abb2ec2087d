package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reading JSON Lines: line numbers, blank lines, line ends and the length limit. */
class JsonLinesTest {

  @Test
  void numbers_lines_from_one_and_skips_blank_ones() throws IOException {
    assertThat(read("{\"a\":1}\n\n  \n{\"b\":2}\r\n\t\n{\"c\":3}"))
        .containsExactly("1:{\"a\":1}", "4:{\"b\":2}", "6:{\"c\":3}");
  }

  @Test
  void reads_lines_longer_than_its_buffer() throws IOException {
    String longLine = "x".repeat(200_000);

    assertThat(read("a\n" + longLine + "\nb\n")).containsExactly("1:a", "2:" + longLine, "3:b");
  }

  @Test
  void a_line_over_the_limit_is_marked_and_the_next_lines_are_read() throws IOException {
    byte[] input = new byte[InputDocument.MAX_BYTES + 5];
    Arrays.fill(input, (byte) 'x');
    input[input.length - 3] = '\n';
    input[input.length - 2] = 'y';
    input[input.length - 1] = '\n';

    JsonLines lines = new JsonLines(new ByteArrayInputStream(input));

    JsonLines.Line first = lines.next();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.tooLong()).isTrue();
    assertThat(first.bytes()).isEmpty();
    JsonLines.Line second = lines.next();
    assertThat(second.tooLong()).isFalse();
    assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).isEqualTo("y");
    assertThat(lines.next()).isNull();
  }

  @Test
  void counts_the_same_lines_as_it_reads() throws IOException {
    String input = "\n{}\n \n{}\r\n{}";

    assertThat(BatchProgress.nonBlankLines(stream(input))).isEqualTo(read(input).size());
  }

  @Test
  void is_ready_when_a_whole_non_blank_line_is_in_hand() throws IOException {
    JsonLines lines = new JsonLines(stream("a\n\n \t\nb\nc"));

    assertThat(lines.ready()).as("before anything is read").isFalse();
    assertThat(lines.next().number()).isEqualTo(1);
    assertThat(lines.ready()).as("blank lines, then b").isTrue();
    assertThat(lines.next().number()).isEqualTo(4);
    assertThat(lines.ready()).as("c has no line end yet").isFalse();
    assertThat(lines.next().number()).isEqualTo(5);
    assertThat(lines.ready()).isFalse();
    assertThat(lines.next()).isNull();
  }

  @Test
  void is_not_ready_when_only_blank_lines_or_part_of_a_line_arrived() throws IOException {
    JsonLines lines = new JsonLines(inChunks("a\n\n  \r\n", "b", "c\n"));

    assertThat(lines.next().number()).isEqualTo(1);
    assertThat(lines.ready()).as("only blank lines after a").isFalse();
    JsonLines.Line bc = lines.next();
    assertThat(bc.number()).isEqualTo(4);
    assertThat(new String(bc.bytes(), StandardCharsets.UTF_8)).isEqualTo("bc");
    assertThat(lines.ready()).isFalse();
    assertThat(lines.next()).isNull();
  }

  @Test
  void asking_whether_a_line_is_ready_never_changes_the_lines_read() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    String[] pieces = {"{}", "{\"a\":1}", "", " ", "\t", "\r", "x".repeat(300)};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(1, 40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)])
            .append(random.nextInt(4) == 0 ? "" : "\n");
      }
      List<String> chunks = new ArrayList<>();
      for (int at = 0; at < text.length(); ) {
        int end = Math.min(text.length(), at + random.nextInt(1, 500));
        chunks.add(text.substring(at, end));
        at = end;
      }
      JsonLines lines = new JsonLines(inChunks(chunks.toArray(String[]::new)));
      List<String> read = new ArrayList<>();
      for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
        read.add(l.number() + ":" + new String(l.bytes(), StandardCharsets.UTF_8));
        if (random.nextBoolean()) {
          boolean unused = lines.ready();
        }
      }
      assertThat(read).as("round %d: %s", round, chunks).isEqualTo(read(text.toString()));
    }
  }

  /** A stream that hands out each chunk in a read of its own, as a pipe written slowly does. */
  private static InputStream inChunks(String... chunks) {
    Iterator<String> next = List.of(chunks).iterator();
    return new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException("read in chunks only");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (!next.hasNext()) {
          return -1;
        }
        byte[] chunk = next.next().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(chunk, 0, b, off, chunk.length);
        return chunk.length;
      }
    };
  }

  private static List<String> read(String text) throws IOException {
    JsonLines lines = new JsonLines(stream(text));
    List<String> read = new ArrayList<>();
    for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
      read.add(l.number() + ":" + new String(l.bytes(), StandardCharsets.UTF_8));
    }
    return read;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

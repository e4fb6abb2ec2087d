package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

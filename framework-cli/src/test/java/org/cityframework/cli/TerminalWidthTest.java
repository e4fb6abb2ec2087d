package org.cityframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The width of a text report when --width is not given, without a terminal. */
class TerminalWidthTest {
  private static final Supplier<OptionalInt> NOT_ASKED =
      () -> {
        throw new AssertionError("stty is asked only when COLUMNS says nothing");
      };

  @Test
  void anything_but_a_terminal_gets_80_columns_whatever_columns_says() {
    assertThat(TerminalWidth.of(false, "132", NOT_ASKED)).isEqualTo(80);
    assertThat(TerminalWidth.of(false, null, NOT_ASKED)).isEqualTo(80);
  }

  @Test
  void a_terminal_gets_columns_when_it_is_a_whole_number() {
    assertThat(TerminalWidth.of(true, "132", NOT_ASKED)).isEqualTo(132);
    assertThat(TerminalWidth.of(true, " 100\n", NOT_ASKED)).isEqualTo(100);
  }

  @Test
  void a_terminal_without_valid_columns_asks_stty_then_falls_back_to_80() {
    assertThat(TerminalWidth.of(true, null, () -> OptionalInt.of(97))).isEqualTo(97);
    assertThat(TerminalWidth.of(true, "wide", () -> OptionalInt.of(97))).isEqualTo(97);
    assertThat(TerminalWidth.of(true, "0", () -> OptionalInt.of(97))).isEqualTo(97);
    assertThat(TerminalWidth.of(true, "-5", () -> OptionalInt.of(97))).isEqualTo(97);
    assertThat(TerminalWidth.of(true, "99999", () -> OptionalInt.of(97))).isEqualTo(97);
    assertThat(TerminalWidth.of(true, "", OptionalInt::empty)).isEqualTo(80);
  }

  @Test
  void a_terminal_narrower_than_40_columns_gets_40() {
    assertThat(TerminalWidth.of(true, "20", NOT_ASKED)).isEqualTo(40);
    assertThat(TerminalWidth.of(true, null, () -> OptionalInt.of(12))).isEqualTo(40);
  }

  @Test
  void widths_are_read_as_whole_numbers() {
    assertThat(TerminalWidth.parse("80")).hasValue(80);
    assertThat(TerminalWidth.parse("8O")).isEmpty();
    assertThat(TerminalWidth.parse("1e3")).isEmpty();
    assertThat(TerminalWidth.parse(null)).isEmpty();
  }
}

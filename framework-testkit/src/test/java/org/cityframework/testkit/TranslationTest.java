package org.cityframework.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranslationTest {

  @Test
  void a_complete_translation_has_no_problems() {
    Translation t =
        Translation.ofText(
                "a=Met {0} of {1}\nb=Why (L23)?\nc.doneWhen=/x=true\n",
                "a={0} sur {1} satisfaits\nb=Pourquoi (L23)\u00a0?\n")
            .exempt(key -> key.endsWith(".doneWhen"))
            .sameTerms(Pattern.compile("L\\d+"))
            .frenchPunctuation();
    assertThat(t.problems()).isEmpty();
  }

  @Test
  void names_each_missing_extra_exempt_and_empty_key() {
    Translation t =
        Translation.ofText("a=One\nb=Two\nc.doneWhen=/x=true\n", "b=\nz=Zut\nc.doneWhen=/x=true\n")
            .exempt(key -> key.endsWith(".doneWhen"));
    assertThat(t.problems())
        .containsExactly(
            "a: no translation in translation",
            "b: empty in translation",
            "c.doneWhen: is not to be translated, but translation has it",
            "z: in translation but not in english");
  }

  @Test
  void placeholders_format_specifiers_and_terms_must_stay_the_same() {
    Translation t =
        Translation.ofText(
                "a=Met {0} of {1}\nb=%d checks, %1$s\nc=See L23 and L25\n",
                "a={0} satisfaits\nb=%s contrôles, %1$s\nc=Voir L23 et L52\n")
            .sameTerms(Pattern.compile("L\\d+"));
    assertThat(t.problems())
        .containsExactly(
            "a: placeholders differ: English {{0}=1, {1}=1}, translation {{0}=1}",
            "b: placeholders differ: English {%1$s=1, %d=1}, translation {%1$s=1, %s=1}",
            "c: terms L\\d+ differ: English {L23=1, L25=1}, translation {L23=1, L52=1}");
  }

  @Test
  void french_punctuation_wants_a_no_break_space() {
    Translation t =
        Translation.ofText(
                "a=Why?\nb=Note: this\nc=Say \"yes\"\nd=Fine: ok\n",
                "a=Pourquoi ?\nb=Note : ceci\nc=Dire « oui »\nd=Bien\u202f: d'accord\n")
            .frenchPunctuation();
    assertThat(t.problems())
        .containsExactly(
            "a: a plain space where a no-break space belongs: \" ?\"",
            "b: a plain space where a no-break space belongs: \" :\"",
            "c: a plain space where a no-break space belongs: \"« \"");
  }

  @Test
  void a_file_that_is_not_utf8_cannot_be_read() {
    assertThatThrownBy(() -> Translation.of(TranslationTest.class, "latin1.properties", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latin1.properties is not well-formed UTF-8");
  }
}

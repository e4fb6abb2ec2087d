package org.cityframework.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.cityframework.core.Implications.Condition;
import org.cityframework.core.Implications.Implication;
import org.junit.jupiter.api.Test;

/** docs/implications.md is the table of {@link Implications#all()}, generated and kept fresh. */
class ImplicationsDocumentTest {
  private static final Path PAGE = Path.of("..", "docs", "implications.md");

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# What facts imply\n\n")
        .append("<!-- Generated from Implications.all() by ImplicationsDocumentTest;")
        .append(" regenerate with -Dimplications.update=true. -->\n\n")
        .append("The one place the model states what a fact implies about others is")
        .append(" `org.cityframework.core.Implications`. This page lists every implication.\n\n")
        .append("- A profile that states a fact contradicting an implication is invalid: the")
        .append(" problem is reported at the contradicting fact and names the fact implying")
        .append(" otherwise, for example `/staff/reportsTo: contradicts /staff/dedicatedTeam =")
        .append(" false: ...`.\n")
        .append("- A fact the profile leaves unknown that an implication decides is known: every")
        .append(" check reads it through the implications, and its evidence says `implied by`")
        .append(" the stated facts it follows from.\n")
        .append("- An implication is also read backwards: when a stated fact contradicts the")
        .append(" conclusion, the premise does not hold, and where that leaves one value, the")
        .append(" premise fact takes it (a stated reporting line implies the team exists; a")
        .append(" published strategy implies an adopted one).\n\n")
        .append("`none` means the fact cannot be stated at all; `/*` stands for every entry of")
        .append(" a yes/no map or every element of a list.\n\n")
        .append("| # | When | then | because |\n|---:|---|---|---|\n");
    int i = 1;
    for (Implication imp : Implications.all()) {
      md.append("| ")
          .append(i++)
          .append(" | ")
          .append(
              imp.premise().stream()
                  .map(ImplicationsDocumentTest::cell)
                  .collect(Collectors.joining(" and ")))
          .append(" | ")
          .append(cell(imp.conclusion()))
          .append(" | ")
          .append(imp.reason())
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(Condition c) {
    return "`" + c.pointer() + "` = " + String.join(" or ", c.values());
  }

  @Test
  void the_committed_page_lists_every_implication() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("implications.update")) {
      Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(PAGE)
        .as("docs/implications.md exists; regenerate with -Dimplications.update=true")
        .exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/implications.md is stale; regenerate with -Dimplications.update=true")
        .isEqualTo(rendered);
  }
}

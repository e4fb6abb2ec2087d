package org.cityframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section for a developer embedding the library says what the build says: its Java
 * example is {@link FirstAssessment}'s code word for word (so it compiles and runs), and its Maven
 * coordinates are the modules' own.
 */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final String SECTION = "## Use it in your own Maven build";

  @Test
  void the_java_example_is_the_code_of_first_assessment() throws IOException {
    List<String> source =
        Files.readAllLines(
            Path.of("src/main/java/org/cityframework/examples/FirstAssessment.java"));
    List<String> between =
        source.subList(
            source.indexOf("    // README begin") + 1, source.indexOf("    // README end"));
    List<String> expected = new ArrayList<>();
    between.forEach(line -> expected.add(line.substring(4)));
    assertThat(block("java")).containsExactlyElementsOf(expected);
  }

  @Test
  void the_java_example_runs_on_riverton(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("riverton.html");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      FirstAssessment.main(new String[] {"cities/riverton.json", html.toString()});
    } finally {
      System.setOut(out);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).matches("Score \\d+\\.\\d, coverage \\d+\\.\\d");
    assertThat(lines.subList(1, 4)).allMatch(l -> l.matches("R\\d+\\.\\d+ (HIGH|MEDIUM|LOW): .+"));
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void the_maven_coordinates_are_the_modules_own() throws IOException {
    String parent = Files.readString(Path.of("../pom.xml"));
    String version = first(parent, "<version>([^<]+)</version>");
    String groupId = first(parent, "<groupId>([^<]+)</groupId>");
    String xml = String.join("\n", block("xml"));
    assertThat(first(xml, "<groupId>([^<]+)</groupId>")).isEqualTo(groupId);
    assertThat(first(xml, "<version>([^<]+)</version>")).isEqualTo(version);
    Matcher artifacts = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(xml);
    List<String> named = new ArrayList<>();
    while (artifacts.find()) {
      named.add(artifacts.group(1));
    }
    assertThat(named).contains("framework-bom", "framework-json", "framework-report");
    String bom = Files.readString(Path.of("../framework-bom/pom.xml"));
    for (String artifact : named) {
      String pom = Files.readString(Path.of("..", artifact, "pom.xml"));
      assertThat(pom).contains("<artifactId>" + artifact + "</artifactId>");
      if (!artifact.equals("framework-bom")) {
        assertThat(bom).as("the BOM manages %s", artifact).contains(artifact);
      }
    }
    String table = String.join("\n", section());
    for (String module : List.of("framework-core", "framework-rules", "framework-json")) {
      assertThat(table).contains("`" + module + "`");
    }
  }

  /** The lines of the README's section for an embedding developer. */
  private static List<String> section() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(SECTION);
    assertThat(start).as("the README has the section %s", SECTION).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  /** The first code block of the given language in the section, without its fences. */
  private static List<String> block(String language) throws IOException {
    List<String> lines = section();
    int open = lines.indexOf("```" + language);
    assertThat(open).as("a %s block", language).isNotNegative();
    int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
    return lines.subList(open + 1, close);
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in the text", regex).isTrue();
    return m.group(1);
  }
}

package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.CityProfile;
import org.cityframework.core.DataRole;
import org.cityframework.core.PolicySector;
import org.cityframework.report.ReportFormat;
import org.cityframework.rules.Publication;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures the chapter itself gives about the cities it surveyed (the OECD/Bloomberg surveys),
 * each cited by its seed line, set beside one city's own answers: a report can show them without
 * any cohort. Only figures the chapter states; each is quoted in its own words. Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li>39% of surveyed cities say data plays a significant role in innovation and decision making
 *       (L143), beside the profile's {@code /dataUse/roleInDecisions};
 *   <li>two-thirds have a data scientist on staff (L143), beside {@code
 *       /dataUse/dataScientistsOnStaff};
 *   <li>at least half report sufficient data in nine policy sectors (L143), and cities report
 *       sufficient data in at least 16 sectors (L9), beside {@code
 *       /dataUse/sectorsWithSufficientData};
 *   <li>roughly 75% of staff are interested in co-creative methods (L43), beside {@code
 *       /culture/staffInterestedInCoCreationPercent};
 *   <li>100% consider mayoral leadership central (L23), a majority say innovation improves service
 *       delivery and internal operations, roughly half that it helps anticipate future challenges
 *       (L9): no fact of the profile answers these, so they stand alone.
 * </ul>
 */
public final class ChapterFigures {
  private static final Publication CHAPTER = Publication.chapter();

  private ChapterFigures() {}

  /** The chapter's figures beside a city's answers, in the order of the list above. */
  public static List<ChapterFigure> beside(CityProfile profile) {
    List<ChapterFigure> figures = new ArrayList<>();
    Optional<DataRole> role = profile.dataUse().roleInDecisions();
    figures.add(
        figure(
            "data-significant-role",
            "39% of surveyed cities report that data plays a significant role in their innovation"
                + " efforts and decision making",
            143,
            "/dataUse/roleInDecisions",
            role.map(r -> "a " + r.name().toLowerCase(Locale.ROOT) + " role")
                .map(a -> a.equals("a none role") ? "no role" : a),
            among(role.map(r -> r == DataRole.SIGNIFICANT))));
    OptionalInt scientists = profile.dataUse().dataScientistsOnStaff();
    figures.add(
        figure(
            "data-scientist-on-staff",
            "two-thirds of cities have a data scientist on staff",
            143,
            "/dataUse/dataScientistsOnStaff",
            scientists.isPresent()
                ? Optional.of(
                    scientists.getAsInt()
                        + (scientists.getAsInt() == 1 ? " data scientist" : " data scientists")
                        + " on staff")
                : Optional.empty(),
            among(
                scientists.isPresent()
                    ? Optional.of(scientists.getAsInt() > 0)
                    : Optional.empty())));
    Optional<String> sectors = sectors(profile.dataUse().sectorsWithSufficientData());
    figures.add(
        figure(
            "sufficient-data-nine-sectors",
            "at least half of surveyed cities report having “sufficient data” in nine policy"
                + " sectors",
            143,
            "/dataUse/sectorsWithSufficientData",
            sectors,
            ChapterFigure.Standing.NO_COMPARISON));
    figures.add(
        figure(
            "sufficient-data-sixteen-sectors",
            "Cities also report having sufficient data in at least 16 distinct policy sectors",
            9,
            "/dataUse/sectorsWithSufficientData",
            sectors,
            ChapterFigure.Standing.NO_COMPARISON));
    OptionalInt interested = profile.culture().staffInterestedInCoCreationPercent();
    figures.add(
        figure(
            "staff-interested-in-co-creation",
            "roughly 75% of surveyed cities’ staff are interested in co-creative methods such as"
                + " innovation labs and human-centred design",
            43,
            "/culture/staffInterestedInCoCreationPercent",
            interested.isPresent()
                ? Optional.of(interested.getAsInt() + "% of the city's staff")
                : Optional.empty(),
            ChapterFigure.Standing.NO_COMPARISON));
    figures.add(
        standingAlone(
            "mayoral-leadership-central",
            "100% of surveyed cities consider mayoral leadership central to local innovation",
            23));
    figures.add(
        standingAlone(
            "innovation-improves-services",
            "A majority of surveyed cities report that public sector innovation helps them improve"
                + " service delivery and internal operations",
            9));
    figures.add(
        standingAlone(
            "innovation-anticipates-challenges",
            "roughly half claim innovation helps them anticipate future challenges",
            9));
    return List.copyOf(figures);
  }

  /**
   * A city's own report with the chapter's figures beside its answers added, for a report without
   * any cohort: in text and Markdown they follow the report, in HTML they are a section at the end
   * of its body. The figures are in English whatever the report's language.
   *
   * @param format the format {@code report} is in: text, Markdown or HTML
   * @param report the city's report, as {@code format} renders it
   * @param profile the city's profile, whose answers stand beside the figures
   * @throws IllegalArgumentException for CSV, which has no place for them, or an HTML report
   *     without a body
   */
  public static String addedTo(ReportFormat format, String report, CityProfile profile) {
    List<ChapterFigure> figures = beside(profile);
    return switch (format) {
      case TEXT -> ended(report) + "\n" + ended(text(figures));
      case MARKDOWN -> ended(report) + "\n" + ended(markdown(figures));
      case HTML -> beforeEndOfBody(report, html(figures));
      case CSV ->
          throw new IllegalArgumentException(
              "the chapter's figures are added to text, Markdown and HTML reports, not to CSV");
    };
  }

  /** {@code section} inserted before the last {@code </body>} of {@code page}. */
  static String beforeEndOfBody(String page, String section) {
    int end = page.lastIndexOf("</body>");
    if (end < 0) {
      throw new IllegalArgumentException("an HTML report with a body is expected");
    }
    return page.substring(0, end) + section + page.substring(end);
  }

  /** The text with a final line break. */
  static String ended(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * The figures beside a city's answers as plain text: one paragraph per figure, with its citation
   * and the city's answer, then the publication's reference.
   */
  public static String text(List<ChapterFigure> figures) {
    StringBuilder out = new StringBuilder("The chapter's figures for the cities it surveyed\n");
    for (ChapterFigure f : figures) {
      out.append('\n').append(wrap("- " + f.figure() + " (" + f.citation() + ").")).append('\n');
      String answer =
          f.standing().words().isEmpty()
              ? f.cityAnswer()
              : f.cityAnswer() + " (" + f.standing().words() + ")";
      out.append(wrap("  This city: " + answer + ".")).append('\n');
    }
    out.append('\n').append(wrap(CHAPTER.howCitationsRead())).append('\n');
    out.append(wrap("Source: " + CHAPTER.reference())).append('\n');
    return out.toString();
  }

  /** Text wrapped at spaces to 100 columns, continued lines indented by two spaces. */
  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ", -1)) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > 100) {
        out.append("\n  ");
        lineStart = out.length() - 2;
      } else if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /**
   * The figures beside a city's answers as Markdown: a table of figure, citation and the city's
   * answer, then the publication's reference.
   */
  public static String markdown(List<ChapterFigure> figures) {
    StringBuilder out =
        new StringBuilder("## The chapter's figures for the cities it surveyed\n\n");
    out.append("| The chapter | Cited | This city |\n|---|---|---|\n");
    for (ChapterFigure f : figures) {
      out.append("| ")
          .append(f.figure())
          .append(" | ")
          .append(f.citation())
          .append(" | ")
          .append(f.cityAnswer());
      if (!f.standing().words().isEmpty()) {
        out.append(" (").append(f.standing().words()).append(')');
      }
      out.append(" |\n");
    }
    out.append('\n').append(CHAPTER.howCitationsRead()).append("\n\n");
    out.append("Source: ").append(CHAPTER.reference()).append('\n');
    return out.toString();
  }

  /**
   * The figures beside a city's answers as a section of an HTML page: a heading, a table of figure,
   * citation and the city's answer, and the publication's reference; every text escaped.
   */
  public static String html(List<ChapterFigure> figures) {
    StringBuilder out = new StringBuilder("<section class=\"chapter-figures\">\n");
    out.append("<h2>The chapter&#39;s figures for the cities it surveyed</h2>\n<table>\n");
    out.append("<tr><th>The chapter</th><th>Cited</th><th>This city</th></tr>\n");
    for (ChapterFigure f : figures) {
      String answer =
          f.cityAnswer()
              + (f.standing().words().isEmpty() ? "" : " (" + f.standing().words() + ")");
      out.append("<tr><td>")
          .append(CohortReport.esc(f.figure()))
          .append("</td><td>")
          .append(CohortReport.esc(f.citation()))
          .append("</td><td>")
          .append(CohortReport.esc(answer))
          .append("</td></tr>\n");
    }
    out.append("</table>\n<p>")
        .append(CohortReport.esc(CHAPTER.howCitationsRead()))
        .append("</p>\n<p>Source: ")
        .append(CohortReport.esc(CHAPTER.reference()))
        .append("</p>\n</section>\n");
    return out.toString();
  }

  /**
   * The figures beside a city's answers as a JSON tree: the publication's reference and one object
   * per figure (its id, words, seed lines, citation, fact, the city's answer and standing).
   */
  public static ObjectNode json(List<ChapterFigure> figures) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("source", CHAPTER.reference());
    ArrayNode rows = root.putArray("figures");
    for (ChapterFigure f : figures) {
      ObjectNode row = rows.addObject();
      row.put("id", f.id());
      row.put("figure", f.figure());
      ArrayNode lines = row.putArray("lines");
      f.lines().forEach(lines::add);
      row.put("citation", f.citation());
      f.fact().ifPresent(fact -> row.put("fact", fact));
      row.put("cityAnswer", f.cityAnswer());
      row.put("standing", f.standing().name());
    }
    return root;
  }

  private static ChapterFigure figure(
      String id,
      String words,
      int line,
      String fact,
      Optional<String> answer,
      ChapterFigure.Standing standing) {
    return new ChapterFigure(
        id,
        words,
        List.of(line),
        CHAPTER.cite(List.of(line)),
        Optional.of(fact),
        answer.orElse("not stated in the profile"),
        standing);
  }

  private static ChapterFigure standingAlone(String id, String words, int line) {
    return new ChapterFigure(
        id,
        words,
        List.of(line),
        CHAPTER.cite(List.of(line)),
        Optional.empty(),
        "no fact of the profile answers this",
        ChapterFigure.Standing.NO_COMPARISON);
  }

  /** Among the share of cities or not, by the city's answer; not known without one. */
  private static ChapterFigure.Standing among(Optional<Boolean> answer) {
    if (answer.isEmpty()) {
      return ChapterFigure.Standing.NOT_KNOWN;
    }
    return answer.get() ? ChapterFigure.Standing.AMONG_THEM : ChapterFigure.Standing.NOT_AMONG_THEM;
  }

  /** The sectors with sufficient data, counted: empty when the profile states none either way. */
  private static Optional<String> sectors(Map<PolicySector, Boolean> stated) {
    if (stated.isEmpty()) {
      return Optional.empty();
    }
    long yes = stated.values().stream().filter(Boolean::booleanValue).count();
    int all = PolicySector.values().length;
    int unknown = all - stated.size();
    return Optional.of(
        "sufficient data in "
            + yes
            + " of the "
            + all
            + " policy sectors the profile lists"
            + (unknown == 0 ? "" : " (" + unknown + " not stated)"));
  }
}

package org.cityframework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.cityframework.core.Source;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Effort;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Maturity;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Progress;
import org.cityframework.rules.Publication;
import org.cityframework.rules.Question;
import org.cityframework.rules.Score;
import org.cityframework.rules.ScoreMove;
import org.cityframework.rules.Status;
import org.cityframework.rules.StatusChange;
import org.cityframework.rules.Verdict;

/**
 * The words every format shares: labels of statuses, priorities and scores, and the cleaning of
 * untrusted profile text. Keeping them in one place keeps the four formats saying the same thing.
 */
final class Words {
  static final String INSUFFICIENT = "insufficient evidence";
  static final String UNKNOWN = "unknown";
  static final String NOT_SCORED = "n/a";

  private Words() {}

  /** Untrusted text as one line: {@link SafeText#line}. */
  static String line(String text) {
    return SafeText.line(text);
  }

  /** Untrusted text run on with other text: {@link SafeText#run}. */
  static String run(String text) {
    return SafeText.run(text);
  }

  /** Untrusted multi-line text as its non-blank lines, each cleaned by {@link #line}. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\r\n|[\n\r\u2028\u2029\u0085]")) {
      String clean = line(l);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }

  /** The number of code points, the width text takes in a terminal (narrow characters assumed). */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /** A status as a reader says it. */
  static String status(Status s) {
    return switch (s) {
      case MET -> "Met";
      case PARTLY_MET -> "Partly met";
      case NOT_MET -> "Not met";
      case NOT_ASSESSED -> "Not assessed";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /**
   * A verdict as a reader says it: its status when decided; the two ends of the range the unknown
   * facts leave open ("Not met or partly met", "Partly met or met"); "Not assessed" when they leave
   * anything from not met to met.
   */
  static String verdict(Verdict v) {
    if (v.isDecided()) {
      return status(v.status());
    }
    Status worst = v.worstCase();
    Status best = v.bestCase();
    if (worst == Status.NOT_MET && (best == Status.MET || best == Status.NOT_APPLICABLE)) {
      return status(Status.NOT_ASSESSED);
    }
    return status(worst) + " or " + status(best).toLowerCase(Locale.ROOT);
  }

  /** A finding's verdict, marked when waived. */
  static String status(Finding f) {
    return verdict(f.verdict()) + (f.isWaived() ? " (waived)" : "");
  }

  /** A priority as a reader says it. */
  static String priority(Priority p) {
    return switch (p) {
      case HIGH -> "High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
      case NONE -> "None";
    };
  }

  /** An effort as a reader says it. */
  static String effort(Effort e) {
    return label(e);
  }

  /** An enum constant as words: {@code FUNDING_FOR_INNOVATION} is "Funding for innovation". */
  static String label(Enum<?> e) {
    return constant(e.name());
  }

  /** An enum constant's name as words, as {@link #label} says it. */
  private static String constant(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A score to one decimal, or "n/a" when nothing was assessed. */
  static String score(OptionalDouble score) {
    return score.isPresent() ? decimal(score.getAsDouble()) : NOT_SCORED;
  }

  /** A coverage as a percentage to one decimal. */
  static String coverage(double coverage) {
    return decimal(coverage) + "%";
  }

  /**
   * A score's maturity level; below 50% coverage, the level its floor reaches whatever the unknown
   * facts are ("at least Defined"), or "insufficient evidence" when even that is only Initial.
   */
  static String maturity(Score s) {
    if (s.maturity().isPresent()) {
      return label(s.maturity().get());
    }
    return s.maturityAtLeast()
        .filter(m -> m != Maturity.INITIAL)
        .map(m -> "at least " + label(m))
        .orElse(INSUFFICIENT);
  }

  /**
   * The range a score can take once every unknown fact is known: "41.0 to 78.3", one figure when
   * the facts decide it, "n/a" when nothing of the group can be in scope.
   */
  static String range(Score s) {
    return range(s.floor(), s.ceiling());
  }

  /** A range from a floor to a ceiling, as {@link #range(Score)} says it. */
  static String range(OptionalDouble floor, OptionalDouble ceiling) {
    if (floor.isEmpty() || ceiling.isEmpty()) {
      return NOT_SCORED;
    }
    String low = decimal(floor.getAsDouble());
    String high = decimal(ceiling.getAsDouble());
    return low.equals(high) ? low : low + " to " + high;
  }

  /** A change in points with its sign, or "n/a". */
  static String delta(OptionalDouble delta) {
    if (delta.isEmpty()) {
      return NOT_SCORED;
    }
    double d = delta.getAsDouble();
    return (d > 0 ? "+" : "") + decimal(d == 0 ? 0 : d);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A whole number with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The title of recommendation {@code r}: its headline check's summary. */
  static String recommendation(Assessment a, int r) {
    return a.findings().stream()
        .filter(f -> f.check().isHeadline() && f.check().recommendation() == r)
        .map(f -> line(f.check().summary()))
        .findFirst()
        .orElse("Recommendation " + r);
  }

  /**
   * The short name of recommendation {@code r}, for a chart's label: the publication's title of the
   * recommendation, cut to a few words ("Innovation strategy" for "Create a formal, publicly shared
   * innovation strategy with measurable goals").
   */
  static String shortName(int r) {
    return switch (r) {
      case 1 -> "Innovation a top priority";
      case 2 -> "Culture of innovation";
      case 3 -> "Innovation strategy";
      case 4 -> "Dedicated innovation staff";
      case 5 -> "Stable innovation funding";
      case 6 -> "Data for decisions";
      case 7 -> "Data governance";
      case 8 -> "Coherent data strategies";
      case 9 -> "Rules for data sharing";
      case 10 -> "Data in all operations";
      default -> "Recommendation " + r;
    };
  }

  /**
   * "Why (Rec. 7, title, L181; opening text, L183)": where the check comes from in the publication,
   * with its seed lines ({@link org.cityframework.rules.CheckInfo#citation()}), or "Why" for a
   * check without seed lines.
   */
  static String whyLabel(Finding f) {
    return f.check().seedLines().isEmpty() ? "Why" : "Why (" + f.check().citation() + ")";
  }

  /** The heading of every report's closing note on where the checks come from. */
  static final String SOURCE_HEADING = "Where the checks come from";

  /**
   * Every report's closing note: the full reference of the chapter, how citations read, and that
   * the library is an independent implementation, not an OECD product.
   */
  static List<String> sourceNote() {
    Publication source = Publication.chapter();
    return List.of(
        "Assessed against the ten recommendations of " + source.reference(),
        source.howCitationsRead(),
        source.independence());
  }

  /** The closing note of a summary: the chapter's full reference and the independence. */
  static List<String> shortSourceNote() {
    Publication source = Publication.chapter();
    return List.of(
        "Assessed against the ten recommendations of " + source.reference(), source.independence());
  }

  /**
   * One piece of evidence: "pointer = value", "unknown" when the profile does not state it, and for
   * a value other facts imply, which: "= false, implied by /staff/dedicatedTeam = false".
   */
  static String evidence(Evidence e) {
    return line(e.pointer())
        + " = "
        + e.value().map(Words::line).orElse(UNKNOWN)
        + e.impliedBy().map(because -> ", implied by " + line(because)).orElse("");
  }

  /** What a chart shows in place of a bar for a group with no score: nothing of it is assessed. */
  static final String NO_SCORE = "not enough evidence";

  private static final java.util.regex.Pattern CONSTANT =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * A fact's value in words, for a reader who does not read JSON: "Yes" and "No" for booleans, an
   * enum constant as words ("INNOVATION_TEAM_ONLY" is "Innovation team only"), a percentage or a
   * number of years with its unit, an amount with thousands separators, "3 items" for a list,
   * "unknown" for a fact the profile does not state; other text, from the profile, cleaned by
   * {@link #line}.
   */
  static String answer(String pointer, Optional<String> value) {
    if (value.isEmpty()) {
      return UNKNOWN;
    }
    String v = value.get();
    if (v.equals("true")) {
      return "Yes";
    }
    if (v.equals("false")) {
      return "No";
    }
    if (v.equals("none")) {
      return "None";
    }
    if (v.matches("\\[[0-9]+ items?\\]")) {
      return v.substring(1, v.length() - 1);
    }
    if (CONSTANT.matcher(v).matches()) {
      return constant(v);
    }
    if (NUMBER.matcher(v).matches()) {
      String field = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (field.endsWith("Percent")) {
        return v + "%";
      }
      if (field.endsWith("Years")) {
        return v + (v.equals("1") ? " year" : " years");
      }
      if (field.equals("amount") && !v.contains(".")) {
        return String.format(Locale.ROOT, "%,d", new java.math.BigInteger(v));
      }
      return v;
    }
    return line(v);
  }

  /**
   * Where an implied value comes from, in words: "implied by the answer No to: Is there a codified
   * open data policy?"; {@code because} is the {@link Evidence#impliedBy()} text, "pointer =
   * value".
   */
  static String impliedBy(String because) {
    int is = because.indexOf(" = ");
    if (is < 0) {
      return "implied by " + line(because);
    }
    Evidence premise =
        new Evidence(because.substring(0, is), Optional.of(because.substring(is + 3)));
    return "implied by the answer "
        + answer(premise.pointer(), premise.value())
        + " to: "
        + premise.question();
  }

  /**
   * Whether the finding is to be phrased as "collect this": its facts are not known, and what is
   * known does not already prove a gap.
   */
  static boolean isCollect(Finding f) {
    return !f.verdict().isDecided() && !f.isCertainGap() && !f.isWaived();
  }

  /**
   * Whether the finding is undecided and open: its unknown facts are worth naming, to collect them
   * or to settle how large a certain gap is.
   */
  static boolean namesUnknowns(Finding f) {
    return !f.verdict().isDecided() && !f.isWaived() && !isCertainlyFine(f);
  }

  /** The label of the unknown facts: "Collect this", or "Unknown" beside a certain gap. */
  static String unknownsLabel(Finding f) {
    return isCollect(f) ? "Collect this" : "Unknown";
  }

  private static boolean isCertainlyFine(Finding f) {
    return f.worstCase() == Status.MET || f.worstCase() == Status.NOT_APPLICABLE;
  }

  /** What to collect for a finding: the pointers of the unknown facts it read. */
  static String collect(Finding f) {
    String unknown =
        f.evidence().stream()
            .filter(e -> !e.isKnown())
            .map(e -> line(e.pointer()))
            .collect(Collectors.joining(", "));
    return unknown.isEmpty() ? "the facts this check reads" : unknown;
  }

  /** Whether the finding's actions are shown: there is something to do or to find out. */
  static boolean showsActions(Finding f) {
    return f.isCertainGap() || (!f.verdict().isDecided() && !isCertainlyFine(f));
  }

  /** The label in front of the actions: "Do", or "If missing, do" for an unknown. */
  static String actionsLabel(Finding f) {
    return isCollect(f) ? "If missing, do" : "Do";
  }

  /** Related checks with their status in this assessment: "R6.6 (Partly met)". */
  static List<String> related(Assessment a, Finding f) {
    List<String> related = new ArrayList<>();
    for (String id : f.check().related()) {
      Optional<Finding> other = a.finding(id);
      related.add(line(id) + other.map(o -> " (" + status(o) + ")").orElse(""));
    }
    return related;
  }

  /** A waiver in one sentence. */
  static Optional<String> waiver(Finding f) {
    return f.waiver()
        .map(
            w ->
                "Waived until "
                    + w.expiresOn()
                    + " by "
                    + line(w.authority())
                    + ": "
                    + line(w.justification()));
  }

  /**
   * An expired waiver in one sentence: "Waiver expired on 2026-01-31 (granted by Council: Budget
   * agreed next year); the finding counts again.", or empty when the finding has none.
   */
  static Optional<String> expiredWaiver(Finding f) {
    return f.expiredWaiver()
        .map(
            w ->
                "Waiver expired on "
                    + w.expiresOn()
                    + " (granted by "
                    + line(w.authority())
                    + ": "
                    + line(w.justification())
                    + "); the finding counts again.");
  }

  /** The profile's identity line: "Riverton (GB)". */
  static String city(Assessment a) {
    return line(a.profile().name()) + " (" + line(a.profile().country()) + ")";
  }

  /** What the facts are: "Facts as of 2026-03-31. Population 312,000. Survey wave 2020." */
  static String facts(Assessment a) {
    var p = a.profile();
    StringBuilder s = new StringBuilder("Facts as of ").append(p.assessedOn()).append('.');
    p.population().ifPresent(n -> s.append(" Population ").append(count(n)).append('.'));
    p.surveyWave().ifPresent(y -> s.append(" Survey wave ").append(y).append('.'));
    s.append(" Checks: ").append(a.findings().size()).append('.');
    return s.toString();
  }

  /**
   * The overall result in one sentence, with the range the score can take once every fact is known
   * when unknown facts leave it open.
   */
  static String overall(Score s) {
    String range = range(s);
    return "Overall score "
        + score(s.score())
        + ", coverage "
        + coverage(s.coverage())
        + ", maturity "
        + maturity(s)
        + (range.contains(" to ") ? "; " + range + " once every fact is known" : "");
  }

  /**
   * Whether less than half of the weight in scope was assessed: then a summary shows what to
   * collect first.
   */
  static boolean mostlyUnknown(Assessment a) {
    return a.scores().overall().coverage() < 50 && !a.toCollect().isEmpty();
  }

  /**
   * The closing line of a summary: how many findings it leaves out and how to see them, with the
   * application's own sentence ({@link TextOptions#howToSeeAll()}) when it gave one.
   */
  static String rest(int left, Optional<String> howToSeeAll) {
    String more =
        left == 0
            ? "The full report adds why each finding matters, the evidence read, related checks"
                + " and the scores by element, component and layer."
            : left
                + (left == 1 ? " more finding, and why" : " more findings, and why")
                + " each finding matters with the evidence read, are in the full report.";
    return howToSeeAll.map(h -> more + " " + line(h)).orElse(more);
  }

  /** How many questions the "Collect first" section shows. */
  static final int COLLECT_FIRST = 10;

  /**
   * Whether the "Collect first" section opens the report: when nothing is assessed yet, what to
   * collect is all there is to say.
   */
  static boolean collectFirstOpens(Assessment a) {
    return a.scores().overall().score().isEmpty() && !a.toCollect().isEmpty();
  }

  /** The heading of the "Collect first" section: "Collect first: 10 of 57 questions". */
  static String collectFirstTitle(Assessment a) {
    int all = a.toCollect().size();
    int shown = Math.min(all, COLLECT_FIRST);
    return "Collect first: "
        + (shown == all ? "" : shown + " of ")
        + all
        + (all == 1 ? " question" : " questions")
        + ", the most decisive first";
  }

  /** The questions the "Collect first" section shows. */
  static List<Question> collectFirst(Assessment a) {
    List<Question> all = a.toCollect();
    return all.subList(0, Math.min(all.size(), COLLECT_FIRST));
  }

  /** What a question decides: "decides R9.3, R9.0; weight 5". */
  static String decides(Question q) {
    return "decides " + String.join(", ", q.decides()) + "; weight " + q.weight();
  }

  /** The step a roadmap entry asks for: close a gap or find something out. */
  static String step(Finding f) {
    return isCollect(f) ? "Collect this" : status(f);
  }

  /** The name of a score move's scope: "Overall", "R3", "Vision", "Funding for innovation". */
  static String scope(String key) {
    if (key.equals("overall")) {
      return "Overall";
    }
    if (key.matches("R[0-9]+")) {
      return key;
    }
    String words = line(key).toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A change of verdict: "Not met -> Met", "Not assessed -> Not met or partly met", with "new
   * check" or "removed" for a missing side.
   */
  static String change(StatusChange c) {
    return c.was().map(Words::verdict).orElse("New check")
        + " -> "
        + c.now().map(Words::verdict).orElse("Removed")
        + (c.isBoundsOnly() ? " (range only)" : "");
  }

  /** The identity of a progress: "Riverton (GB)", or both names when the city changed. */
  static String city(Progress p) {
    String before = city(p.before());
    String after = city(p.after());
    return before.equals(after) ? after : before + " -> " + after;
  }

  /** The period of a progress: "From facts as of 2024-04-15 to facts as of 2026-03-31." */
  static String period(Progress p) {
    return "From facts as of "
        + p.before().profile().assessedOn()
        + " to facts as of "
        + p.after().profile().assessedOn()
        + ".";
  }

  /** How the overall score moved, in one sentence. */
  static String overallMove(ScoreMove m) {
    return "Overall score "
        + score(m.before())
        + " -> "
        + score(m.after())
        + " ("
        + delta(m.delta())
        + "), coverage "
        + coverage(m.coverageBefore())
        + " -> "
        + coverage(m.coverageAfter());
  }

  /** A source in one line: title, address and date consulted. */
  static String source(Source s) {
    StringBuilder out = new StringBuilder(line(s.title()));
    s.url().ifPresent(u -> out.append(", ").append(line(u)));
    s.accessedOn().ifPresent(d -> out.append(", consulted ").append(d));
    return out.toString();
  }
}

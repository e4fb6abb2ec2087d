package org.cityframework.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cityframework.core.Implications;
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
 * The words every format shares, in the language of the report: labels of statuses, priorities and
 * scores, the sentences of the head of a report and of its closing note ({@link ReportText} has
 * them in English and French); and, language aside, the cleaning of untrusted profile text. Keeping
 * them in one place keeps the four formats saying the same thing. The static methods do not depend
 * on the language; an instance ({@link #of}) speaks one.
 */
final class Words {
  private final ReportText text;

  private Words(ReportText text) {
    this.text = text;
  }

  /** The words of the reports in the language of {@code locale} ({@link ReportText#of}). */
  static Words of(Locale locale) {
    return new Words(ReportText.of(locale));
  }

  /** The language these words are in: {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
  Locale language() {
    return text.language();
  }

  /** The text under {@code key} in this language, with its arguments ({@link ReportText#get}). */
  String get(String key, Object... arguments) {
    return text.get(key, arguments);
  }

  /** What separates a label from its text: ": " in English, " : " (no-break space) in French. */
  String colon() {
    return text.get("colon");
  }

  /** What separates the parts of a list of clauses: "; " in English, " ; " in French. */
  String semicolon() {
    return text.get("semicolon");
  }

  /** The colon of {@link #colon()} without the space after it: ":", " :". */
  String colonMark() {
    return colon().stripTrailing();
  }

  /** "1 finding", "3 findings". */
  String findings(int n) {
    return n == 1 ? text.get("findings.one") : text.get("findings.many", n);
  }

  /** A label and its text: "Why: ...", "Pourquoi : ...". */
  String labelled(String label, String rest) {
    return label + colon() + rest;
  }

  /** "n/a", for a score of nothing assessed. */
  String notScored() {
    return text.get("score.notScored");
  }

  /** "unknown", for a fact the profile does not state. */
  String unknown() {
    return text.get("evidence.unknown");
  }

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
  String status(Status s) {
    return text.get("status." + s.name());
  }

  /**
   * A verdict as a reader says it: its status when decided; the two ends of the range the unknown
   * facts leave open ("Not met or partly met", "Partly met or met"); "Not assessed" when they leave
   * anything from not met to met.
   */
  String verdict(Verdict v) {
    if (v.isDecided()) {
      return status(v.status());
    }
    Status worst = v.worstCase();
    Status best = v.bestCase();
    if (worst == Status.NOT_MET && (best == Status.MET || best == Status.NOT_APPLICABLE)) {
      return status(Status.NOT_ASSESSED);
    }
    return text.get("verdict.range", status(worst), status(best).toLowerCase(text.language()));
  }

  /** A finding's verdict, marked when waived. */
  String status(Finding f) {
    return f.isWaived() ? text.get("finding.waived", verdict(f.verdict())) : verdict(f.verdict());
  }

  /** A priority as a reader says it. */
  String priority(Priority p) {
    return text.get("priority." + p.name());
  }

  /**
   * A finding's line of status, priority, effort and weight: "Partly met, priority High, effort
   * Low, weight 2.", with the status as given (escaped as the format needs).
   */
  String findingLine(String status, Finding f) {
    return text.get(
        "finding.line",
        status,
        text.get("finding.priority." + f.priority().name()),
        text.get("finding.effort." + f.check().effort().name()),
        f.check().weight());
  }

  /** An effort inside a sentence: "High" in English ("Effort High"), "élevé" in French. */
  String effortInLine(Effort e) {
    return text.get("finding.effort." + e.name());
  }

  /** An effort as a reader says it. */
  String effort(Effort e) {
    return label(e);
  }

  /**
   * An enum constant as words: {@code FUNDING_FOR_INNOVATION} is "Funding for innovation" (the
   * label under {@code label.<NAME>}, or the constant's name in words when the bundle has none).
   */
  String label(Enum<?> e) {
    String key = "label." + e.name();
    return text.has(key) ? text.get(key) : constant(e.name());
  }

  /** An enum constant's name as words, as {@link #label} says it. */
  private static String constant(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A score to one decimal, or "n/a" when nothing was assessed. */
  String score(OptionalDouble score) {
    return score.isPresent() ? text.decimal(score.getAsDouble()) : notScored();
  }

  /** A coverage as a percentage to one decimal: "57.1%", "57,1 %". */
  String coverage(double coverage) {
    return text.get("percent", text.decimal(coverage));
  }

  /**
   * A score's maturity level; below 50% coverage, the level its floor reaches whatever the unknown
   * facts are ("at least Defined"), or "insufficient evidence" when even that is only Initial.
   */
  String maturity(Score s) {
    if (s.maturity().isPresent()) {
      return label(s.maturity().get());
    }
    return s.maturityAtLeast()
        .filter(m -> m != Maturity.INITIAL)
        .map(m -> text.get("maturity.atLeast", label(m)))
        .orElse(text.get("maturity.insufficient"));
  }

  /**
   * The range a score can take once every unknown fact is known: "41.0 to 78.3", one figure when
   * the facts decide it, "n/a" when nothing of the group can be in scope.
   */
  String range(Score s) {
    return range(s.floor(), s.ceiling());
  }

  /** Whether the score's range is open: its floor and ceiling differ as the report shows them. */
  boolean isOpen(Score s) {
    return s.floor().isPresent()
        && s.ceiling().isPresent()
        && !text.decimal(s.floor().getAsDouble()).equals(text.decimal(s.ceiling().getAsDouble()));
  }

  /** A range from a floor to a ceiling, as {@link #range(Score)} says it. */
  String range(OptionalDouble floor, OptionalDouble ceiling) {
    if (floor.isEmpty() || ceiling.isEmpty()) {
      return notScored();
    }
    String low = text.decimal(floor.getAsDouble());
    String high = text.decimal(ceiling.getAsDouble());
    return low.equals(high) ? low : text.get("range", low, high);
  }

  /** A change in points with its sign, or "n/a". */
  String delta(OptionalDouble delta) {
    if (delta.isEmpty()) {
      return notScored();
    }
    double d = delta.getAsDouble();
    return (d > 0 ? "+" : "") + text.decimal(d == 0 ? 0 : d);
  }

  /** A number to one decimal as the reader writes it: "57.1", "57,1". */
  String number(double value) {
    return text.decimal(value);
  }

  /**
   * A number to one decimal with a point, whatever the language: for coordinates and other numbers
   * a program reads (SVG), never for words.
   */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A whole number with thousands separators: "312,000", "312 000". */
  String count(long n) {
    return text.count(n);
  }

  /** The title of recommendation {@code r}: its headline check's summary. */
  String recommendation(Assessment a, int r) {
    return a.findings().stream()
        .filter(f -> f.check().isHeadline() && f.check().recommendation() == r)
        .map(f -> line(f.check().summary()))
        .findFirst()
        .orElse(text.get("recommendation", r));
  }

  /**
   * The short name of recommendation {@code r}, for a chart's label: the publication's title of the
   * recommendation, cut to a few words ("Innovation strategy" for "Create a formal, publicly shared
   * innovation strategy with measurable goals").
   */
  String shortName(int r) {
    return text.get("chart.short." + r);
  }

  /**
   * "Why (Rec. 7, title, L181; opening text, L183)": where the check comes from in the publication,
   * with its seed lines, cited in this language, or "Why" for a check without seed lines.
   */
  String whyLabel(Finding f) {
    return f.check().seedLines().isEmpty()
        ? text.get("why")
        : text.get("why.cited", text.publication().cite(f.check().seedLines()));
  }

  /** The heading of every report's closing note on where the checks come from. */
  String sourceHeading() {
    return text.get("source.heading");
  }

  /**
   * Every report's closing note: the full reference of the chapter, how citations read, and that
   * the library is an independent implementation, not an OECD product.
   */
  List<String> sourceNote() {
    Publication source = text.publication();
    return List.of(
        text.get("source.assessedAgainst", source.reference()),
        source.howCitationsRead(),
        source.independence());
  }

  /** The closing note of a summary: the chapter's full reference and the independence. */
  List<String> shortSourceNote() {
    Publication source = text.publication();
    return List.of(text.get("source.assessedAgainst", source.reference()), source.independence());
  }

  /**
   * Why the finding stands where it does in the ranking, in one line: "High priority: not met;
   * foundation of 15 checks; weight 3; high effort" ({@link Finding#placement()} in English).
   */
  String placement(Finding f) {
    StringBuilder line = new StringBuilder();
    line.append(text.get("placement.priority." + f.priority().name())).append(colon());
    if (f.isWaived()) {
      line.append(text.get("placement.waived")).append(", ");
    }
    line.append(standing(f.verdict()));
    int dependents = f.dependents();
    if (dependents > 0) {
      line.append(semicolon())
          .append(
              dependents == 1
                  ? text.get("placement.foundation.one")
                  : text.get("placement.foundation", dependents));
    }
    line.append(semicolon()).append(text.get("placement.weight", f.check().weight()));
    line.append(semicolon()).append(text.get("placement.effort." + f.check().effort().name()));
    return line.toString();
  }

  /** The status part of {@link #placement}. */
  private String standing(Verdict v) {
    if (v.isDecided()) {
      return text.get("placement.status." + v.status().name());
    }
    if (v.isCertainGap()) {
      return text.get("placement.certainGap");
    }
    Status worst = v.worstCase();
    if (worst == Status.MET || worst == Status.NOT_APPLICABLE) {
      return text.get("placement.fineEitherWay");
    }
    return worst == Status.PARTLY_MET
        ? text.get("placement.atLeastPartly")
        : text.get("placement.status.NOT_ASSESSED");
  }

  /**
   * One piece of evidence: "pointer = value", "unknown" when the profile does not state it, and for
   * a value other facts imply, which: "= false, implied by /staff/dedicatedTeam = false".
   */
  String evidence(Evidence e) {
    return line(e.pointer())
        + " = "
        + e.value().map(v -> line(value(v))).orElse(unknown())
        + e.impliedBy()
            .map(because -> text.get("evidence.impliedBy", line(because(because))))
            .orElse("");
  }

  private static final Pattern ITEMS_VALUE = Pattern.compile("\\[(\\d+) items?\\]");
  private static final Pattern ITEMS_IMPLIED = Pattern.compile("(= )(\\d+) items?(?=$|[,;])");

  /**
   * A fact's value as the evidence gives it, with the size of a list in words of this language: "[3
   * items]", "[3 éléments]"; any other value as it is.
   */
  String value(String value) {
    Matcher m = ITEMS_VALUE.matcher(value);
    return m.matches() ? "[" + items(Integer.parseInt(m.group(1))) + "]" : value;
  }

  /** The facts that imply a value, each list size in words of this language: "= 2 items". */
  String because(String facts) {
    return ITEMS_IMPLIED
        .matcher(facts)
        .replaceAll(
            m -> Matcher.quoteReplacement(m.group(1) + items(Integer.parseInt(m.group(2)))));
  }

  private String items(int n) {
    return n == 1 ? text.get("evidence.item") : text.get("evidence.items", n);
  }

  /**
   * What a chart shows in place of a bar for a group with no score: nothing of it is assessed ("not
   * enough evidence").
   */
  String noScore() {
    return text.get("chart.noScore");
  }

  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** A list's length as evidence states it, "[3 items]", or as an implication does, "3 items". */
  private static final Pattern LIST_LENGTH = Pattern.compile("\\[?([0-9]{1,9}) items?\\]?");

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * A fact's value in words, for a reader who does not read JSON, in the language of the report:
   * "Yes" and "No" for booleans, an enum constant as words ("INNOVATION_TEAM_ONLY" is "Innovation
   * team only", {@code label.<NAME>} where the language has its own words), a percentage or a
   * number of years with its unit, an amount with thousands separators, "3 items" for a list,
   * "unknown" for a fact the profile does not state; other text, from the profile, cleaned by
   * {@link #line}.
   */
  String answer(String pointer, Optional<String> value) {
    if (value.isEmpty()) {
      return unknown();
    }
    String v = value.get();
    if (v.equals("true")) {
      return text.get("answer.yes");
    }
    if (v.equals("false")) {
      return text.get("answer.no");
    }
    if (v.equals(Implications.NONE)) {
      return text.get("answer.none");
    }
    Matcher list = LIST_LENGTH.matcher(v);
    if (list.matches()) {
      return items(Integer.parseInt(list.group(1)));
    }
    if (CONSTANT.matcher(v).matches()) {
      String key = "label." + v;
      return text.has(key) ? text.get(key) : constant(v);
    }
    if (NUMBER.matcher(v).matches()) {
      String field = pointer.substring(pointer.lastIndexOf('/') + 1);
      String number = text.plain(v);
      if (field.endsWith("Percent")) {
        return text.get("percent", number);
      }
      if (field.endsWith("Years")) {
        return v.equals("1") ? text.get("answer.year") : text.get("answer.years", number);
      }
      if (field.equals("amount") && !v.contains(".")) {
        return text.grouped(new BigInteger(v));
      }
      return number;
    }
    return line(v);
  }

  /**
   * Where an implied value comes from, in words: "implied by the answer No to: Is there a codified
   * open data policy?"; {@code because} is the {@link Evidence#impliedBy()} text, "pointer =
   * value".
   */
  String impliedBy(String because) {
    int is = because.indexOf(" = ");
    if (is < 0) {
      return text.get("answer.impliedBy", line(because));
    }
    Evidence premise =
        new Evidence(because.substring(0, is), Optional.of(because.substring(is + 3)));
    return text.get(
        "answer.impliedByAnswer",
        answer(premise.pointer(), premise.value()),
        premise.question(language()));
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
  String unknownsLabel(Finding f) {
    return isCollect(f) ? text.get("collectThis") : text.get("unknowns");
  }

  private static boolean isCertainlyFine(Finding f) {
    return f.worstCase() == Status.MET || f.worstCase() == Status.NOT_APPLICABLE;
  }

  /** What to collect for a finding: the pointers of the unknown facts it read. */
  String collect(Finding f) {
    String unknown =
        f.evidence().stream()
            .filter(e -> !e.isKnown())
            .map(e -> line(e.pointer()))
            .collect(Collectors.joining(", "));
    return unknown.isEmpty() ? text.get("collect.theFacts") : unknown;
  }

  /** Whether the finding's actions are shown: there is something to do or to find out. */
  static boolean showsActions(Finding f) {
    return f.isCertainGap() || (!f.verdict().isDecided() && !isCertainlyFine(f));
  }

  /** The label in front of the actions: "Do", or "If missing, do" for an unknown. */
  String actionsLabel(Finding f) {
    return isCollect(f) ? text.get("actions.ifMissing") : text.get("actions.do");
  }

  /** Related checks with their status in this assessment: "R6.6 (Partly met)". */
  List<String> related(Assessment a, Finding f) {
    List<String> related = new ArrayList<>();
    for (String id : f.check().related()) {
      Optional<Finding> other = a.finding(id);
      related.add(line(id) + other.map(o -> " (" + status(o) + ")").orElse(""));
    }
    return related;
  }

  /** A waiver in one sentence. */
  Optional<String> waiver(Finding f) {
    return f.waiver()
        .map(w -> text.get("waiver", w.expiresOn(), line(w.authority()), line(w.justification())));
  }

  /**
   * An expired waiver in one sentence: "Waiver expired on 2026-01-31 (granted by Council: Budget
   * agreed next year); the finding counts again.", or empty when the finding has none.
   */
  Optional<String> expiredWaiver(Finding f) {
    return f.expiredWaiver()
        .map(
            w ->
                text.get(
                    "waiver.expired", w.expiresOn(), line(w.authority()), line(w.justification())));
  }

  /** The profile's identity line: "Riverton (GB)". */
  static String city(Assessment a) {
    return line(a.profile().name()) + " (" + line(a.profile().country()) + ")";
  }

  /** What the facts are: "Facts as of 2026-03-31. Population 312,000. Survey wave 2020." */
  String facts(Assessment a) {
    var p = a.profile();
    List<String> sentences = new ArrayList<>();
    sentences.add(text.get("facts.asOf", p.assessedOn()));
    p.population().ifPresent(n -> sentences.add(text.get("facts.population", count(n))));
    p.surveyWave().ifPresent(y -> sentences.add(text.get("facts.surveyWave", y)));
    sentences.add(text.get("facts.checks", a.findings().size()));
    return String.join(" ", sentences);
  }

  /**
   * The overall result in one sentence, with the range the score can take once every fact is known
   * when unknown facts leave it open.
   */
  String overall(Score s) {
    String sentence = text.get("overall", score(s.score()), coverage(s.coverage()), maturity(s));
    return isOpen(s) ? sentence + semicolon() + text.get("overall.range", range(s)) : sentence;
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
  String rest(int left, Optional<String> howToSeeAll) {
    String more =
        left == 0
            ? text.get("rest.none")
            : left == 1 ? text.get("rest.one") : text.get("rest.many", left);
    return howToSeeAll.map(h -> more + " " + line(h)).orElse(more);
  }

  /**
   * A range in a narrow column: "21.9-61.1", "21,9-61,1"; one figure or "n/a" as {@link #range}.
   */
  String compactRange(OptionalDouble floor, OptionalDouble ceiling) {
    if (floor.isEmpty() || ceiling.isEmpty()) {
      return notScored();
    }
    String low = text.decimal(floor.getAsDouble());
    String high = text.decimal(ceiling.getAsDouble());
    return low.equals(high) ? low : low + "-" + high;
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
  String collectFirstTitle(Assessment a) {
    int all = a.toCollect().size();
    int shown = Math.min(all, COLLECT_FIRST);
    if (shown < all) {
      return text.get("collectFirst.some", shown, all);
    }
    return all == 1 ? text.get("collectFirst.one") : text.get("collectFirst.all", all);
  }

  /** The questions the "Collect first" section shows, in this language. */
  List<Question> collectFirst(Assessment a) {
    List<Question> all = a.toCollect(text.language());
    return all.subList(0, Math.min(all.size(), COLLECT_FIRST));
  }

  /** What a question decides: "decides R9.3, R9.0; weight 5". */
  String decides(Question q) {
    return text.get("decides", String.join(", ", q.decides()), q.weight());
  }

  /** The step a roadmap entry asks for: close a gap or find something out. */
  String step(Finding f) {
    return isCollect(f) ? text.get("collectThis") : status(f);
  }

  /** The name of a score move's scope: "Overall", "R3", "Vision", "Funding for innovation". */
  String scope(String key) {
    if (key.equals("overall")) {
      return text.get("scope.overall");
    }
    if (key.matches("R[0-9]+")) {
      return key;
    }
    if (text.has("label." + key)) {
      return text.get("label." + key);
    }
    String words = line(key).toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A change of verdict: "Not met -> Met", "Not assessed -> Not met or partly met", with "new
   * check" or "removed" for a missing side.
   */
  String change(StatusChange c) {
    return c.was().map(this::verdict).orElse(text.get("change.new"))
        + " -> "
        + c.now().map(this::verdict).orElse(text.get("change.removed"))
        + (c.isBoundsOnly() ? " " + text.get("change.rangeOnly") : "");
  }

  /**
   * A row of the score moves: scope, score before and after, delta, coverage before and after,
   * range before and after.
   */
  List<String> moveRow(String key, ScoreMove m) {
    return List.of(
        scope(key),
        score(m.before()),
        score(m.after()),
        delta(m.delta()),
        coverage(m.coverageBefore()),
        coverage(m.coverageAfter()),
        range(m.floorBefore(), m.ceilingBefore()),
        range(m.floorAfter(), m.ceilingAfter()));
  }

  /** The identity of a progress: "Riverton (GB)", or both names when the city changed. */
  static String city(Progress p) {
    String before = city(p.before());
    String after = city(p.after());
    return before.equals(after) ? after : before + " -> " + after;
  }

  /** The period of a progress: "From facts as of 2024-04-15 to facts as of 2026-03-31." */
  String period(Progress p) {
    return text.get("period", p.before().profile().assessedOn(), p.after().profile().assessedOn());
  }

  /** How the overall score moved, in one sentence. */
  String overallMove(ScoreMove m) {
    return text.get(
        "overallMove",
        score(m.before()),
        score(m.after()),
        delta(m.delta()),
        coverage(m.coverageBefore()),
        coverage(m.coverageAfter()));
  }

  /** A source in one line: title, address and date consulted. */
  String source(Source s) {
    StringBuilder out = new StringBuilder(line(s.title()));
    s.url().ifPresent(u -> out.append(", ").append(line(u)));
    s.accessedOn().ifPresent(d -> out.append(", ").append(text.get("source.consulted", d)));
    return out.toString();
  }
}

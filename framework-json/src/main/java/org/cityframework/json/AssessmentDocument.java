package org.cityframework.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.ValueCycleStage;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Effort;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Maturity;
import org.cityframework.rules.Priority;
import org.cityframework.rules.Question;
import org.cityframework.rules.Score;
import org.cityframework.rules.Scores;
import org.cityframework.rules.Status;
import org.cityframework.rules.Waiver;

/**
 * The assessment report as a document: the city, its findings in rank order, and the scores.
 *
 * @param schemaVersion the version of this document format
 * @param city the city assessed
 * @param findings every finding, in rank order: rank 1 is the first thing to do
 * @param scores the scores, overall and per recommendation, element, component and layer
 * @param toCollect the facts the profile leaves unknown that would narrow the findings, each with a
 *     question, most decisive first
 */
record AssessmentDocument(
    String schemaVersion,
    City city,
    List<FindingEntry> findings,
    ScoreTable scores,
    List<QuestionEntry> toCollect) {

  static final String VERSION = "1.1";

  static AssessmentDocument of(Assessment a) {
    List<FindingEntry> findings = new ArrayList<>(a.findings().size());
    for (Finding f : a.findings()) {
      findings.add(FindingEntry.of(f));
    }
    return new AssessmentDocument(
        VERSION,
        new City(a.profile().name(), a.profile().country(), a.profile().assessedOn().toString()),
        findings,
        ScoreTable.of(a.scores()),
        a.toCollect().stream().map(QuestionEntry::of).toList());
  }

  /**
   * A fact worth collecting (docs/prioritisation.md, "What to collect next").
   *
   * @param pointer the JSON Pointer of the unknown fact in the profile document
   * @param question the question that collects it, in plain words
   * @param decides the checks whose findings the answer could narrow, in rank order
   * @param weight the total weight of those checks
   * @param foundation how many checks build on the most fundamental of them
   */
  record QuestionEntry(
      String pointer, String question, List<String> decides, int weight, int foundation) {
    static QuestionEntry of(Question q) {
      return new QuestionEntry(q.pointer(), q.text(), q.decides(), q.weight(), q.foundation());
    }
  }

  /**
   * The city assessed.
   *
   * @param name the city's name
   * @param country the city's ISO 3166-1 alpha-2 country code
   * @param assessedOn the date the profile's facts describe, as YYYY-MM-DD
   */
  record City(String name, String country, String assessedOn) {}

  /**
   * One finding.
   *
   * @param rank the position in the ranking, from 1
   * @param checkId the check's id, for example R3.1
   * @param recommendation the recommendation, 1 to 10
   * @param status what the check found: the one status the facts leave possible, or NOT_ASSESSED
   *     when they leave several
   * @param worstCase the worst status any filling-in of the unknown facts could give (NOT_MET,
   *     PARTLY_MET, MET or NOT_APPLICABLE); equal to status when it is decided
   * @param bestCase the best status any filling-in of the unknown facts could give, not applicable
   *     counting above met; a best case of NOT_MET or PARTLY_MET is a certain gap
   * @param priority how urgently the finding needs attention
   * @param placement why the finding stands where it does in the ranking, in one line
   * @param summary what the practice is
   * @param why why it matters, in the report's reasoning
   * @param actions what to do next, those the evidence does not show already done
   * @param effort how much work closing the gap usually takes
   * @param weight the weight in scores and ranking
   * @param element vision, capacity or engagement
   * @param component the innovation-capacity component, for recommendations 1 to 6
   * @param layer the data-governance layer, for recommendations 7 to 10
   * @param stages the data value-cycle stages concerned
   * @param seedLines the lines of the report chapter the check comes from
   * @param related checks about the same practice or fact
   * @param prerequisites checks this one builds on
   * @param evidence the facts the check read
   * @param waiver the waiver that applies, if any
   * @param expiredWaiver the waiver of this check that expired before the profile's assessment
   *     date, if any: it no longer applies and the finding counts again, but its record stays
   */
  record FindingEntry(
      int rank,
      String checkId,
      int recommendation,
      Status status,
      Status worstCase,
      Status bestCase,
      Priority priority,
      String placement,
      String summary,
      String why,
      List<String> actions,
      Effort effort,
      int weight,
      Element element,
      Optional<InnovationComponent> component,
      Optional<GovernanceLayer> layer,
      List<ValueCycleStage> stages,
      List<Integer> seedLines,
      List<String> related,
      List<String> prerequisites,
      List<EvidenceEntry> evidence,
      Optional<WaiverEntry> waiver,
      Optional<WaiverEntry> expiredWaiver) {

    static FindingEntry of(Finding f) {
      CheckInfo c = f.check();
      return new FindingEntry(
          f.rank(),
          c.id(),
          c.recommendation(),
          f.status(),
          f.worstCase(),
          f.bestCase(),
          f.priority(),
          f.placement(),
          c.summary(),
          c.why(),
          f.actions(),
          c.effort(),
          c.weight(),
          c.element(),
          c.component(),
          c.layer(),
          List.copyOf(c.stages()),
          c.seedLines(),
          c.related(),
          c.prerequisites(),
          f.evidence().stream().map(EvidenceEntry::of).toList(),
          f.waiver().map(WaiverEntry::of),
          f.expiredWaiver().map(WaiverEntry::of));
    }
  }

  /**
   * One fact a check read.
   *
   * @param pointer the JSON Pointer of the fact in the profile document
   * @param value the value seen, as text ("none" for a fact that cannot be stated); left out when
   *     the profile does not state the fact and nothing implies it
   * @param impliedBy for a fact the profile does not state but other facts decide, the stated facts
   *     it follows from, for example "/staff/dedicatedTeam = false"; left out otherwise
   */
  record EvidenceEntry(String pointer, Optional<String> value, Optional<String> impliedBy) {
    static EvidenceEntry of(Evidence e) {
      return new EvidenceEntry(e.pointer(), e.value(), e.impliedBy());
    }
  }

  /**
   * A waiver of a finding: one that applies, or one that has expired.
   *
   * @param justification why the finding is accepted
   * @param authority who accepted it
   * @param expiresOn the last day the waiver applies (or applied), as YYYY-MM-DD
   */
  record WaiverEntry(String justification, String authority, String expiresOn) {
    static WaiverEntry of(Waiver w) {
      return new WaiverEntry(w.justification(), w.authority(), w.expiresOn().toString());
    }
  }

  /**
   * The scores of the assessment.
   *
   * @param overall the score over every finding
   * @param byRecommendation the score per recommendation, keyed R1 to R10
   * @param byElement the score per element
   * @param byComponent the score per innovation-capacity component
   * @param byLayer the score per data-governance layer
   */
  record ScoreTable(
      ScoreEntry overall,
      Map<String, ScoreEntry> byRecommendation,
      Map<Element, ScoreEntry> byElement,
      Map<InnovationComponent, ScoreEntry> byComponent,
      Map<GovernanceLayer, ScoreEntry> byLayer) {

    static ScoreTable of(Scores s) {
      Map<String, ScoreEntry> byRecommendation = new LinkedHashMap<>();
      s.byRecommendation()
          .forEach((r, score) -> byRecommendation.put("R" + r, ScoreEntry.of(score)));
      return new ScoreTable(
          ScoreEntry.of(s.overall()),
          byRecommendation,
          entries(s.byElement()),
          entries(s.byComponent()),
          entries(s.byLayer()));
    }

    private static <K> Map<K, ScoreEntry> entries(Map<K, Score> scores) {
      Map<K, ScoreEntry> entries = new LinkedHashMap<>();
      scores.forEach((k, v) -> entries.put(k, ScoreEntry.of(v)));
      return entries;
    }
  }

  /**
   * The score of a group of findings (formula in docs/prioritisation.md).
   *
   * @param score the score from 0 to 100; left out when nothing in the group was assessed
   * @param coverage the share of the group's weight that was assessed, from 0 to 100
   * @param maturity the maturity level; left out when coverage is below 50
   * @param counts how many findings have each status
   * @param floor the lowest score the group can have once every unknown fact is known, from 0 to
   *     100; left out when nothing of the group can be in scope
   * @param ceiling the highest score the group can have once every unknown fact is known, from 0 to
   *     100; left out when nothing of the group can be in scope
   * @param maturityAtLeast the maturity level of the floor: the level the group reaches whatever
   *     the unknown facts are; left out with the floor
   */
  record ScoreEntry(
      Optional<Double> score,
      double coverage,
      Optional<Maturity> maturity,
      Map<Status, Integer> counts,
      Optional<Double> floor,
      Optional<Double> ceiling,
      Optional<Maturity> maturityAtLeast) {
    static ScoreEntry of(Score s) {
      return new ScoreEntry(
          boxed(s.score()),
          s.coverage(),
          s.maturity(),
          s.counts(),
          boxed(s.floor()),
          boxed(s.ceiling()),
          s.maturityAtLeast());
    }

    private static Optional<Double> boxed(OptionalDouble value) {
      return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
  }
}

package org.cityframework.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cityframework.core.CityProfile;
import org.immutables.value.Value;

/**
 * The assessment of one city profile against the catalogue: findings in rank order and scores. The
 * same profile and assessor always give an equal assessment.
 */
@Value.Immutable
@RuleValue
abstract class AbstractAssessment {

  /** The profile assessed. */
  public abstract CityProfile profile();

  /** Every finding, best first to act on: rank 1 is the first thing to do. */
  public abstract List<Finding> findings();

  /**
   * The scores, overall and per recommendation, element, component and layer. Derived from the
   * findings when first asked for, then kept.
   */
  @Value.Lazy
  public Scores scores() {
    return ScoreCard.of(findings());
  }

  /**
   * The facts the profile leaves unknown that would narrow the findings' verdicts, each with a
   * question in plain words and the checks it decides, ranked by how much they would decide:
   * foundations first, then the total weight of the findings they could narrow (the ranking is
   * written in {@code docs/prioritisation.md}). Empty for an assessor without evidence ({@link
   * Assessor#withoutEvidence()}), whose findings do not say what they read.
   */
  @Value.Lazy
  public List<Question> toCollect() {
    return Questions.of(findings());
  }

  /**
   * The pointers of the facts of {@link #toCollect()}, without their questions or ranking, in the
   * order the findings first read them: cheaper, for counting what many cities leave unknown (the
   * cohort). Empty for an assessor without evidence.
   */
  public Set<String> factsToCollect() {
    return Collections.unmodifiableSet(Questions.byFact(findings()).keySet());
  }

  /**
   * The questions of {@link #toCollect()}, in the language of {@code locale} (French or English, as
   * {@link Catalogue#languages()}); the same questions in the same order.
   */
  public List<Question> toCollect(Locale locale) {
    return locale.getLanguage().equals("fr") ? Questions.of(findings(), locale) : toCollect();
  }

  /**
   * This assessment with the words of its checks in the language of {@code locale} (French or
   * English, {@link Catalogue#languages()}): each finding of a check of the standard catalogue, in
   * whichever language it was assessed, gets that check's summary, why, rule and actions in the
   * language asked for; checks of one's own keep their words. Verdicts, ranks, priorities, evidence
   * and scores are unchanged. Returns this assessment when no word changes.
   */
  public Assessment inLanguage(Locale locale) {
    List<Finding> translated = new ArrayList<>(findings().size());
    boolean changed = false;
    for (Finding f : findings()) {
      CheckInfo words = Catalogue.wordsOf(f.check(), locale);
      changed |= words != f.check();
      translated.add(words == f.check() ? f : f.withCheck(words));
    }
    Assessment self = (Assessment) this;
    return changed ? self.withFindings(translated) : self;
  }

  /** The finding of one check, if the check was part of the assessment. */
  public Optional<Finding> finding(String checkId) {
    return findings().stream().filter(f -> f.checkId().equals(checkId)).findFirst();
  }

  /** The findings with a given status, in rank order. */
  public List<Finding> findings(Status status) {
    return findings().stream().filter(f -> f.status() == status).toList();
  }
}

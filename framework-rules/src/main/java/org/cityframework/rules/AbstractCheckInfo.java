package org.cityframework.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.ValueCycleStage;
import org.immutables.value.Value;

/**
 * The description of a check: its id, where it sits in the framework, the seed lines it comes from,
 * the words a report shows, and what ranking uses (weight, effort, prerequisites).
 */
@Value.Immutable
@RuleValue
abstract class AbstractCheckInfo {
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
  private static final Pattern BUILT_IN = Pattern.compile("R([1-9]|10)\\.(0|[1-9][0-9]?)");

  /** The stable id, for example {@code R3.1}. */
  public abstract String id();

  /** The recommendation the check belongs to, from 1 to 10. */
  public abstract int recommendation();

  /** The cross-cutting element: vision, capacity or engagement (L17). */
  public abstract Element element();

  /** The innovation-capacity component the check serves, if any (recommendations 1-6). */
  public abstract Optional<InnovationComponent> component();

  /** The data-governance layer the check serves, if any (recommendations 7-10). */
  public abstract Optional<GovernanceLayer> layer();

  /** The data value-cycle stages the check concerns, if any. */
  public abstract Set<ValueCycleStage> stages();

  /**
   * The lines of the report chapter the check comes from, in the project's copy of the chapter
   * ({@link Publication}); {@link #citation()} says where they are in the publication.
   */
  public abstract List<Integer> seedLines();

  /**
   * Where the check comes from, in words a reader of the publication can follow, with the seed
   * lines beside: {@code "Rec. 7, bullet 4, L193; chapter introduction, L17"} ({@link
   * Publication#cite}). Empty for a check without seed lines.
   */
  public String citation() {
    return Publication.chapter().cite(seedLines());
  }

  /** One line saying what the practice is, without a trailing period. */
  public abstract String summary();

  /** Why it matters: the report's reasoning, in plain words. */
  public abstract String why();

  /** How the check decides met, partly met, not met and not assessed. */
  public abstract String rule();

  /** Concrete next actions when the practice is not (fully) in place. */
  public abstract List<String> actions();

  /**
   * For each of the {@link #actions()}, the facts that show it already done, so a finding can leave
   * it out ({@link Finding#actions()}): an empty text for an action always shown, or terms {@code
   * pointer=value} or {@code pointer>=number}, joined by {@code " & "} (all hold) and {@code " | "}
   * (any alternative holds). Empty, or one per action.
   */
  public abstract List<String> actionsDoneWhen();

  /** How much work closing the gap usually takes. */
  public abstract Effort effort();

  /** How much the practice weighs in scores and ranking, from 1 to 10 (built-ins use 1 to 3). */
  public abstract int weight();

  /** Checks about the same practice or fact, shown together rather than repeated. */
  public abstract List<String> related();

  /** Checks whose practices this one builds on: they are fixed first (L91, L183). */
  public abstract List<String> prerequisites();

  /** Whether this is a recommendation's headline check, {@code Rn.0}. */
  public boolean isHeadline() {
    return id().endsWith(".0") && isBuiltIn();
  }

  /** Whether the id has the form of a built-in check, {@code R1.0} to {@code R10.99}. */
  public boolean isBuiltIn() {
    return BUILT_IN.matcher(id()).matches();
  }

  @Value.Check
  protected void check() {
    StringBuilder problems = new StringBuilder();
    if (!ID.matcher(id()).matches()) {
      problems.append("; id must be a letter then up to 63 letters, digits, '.', '_' or '-'");
    }
    if (recommendation() < 1 || recommendation() > 10) {
      problems.append("; recommendation must be from 1 to 10");
    }
    if (component().isPresent() && layer().isPresent()) {
      problems.append("; a check serves an innovation component or a governance layer, not both");
    }
    if (summary().isBlank() || summary().endsWith(".")) {
      problems.append("; summary must be one line without a trailing period");
    }
    if (why().isBlank()) {
      problems.append("; why must not be blank");
    }
    if (rule().isBlank()) {
      problems.append("; rule must not be blank");
    }
    if (actions().isEmpty() || actions().stream().anyMatch(String::isBlank)) {
      problems.append("; at least one action, none blank");
    }
    if (!actionsDoneWhen().isEmpty() && actionsDoneWhen().size() != actions().size()) {
      problems.append("; actionsDoneWhen is empty or has one entry per action");
    }
    for (String when : actionsDoneWhen()) {
      String bad = DoneWhen.problem(when);
      if (bad != null) {
        problems.append("; actionsDoneWhen: ").append(bad);
      }
    }
    if (weight() < 1 || weight() > 10) {
      problems.append("; weight must be from 1 to 10");
    }
    if (seedLines().stream().anyMatch(l -> l < 1)) {
      problems.append("; seed lines are positive line numbers");
    }
    if (related().contains(id()) || prerequisites().contains(id())) {
      problems.append("; a check cannot relate to or depend on itself");
    }
    if (problems.length() > 0) {
      throw new IllegalStateException("check " + id() + ": " + problems.substring(2));
    }
  }
}

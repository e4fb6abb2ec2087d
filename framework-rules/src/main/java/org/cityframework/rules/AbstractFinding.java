package org.cityframework.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one check found for one city: the status and the range the unknown facts leave open, its
 * rank and priority among all findings, the evidence it read, and the check's words on why it
 * matters and what to do next.
 */
@Value.Immutable
@RuleValue
abstract class AbstractFinding {

  /** The check, with the weight in force for this assessment. */
  @Value.Parameter
  public abstract CheckInfo check();

  /**
   * Every status the check's unknown facts leave possible, from {@link #worstCase()} to {@link
   * #bestCase()}; a waiver does not change it.
   */
  @Value.Parameter
  public abstract Verdict verdict();

  /**
   * The status the check decided: the one the facts leave possible, or {@link Status#NOT_ASSESSED}
   * when they leave several. A waiver does not change it.
   */
  public Status status() {
    return verdict().status();
  }

  /**
   * The best status any filling-in of the unknown facts could give; equal to {@link #status()} when
   * the facts decide it. Not applicable counts above met.
   */
  public Status bestCase() {
    return verdict().bestCase();
  }

  /**
   * The worst status any filling-in of the unknown facts could give; equal to {@link #status()}
   * when the facts decide it.
   */
  public Status worstCase() {
    return verdict().worstCase();
  }

  /**
   * Whether the practice is certainly not (fully) in place whatever the unknown facts are: a
   * decided gap (not met, partly met), or an undecided finding whose best case is below met. A
   * certain gap is ranked, prioritised and shown as a gap.
   */
  public boolean isCertainGap() {
    return verdict().isCertainGap();
  }

  /** The position in the assessment's ranking, from 1. */
  @Value.Parameter
  public abstract int rank();

  /**
   * How urgently the finding needs attention: what {@link Priority#of} gives for its verdict, its
   * check's weight, whether other checks build on it and whether it is waived. Derived, so a
   * finding can never carry a priority its facts do not give (a met finding of high priority), and
   * a copy with another verdict or waiver has the priority that goes with them.
   */
  @Value.Derived
  public Priority priority() {
    return Priority.of(verdict(), dependents() > 0, check().weight(), waiver().isPresent());
  }

  /**
   * How many checks of the assessment build on this one, directly or through others: a foundation
   * ranks before the practices that follow from it.
   */
  @Value.Parameter
  public abstract int dependents();

  /** The facts the check read, with their JSON Pointers and values, in reading order. */
  @Value.Parameter
  public abstract List<Evidence> evidence();

  /** The waiver that applies to this finding, if any. */
  @Value.Parameter
  public abstract Optional<Waiver> waiver();

  /**
   * The waiver of this check that expired before the assessment date, if any. It no longer applies:
   * the finding keeps its status and priority and counts in the scores and the ranking, but the
   * record that the finding was waived, and until when, stays with it (as an XCCDF override's
   * record does). Never present together with {@link #waiver()}.
   */
  public abstract Optional<Waiver> expiredWaiver();

  /**
   * The check's actions that fit the facts: those whose goal the evidence does not show already
   * reached ({@link CheckInfo#actionsDoneWhen()}), so a city with a chief data officer is not
   * advised to appoint one. Every action when the finding carries no evidence, or when the evidence
   * would leave none.
   */
  public List<String> actions() {
    List<String> all = check().actions();
    List<String> doneWhen = check().actionsDoneWhen();
    if (doneWhen.isEmpty() || evidence().isEmpty()) {
      return all;
    }
    List<String> open = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (!DoneWhen.of(doneWhen.get(i)).holds(evidence())) {
        open.add(all.get(i));
      }
    }
    return open.isEmpty() ? all : List.copyOf(open);
  }

  /** The check's id, for example {@code R3.1}. */
  public String checkId() {
    return check().id();
  }

  /** Whether a waiver applies. */
  public boolean isWaived() {
    return waiver().isPresent();
  }

  /**
   * Why the finding stands where it does in the ranking, in one line and in the order of the
   * ranking's keys ({@code docs/prioritisation.md}): for example {@code "High priority: not met;
   * foundation of 15 checks; weight 3; high effort"}.
   */
  public String placement() {
    StringBuilder line = new StringBuilder();
    line.append(
        switch (priority()) {
          case HIGH -> "High priority: ";
          case MEDIUM -> "Medium priority: ";
          case LOW -> "Low priority: ";
          case NONE -> "No priority: ";
        });
    if (isWaived()) {
      line.append("waived, ");
    }
    line.append(standing());
    if (dependents() > 0) {
      line.append("; foundation of ")
          .append(dependents())
          .append(dependents() == 1 ? " check" : " checks");
    }
    line.append("; weight ").append(check().weight());
    line.append("; ").append(check().effort().name().toLowerCase(Locale.ROOT)).append(" effort");
    return line.toString();
  }

  /** The status part of {@link #placement()}. */
  private String standing() {
    Verdict v = verdict();
    if (v.isDecided()) {
      return v.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (v.isCertainGap()) {
      return "a certain gap, not met or partly met";
    }
    Status worst = v.worstCase();
    if (worst == Status.MET || worst == Status.NOT_APPLICABLE) {
      return "met or not applicable, whichever the unknown facts are";
    }
    return worst == Status.PARTLY_MET ? "at least partly met, unknown whether met" : "not assessed";
  }

  /** Refuses a rank below 1 and a negative count of dependents. */
  @Value.Check
  protected void checkRankAndDependents() {
    if (rank() < 1) {
      throw new IllegalStateException(
          "a finding of " + checkId() + " has rank " + rank() + "; ranks start at 1");
    }
    if (dependents() < 0) {
      throw new IllegalStateException(
          "a finding of "
              + checkId()
              + " has dependents "
              + dependents()
              + "; a count of checks cannot be negative");
    }
  }

  @Value.Check
  protected void checkWaivers() {
    if (waiver().isPresent() && expiredWaiver().isPresent()) {
      throw new IllegalStateException(
          "a finding of " + checkId() + " cannot have a waiver and an expired waiver");
    }
    for (Optional<Waiver> w : List.of(waiver(), expiredWaiver())) {
      if (w.isPresent() && !w.get().checkId().equals(checkId())) {
        throw new IllegalStateException(
            "a waiver of " + w.get().checkId() + " cannot be on a finding of " + checkId());
      }
    }
  }

  @Override
  public String toString() {
    return String.format(
        "#%d %s %s [%s] %s", rank(), checkId(), verdict(), priority(), check().summary());
  }
}

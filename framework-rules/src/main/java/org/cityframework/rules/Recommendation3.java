package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.INNOVATION_STRATEGY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.cityframework.core.Barrier;
import org.cityframework.core.Goal;
import org.cityframework.core.StaffRoleElement;
import org.cityframework.core.StrategyScope;
import org.cityframework.core.StrategyStatus;

/**
 * Recommendation 3: create a formal, publicly shared innovation strategy with measurable goals
 * (L89).
 */
final class Recommendation3 {
  private Recommendation3() {}

  static void declare(Checklist list) {
    list.check("R3.0")
        .seedLines(89, 91)
        .element(VISION)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R7.0", "R8.0")
        .decidedBy(Recommendation3::formalPublicStrategy);
    list.check("R3.1")
        .seedLines(95)
        .element(VISION)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.MEDIUM)
        .weight(3)
        .related("R6.6")
        .prerequisites("R3.0")
        .decidedBy(Recommendation3::measurableOutcomeGoals);
    list.check("R3.2")
        .seedLines(97)
        .element(VISION)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R1.9")
        .prerequisites("R3.0")
        .decidedBy(Recommendation3::holisticScope);
    list.check("R3.3")
        .seedLines(99)
        .element(CAPACITY)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.LOW)
        .weight(2)
        .related("R4.1", "R4.2")
        .prerequisites("R3.0")
        .decidedBy(Recommendation3::staffRoles);
    list.check("R3.4")
        .seedLines(101)
        .element(CAPACITY)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.LOW)
        .weight(2)
        .related("R5.1", "R6.3")
        .prerequisites("R3.0")
        .decidedBy(Recommendation3::fundingAndDataExpectations);
    list.check("R3.5")
        .seedLines(103)
        .element(ENGAGEMENT)
        .component(INNOVATION_STRATEGY)
        .effort(Effort.LOW)
        .weight(1)
        .prerequisites("R3.0")
        .decidedBy(Recommendation3::resistanceAddressed);
  }

  /**
   * Whether the city has an innovation strategy at all, adopted or in development: no when it is
   * said to have none, unknown when its status is.
   */
  static Optional<Boolean> strategyExists(Facts f) {
    return f.read("/strategy/status", p -> p.strategy().status())
        .map(s -> s != StrategyStatus.NONE);
  }

  /**
   * A formal strategy (adopted; in development is partly), publicly shared, with measurable goals
   * (L89, L91). Only an adopted strategy is published (Implications).
   */
  static Verdict formalPublicStrategy(Facts f) {
    Verdict adopted =
        Criteria.graded(
            f.read("/strategy/status", p -> p.strategy().status()),
            StrategyStatus.values(),
            Recommendation3::adoption);
    Verdict shared = Criteria.fact(f.read("/strategy/published", p -> p.strategy().published()));
    Verdict measurable = goalsStatus(f, Recommendation3::isMeasurable, true);
    return Criteria.combine(adopted, shared, measurable);
  }

  /** Adopted is met, in development partly met, none not met. */
  static Status adoption(StrategyStatus status) {
    return switch (status) {
      case ADOPTED -> Status.MET;
      case IN_DEVELOPMENT -> Status.PARTLY_MET;
      case NONE -> Status.NOT_MET;
    };
  }

  /**
   * Goals that are measurable, concrete and translate to better outcomes for residents (L95): an
   * indicator, a baseline and a target; a year to reach it by; and the well-being outcome served.
   */
  static Verdict measurableOutcomeGoals(Facts f) {
    return goalsStatus(f, g -> isMeasurable(g) && isConcrete(g) && g.outcome().isPresent(), false);
  }

  /**
   * A goal is concrete when it says by when its target is to be reached. Ours: "concrete" (L95) is
   * not defined in the chapter; a target with no date cannot be evaluated "throughout the
   * innovation process" (L91).
   */
  static boolean isConcrete(Goal g) {
    return g.targetYear().isPresent();
  }

  /**
   * A holistic scope across all sectors (L97): cross-sector is met, multi-sector partly met,
   * single-sector not met. No strategy has no scope; a stated scope implies a strategy.
   */
  static Verdict holisticScope(Facts f) {
    Optional<StrategyScope> scope = f.read("/strategy/scope", p -> p.strategy().scope());
    Verdict graded = Criteria.graded(scope, StrategyScope.values(), Recommendation3::scope);
    return scope.isPresent() ? graded : Criteria.requires(strategyExists(f), () -> graded);
  }

  private static Status scope(StrategyScope scope) {
    return switch (scope) {
      case CROSS_SECTOR -> Status.MET;
      case MULTI_SECTOR -> Status.PARTLY_MET;
      case SINGLE_SECTOR -> Status.NOT_MET;
    };
  }

  /**
   * The strategy clarifies the role of existing staff, preferred skills for new hires "and/or" how
   * innovation is assessed in reviews (L99): any one of them is met, none is not met.
   */
  static Verdict staffRoles(Facts f) {
    return Criteria.anyOf(
        f.entries(
            "/strategy/staffRoles", p -> p.strategy().staffRoles(), StaffRoleElement.values()));
  }

  static Verdict fundingAndDataExpectations(Facts f) {
    return Criteria.allOf(
        f.read("/strategy/fundingExpectations", p -> p.strategy().fundingExpectations()),
        f.read("/strategy/dataUseExpectations", p -> p.strategy().dataUseExpectations()));
  }

  /**
   * Resistance identified (yes) and addressed (every barrier, some or none). Barriers listed imply
   * that resistance is identified; a strategy that identifies resistance but lists no barrier is at
   * least partly met.
   */
  static Verdict resistanceAddressed(Facts f) {
    Optional<Boolean> identifies =
        f.read("/strategy/identifiesResistance", p -> p.strategy().identifiesResistance());
    List<Barrier> barriers = f.list("/strategy/barriers", p -> p.strategy().barriers());
    if (barriers.isEmpty()) {
      return Criteria.requires(identifies, () -> Verdict.between(Status.PARTLY_MET, Status.MET));
    }
    List<Optional<Boolean>> addressed = new ArrayList<>();
    for (int i = 0; i < barriers.size(); i++) {
      int index = i;
      addressed.add(
          f.read(
              "/strategy/barriers/" + i + "/addressed",
              p -> p.strategy().barriers().get(index).addressed()));
    }
    // Identified (yes) and addressed (all, some or none): identified but unaddressed is partly met.
    return Criteria.combine(Verdict.MET, Criteria.allOf(addressed));
  }

  /**
   * A goal is measurable when the strategy states its indicator, baseline and target (L95, L163).
   */
  static boolean isMeasurable(Goal g) {
    return g.indicator().isPresent() && g.baseline().isPresent() && g.target().isPresent();
  }

  /**
   * The status of the strategy's goals against a test: all pass is met, some partly met, none not
   * met. With {@code anySuffices}, one passing goal is enough. No strategy, or a strategy said to
   * set no goals, is not met; goals not listed are not assessed.
   */
  /** The pointers {@link #goalsStatus} reads of the first goals, made once rather than per read. */
  private static final String[][] GOAL_POINTERS =
      IntStream.range(0, 32).mapToObj(Recommendation3::goalPointers).toArray(String[][]::new);

  /**
   * The pointers of the facts of goal {@code i} (indicator, baseline, target, outcome, measurement
   * method, target year, current value), the first goals' made once.
   */
  static String[] goalPointersOf(int i) {
    return i < GOAL_POINTERS.length ? GOAL_POINTERS[i] : goalPointers(i);
  }

  /** The pointers of the facts of goal {@code i}, in the order {@link #goalsStatus} reads them. */
  private static String[] goalPointers(int i) {
    String at = "/strategy/goals/" + i;
    return new String[] {
      at + "/indicator",
      at + "/baseline",
      at + "/target",
      at + "/outcome",
      at + "/measurementMethod",
      at + "/targetYear",
      at + "/current"
    };
  }

  static Verdict goalsStatus(Facts f, Predicate<Goal> passes, boolean anySuffices) {
    Optional<Boolean> states = f.read("/strategy/statesGoals", p -> p.strategy().statesGoals());
    List<Goal> goals = f.list("/strategy/goals", p -> p.strategy().goals());
    if (goals.isEmpty()) {
      return states.equals(Optional.of(false)) ? Verdict.NOT_MET : Verdict.UNKNOWN;
    }
    int passing = 0;
    for (int i = 0; i < goals.size(); i++) {
      int index = i;
      Goal g = goals.get(i);
      String[] at = goalPointersOf(i);
      f.read(at[0], p -> p.strategy().goals().get(index).indicator());
      f.read(at[1], p -> p.strategy().goals().get(index).baseline());
      f.read(at[2], p -> p.strategy().goals().get(index).target());
      f.read(at[3], p -> p.strategy().goals().get(index).outcome());
      f.read(at[4], p -> p.strategy().goals().get(index).measurementMethod());
      f.readInt(at[5], p -> p.strategy().goals().get(index).targetYear());
      if (passes.test(g)) {
        passing++;
      }
    }
    if (passing == goals.size() || (anySuffices && passing > 0)) {
      return Verdict.MET;
    }
    return passing > 0 ? Verdict.PARTLY_MET : Verdict.NOT_MET;
  }
}

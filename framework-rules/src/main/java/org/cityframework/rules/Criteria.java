package org.cityframework.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cityframework.core.Coverage;

/**
 * Ways to turn facts, some of them unknown, into a {@link Status}.
 *
 * <p>Every method decides by the same rule: an outcome is given only when every way of filling in
 * the unknown facts would give it; otherwise the result is {@link Status#NOT_ASSESSED}. So an
 * unknown fact never counts as "no", and learning a fact can only make a finding more precise,
 * never contradict it.
 */
public final class Criteria {
  private Criteria() {}

  /** What a set of yes/no facts holds: bits for a yes, a no and an unknown fact. */
  private static final int YES = 1;

  private static final int NO = 2;
  private static final int UNKNOWN = 4;

  private static int seen(Optional<Boolean> fact) {
    if (fact.isEmpty()) {
      return UNKNOWN;
    }
    return fact.get() ? YES : NO;
  }

  /**
   * A fact that other stated facts imply: when it is unknown but the model would reject a "no" (for
   * example a reporting line is stated for a team whose existence is not), it can only be "yes".
   */
  public static Optional<Boolean> orImplied(Optional<Boolean> fact, boolean impliedYes) {
    return fact.isEmpty() && impliedYes ? Optional.of(true) : fact;
  }

  /** One yes/no fact: yes is met, no is not met. */
  public static Status fact(Optional<Boolean> fact) {
    if (fact.isEmpty()) {
      return Status.NOT_ASSESSED;
    }
    return fact.get() ? Status.MET : Status.NOT_MET;
  }

  /** Several facts that should all hold: all yes is met, all no is not met, a mix is partly met. */
  @SafeVarargs
  public static Status allOf(Optional<Boolean>... facts) {
    int seen = 0;
    for (Optional<Boolean> f : facts) {
      seen |= seen(f);
    }
    return allOf(seen);
  }

  /** Several facts that should all hold: all yes is met, all no is not met, a mix is partly met. */
  public static Status allOf(Collection<Optional<Boolean>> facts) {
    int seen = 0;
    for (Optional<Boolean> f : facts) {
      seen |= seen(f);
    }
    return allOf(seen);
  }

  /** {@link #combine} of the facts' own statuses (yes met, no not met), from what they hold. */
  private static Status allOf(int seen) {
    if ((seen & (YES | NO)) == (YES | NO)) {
      return Status.PARTLY_MET;
    }
    if ((seen & UNKNOWN) != 0) {
      return Status.NOT_ASSESSED;
    }
    if ((seen & YES) != 0) {
      return Status.MET;
    }
    return seen == NO ? Status.NOT_MET : Status.NOT_APPLICABLE;
  }

  /** Alternatives ("and/or" in the report): any yes is met, all no is not met. */
  @SafeVarargs
  public static Status anyOf(Optional<Boolean>... facts) {
    int seen = 0;
    for (Optional<Boolean> f : facts) {
      seen |= seen(f);
    }
    return anyOf(seen);
  }

  /** Alternatives ("and/or" in the report): any yes is met, all no is not met. */
  public static Status anyOf(Collection<Optional<Boolean>> facts) {
    int seen = 0;
    for (Optional<Boolean> f : facts) {
      seen |= seen(f);
    }
    return anyOf(seen);
  }

  private static Status anyOf(int seen) {
    if ((seen & YES) != 0) {
      return Status.MET;
    }
    return seen == NO ? Status.NOT_MET : Status.NOT_ASSESSED;
  }

  /**
   * How many of the facts hold: met from {@code metAt}, partly met from {@code partlyAt}, not met
   * below. Decided only when the count with every unknown as "no" and the count with every unknown
   * as "yes" give the same outcome.
   */
  public static Status atLeast(int metAt, int partlyAt, Collection<Optional<Boolean>> facts) {
    if (partlyAt < 1 || metAt < partlyAt) {
      throw new IllegalArgumentException("need 1 <= partlyAt <= metAt");
    }
    int yes = 0;
    int unknown = 0;
    for (Optional<Boolean> f : facts) {
      if (f.isEmpty()) {
        unknown++;
      } else if (f.get()) {
        yes++;
      }
    }
    Status least = level(yes, metAt, partlyAt);
    Status most = level(yes + unknown, metAt, partlyAt);
    return least == most ? least : Status.NOT_ASSESSED;
  }

  private static Status level(int count, int metAt, int partlyAt) {
    if (count >= metAt) {
      return Status.MET;
    }
    return count >= partlyAt ? Status.PARTLY_MET : Status.NOT_MET;
  }

  /**
   * How far a practice reaches: every agency is met; some or most agencies are partly met; the
   * innovation team alone, or nowhere, is not met, as the report asks for reach beyond the core
   * team (L59-61).
   */
  public static Status reach(Optional<Coverage> coverage) {
    return coverage.map(Criteria::reach).orElse(Status.NOT_ASSESSED);
  }

  private static Status reach(Coverage coverage) {
    return switch (coverage) {
      case ALL_AGENCIES -> Status.MET;
      case MOST_AGENCIES, SOME_AGENCIES -> Status.PARTLY_MET;
      case INNOVATION_TEAM_ONLY, NONE -> Status.NOT_MET;
    };
  }

  /**
   * Alternatives of graded criteria ("and/or" in the report): the best outcome among them, met
   * before partly met before not met. An unassessed alternative leaves the whole unassessed unless
   * another alternative is already met.
   */
  public static Status eitherOf(Status... parts) {
    boolean unknown = false;
    Status best = null;
    for (Status s : parts) {
      switch (s) {
        case MET -> {
          return Status.MET;
        }
        case NOT_ASSESSED -> unknown = true;
        case NOT_APPLICABLE -> {}
        default -> best = best == null || s.compareTo(best) < 0 ? s : best;
      }
    }
    if (unknown) {
      return Status.NOT_ASSESSED;
    }
    return best == null ? Status.NOT_APPLICABLE : best;
  }

  /** Several criteria that should all be met. */
  public static Status combine(Status... parts) {
    return combine(Arrays.asList(parts));
  }

  /**
   * Several criteria that should all be met: all met is met, all not met is not met, anything in
   * between is partly met. An unassessed part leaves the whole unassessed unless the known parts
   * already make it partly met. Not-applicable parts are left out; if all are, so is the whole.
   */
  public static Status combine(List<Status> parts) {
    boolean met = false;
    boolean notMet = false;
    boolean unknown = false;
    boolean any = false;
    for (Status s : parts) {
      switch (s) {
        case MET -> met = true;
        case NOT_MET -> notMet = true;
        case PARTLY_MET -> {
          return Status.PARTLY_MET;
        }
        case NOT_ASSESSED -> unknown = true;
        case NOT_APPLICABLE -> {
          continue;
        }
      }
      any = true;
    }
    if (!any) {
      return Status.NOT_APPLICABLE;
    }
    if (met && notMet) {
      return Status.PARTLY_MET;
    }
    if (unknown) {
      return Status.NOT_ASSESSED;
    }
    return met ? Status.MET : Status.NOT_MET;
  }
}

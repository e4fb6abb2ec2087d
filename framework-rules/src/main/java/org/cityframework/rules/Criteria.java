package org.cityframework.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cityframework.core.Coverage;

/**
 * Ways to turn facts, some of them unknown, into a {@link Verdict}: the statuses that every way of
 * filling in the unknown facts could give.
 *
 * <p>A status is decided only when every filling-in gives it; otherwise the verdict keeps the range
 * the fillings-in span, so a finding can say "not met or partly met" rather than only "not
 * assessed". An unknown fact never counts as "no", and learning a fact can only narrow a verdict,
 * never contradict it. Each method is exact for the facts it is given: every status in its verdict
 * is the outcome of some filling-in of them.
 */
public final class Criteria {
  private Criteria() {}

  private static final Coverage[] COVERAGES = Coverage.values();

  /**
   * A practice that presupposes something: where it is known to be missing, the practice is not
   * met; where it is known to be there, the practice is judged by {@code practice}; where it is
   * unknown, either may happen. The practice is judged only when it can matter, so its facts are
   * read (and shown as evidence) only then.
   */
  public static Verdict requires(Optional<Boolean> precondition, Supplier<Verdict> practice) {
    return requires(fact(precondition), practice);
  }

  /**
   * A practice that presupposes a criterion: not met where the criterion is certainly not met,
   * judged by {@code practice} where it certainly is at least partly met, and either otherwise.
   */
  public static Verdict requires(Verdict precondition, Supplier<Verdict> practice) {
    if (precondition == Verdict.NOT_MET) {
      return Verdict.NOT_MET;
    }
    Verdict judged = practice.get();
    return precondition.allows(Status.NOT_MET) ? judged.orStatus(Status.NOT_MET) : judged;
  }

  /** One yes/no fact: yes is met, no is not met, unknown may be either. */
  public static Verdict fact(Optional<Boolean> fact) {
    if (fact.isEmpty()) {
      return Verdict.ofBits(Verdict.bit(Status.MET) | Verdict.bit(Status.NOT_MET));
    }
    return fact.get() ? Verdict.MET : Verdict.NOT_MET;
  }

  /**
   * Several facts that should all hold: all yes is met, all no is not met, a mix is partly met.
   * With no facts at all, the practice does not apply.
   */
  @SafeVarargs
  public static Verdict allOf(Optional<Boolean>... facts) {
    int[] tally = new int[3];
    for (Optional<Boolean> f : facts) {
      count(f, tally);
    }
    return allOf(tally);
  }

  /**
   * Several facts that should all hold: all yes is met, all no is not met, a mix is partly met.
   * With no facts at all, the practice does not apply.
   */
  public static Verdict allOf(Collection<Optional<Boolean>> facts) {
    int[] tally = new int[3];
    for (Optional<Boolean> f : facts) {
      count(f, tally);
    }
    return allOf(tally);
  }

  /** Counts a fact into a tally of yes, no and unknown facts. */
  private static void count(Optional<Boolean> fact, int[] tally) {
    tally[fact.isEmpty() ? 2 : fact.get() ? 0 : 1]++;
  }

  /** {@link #allOf} of facts tallied as yes, no and unknown. */
  private static Verdict allOf(int[] tally) {
    int yes = tally[0];
    int no = tally[1];
    int unknown = tally[2];
    if (yes > 0 && no > 0) {
      return Verdict.PARTLY_MET;
    }
    if (unknown == 0) {
      return yes > 0 ? Verdict.MET : no > 0 ? Verdict.NOT_MET : Verdict.NOT_APPLICABLE;
    }
    int bits = 0;
    if (no == 0) {
      bits |= Verdict.bit(Status.MET); // every unknown yes
    }
    if (yes == 0) {
      bits |= Verdict.bit(Status.NOT_MET); // every unknown no
    }
    if (yes > 0 || no > 0 || unknown > 1) {
      bits |= Verdict.bit(Status.PARTLY_MET); // an unknown the other way than the rest
    }
    return Verdict.ofBits(bits);
  }

  /**
   * Alternatives ("and/or" in the report): any yes is met, all no is not met. With no alternatives
   * at all, the practice does not apply.
   */
  @SafeVarargs
  public static Verdict anyOf(Optional<Boolean>... facts) {
    int[] tally = new int[3];
    for (Optional<Boolean> f : facts) {
      count(f, tally);
    }
    return anyOf(tally);
  }

  /**
   * Alternatives ("and/or" in the report): any yes is met, all no is not met. With no alternatives
   * at all, the practice does not apply.
   */
  public static Verdict anyOf(Collection<Optional<Boolean>> facts) {
    int[] tally = new int[3];
    for (Optional<Boolean> f : facts) {
      count(f, tally);
    }
    return anyOf(tally);
  }

  /** {@link #anyOf} of facts tallied as yes, no and unknown. */
  private static Verdict anyOf(int[] tally) {
    if (tally[0] > 0) {
      return Verdict.MET;
    }
    if (tally[2] > 0) {
      return Verdict.ofBits(Verdict.bit(Status.MET) | Verdict.bit(Status.NOT_MET));
    }
    return tally[1] > 0 ? Verdict.NOT_MET : Verdict.NOT_APPLICABLE;
  }

  /**
   * How many of the facts hold: met from {@code metAt}, partly met from {@code partlyAt}, not met
   * below. The verdict holds the outcome of every count from the yes facts alone to the yes and
   * unknown facts together.
   */
  public static Verdict atLeast(int metAt, int partlyAt, Collection<Optional<Boolean>> facts) {
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
    return counted(yes, yes + unknown, metAt, partlyAt);
  }

  /**
   * A whole number against thresholds: met from {@code metAt}, partly met from {@code partlyAt},
   * not met below; an unknown number may be anything from {@code min} to {@code max}.
   */
  public static Verdict atLeast(OptionalInt value, int metAt, int partlyAt, int min, int max) {
    if (partlyAt > metAt || min > max) {
      throw new IllegalArgumentException("need partlyAt <= metAt and min <= max");
    }
    return value.isPresent()
        ? counted(value.getAsInt(), value.getAsInt(), metAt, partlyAt)
        : counted(min, max, metAt, partlyAt);
  }

  /** The outcomes of the counts from {@code least} to {@code most}. */
  private static Verdict counted(int least, int most, int metAt, int partlyAt) {
    int bits = 0;
    if (most >= metAt) {
      bits |= Verdict.bit(Status.MET);
    }
    if (least < partlyAt) {
      bits |= Verdict.bit(Status.NOT_MET);
    }
    if (most >= partlyAt && least < metAt && partlyAt < metAt) {
      bits |= Verdict.bit(Status.PARTLY_MET);
    }
    return Verdict.ofBits(bits);
  }

  /**
   * A share in percent: met from {@code metAt}, partly met above 0, not met at 0. An unknown share
   * is bounded by a yes/no fact that says whether there is any: yes is above 0, no is 0; both
   * unknown, the share may be anything from 0 to 100.
   */
  public static Verdict share(OptionalInt percent, Optional<Boolean> any, int metAt) {
    if (percent.isPresent()) {
      return atLeast(percent, metAt, 1, 0, 100);
    }
    int least = any.orElse(false) ? 1 : 0;
    int most = any.equals(Optional.of(false)) ? 0 : 100;
    return atLeast(OptionalInt.empty(), metAt, 1, least, most);
  }

  /**
   * How far a practice reaches: every agency is met; some or most agencies are partly met; the
   * innovation team alone, or nowhere, is not met, as the report asks for reach beyond the core
   * team (L59-61).
   */
  public static Verdict reach(Optional<Coverage> coverage) {
    return graded(coverage, COVERAGES, Criteria::reach);
  }

  private static Status reach(Coverage coverage) {
    return switch (coverage) {
      case ALL_AGENCIES -> Status.MET;
      case MOST_AGENCIES, SOME_AGENCIES -> Status.PARTLY_MET;
      case INNOVATION_TEAM_ONLY, NONE -> Status.NOT_MET;
    };
  }

  /**
   * A fact that takes one of several values, each graded to a status; an unknown value may be any
   * of {@code values}.
   */
  public static <E> Verdict graded(Optional<E> fact, E[] values, Function<E, Status> grade) {
    if (fact.isPresent()) {
      return Verdict.of(grade.apply(fact.get()));
    }
    Verdict any = null;
    for (E value : values) {
      Verdict v = Verdict.of(grade.apply(value));
      any = any == null ? v : any.or(v);
    }
    if (any == null) {
      throw new IllegalArgumentException("a graded fact needs at least one possible value");
    }
    return any;
  }

  /**
   * Alternatives of graded criteria ("and/or" in the report): the best outcome among them, met
   * before partly met before not met. Not-applicable alternatives are left out; if all are, so is
   * the whole.
   */
  public static Verdict eitherOf(Verdict... parts) {
    // The state is the best outcome so far (its bit), 0 before any.
    return EITHER.of(Arrays.asList(parts));
  }

  /** The better of a best-so-far bit (0 for none yet) and an outcome's bit. */
  private static int better(int best, int outcome) {
    if (outcome == bitOf(NA)) {
      return best;
    }
    return Math.max(best, outcome); // not met 1 < partly met 2 < met 4
  }

  /** Several criteria that should all be met. */
  public static Verdict combine(Verdict... parts) {
    return combine(Arrays.asList(parts));
  }

  /**
   * Several criteria that should all be met: all met is met, all not met is not met, anything in
   * between is partly met. Not-applicable parts are left out; if all are, so is the whole.
   */
  public static Verdict combine(List<Verdict> parts) {
    // The state is the set of outcomes chosen so far, as bits.
    return COMBINE.of(parts);
  }

  /** The outcome of {@link #combine} for parts whose outcomes are the bits {@code seen}. */
  private static int combined(int seen) {
    int assessed = seen & ~bitOf(NA);
    if (assessed == 0) {
      return bitOf(NA);
    }
    if (assessed == bitOf(MET) || assessed == bitOf(NOT_MET)) {
      return assessed;
    }
    return bitOf(PARTLY); // partly met, or met and not met together
  }

  private static final Status MET = Status.MET;
  private static final Status NOT_MET = Status.NOT_MET;
  private static final Status PARTLY = Status.PARTLY_MET;
  private static final Status NA = Status.NOT_APPLICABLE;

  private static int bitOf(Status s) {
    return Verdict.bit(s);
  }

  // After the statuses above, which the tables are made from.
  private static final Fold EITHER =
      new Fold(Criteria::better, state -> state == 0 ? bitOf(NA) : state);

  private static final Fold COMBINE =
      new Fold((seen, outcome) -> seen | outcome, Criteria::combined);

  /** A step from one fold state (0 to 15) and one outcome bit to the next state. */
  @FunctionalInterface
  private interface Step {
    int next(int state, int outcome);
  }

  /** The outcome bits of a final fold state. */
  @FunctionalInterface
  private interface Outcome {
    int of(int state);
  }

  /**
   * Folds parts whose outcomes are each one of several, keeping every state some choice of outcomes
   * reaches (as bits of a 16-bit set), then gathers the outcomes of the final states: the verdict
   * of every way of filling in the parts. The step and the outcome are worked out once, as tables.
   */
  private static final class Fold {
    /**
     * The states a step reaches from state {@code s} on any outcome of bits {@code b}: [s << 4 |
     * b].
     */
    private final int[] next = new int[16 * 16];

    /** The outcome bits of each state. */
    private final int[] outcome = new int[16];

    Fold(Step step, Outcome outcomeOf) {
      for (int state = 0; state < 16; state++) {
        for (int bits = 0; bits < 16; bits++) {
          int reached = 0;
          for (int o = bits; o != 0; o &= o - 1) {
            reached |= 1 << step.next(state, Integer.lowestOneBit(o));
          }
          next[state << 4 | bits] = reached;
        }
        outcome[state] = outcomeOf.of(state);
      }
    }

    Verdict of(List<Verdict> parts) {
      int states = 1; // state 0 only
      for (int i = 0, n = parts.size(); i < n; i++) {
        int bits = parts.get(i).bits();
        int reached = 0;
        for (int s = states; s != 0; s &= s - 1) {
          reached |= next[Integer.numberOfTrailingZeros(s) << 4 | bits];
        }
        states = reached;
      }
      int bits = 0;
      for (int s = states; s != 0; s &= s - 1) {
        bits |= outcome[Integer.numberOfTrailingZeros(s)];
      }
      return Verdict.ofBits(bits);
    }
  }
}

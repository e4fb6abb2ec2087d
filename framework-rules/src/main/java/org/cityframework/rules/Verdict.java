package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a check can say of a profile: the statuses that the profile's unknown facts still leave
 * possible. A profile that states every fact a check needs gives one status; a partial profile
 * gives a range, from the {@linkplain #worstCase() worst case} to the {@linkplain #bestCase() best
 * case}, and the finding is "not assessed" but bounded.
 *
 * <p>For the bounds, statuses are ordered {@link Status#NOT_MET} &lt; {@link Status#PARTLY_MET}
 * &lt; {@link Status#MET} &lt; {@link Status#NOT_APPLICABLE}: a practice that does not apply asks
 * nothing of the city, which is as good as met. A verdict whose best case is below met is a
 * {@linkplain #isCertainGap() certain gap}: whatever the unknown facts turn out to be, the practice
 * is not fully in place.
 *
 * <pre>{@code
 * Verdict v = Criteria.allOf(privacy, ethics, security);   // no, no, unknown
 * v.status();        // NOT_ASSESSED
 * v.worstCase();     // NOT_MET
 * v.bestCase();      // PARTLY_MET: a certain gap
 * }</pre>
 *
 * <p>Immutable; the sixteen possible verdicts are made once and shared, so {@code ==} and {@link
 * #equals} agree.
 */
public final class Verdict {
  private static final int NOT_MET_BIT = 1;
  private static final int PARTLY_MET_BIT = 2;
  private static final int MET_BIT = 4;
  private static final int NOT_APPLICABLE_BIT = 8;
  private static final int ASSESSED = NOT_MET_BIT | PARTLY_MET_BIT | MET_BIT;

  /** The statuses by bit position, for {@link #worstCase} and {@link #bestCase}. */
  private static final Status[] BY_POSITION = {
    Status.NOT_MET, Status.PARTLY_MET, Status.MET, Status.NOT_APPLICABLE
  };

  /** Every set of possible statuses, by its bits. */
  private static final Verdict[] BY_BITS = new Verdict[16];

  static {
    for (int bits = 1; bits < 16; bits++) {
      BY_BITS[bits] = new Verdict(bits);
    }
  }

  /** The practice is in place. */
  public static final Verdict MET = BY_BITS[MET_BIT];

  /** The practice is partly in place. */
  public static final Verdict PARTLY_MET = BY_BITS[PARTLY_MET_BIT];

  /** The practice is not in place. */
  public static final Verdict NOT_MET = BY_BITS[NOT_MET_BIT];

  /** The practice does not apply to this city. */
  public static final Verdict NOT_APPLICABLE = BY_BITS[NOT_APPLICABLE_BIT];

  /** Nothing decided: the practice may be met, partly met or not met. */
  public static final Verdict UNKNOWN = BY_BITS[ASSESSED];

  private final int bits;
  private final Status status;
  private final Status worstCase;
  private final Status bestCase;

  private Verdict(int bits) {
    this.bits = bits;
    this.status = Integer.bitCount(bits) == 1 ? position(bits) : Status.NOT_ASSESSED;
    this.worstCase = position(Integer.lowestOneBit(bits));
    this.bestCase = position(Integer.highestOneBit(bits));
  }

  /**
   * The verdict of one status; {@link Status#NOT_ASSESSED} gives {@link #UNKNOWN}, which is all a
   * status alone can say of an undecided practice.
   */
  public static Verdict of(Status status) {
    return switch (requireNonNull(status, "status")) {
      case MET -> MET;
      case PARTLY_MET -> PARTLY_MET;
      case NOT_MET -> NOT_MET;
      case NOT_APPLICABLE -> NOT_APPLICABLE;
      case NOT_ASSESSED -> UNKNOWN;
    };
  }

  /**
   * Every status from {@code worst} to {@code best}, in the order of the bounds (not met, partly
   * met, met, not applicable).
   *
   * @throws IllegalArgumentException if either is {@link Status#NOT_ASSESSED}, or {@code best}
   *     comes before {@code worst}
   */
  public static Verdict between(Status worst, Status best) {
    int low = bit(worst);
    int high = bit(best);
    if (high < low) {
      throw new IllegalArgumentException("the best case " + best + " is below the worst " + worst);
    }
    return BY_BITS[(high << 1) - low];
  }

  /**
   * The status a report shows: the one possible status when the facts decide it, otherwise {@link
   * Status#NOT_ASSESSED} ("collect this").
   */
  public Status status() {
    return status;
  }

  /** The lowest status the unknown facts allow (not met before partly met before met). */
  public Status worstCase() {
    return worstCase;
  }

  /** The highest status the unknown facts allow; not applicable counts above met. */
  public Status bestCase() {
    return bestCase;
  }

  /** Whether the facts decide one status. */
  public boolean isDecided() {
    return status != Status.NOT_ASSESSED;
  }

  /**
   * Whether the practice is certainly not (fully) in place, whatever the unknown facts are: the
   * best case is not met or partly met. A decided gap is one too.
   */
  public boolean isCertainGap() {
    return (bits & (MET_BIT | NOT_APPLICABLE_BIT)) == 0;
  }

  /** Whether {@code status} is one of the statuses this verdict leaves possible. */
  public boolean allows(Status status) {
    return status == Status.NOT_ASSESSED ? !isDecided() : (bits & bit(status)) != 0;
  }

  /** The statuses this verdict leaves possible, in the order of the bounds. */
  public Set<Status> possible() {
    Set<Status> possible = EnumSet.noneOf(Status.class);
    for (int i = 0; i < BY_POSITION.length; i++) {
      if ((bits & (1 << i)) != 0) {
        possible.add(BY_POSITION[i]);
      }
    }
    return possible;
  }

  /** Either this verdict or {@code other}: every status either allows. */
  public Verdict or(Verdict other) {
    return BY_BITS[bits | other.bits];
  }

  /** This verdict with a status of the given bit added; for {@link Criteria}. */
  Verdict orStatus(Status status) {
    return BY_BITS[bits | bit(status)];
  }

  /** The bits of the possible statuses: not met 1, partly met 2, met 4, not applicable 8. */
  int bits() {
    return bits;
  }

  /** The verdict of these bits, which are not all zero. */
  static Verdict ofBits(int bits) {
    return BY_BITS[bits];
  }

  /** The bit of a status that is not {@link Status#NOT_ASSESSED}. */
  static int bit(Status status) {
    return switch (requireNonNull(status, "status")) {
      case NOT_MET -> NOT_MET_BIT;
      case PARTLY_MET -> PARTLY_MET_BIT;
      case MET -> MET_BIT;
      case NOT_APPLICABLE -> NOT_APPLICABLE_BIT;
      case NOT_ASSESSED ->
          throw new IllegalArgumentException("not assessed is a range of statuses, not a bound");
    };
  }

  private static Status position(int singleBit) {
    return BY_POSITION[Integer.numberOfTrailingZeros(singleBit)];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Verdict v && v.bits == bits;
  }

  @Override
  public int hashCode() {
    return bits;
  }

  /** The status when decided, for example {@code MET}; otherwise {@code NOT_MET..PARTLY_MET}. */
  @Override
  public String toString() {
    return isDecided() ? status.name() : worstCase() + ".." + bestCase();
  }
}

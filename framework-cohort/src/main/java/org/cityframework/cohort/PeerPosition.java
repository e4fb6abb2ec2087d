package org.cityframework.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Score;
import org.cityframework.rules.Status;

/**
 * Where one city stands among its peers, as {@link Cohort#position} gives it: per score group its
 * percentile rank among the peers with a score there, and per check how common its status is among
 * them. The city's own name appears only here, in its own report; the peers stay anonymous, and no
 * figure is given for a group of fewer than {@link #k()} peers. Immutable.
 */
public final class PeerPosition {

  /**
   * The city in one score group.
   *
   * @param group the group
   * @param score the city's score, or empty when nothing of the group was assessed
   * @param percentileRank the city's percentile rank among the peers with a score in the group,
   *     from 0 to 100: {@code 100 × (peers below + half the peers level with it) / peers}, rounded
   *     half up to one decimal; empty without a score, or when fewer than k peers have one
   */
  public record GroupPosition(
      ScoreGroup group, OptionalDouble score, OptionalDouble percentileRank) {}

  /**
   * The city in one check.
   *
   * @param check the check
   * @param status the city's status
   * @param peersWithStatus the share of peers with the same status, from 0 to 100, rounded half up
   *     to one decimal; empty when there are fewer than k peers
   */
  public record CheckPosition(CheckInfo check, Status status, OptionalDouble peersWithStatus) {

    /**
     * The figure in a sentence, for example {@code 12.0 % of peers have not met R3.0}; empty when
     * the share is not shown.
     */
    public String sentence() {
      if (peersWithStatus.isEmpty()) {
        return "";
      }
      return String.format(
          Locale.ROOT,
          "%.1f %% of peers %s %s",
          peersWithStatus.getAsDouble(),
          switch (status) {
            case MET -> "have met";
            case PARTLY_MET -> "have partly met";
            case NOT_MET -> "have not met";
            case NOT_ASSESSED -> "were not assessed on";
            case NOT_APPLICABLE -> "are not concerned by";
          },
          check.id());
    }
  }

  private final String city;
  private final long peers;
  private final int k;
  private final PeerFilter filter;
  private final List<GroupPosition> groups;
  private final List<CheckPosition> checks;

  PeerPosition(Cohort cohort, Assessment city, int k) {
    this.city = city.profile().name();
    this.peers = cohort.cities();
    this.k = k;
    this.filter = cohort.filter();
    Score[] scores = ScoreGroup.scores(city.scores());
    List<ScoreGroup> all = ScoreGroup.all();
    List<GroupPosition> g = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      OptionalDouble score = scores[i].score();
      Tenths peerScores = cohort.scores(i);
      OptionalDouble rank = OptionalDouble.empty();
      if (score.isPresent() && peerScores.total() >= k) {
        double s = score.getAsDouble();
        long n = peerScores.total();
        // in half-cities: 2 × below + equal, over 2 × n
        rank =
            OptionalDouble.of(
                CohortSummary.share(2 * peerScores.below(s) + peerScores.equal(s), 2 * n));
      }
      g.add(new GroupPosition(all.get(i), score, rank));
    }
    this.groups = List.copyOf(g);
    List<CheckPosition> c = new ArrayList<>();
    for (CheckInfo info : cohort.checks()) {
      Finding f = city.finding(info.id()).orElse(null);
      if (f == null) {
        continue;
      }
      int index = cohort.checkIndex(info.id());
      c.add(
          new CheckPosition(
              f.check(),
              f.status(),
              peers >= k
                  ? OptionalDouble.of(
                      CohortSummary.share(cohort.statusCount(index, f.status()), peers))
                  : OptionalDouble.empty()));
    }
    this.checks = List.copyOf(c);
  }

  /** The city's name, from its profile. */
  public String city() {
    return city;
  }

  /** How many peers. */
  public long peers() {
    return peers;
  }

  /** The least number of peers a figure needs. */
  public int k() {
    return k;
  }

  /** The filter the peers passed. */
  public PeerFilter filter() {
    return filter;
  }

  /** What a report shows in place of a figure not shown, for example "fewer than 5 cities". */
  public String suppressed() {
    return CohortSummary.suppressed(k);
  }

  /** Per score group, in the order of {@link ScoreGroup#all()}. */
  public List<GroupPosition> groups() {
    return groups;
  }

  /** Per check of the cohort's catalogue the city has a finding of, in catalogue order. */
  public List<CheckPosition> checks() {
    return checks;
  }
}

package org.cityframework.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityframework.core.CityProfile;

/**
 * Assesses city profiles against a catalogue of checks, with a tailoring and waivers.
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(profile);
 * a.findings();                                          // ranked
 * Assessor.standard().assess(profile.withStrategy(s));   // what if?
 * }</pre>
 *
 * <p>An assessor is immutable and thread-safe; share one. The same profile always gives an equal
 * assessment.
 */
public final class Assessor {
  private static final Assessor STANDARD =
      new Assessor(Catalogue.standard(), Tailoring.builder().build(), List.of(), true, true);

  private final Catalogue catalogue;
  private final Tailoring tailoring;
  private final List<Waiver> waivers;
  private final boolean recordsEvidence;
  private final boolean recordsKnownEvidence;
  private final List<Check> active;
  private final List<CheckInfo> infos;
  private final Ranking ranking;

  private Assessor(
      Catalogue catalogue,
      Tailoring tailoring,
      List<Waiver> waivers,
      boolean recordsEvidence,
      boolean recordsKnownEvidence) {
    this.catalogue = catalogue;
    this.tailoring = tailoring;
    this.waivers = List.copyOf(waivers);
    this.recordsEvidence = recordsEvidence;
    this.recordsKnownEvidence = recordsKnownEvidence;
    List<String> unknown = new ArrayList<>();
    tailoring.disabled().stream().filter(id -> catalogue.check(id).isEmpty()).forEach(unknown::add);
    tailoring.weights().keySet().stream()
        .filter(id -> catalogue.check(id).isEmpty())
        .forEach(unknown::add);
    waivers.stream()
        .map(Waiver::checkId)
        .filter(id -> catalogue.check(id).isEmpty())
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown check ids in the tailoring or waivers: " + new TreeSet<>(unknown));
    }
    Set<String> waived = new HashSet<>();
    Set<String> twice = new TreeSet<>();
    for (Waiver w : waivers) {
      if (!waived.add(w.checkId())) {
        twice.add(w.checkId());
      }
    }
    if (!twice.isEmpty()) {
      throw new IllegalArgumentException(
          "a check can have one waiver; these have more: " + String.join(", ", twice));
    }
    this.active =
        catalogue.checks().stream()
            .filter(c -> !tailoring.disabled().contains(c.info().id()))
            .toList();
    this.infos =
        active.stream()
            .map(
                c ->
                    c.info()
                        .withWeight(
                            tailoring.weights().getOrDefault(c.info().id(), c.info().weight())))
            .toList();
    this.ranking = new Ranking(infos);
  }

  /** The assessor of the 84 built-in checks, untailored, without waivers. */
  public static Assessor standard() {
    return STANDARD;
  }

  /** An assessor of the given catalogue, untailored, without waivers. */
  public static Assessor of(Catalogue catalogue) {
    return new Assessor(
        requireNonNull(catalogue), Tailoring.builder().build(), List.of(), true, true);
  }

  /**
   * This assessor with the given tailoring in place of its own.
   *
   * @throws IllegalArgumentException if the tailoring names a check the catalogue does not have
   */
  public Assessor tailoredBy(Tailoring tailoring) {
    return new Assessor(
        catalogue, requireNonNull(tailoring), waivers, recordsEvidence, recordsKnownEvidence);
  }

  /**
   * This assessor with the given waivers in place of its own. A waiver that has expired by a
   * profile's assessment date does not apply to its assessment, but stays on the finding as its
   * {@link Finding#expiredWaiver()}.
   *
   * @throws IllegalArgumentException if a waiver names a check the catalogue does not have, or two
   *     waivers name the same check
   */
  public Assessor withWaivers(Collection<Waiver> waivers) {
    return new Assessor(
        catalogue, tailoring, List.copyOf(waivers), recordsEvidence, recordsKnownEvidence);
  }

  /**
   * This assessor, but its findings carry no evidence: every finding's {@link Finding#evidence()}
   * is empty, and everything else (statuses, ranks, priorities, waivers, scores) is what this
   * assessor gives. For callers that want only the outcome, such as the summary lines of {@code
   * cityframework assess --batch}: recording what each check reads is a good part of the cost of an
   * assessment.
   */
  public Assessor withoutEvidence() {
    return recordsEvidence ? new Assessor(catalogue, tailoring, waivers, false, false) : this;
  }

  /**
   * This assessor, but its findings carry as evidence only the facts their checks read that are
   * unknown (neither stated nor implied): {@link Assessment#toCollect()} and {@link
   * Assessment#factsToCollect()} are what this assessor gives, and everything else but the evidence
   * too. For callers that count what many cities leave unknown, such as {@code cityframework
   * cohort}: recording the known facts' values is most of the cost of evidence.
   */
  public Assessor withUnknownEvidenceOnly() {
    return new Assessor(catalogue, tailoring, waivers, true, false);
  }

  /**
   * Whether the findings of this assessor carry the evidence their checks read: all of it, or, for
   * {@link #withUnknownEvidenceOnly()}, the unknown facts.
   */
  public boolean recordsEvidence() {
    return recordsEvidence;
  }

  /** The catalogue this assessor checks against. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The tailoring in force. */
  public Tailoring tailoring() {
    return tailoring;
  }

  /**
   * Assesses one profile: evaluates every active check, ranks the findings and scores them.
   *
   * @throws IllegalStateException if a check fails or returns no verdict; the message names it
   */
  public Assessment assess(CityProfile profile) {
    requireNonNull(profile, "profile");
    Map<String, Waiver> applicable = Map.of();
    Map<String, Waiver> expired = Map.of();
    if (!waivers.isEmpty()) {
      Map<Boolean, Map<String, Waiver>> byApplying =
          waivers.stream()
              .collect(
                  Collectors.partitioningBy(
                      w -> w.appliesOn(profile.assessedOn()),
                      Collectors.toMap(Waiver::checkId, Function.identity())));
      applicable = byApplying.get(true);
      expired = byApplying.get(false);
    }
    int n = active.size();
    Verdict[] verdicts = new Verdict[n];
    List<List<Evidence>> evidence = recordsEvidence ? new ArrayList<>(n) : null;
    // Each check's waiver, or null everywhere: without waivers nothing is looked up.
    Waiver[] waivedBy = applicable.isEmpty() ? null : new Waiver[n];
    Facts facts = new Facts(profile, recordsEvidence, recordsKnownEvidence);
    for (int i = 0; i < n; i++) {
      CheckInfo info = infos.get(i);
      facts.nextCheck();
      Verdict verdict;
      try {
        verdict = active.get(i).evaluate(facts);
      } catch (RuntimeException e) {
        throw new IllegalStateException("check " + info.id() + " failed on " + profile.name(), e);
      }
      if (verdict == null) {
        throw new IllegalStateException("check " + info.id() + " returned no verdict");
      }
      verdicts[i] = verdict;
      if (evidence != null) {
        evidence.add(facts.evidence());
      }
      if (waivedBy != null) {
        waivedBy[i] = applicable.get(info.id());
      }
    }
    int[] order = ranking.order(verdicts, waivedBy);
    List<Finding> ranked = new ArrayList<>(n);
    for (int rank = 0; rank < n; rank++) {
      int i = order[rank];
      CheckInfo info = infos.get(i);
      Waiver waiver = waivedBy == null ? null : waivedBy[i];
      // Finding.of copies the evidence once, into an immutable list; a builder would copy it twice.
      Finding finding =
          Finding.of(
              info,
              verdicts[i],
              rank + 1,
              ranking.dependents(i),
              evidence == null ? ImmutableList.of() : evidence.get(i),
              Optional.ofNullable(waiver));
      Waiver lapsed = expired.get(info.id());
      ranked.add(lapsed == null ? finding : finding.withExpiredWaiver(lapsed));
    }
    return Assessment.builder().profile(profile).findings(ranked).build();
  }
}

package org.cityframework.rules;

import static org.cityframework.rules.CheckCase.between;
import static org.cityframework.rules.CheckCase.either;
import static org.cityframework.rules.CheckCase.met;
import static org.cityframework.rules.CheckCase.notMet;
import static org.cityframework.rules.CheckCase.partlyMet;
import static org.cityframework.rules.CheckCase.unknown;
import static org.cityframework.rules.CheckTesting.assertDecides;
import static org.cityframework.rules.CheckTesting.city;
import static org.cityframework.rules.CheckTesting.unknownCity;
import static org.cityframework.rules.Status.MET;
import static org.cityframework.rules.Status.NOT_MET;
import static org.cityframework.rules.Status.PARTLY_MET;

import java.util.stream.Stream;
import org.cityframework.core.CityProfile;
import org.cityframework.core.Coverage;
import org.cityframework.core.DataSkill;
import org.cityframework.core.DataStrategy;
import org.cityframework.core.Engagement;
import org.cityframework.core.PartnerSector;
import org.cityframework.core.PartnershipPurpose;
import org.cityframework.core.StrategyStatus;
import org.cityframework.core.UserCommunityPractice;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Recommendation8Test {

  static CityProfile dataStrategy(DataStrategy.Builder strategy) {
    return city().dataStrategy(strategy.build()).build();
  }

  static DataStrategy.Builder adopted() {
    return DataStrategy.builder().status(StrategyStatus.ADOPTED);
  }

  static DataStrategy.Builder allSkills(boolean built) {
    DataStrategy.Builder s = DataStrategy.builder();
    for (DataSkill skill : DataSkill.values()) {
      s.putSkill(skill, built);
    }
    return s;
  }

  static DataStrategy.Builder practices(
      Boolean usersKnown, Boolean usersInvolved, Boolean guidance, Boolean collaboration) {
    DataStrategy.Builder s = DataStrategy.builder();
    put(s, UserCommunityPractice.USERS_AND_USES_KNOWN, usersKnown);
    put(s, UserCommunityPractice.USERS_INVOLVED_IN_DESIGN, usersInvolved);
    put(s, UserCommunityPractice.ACCESS_GUIDANCE, guidance);
    put(s, UserCommunityPractice.COLLABORATION_INCENTIVES, collaboration);
    return s;
  }

  private static void put(DataStrategy.Builder s, UserCommunityPractice p, Boolean value) {
    if (value != null) {
      s.putUserCommunityPractice(p, value);
    }
  }

  static CityProfile partners(
      Boolean needsIdentified, Engagement.Builder engagement, DataStrategy.Builder strategy) {
    if (needsIdentified != null) {
      strategy.partnerEngagementNeedsIdentified(needsIdentified);
    }
    return city().dataStrategy(strategy.build()).engagement(engagement.build()).build();
  }

  /** Whether the city has public and private data partners; null leaves one unstated. */
  static DataStrategy.Builder sectors(Boolean publicPartners, Boolean privatePartners) {
    DataStrategy.Builder s = DataStrategy.builder();
    if (publicPartners != null) {
      s.putDataPartner(PartnerSector.PUBLIC, publicPartners);
    }
    if (privatePartners != null) {
      s.putDataPartner(PartnerSector.PRIVATE, privatePartners);
    }
    return s;
  }

  static Engagement.Builder dataPartnerships(
      boolean enrichment, boolean coProduced, boolean pooled) {
    return Engagement.builder()
        .putPartnership(PartnershipPurpose.DATA_ENRICHMENT, enrichment)
        .putPartnership(PartnershipPurpose.CO_PRODUCED_DATABASES, coProduced)
        .putPartnership(PartnershipPurpose.POOLED_ANALYTICS, pooled);
  }

  static Stream<CheckCase> cases() {
    return Stream.of(
        met(
            "R8.0",
            "an adopted data strategy implemented in every agency",
            dataStrategy(adopted().implementation(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R8.0",
            "an adopted data strategy implemented in some agencies",
            dataStrategy(adopted().implementation(Coverage.SOME_AGENCIES))),
        partlyMet(
            "R8.0",
            "an adopted data strategy implemented nowhere",
            dataStrategy(adopted().implementation(Coverage.NONE))),
        partlyMet(
            "R8.0",
            "a data strategy in development, already applied in every agency",
            dataStrategy(
                DataStrategy.builder()
                    .status(StrategyStatus.IN_DEVELOPMENT)
                    .implementation(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R8.0",
            "a data strategy in development, implementation unknown",
            dataStrategy(DataStrategy.builder().status(StrategyStatus.IN_DEVELOPMENT))),
        partlyMet(
            "R8.0",
            "status unknown, implemented in most agencies",
            dataStrategy(DataStrategy.builder().implementation(Coverage.MOST_AGENCIES))),
        notMet(
            "R8.0",
            "no data strategy, implementation unstated but implied: implemented nowhere",
            dataStrategy(DataStrategy.builder().status(StrategyStatus.NONE))),
        notMet(
            "R8.0",
            "no data strategy, implemented nowhere",
            dataStrategy(
                DataStrategy.builder().status(StrategyStatus.NONE).implementation(Coverage.NONE))),
        between(
            "R8.0",
            "an adopted data strategy, implementation unknown",
            dataStrategy(adopted()),
            PARTLY_MET,
            MET),
        between(
            "R8.0",
            "status unknown, implemented in every agency",
            dataStrategy(DataStrategy.builder().implementation(Coverage.ALL_AGENCIES)),
            PARTLY_MET,
            MET),
        between(
            "R8.0",
            "status unknown, implemented only by the innovation team: a certain gap",
            dataStrategy(DataStrategy.builder().implementation(Coverage.INNOVATION_TEAM_ONLY)),
            NOT_MET,
            PARTLY_MET),
        between("R8.0", "nothing stated", unknownCity(), NOT_MET, MET),
        met("R8.1", "all six data skills built", dataStrategy(allSkills(true))),
        partlyMet(
            "R8.1",
            "analysing built, sharing not, the rest unknown",
            dataStrategy(
                DataStrategy.builder()
                    .putSkill(DataSkill.ANALYSING, true)
                    .putSkill(DataSkill.SHARING, false))),
        partlyMet(
            "R8.1",
            "every skill but re-using built",
            dataStrategy(
                DataStrategy.builder()
                    .putSkill(DataSkill.COLLECTING, true)
                    .putSkill(DataSkill.PROCESSING, true)
                    .putSkill(DataSkill.STORING, true)
                    .putSkill(DataSkill.ANALYSING, true)
                    .putSkill(DataSkill.SHARING, true)
                    .putSkill(DataSkill.REUSING, false))),
        notMet("R8.1", "no data skill built", dataStrategy(allSkills(false))),
        between(
            "R8.1",
            "five skills built, re-using unknown",
            dataStrategy(
                DataStrategy.builder()
                    .putSkill(DataSkill.COLLECTING, true)
                    .putSkill(DataSkill.PROCESSING, true)
                    .putSkill(DataSkill.STORING, true)
                    .putSkill(DataSkill.ANALYSING, true)
                    .putSkill(DataSkill.SHARING, true)),
            PARTLY_MET,
            MET),
        between(
            "R8.1",
            "re-using not built, the rest unknown: a certain gap",
            dataStrategy(DataStrategy.builder().putSkill(DataSkill.REUSING, false)),
            NOT_MET,
            PARTLY_MET),
        between("R8.1", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R8.2",
            "data staff identified and a central upskilling resource",
            dataStrategy(
                DataStrategy.builder().dataStaffIdentified(true).centralUpskillingResource(true))),
        partlyMet(
            "R8.2",
            "data staff identified, no central upskilling resource",
            dataStrategy(
                DataStrategy.builder().dataStaffIdentified(true).centralUpskillingResource(false))),
        notMet(
            "R8.2",
            "data staff not identified and no central upskilling resource",
            dataStrategy(
                DataStrategy.builder()
                    .dataStaffIdentified(false)
                    .centralUpskillingResource(false))),
        between(
            "R8.2",
            "a central upskilling resource, data staff unknown",
            dataStrategy(DataStrategy.builder().centralUpskillingResource(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.2",
            "data staff not identified, upskilling resource unknown: a certain gap",
            dataStrategy(DataStrategy.builder().dataStaffIdentified(false)),
            NOT_MET,
            PARTLY_MET),
        met(
            "R8.3",
            "skill gaps identified in strategic programmes",
            dataStrategy(DataStrategy.builder().skillGapsIdentified(true))),
        notMet(
            "R8.3",
            "skill gaps not identified",
            dataStrategy(DataStrategy.builder().skillGapsIdentified(false))),
        either("R8.3", "nothing stated", unknownCity(), MET, NOT_MET),
        met(
            "R8.4",
            "basic data literacy in every agency",
            dataStrategy(
                DataStrategy.builder().dataLiteracyForNonSpecialists(Coverage.ALL_AGENCIES))),
        partlyMet(
            "R8.4",
            "basic data literacy in most agencies",
            dataStrategy(
                DataStrategy.builder().dataLiteracyForNonSpecialists(Coverage.MOST_AGENCIES))),
        partlyMet(
            "R8.4",
            "basic data literacy in some agencies",
            dataStrategy(
                DataStrategy.builder().dataLiteracyForNonSpecialists(Coverage.SOME_AGENCIES))),
        notMet(
            "R8.4",
            "basic data literacy only in the innovation team",
            dataStrategy(
                DataStrategy.builder()
                    .dataLiteracyForNonSpecialists(Coverage.INNOVATION_TEAM_ONLY))),
        notMet(
            "R8.4",
            "basic data literacy nowhere",
            dataStrategy(DataStrategy.builder().dataLiteracyForNonSpecialists(Coverage.NONE))),
        // One graded fact: unknown, it may take any value, so no narrower range is possible.
        between("R8.4", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R8.5",
            "projects start from a policy problem and analytics are quality-reviewed",
            dataStrategy(
                DataStrategy.builder()
                    .projectsStartFromPolicyProblem(true)
                    .analyticsQualityReviewed(true))),
        partlyMet(
            "R8.5",
            "projects start from a policy problem, analytics not reviewed",
            dataStrategy(
                DataStrategy.builder()
                    .projectsStartFromPolicyProblem(true)
                    .analyticsQualityReviewed(false))),
        notMet(
            "R8.5",
            "projects start from the data and analytics are not reviewed",
            dataStrategy(
                DataStrategy.builder()
                    .projectsStartFromPolicyProblem(false)
                    .analyticsQualityReviewed(false))),
        between(
            "R8.5",
            "analytics reviewed, where projects start unknown",
            dataStrategy(DataStrategy.builder().analyticsQualityReviewed(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.5",
            "projects start from the data, review unknown: a certain gap",
            dataStrategy(DataStrategy.builder().projectsStartFromPolicyProblem(false)),
            NOT_MET,
            PARTLY_MET),
        met(
            "R8.6",
            "a central portal, every data set machine-readable",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPortal(true)
                    .machineReadableFormats(true)
                    .machineReadableDataSetsPercent(100))),
        met(
            "R8.6",
            "a central portal, machine-readable share at the threshold",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPortal(true)
                    .machineReadableDataSetsPercent(Recommendation8.MACHINE_READABLE_PERCENT))),
        partlyMet(
            "R8.6",
            "a central portal, machine-readable share just below the threshold",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPortal(true)
                    .machineReadableDataSetsPercent(Recommendation8.MACHINE_READABLE_PERCENT - 1))),
        partlyMet(
            "R8.6",
            "a central portal, one per cent of the data sets machine-readable",
            dataStrategy(
                DataStrategy.builder().openDataPortal(true).machineReadableDataSetsPercent(1))),
        partlyMet(
            "R8.6",
            "a central portal without machine-readable formats, the share unstated but implied 0",
            dataStrategy(
                DataStrategy.builder().openDataPortal(true).machineReadableFormats(false))),
        partlyMet(
            "R8.6",
            "a central portal, a machine-readable share of 0, which implies no machine-readable"
                + " formats",
            dataStrategy(
                DataStrategy.builder().openDataPortal(true).machineReadableDataSetsPercent(0))),
        notMet(
            "R8.6",
            "no central portal, formats unknown",
            dataStrategy(DataStrategy.builder().openDataPortal(false))),
        notMet(
            "R8.6",
            "no central portal, though some data is machine-readable",
            dataStrategy(
                DataStrategy.builder().openDataPortal(false).machineReadableFormats(true))),
        notMet(
            "R8.6",
            "no central portal, though every data set is machine-readable",
            dataStrategy(
                DataStrategy.builder().openDataPortal(false).machineReadableDataSetsPercent(100))),
        between(
            "R8.6",
            "a central portal, formats and share unknown",
            dataStrategy(DataStrategy.builder().openDataPortal(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.6",
            "a central portal with machine-readable formats, the share unknown",
            dataStrategy(DataStrategy.builder().openDataPortal(true).machineReadableFormats(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.6",
            "machine-readable formats, portal unknown",
            dataStrategy(DataStrategy.builder().machineReadableFormats(true)),
            NOT_MET,
            MET),
        between(
            "R8.6",
            "no machine-readable formats, portal unknown: a certain gap",
            dataStrategy(DataStrategy.builder().machineReadableFormats(false)),
            NOT_MET,
            PARTLY_MET),
        // Met with a portal, not met without: partly met is no possible outcome, yet the check
        // allows it (the portal is judged twice, as precondition and as part).
        unknown(
            "R8.6",
            "every data set machine-readable, portal unknown",
            dataStrategy(DataStrategy.builder().machineReadableDataSetsPercent(100))),
        between("R8.6", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R8.7",
            "real-time data open for accountability",
            dataStrategy(DataStrategy.builder().realTimeDataForAccountability(true))),
        notMet(
            "R8.7",
            "no real-time data open for accountability",
            dataStrategy(DataStrategy.builder().realTimeDataForAccountability(false))),
        either("R8.7", "nothing stated", unknownCity(), MET, NOT_MET),
        met(
            "R8.8",
            "real-time data open for re-use",
            dataStrategy(DataStrategy.builder().realTimeDataForReuse(true))),
        notMet(
            "R8.8",
            "no real-time data open for re-use",
            dataStrategy(DataStrategy.builder().realTimeDataForReuse(false))),
        either("R8.8", "nothing stated", unknownCity(), MET, NOT_MET),
        met(
            "R8.9",
            "a public open data policy committing to proactive disclosure",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPolicy(true)
                    .openDataPolicyPublic(true)
                    .proactiveDisclosure(true))),
        met(
            "R8.9",
            "a public policy committing to disclosure, the policy unstated but implied",
            dataStrategy(
                DataStrategy.builder().openDataPolicyPublic(true).proactiveDisclosure(true))),
        partlyMet(
            "R8.9",
            "a policy committing to proactive disclosure, not public",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPolicy(true)
                    .openDataPolicyPublic(false)
                    .proactiveDisclosure(true))),
        partlyMet(
            "R8.9",
            "a policy, not public, disclosure unknown",
            dataStrategy(DataStrategy.builder().openDataPolicy(true).openDataPolicyPublic(false))),
        notMet(
            "R8.9",
            "no open data policy, the rest unstated but implied: nothing to publish or commit",
            dataStrategy(DataStrategy.builder().openDataPolicy(false))),
        notMet(
            "R8.9",
            "no open data policy, neither public nor disclosing",
            dataStrategy(
                DataStrategy.builder()
                    .openDataPolicy(false)
                    .openDataPolicyPublic(false)
                    .proactiveDisclosure(false))),
        between(
            "R8.9",
            "a public policy, disclosure unknown",
            dataStrategy(DataStrategy.builder().openDataPolicy(true).openDataPolicyPublic(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.9",
            "no public policy, whether there is one unknown: a certain gap",
            dataStrategy(DataStrategy.builder().openDataPolicyPublic(false)),
            NOT_MET,
            PARTLY_MET),
        between("R8.9", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R8.10",
            "sharing across agencies and levels of government",
            dataStrategy(
                DataStrategy.builder()
                    .sharingAcrossAgencies(true)
                    .sharingAcrossLevelsOfGovernment(true))),
        partlyMet(
            "R8.10",
            "sharing across agencies, not with other levels of government",
            dataStrategy(
                DataStrategy.builder()
                    .sharingAcrossAgencies(true)
                    .sharingAcrossLevelsOfGovernment(false))),
        notMet(
            "R8.10",
            "no sharing mechanisms at all",
            dataStrategy(
                DataStrategy.builder()
                    .sharingAcrossAgencies(false)
                    .sharingAcrossLevelsOfGovernment(false))),
        between(
            "R8.10",
            "sharing with other levels of government, agencies unknown",
            dataStrategy(DataStrategy.builder().sharingAcrossLevelsOfGovernment(true)),
            PARTLY_MET,
            MET),
        between(
            "R8.10",
            "no sharing across agencies, levels of government unknown: a certain gap",
            dataStrategy(DataStrategy.builder().sharingAcrossAgencies(false)),
            NOT_MET,
            PARTLY_MET),
        met("R8.11", "all four practices", dataStrategy(practices(true, true, true, true))),
        partlyMet(
            "R8.11", "three practices, one not", dataStrategy(practices(true, true, true, false))),
        partlyMet(
            "R8.11",
            "exactly one practice, three not",
            dataStrategy(practices(false, false, true, false))),
        partlyMet(
            "R8.11",
            "one practice, two not, one unknown",
            dataStrategy(practices(true, false, false, null))),
        notMet("R8.11", "no practice", dataStrategy(practices(false, false, false, false))),
        between(
            "R8.11",
            "three practices, one unknown",
            dataStrategy(practices(true, true, true, null)),
            PARTLY_MET,
            MET),
        between(
            "R8.11",
            "three practices not, one unknown: a certain gap",
            dataStrategy(practices(false, false, false, null)),
            NOT_MET,
            PARTLY_MET),
        between("R8.11", "nothing stated", unknownCity(), NOT_MET, MET),
        met(
            "R8.12",
            "needs identified, a data-enrichment partnership, public and private partners",
            partners(true, dataPartnerships(true, false, false), sectors(true, true))),
        partlyMet(
            "R8.12",
            "needs identified, no data partnership",
            partners(true, dataPartnerships(false, false, false), sectors(null, null))),
        partlyMet(
            "R8.12",
            "needs not identified, a pooled-analytics partnership",
            partners(false, dataPartnerships(false, false, true), sectors(null, null))),
        partlyMet(
            "R8.12",
            "needs identified, a data-enrichment partnership, public partners but no private ones",
            partners(true, dataPartnerships(true, false, false), sectors(true, false))),
        partlyMet(
            "R8.12",
            "needs identified, a co-produced database, academic and civil-society partners"
                + " only",
            partners(
                true,
                dataPartnerships(false, true, false),
                sectors(false, false)
                    .putDataPartner(PartnerSector.ACADEMIC, true)
                    .putDataPartner(PartnerSector.CIVIL_SOCIETY, true))),
        notMet(
            "R8.12",
            "needs not identified, only a knowledge-sharing partnership, neither public nor"
                + " private partners",
            partners(
                false,
                dataPartnerships(false, false, false)
                    .putPartnership(PartnershipPurpose.KNOWLEDGE_SHARING, true),
                sectors(false, false))),
        between(
            "R8.12",
            "needs identified, a data-enrichment partnership, partners' sectors unknown",
            partners(true, dataPartnerships(true, false, false), sectors(null, null)),
            PARTLY_MET,
            MET),
        between(
            "R8.12",
            "needs identified, only a staff-training partnership, data partnerships unknown",
            partners(
                true,
                Engagement.builder().putPartnership(PartnershipPurpose.STAFF_TRAINING, true),
                sectors(true, true)),
            PARTLY_MET,
            MET),
        between(
            "R8.12",
            "needs not identified, no data partnership, partners' sectors unknown: a certain gap",
            partners(false, dataPartnerships(false, false, false), sectors(null, null)),
            NOT_MET,
            PARTLY_MET),
        between(
            "R8.12",
            "a co-produced database, needs and partners' sectors unknown: at least partly met",
            partners(null, dataPartnerships(false, true, false), sectors(null, null)),
            PARTLY_MET,
            MET),
        between("R8.12", "nothing stated", unknownCity(), NOT_MET, MET));
  }

  static Stream<Named<CheckCase>> named() {
    return cases().map(CheckCase::named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void decides_the_status_from_the_facts(CheckCase c) {
    assertDecides(c);
  }
}

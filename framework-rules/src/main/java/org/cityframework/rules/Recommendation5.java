package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.FUNDING_FOR_INNOVATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.PartnershipPurpose;

/** Recommendation 5: build stable, long-term innovation funding into the city's budget (L121). */
final class Recommendation5 {
  private Recommendation5() {}

  static void declare(Checklist list) {
    list.check("R5.0")
        .seedLines(121, 123)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R1.2", "R4.5", "R5.3")
        .prerequisites("R3.0")
        .decidedBy(Recommendation5::stableLongTermFunding);
    list.check("R5.1")
        .seedLines(127)
        .element(VISION)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(2)
        .related("R3.4")
        .prerequisites("R3.0")
        .decidedBy(Recommendation5::budgetSetExAnteInStrategy);
    list.check("R5.2")
        .seedLines(129)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .decidedBy(Recommendation5::lowCostInnovationFirst);
    list.check("R5.3")
        .seedLines(131)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R5.0")
        .decidedBy(Recommendation5::fundingOutlastsLeadershipTurnover);
    list.check("R5.4")
        .seedLines(133)
        .element(ENGAGEMENT)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R1.5")
        .decidedBy(Recommendation5::championInBudgetHearings);
    list.check("R5.5")
        .seedLines(135)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(2)
        .related("R6.9")
        .decidedBy(Recommendation5::evidenceOfImpactDrivesFunding);
    list.check("R5.6")
        .seedLines(137)
        .element(ENGAGEMENT)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R2.4", "R8.12")
        .decidedBy(Recommendation5::partnershipsFillFundingGaps);
    list.check("R5.7")
        .seedLines(139)
        .element(ENGAGEMENT)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(1)
        .decidedBy(Recommendation5::championsOnCouncilAndInCommunity);
  }

  static Verdict stableLongTermFunding(Facts f) {
    return Criteria.combine(fundedInEachOfLastThreeYears(f), committedLongTerm(f));
  }

  /**
   * Whether the dedicated budget had money in each of the assessment year and the two years before
   * it (L121: stable): all three is met, one or two is partly met, none is not met.
   */
  static Verdict fundedInEachOfLastThreeYears(Facts f) {
    List<BudgetLine> lines = f.list("/funding/budgetLines", p -> p.funding().budgetLines());
    Optional<Boolean> dedicated = dedicatedBudget(f);
    Map<Integer, BigDecimal> amountByYear = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      String at = "/funding/budgetLines/" + i;
      f.read(at + "/year", p -> Optional.of(p.funding().budgetLines().get(index).year()));
      f.read(at + "/amount", p -> Optional.of(p.funding().budgetLines().get(index).amount()));
      amountByYear.put(lines.get(i).year(), lines.get(i).amount());
    }
    int assessedYear = f.profile().assessedOn().getYear();
    List<Optional<Boolean>> funded = new ArrayList<>();
    for (int year = assessedYear - 2; year <= assessedYear; year++) {
      funded.add(fundedIn(amountByYear.get(year), dedicated));
    }
    return Criteria.atLeast(3, 1, funded);
  }

  /**
   * A year is funded when its line has money, unfunded when its line is zero or the city has no
   * dedicated budget at all, and unknown when no line for it is given.
   */
  private static Optional<Boolean> fundedIn(BigDecimal amount, Optional<Boolean> dedicated) {
    if (amount != null) {
      return Optional.of(amount.signum() > 0);
    }
    return dedicated.equals(Optional.of(false)) ? Optional.of(false) : Optional.empty();
  }

  /**
   * How far ahead innovation funding is committed (L121: long-term): three years or more is met,
   * one or two is partly met, none is not met. A city with no dedicated budget commits nothing.
   */
  static Verdict committedLongTerm(Facts f) {
    Optional<Boolean> dedicated = dedicatedBudget(f);
    OptionalInt years =
        f.readInt("/funding/commitmentHorizonYears", p -> p.funding().commitmentHorizonYears());
    if (years.isEmpty()) {
      return dedicated.equals(Optional.of(false)) ? Verdict.NOT_MET : Verdict.UNKNOWN;
    }
    return Criteria.atLeast(years, 3, 1, 0, 50);
  }

  private static Optional<Boolean> dedicatedBudget(Facts f) {
    return f.read("/funding/dedicatedBudget", p -> p.funding().dedicatedBudget());
  }

  static Verdict budgetSetExAnteInStrategy(Facts f) {
    Optional<Boolean> exAnte = f.read("/funding/setExAnte", p -> p.funding().setExAnte());
    Optional<Boolean> inStrategy =
        Recommendation3.noStrategy(f)
            ? Optional.of(false)
            : f.read("/strategy/setsInnovationBudget", p -> p.strategy().setsInnovationBudget());
    Optional<Boolean> inBudgetDiscussions =
        f.read("/funding/inBudgetDiscussions", p -> p.funding().inBudgetDiscussions());
    return Criteria.allOf(exAnte, inStrategy, inBudgetDiscussions);
  }

  static Verdict lowCostInnovationFirst(Facts f) {
    return Criteria.fact(
        f.read(
            "/funding/prioritisesLowCostInnovation",
            p -> p.funding().prioritisesLowCostInnovation()));
  }

  static Verdict fundingOutlastsLeadershipTurnover(Facts f) {
    return Criteria.fact(
        f.read(
            "/funding/protectedFromLeadershipTurnover",
            p -> p.funding().protectedFromLeadershipTurnover()));
  }

  static Verdict championInBudgetHearings(Facts f) {
    return Criteria.fact(
        f.read("/funding/championInBudgetHearings", p -> p.funding().championInBudgetHearings()));
  }

  static Verdict evidenceOfImpactDrivesFunding(Facts f) {
    return Criteria.allOf(
        f.read(
            "/funding/evidenceUsedInFundingDecisions",
            p -> p.funding().evidenceUsedInFundingDecisions()),
        f.read("/funding/savingsTracked", p -> p.funding().savingsTracked()));
  }

  static Verdict partnershipsFillFundingGaps(Facts f) {
    return Criteria.allOf(
        f.entries(
            "/engagement/partnerships",
            p -> p.engagement().partnerships(),
            PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND,
            PartnershipPurpose.KNOWLEDGE_SHARING));
  }

  static Verdict championsOnCouncilAndInCommunity(Facts f) {
    return Criteria.allOf(
        f.read("/funding/councilChampions", p -> p.funding().councilChampions()),
        f.read("/funding/communityChampions", p -> p.funding().communityChampions()));
  }
}

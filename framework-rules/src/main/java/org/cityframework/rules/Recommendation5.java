package org.cityframework.rules;

import static org.cityframework.core.Element.CAPACITY;
import static org.cityframework.core.Element.ENGAGEMENT;
import static org.cityframework.core.Element.VISION;
import static org.cityframework.core.InnovationComponent.FUNDING_FOR_INNOVATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cityframework.core.BudgetLine;
import org.cityframework.core.ImpactEvidence;
import org.cityframework.core.PartnershipPurpose;

/** Recommendation 5: build stable, long-term innovation funding into the city's budget (L121). */
final class Recommendation5 {
  private Recommendation5() {}

  /**
   * The share of the year before that a year's innovation budget must keep to count as steady
   * (L121: "stable"; L33: "consistent"). Ours: the chapter gives no figure; a cut of more than a
   * quarter in one year is more than the usual yearly budget adjustment and breaks stability.
   */
  static final int STEADY_SHARE_PERCENT = 75;

  /**
   * For how many years ahead funding must be committed to count as long-term (L121). Ours: the
   * chapter gives no figure; three years outlasts one budget cycle and spans most mayoral terms'
   * midpoints, so a project can reach results and evaluation (L131).
   */
  static final int LONG_TERM_YEARS = 3;

  static void declare(Checklist list) {
    list.check("R5.0")
        .seedLines(121, 123)
        .element(CAPACITY)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.HIGH)
        .weight(3)
        .related("R1.2", "R4.5", "R5.3", "R5.6")
        .prerequisites("R5.1")
        .decidedBy(Recommendation5::stableLongTermFunding);
    list.check("R5.1")
        .seedLines(127)
        .element(CAPACITY)
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
        .element(VISION)
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
        .prerequisites("R6.7")
        .decidedBy(Recommendation5::evidenceOfImpactDrivesFunding);
    list.check("R5.6")
        .seedLines(137)
        .element(ENGAGEMENT)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.LOW)
        .weight(1)
        .related("R2.4", "R5.0", "R8.12")
        .decidedBy(Recommendation5::partnershipsFillFundingGaps);
    list.check("R5.7")
        .seedLines(139)
        .element(ENGAGEMENT)
        .component(FUNDING_FOR_INNOVATION)
        .effort(Effort.MEDIUM)
        .weight(1)
        .decidedBy(Recommendation5::championsOnCouncilAndInCommunity);
  }

  /**
   * Stable (L121): steady funding in each of the last three years, or at least partly through
   * partnerships and other resources in kind (L123); and long-term: committed years ahead.
   */
  static Verdict stableLongTermFunding(Facts f) {
    Verdict steady = Criteria.atLeast(3, 1, steadyInLastThreeYears(f));
    Verdict inKind =
        partlyOrNot(
            f.entry(
                "/engagement/partnerships",
                p -> p.engagement().partnerships(),
                PartnershipPurpose.SKILLS_OR_RESOURCES_IN_KIND));
    return Criteria.combine(Criteria.eitherOf(steady, inKind), committedLongTerm(f));
  }

  /** Partnerships in kind as a route to stable capacity: at most partly met (L123). */
  private static Verdict partlyOrNot(Optional<Boolean> inKind) {
    if (inKind.isEmpty()) {
      return Verdict.between(Status.NOT_MET, Status.PARTLY_MET);
    }
    return inKind.get() ? Verdict.PARTLY_MET : Verdict.NOT_MET;
  }

  /**
   * The budget lines of the assessment year and the two years before, read as evidence, by year
   * (null for a year with no line).
   */
  private static BigDecimal[] lastThreeYears(Facts f) {
    List<BudgetLine> lines = f.list("/funding/budgetLines", p -> p.funding().budgetLines());
    int assessedYear = f.profile().assessedOn().getYear();
    BigDecimal[] amounts = new BigDecimal[3];
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      int year = lines.get(i).year();
      if (year >= assessedYear - 2 && year <= assessedYear) {
        String[] at = linePointers(i);
        f.read(at[0], p -> Optional.of(p.funding().budgetLines().get(index).year()));
        f.read(at[1], p -> Optional.of(p.funding().budgetLines().get(index).amount()));
        amounts[year - (assessedYear - 2)] = lines.get(i).amount();
      }
    }
    return amounts;
  }

  /**
   * The pointers of the year and amount of the first budget lines, made once rather than per read.
   */
  private static final String[][] LINE_POINTERS =
      IntStream.range(0, 16).mapToObj(Recommendation5::newLinePointers).toArray(String[][]::new);

  private static String[] linePointers(int i) {
    return i < LINE_POINTERS.length ? LINE_POINTERS[i] : newLinePointers(i);
  }

  private static String[] newLinePointers(int i) {
    String at = "/funding/budgetLines/" + i;
    return new String[] {at + "/year", at + "/amount"};
  }

  /**
   * Whether the dedicated budget had money in each of the assessment year and the two years before
   * it: a year with a line is funded when it has money; a year without is unfunded when the city
   * has no dedicated budget at all, and unknown otherwise.
   */
  static List<Optional<Boolean>> fundedInLastThreeYears(Facts f) {
    BigDecimal[] amounts = lastThreeYears(f);
    Optional<Boolean> dedicated = dedicatedBudget(f);
    List<Optional<Boolean>> funded = new ArrayList<>(3);
    for (BigDecimal amount : amounts) {
      funded.add(funded(amount, dedicated));
    }
    return funded;
  }

  private static Optional<Boolean> funded(BigDecimal amount, Optional<Boolean> dedicated) {
    if (amount != null) {
      return Optional.of(amount.signum() > 0);
    }
    return dedicated.equals(Optional.of(false)) ? Optional.of(false) : Optional.empty();
  }

  /**
   * Whether each of the last three years was funded and kept at least {@link #STEADY_SHARE_PERCENT}
   * of the year before (the first year of the three is compared with nothing): a year whose line or
   * the line before it is missing is unknown.
   */
  static List<Optional<Boolean>> steadyInLastThreeYears(Facts f) {
    BigDecimal[] amounts = lastThreeYears(f);
    Optional<Boolean> dedicated = dedicatedBudget(f);
    List<Optional<Boolean>> steady = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      Optional<Boolean> funded = funded(amounts[i], dedicated);
      if (i == 0 || !funded.orElse(false)) {
        steady.add(funded);
      } else if (amounts[i - 1] == null) {
        steady.add(Optional.empty());
      } else {
        BigDecimal floor =
            amounts[i - 1].multiply(BigDecimal.valueOf(STEADY_SHARE_PERCENT)).movePointLeft(2);
        steady.add(Optional.of(amounts[i].compareTo(floor) >= 0));
      }
    }
    return steady;
  }

  /**
   * How far ahead innovation funding is committed (L121: long-term): {@link #LONG_TERM_YEARS} or
   * more is met, fewer is partly met, none is not met. A city with no dedicated budget commits
   * nothing (an implication of the model).
   */
  static Verdict committedLongTerm(Facts f) {
    return Criteria.atLeast(
        f.readInt("/funding/commitmentHorizonYears", p -> p.funding().commitmentHorizonYears()),
        LONG_TERM_YEARS,
        1,
        0,
        50);
  }

  private static Optional<Boolean> dedicatedBudget(Facts f) {
    return f.read("/funding/dedicatedBudget", p -> p.funding().dedicatedBudget());
  }

  /**
   * A dedicated budget, set ex ante, enshrined in the strategy and part of budget discussions
   * (L127): without a dedicated budget, none of the rest can hold (Implications).
   */
  static Verdict budgetSetExAnteInStrategy(Facts f) {
    return Criteria.allOf(
        dedicatedBudget(f),
        f.read("/funding/setExAnte", p -> p.funding().setExAnte()),
        f.read("/strategy/setsInnovationBudget", p -> p.strategy().setsInnovationBudget()),
        f.read("/funding/inBudgetDiscussions", p -> p.funding().inBudgetDiscussions()));
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

  /**
   * Evidence on innovation impact substantiates funding decisions (L135): it is used, and it comes
   * from any of the four routes L135 names (outcomes evaluation, data analytics, qualitative
   * surveys, tracked savings).
   */
  static Verdict evidenceOfImpactDrivesFunding(Facts f) {
    List<Optional<Boolean>> routes =
        new ArrayList<>(
            f.entries(
                "/funding/impactEvidence",
                p -> p.funding().impactEvidence(),
                ImpactEvidence.values()));
    routes.add(f.read("/funding/savingsTracked", p -> p.funding().savingsTracked()));
    return Criteria.combine(
        Criteria.fact(
            f.read(
                "/funding/evidenceUsedInFundingDecisions",
                p -> p.funding().evidenceUsedInFundingDecisions())),
        Criteria.anyOf(routes));
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

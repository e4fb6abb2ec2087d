package org.cityframework.rules;

import java.util.List;
import org.cityframework.core.Element;
import org.cityframework.core.InnovationComponent;

/** A check of one's own, found through the ServiceLoader, as a city programme would add it. */
public final class LocalCheckProvider implements CheckProvider {
  static final String ID = "LOCAL.team-of-five";

  @Override
  public List<Check> checks() {
    CheckInfo info =
        CheckInfo.builder()
            .id(ID)
            .recommendation(4)
            .element(Element.CAPACITY)
            .component(InnovationComponent.INNOVATION_STAFF_AND_ORGANISATION)
            .addSeedLines(105)
            .summary("The innovation team has at least five full-time staff")
            .why("Our national programme funds teams of five or more.")
            .rule("Met with five or more; not met below; not assessed when the size is unknown.")
            .addActions("Grow the team to five full-time equivalents")
            .effort(Effort.MEDIUM)
            .weight(2)
            .addPrerequisites("R4.0")
            .build();
    return List.of(
        new Check() {
          @Override
          public CheckInfo info() {
            return info;
          }

          @Override
          public Verdict evaluate(Facts facts) {
            return Criteria.atLeast(
                facts.readInt("/staff/teamSize", p -> p.staff().teamSize()),
                5,
                5,
                0,
                Integer.MAX_VALUE);
          }
        });
  }
}

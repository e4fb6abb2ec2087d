package org.cityframework.json;

import java.util.List;
import java.util.Optional;
import org.cityframework.core.Element;
import org.cityframework.core.GovernanceLayer;
import org.cityframework.core.InnovationComponent;
import org.cityframework.core.ValueCycleStage;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.CheckInfo;
import org.cityframework.rules.Effort;

/**
 * The check catalogue as a document.
 *
 * @param schemaVersion the version of this document format
 * @param checks every check, in catalogue order
 */
record CatalogueDocument(String schemaVersion, List<CheckEntry> checks) {

  static final String VERSION = "1.0";

  static CatalogueDocument of(Catalogue catalogue) {
    return new CatalogueDocument(
        VERSION, catalogue.checks().stream().map(c -> CheckEntry.of(c.info())).toList());
  }

  /**
   * One check.
   *
   * @param id the stable id, for example R3.1
   * @param recommendation the recommendation, 1 to 10
   * @param headline whether this is the recommendation's headline check
   * @param summary what the practice is
   * @param why why it matters
   * @param rule how the status is decided
   * @param actions what to do when the practice is not in place
   * @param element vision, capacity or engagement
   * @param component the innovation-capacity component, for recommendations 1 to 6
   * @param layer the data-governance layer, for recommendations 7 to 10
   * @param stages the data value-cycle stages concerned
   * @param seedLines the lines of the report chapter the check comes from
   * @param effort how much work closing the gap usually takes
   * @param weight the weight in scores and ranking
   * @param related checks about the same practice or fact
   * @param prerequisites checks this one builds on
   */
  record CheckEntry(
      String id,
      int recommendation,
      boolean headline,
      String summary,
      String why,
      String rule,
      List<String> actions,
      Element element,
      Optional<InnovationComponent> component,
      Optional<GovernanceLayer> layer,
      List<ValueCycleStage> stages,
      List<Integer> seedLines,
      Effort effort,
      int weight,
      List<String> related,
      List<String> prerequisites) {

    static CheckEntry of(CheckInfo c) {
      return new CheckEntry(
          c.id(),
          c.recommendation(),
          c.isHeadline(),
          c.summary(),
          c.why(),
          c.rule(),
          c.actions(),
          c.element(),
          c.component(),
          c.layer(),
          List.copyOf(c.stages()),
          c.seedLines(),
          c.effort(),
          c.weight(),
          c.related(),
          c.prerequisites());
    }
  }
}

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
import org.cityframework.rules.Publication;

/**
 * The check catalogue as a document.
 *
 * @param schemaVersion the version of this document format (1.1 added the source and each check's
 *     citation)
 * @param source the publication the checks come from
 * @param checks every check, in catalogue order
 */
record CatalogueDocument(String schemaVersion, SourceEntry source, List<CheckEntry> checks) {

  static final String VERSION = "1.1";

  static CatalogueDocument of(Catalogue catalogue) {
    return new CatalogueDocument(
        VERSION,
        SourceEntry.of(catalogue.source()),
        catalogue.checks().stream().map(c -> CheckEntry.of(c.info())).toList());
  }

  /**
   * The publication the checks come from.
   *
   * @param reference the full reference, in the OECD's style
   * @param author the author and publisher as an organisation: OECD
   * @param year the year of publication
   * @param title the publication's title
   * @param chapter the chapter's number: 5
   * @param chapterTitle the chapter's title
   * @param publisher the publisher: OECD Publishing
   * @param place where it is published
   * @param doi the publication's DOI
   * @param url the DOI as a link
   * @param citations how a check's citation reads: recommendation and bullet, then seed lines
   * @param independence that this library is an independent implementation, not an OECD product
   */
  record SourceEntry(
      String reference,
      String author,
      int year,
      String title,
      int chapter,
      String chapterTitle,
      String publisher,
      String place,
      String doi,
      String url,
      String citations,
      String independence) {

    static SourceEntry of(Publication p) {
      return new SourceEntry(
          p.reference(),
          p.author(),
          p.year(),
          p.title(),
          p.chapterNumber(),
          p.chapterTitle(),
          p.publisher(),
          p.place(),
          p.doi(),
          p.url(),
          p.howCitationsRead(),
          p.independence());
    }
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
   * @param citation where the check comes from in the publication, with its seed lines: "Rec. 7,
   *     bullet 4, L193"
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
      String citation,
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
          c.citation(),
          c.effort(),
          c.weight(),
          c.related(),
          c.prerequisites());
    }
  }
}

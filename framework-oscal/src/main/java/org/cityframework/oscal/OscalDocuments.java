package org.cityframework.oscal;

import static java.util.Objects.requireNonNull;

import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;

/**
 * The catalogue, an assessment and its roadmap as NIST OSCAL documents (JSON, OSCAL {@value
 * #OSCAL_VERSION}), for compliance and assessment tools that read OSCAL. {@code docs/oscal.md} says
 * what maps to what.
 *
 * <ul>
 *   <li>{@link #catalog}: one group per recommendation ({@code R1} to {@code R10}), one control per
 *       check, with its id ({@code R7.4}); the publication is a back-matter resource each control
 *       cites.
 *   <li>{@link #assessmentResults}: one result; a finding, satisfied or not satisfied, for each
 *       check the facts decide as met or as a gap; an observation with the facts read for every
 *       check.
 *   <li>{@link #planOfActionAndMilestones}: one item per finding of the roadmap (now, next, later).
 * </ul>
 *
 * <p>What OSCAL has no field for (element, component, layer, weight, our status and the range the
 * unknown facts leave open, priority) is a property in our own namespace, {@value #NAMESPACE}.
 *
 * <p>The same input gives the same bytes: UUIDs are name-based (RFC 4122 version 5) and dates come
 * from the input (the profile's assessment date, the build's timestamp for the catalogue), never
 * from the clock. The text ends with a line break. Untrusted profile text is written as plain text
 * in Markdown fields (every active character escaped) and cleaned of control characters. The
 * methods are thread-safe.
 */
public final class OscalDocuments {
  /** The OSCAL version the documents are written in, and validated against. */
  public static final String OSCAL_VERSION = "1.1.3";

  /**
   * The namespace of our properties, parts and identifiers: a URI cityframework owns and defines in
   * {@code docs/oscal.md}.
   */
  public static final String NAMESPACE = "https://cityframework.org/ns/oscal";

  /**
   * The file name by which assessment-results refer to the catalog, relative to themselves: OSCAL
   * requires assessment-results to import an assessment plan, and ours is the catalogue. Write the
   * catalog beside the results under this name.
   */
  public static final String CATALOG_FILE = "cityframework-catalog.json";

  private OscalDocuments() {}

  /**
   * The catalogue as an OSCAL catalog.
   *
   * @param catalogue the checks, for example {@link Catalogue#standard()}
   * @return the catalog's JSON text
   */
  public static String catalog(Catalogue catalogue) {
    return CatalogDocument.of(requireNonNull(catalogue, "catalogue"));
  }

  /**
   * An assessment as OSCAL assessment-results, dated by the profile's assessment date.
   *
   * @param assessment the assessment of one city profile
   * @return the assessment-results' JSON text
   */
  public static String assessmentResults(Assessment assessment) {
    return ResultsDocument.of(requireNonNull(assessment, "assessment"));
  }

  /**
   * An assessment's roadmap (docs/reports.md: now, next, later) as an OSCAL plan of action and
   * milestones, dated by the profile's assessment date.
   *
   * @param assessment the assessment of one city profile
   * @return the plan's JSON text
   */
  public static String planOfActionAndMilestones(Assessment assessment) {
    return PlanDocument.of(requireNonNull(assessment, "assessment"));
  }

  /** The id of a recommendation's group in the catalog: {@code R7}. */
  static String groupId(int recommendation) {
    return "R" + recommendation;
  }
}

package org.cityframework.oscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Publication;
import org.cityframework.rules.Status;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An assessment as OSCAL assessment-results: one result, findings and their observations. */
final class ResultsDocument {
  /** The back-matter resource that stands for the assessment plan {@code import-ap} names. */
  static final String PLAN_UUID = NameBasedUuid.of("resource:assessment-plan");

  private ResultsDocument() {}

  static String of(Assessment assessment) {
    CityProfile profile = assessment.profile();
    String city = OscalTree.markup(profile.name());
    ObjectNode results = OscalTree.object();
    results.set(
        "metadata",
        OscalTree.metadata(
            "Assessment of " + city + " against the OECD's ten recommendations",
            OscalTree.dateTime(profile.assessedOn()),
            profile.assessedOn().toString()));
    results.putObject("import-ap").put("href", "#" + PLAN_UUID);
    ObjectNode result = results.putArray("results").addObject();
    result.put("uuid", Observations.uuid(profile, "result"));
    result.put("title", "Assessment of " + city + ", facts of " + profile.assessedOn());
    result.put("description", summary(assessment));
    result.put("start", OscalTree.dateTime(profile.assessedOn()));
    ArrayNode props = result.putArray("props");
    OscalTree.prop(props, "city", profile.name());
    OscalTree.prop(props, "country", profile.country());
    profile.surveyWave().ifPresent(w -> OscalTree.prop(props, "survey-wave", Integer.toString(w)));
    ObjectNode selection =
        result.putObject("reviewed-controls").putArray("control-selections").addObject();
    if (assessment.findings().isEmpty()) { // every control of the catalog, and every one left out
      selection.put("description", "No check is active: the tailoring switched every check off.");
      selection.putObject("include-all");
      ArrayNode excluded = selection.putArray("exclude-controls");
      for (Check check : Catalogue.standard().checks()) {
        excluded.addObject().put("control-id", check.info().id());
      }
    } else {
      ArrayNode controls = selection.putArray("include-controls");
      ArrayNode observations = result.putArray("observations");
      List<ObjectNode> findings = new ArrayList<>();
      for (Finding f : assessment.findings()) {
        controls.addObject().put("control-id", f.checkId());
        ObjectNode observation = Observations.observation(profile, f);
        observations.add(observation);
        state(f).ifPresent(state -> findings.add(finding(profile, f, state, observation)));
      }
      if (!findings.isEmpty()) {
        result.putArray("findings").addAll(findings);
      }
    }
    ArrayNode resources = results.putObject("back-matter").putArray("resources");
    ObjectNode plan = resources.addObject();
    plan.put("uuid", PLAN_UUID);
    plan.put("title", "The cityframework assessment plan: the check catalogue");
    plan.put(
        "description",
        "There is no separate OSCAL assessment plan: the plan is the cityframework check"
            + " catalogue, each check applied to the city profile by examining the facts its rule"
            + " names. The link is to its OSCAL catalog, written beside these results as "
            + OscalDocuments.CATALOG_FILE
            + " (cityframework export --oscal catalog).");
    plan.putArray("rlinks").addObject().put("href", OscalDocuments.CATALOG_FILE);
    resources.add(OscalTree.publication());
    return OscalTree.document("assessment-results", results);
  }

  /**
   * OSCAL's state of a finding: satisfied when the practice is met, not satisfied when it is
   * certainly not fully in place (not met, partly met, or a gap whatever the unknown facts are);
   * none for a finding the facts leave open or that does not apply, which is an observation only.
   */
  static Optional<String> state(Finding finding) {
    if (finding.status() == Status.MET) {
      return Optional.of("satisfied");
    }
    if (finding.isCertainGap()) {
      return Optional.of("not-satisfied");
    }
    return Optional.empty();
  }

  private static ObjectNode finding(
      CityProfile profile, Finding f, String state, ObjectNode observation) {
    ObjectNode finding = OscalTree.object();
    finding.put("uuid", Observations.uuid(profile, "finding/" + f.checkId()));
    finding.put("title", f.checkId() + ": " + f.check().summary());
    finding.put(
        "description",
        f.placement() + ". Source: " + Publication.chapter().cite(f.check().seedLines()) + ".");
    ArrayNode props = finding.putArray("props");
    Observations.statusProps(props, f);
    OscalTree.prop(props, "priority", OscalTree.token(f.priority()));
    OscalTree.prop(props, "weight", Integer.toString(f.check().weight()));
    OscalTree.prop(props, "rank", Integer.toString(f.rank()));
    if (f.isWaived()) {
      OscalTree.prop(props, "waived", "true");
    }
    ObjectNode target = finding.putObject("target");
    target.put("type", "statement-id");
    target.put("target-id", f.checkId() + "_smt");
    target
        .putObject("status")
        .put("state", state)
        .put("reason", state.equals("satisfied") ? "pass" : "fail");
    finding
        .putArray("related-observations")
        .addObject()
        .put("observation-uuid", observation.get("uuid").asString());
    return finding;
  }

  private static String summary(Assessment assessment) {
    StringBuilder text = new StringBuilder();
    text.append(assessment.findings().size()).append(" checks:");
    String separator = " ";
    for (Status status : Status.values()) {
      text.append(separator)
          .append(assessment.findings(status).size())
          .append(' ')
          .append(OscalTree.token(status).replace('-', ' '));
      separator = ", ";
    }
    return text.append(
            ". A finding is given for each check that is met (satisfied) or a gap whatever the"
                + " unknown facts are (not satisfied); every check has an observation with the"
                + " facts it read.")
        .toString();
  }
}

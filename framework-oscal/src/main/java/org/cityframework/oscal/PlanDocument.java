package org.cityframework.oscal;

import java.util.List;
import org.cityframework.core.CityProfile;
import org.cityframework.report.Roadmap;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment's roadmap as an OSCAL plan of action and milestones: one item per step's finding.
 */
final class PlanDocument {
  private PlanDocument() {}

  static String of(Assessment assessment) {
    CityProfile profile = assessment.profile();
    String city = OscalTree.markup(profile.name());
    Roadmap roadmap = Roadmap.of(assessment);
    ObjectNode plan = OscalTree.object();
    plan.set(
        "metadata",
        OscalTree.metadata(
            "Roadmap of " + city + ": what to do now, next and later",
            OscalTree.dateTime(profile.assessedOn()),
            profile.assessedOn().toString()));
    plan.putObject("system-id")
        .put("identifier-type", OscalDocuments.NAMESPACE)
        .put("id", SafeText.line(Observations.scope(profile)));
    ArrayNode observations = OscalTree.array();
    ArrayNode items = OscalTree.array();
    add(profile, "now", roadmap.now(), observations, items);
    add(profile, "next", roadmap.next(), observations, items);
    add(profile, "later", roadmap.later(), observations, items);
    if (!observations.isEmpty()) {
      plan.set("observations", observations);
    }
    if (items.isEmpty()) { // OSCAL requires one item at least: this one says there is no work
      items
          .addObject()
          .put("uuid", Observations.uuid(profile, "poam-item/none"))
          .put("title", "Nothing on the roadmap")
          .put(
              "description",
              "Every check is met, not applicable or waived: there is nothing to do now, next or"
                  + " later.");
    }
    plan.set("poam-items", items);
    plan.putObject("back-matter").putArray("resources").add(OscalTree.publication());
    return OscalTree.document("plan-of-action-and-milestones", plan);
  }

  private static void add(
      CityProfile profile,
      String step,
      List<Finding> findings,
      ArrayNode observations,
      ArrayNode items) {
    for (Finding f : findings) {
      ObjectNode observation = Observations.observation(profile, f);
      observations.add(observation);
      ObjectNode item = items.addObject();
      item.put("uuid", Observations.uuid(profile, "poam-item/" + f.checkId()));
      item.put("title", f.checkId() + ": " + f.check().summary());
      StringBuilder description = new StringBuilder(f.placement()).append('.');
      List<String> actions = f.actions();
      if (!actions.isEmpty()) {
        description.append("\n\nWhat to do:\n");
        for (String action : actions) {
          description.append("\n- ").append(action);
        }
      }
      item.put("description", description.toString());
      ArrayNode props = item.putArray("props");
      OscalTree.prop(props, "step", step);
      OscalTree.prop(props, "priority", OscalTree.token(f.priority()));
      OscalTree.prop(props, "check", f.checkId());
      Observations.statusProps(props, f);
      OscalTree.prop(props, "weight", Integer.toString(f.check().weight()));
      OscalTree.prop(props, "effort", OscalTree.token(f.check().effort()));
      item.putArray("links").add(OscalTree.citation(f.check().citation()));
      item.putArray("related-observations")
          .addObject()
          .put("observation-uuid", observation.get("uuid").asString());
    }
  }
}

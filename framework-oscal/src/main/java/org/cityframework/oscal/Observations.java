package org.cityframework.oscal;

import org.cityframework.core.CityProfile;
import org.cityframework.rules.Evidence;
import org.cityframework.rules.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What assessment-results and the plan of action share: one observation per finding, carrying the
 * facts its check read, and the UUIDs that tie findings and items to them.
 */
final class Observations {
  private Observations() {}

  /** The scope of a document's inner UUIDs: the city and the date of its facts. */
  static String scope(CityProfile profile) {
    return profile.name() + "@" + profile.assessedOn();
  }

  /** A UUID for one part of the document of a profile. */
  static String uuid(CityProfile profile, String part) {
    return NameBasedUuid.of(part + ":" + scope(profile));
  }

  /** The observation of a finding: the facts its check read, each with its value. */
  static ObjectNode observation(CityProfile profile, Finding finding) {
    ObjectNode observation = OscalTree.object();
    observation.put("uuid", uuid(profile, "observation/" + finding.checkId()));
    observation.put("title", "Facts read by " + finding.checkId());
    observation.put(
        "description",
        finding.evidence().isEmpty()
            ? "The check " + finding.checkId() + " recorded no facts."
            : "The facts the check "
                + finding.checkId()
                + " read from the city profile, each by its JSON Pointer, with the value seen.");
    ArrayNode props = observation.putArray("props");
    OscalTree.prop(props, "check", finding.checkId());
    statusProps(props, finding);
    observation.putArray("methods").add("EXAMINE");
    ArrayNode evidence = OscalTree.array();
    for (Evidence fact : finding.evidence()) {
      evidence.add(evidence(fact));
    }
    if (!evidence.isEmpty()) {
      observation.set("relevant-evidence", evidence);
    }
    observation.put("collected", OscalTree.dateTime(profile.assessedOn()));
    return observation;
  }

  /** Our status and the range the unknown facts leave open: status, worst case, best case. */
  static void statusProps(ArrayNode props, Finding finding) {
    OscalTree.prop(props, "status", OscalTree.token(finding.status()));
    OscalTree.prop(props, "worst-case", OscalTree.token(finding.worstCase()));
    OscalTree.prop(props, "best-case", OscalTree.token(finding.bestCase()));
  }

  private static ObjectNode evidence(Evidence fact) {
    ObjectNode item = OscalTree.object();
    String seen =
        fact.value()
            .map(v -> "is " + OscalTree.markup(v))
            .orElse("is not stated in the profile (unknown)");
    String implied = fact.impliedBy().map(by -> ", implied by " + OscalTree.markup(by)).orElse("");
    item.put(
        "description", "The fact " + OscalTree.markup(fact.pointer()) + " " + seen + implied + ".");
    ArrayNode props = item.putArray("props");
    OscalTree.prop(props, "pointer", fact.pointer());
    fact.value().ifPresent(v -> OscalTree.prop(props, "value", v));
    fact.impliedBy().ifPresent(by -> OscalTree.prop(props, "implied-by", by));
    return item;
  }
}

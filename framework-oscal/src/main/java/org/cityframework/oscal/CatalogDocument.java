package org.cityframework.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.CheckInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue as an OSCAL catalog: one group per recommendation, one control per check. */
final class CatalogDocument {
  private CatalogDocument() {}

  static String of(Catalogue catalogue) {
    Properties build = build();
    ObjectNode catalog = OscalTree.object();
    catalog.set(
        "metadata",
        OscalTree.metadata(
            "The cityframework check catalogue: the OECD's ten recommendations for innovation and"
                + " data-use capacity in city government",
            build.getProperty("lastModified"),
            build.getProperty("version")));
    ArrayNode groups = catalog.putArray("groups");
    ObjectNode group = null;
    int recommendation = 0;
    for (Check check : catalogue.checks()) {
      CheckInfo info = check.info();
      if (group == null || info.recommendation() != recommendation) {
        recommendation = info.recommendation();
        group = groups.addObject();
        group.put("id", OscalDocuments.groupId(recommendation));
        group.put("class", "recommendation");
        group.put("title", title(catalogue, recommendation));
        group.putArray("controls");
      }
      ((ArrayNode) group.get("controls")).add(control(info));
    }
    catalog.putObject("back-matter").putArray("resources").add(OscalTree.publication());
    return OscalTree.document("catalog", catalog);
  }

  /** The recommendation's title: its headline check's summary, or its number alone. */
  private static String title(Catalogue catalogue, int recommendation) {
    return catalogue
        .check("R" + recommendation + ".0")
        .map(c -> "Recommendation " + recommendation + ": " + c.info().summary())
        .orElse("Recommendation " + recommendation);
  }

  private static ObjectNode control(CheckInfo info) {
    ObjectNode control = OscalTree.object();
    control.put("id", info.id());
    control.put("class", info.isHeadline() ? "headline" : "practice");
    control.put("title", info.summary());
    ArrayNode props = control.putArray("props");
    OscalTree.prop(props, "element", OscalTree.token(info.element()));
    info.component().ifPresent(c -> OscalTree.prop(props, "component", OscalTree.token(c)));
    info.layer().ifPresent(l -> OscalTree.prop(props, "layer", OscalTree.token(l)));
    info.stages().stream()
        .sorted()
        .forEach(s -> OscalTree.prop(props, "value-cycle-stage", OscalTree.token(s)));
    OscalTree.prop(props, "weight", Integer.toString(info.weight()));
    OscalTree.prop(props, "effort", OscalTree.token(info.effort()));
    for (String id : info.prerequisites()) {
      OscalTree.prop(props, "builds-on", id);
    }
    ArrayNode links = control.putArray("links");
    links.add(OscalTree.citation(info.citation()));
    for (String id : info.related()) {
      links.addObject().put("href", "#" + id).put("rel", "related");
    }
    ArrayNode parts = control.putArray("parts");
    parts
        .addObject()
        .put("id", info.id() + "_smt")
        .put("name", "statement")
        .put("prose", info.summary() + ".");
    ObjectNode guidance =
        parts
            .addObject()
            .put("id", info.id() + "_gdn")
            .put("name", "guidance")
            .put("prose", info.why());
    StringBuilder actions = new StringBuilder();
    for (String action : info.actions()) {
      actions.append(actions.length() == 0 ? "" : "\n").append("- ").append(action);
    }
    if (actions.length() > 0) {
      guidance
          .putArray("parts")
          .addObject()
          .put("id", info.id() + "_act")
          .put("name", "actions")
          .put("ns", OscalDocuments.NAMESPACE)
          .put("title", "What to do")
          .put("prose", actions.toString());
    }
    parts
        .addObject()
        .put("id", info.id() + "_rule")
        .put("name", "rule")
        .put("ns", OscalDocuments.NAMESPACE)
        .put("title", "How the check is decided")
        .put("prose", info.rule());
    return control;
  }

  private static Properties build() {
    try (InputStream in = CatalogDocument.class.getResourceAsStream("oscal.properties")) {
      Properties p = new Properties();
      if (in == null) {
        throw new IllegalStateException("oscal.properties is not on the class path");
      }
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

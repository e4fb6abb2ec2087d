package org.cityframework.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityframework.core.BlankText;
import org.cityframework.json.InvalidDocumentException;
import org.cityframework.rules.Assessor;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Tailoring;
import org.cityframework.rules.Waiver;
import tools.jackson.databind.JsonNode;

/**
 * A tailoring file: checks switched off, weights changed and findings waived, read strictly.
 *
 * <pre>{@code
 * {"schemaVersion": "1.0", "disabled": ["R5.2"], "weights": {"R3.1": 5},
 *  "waivers": [{"checkId": "R4.0", "justification": "...", "authority": "...",
 *               "expiresOn": "2027-12-31"}]}
 * }</pre>
 *
 * @param tailoring the checks switched off and the weights changed
 * @param waivers the waivers, in document order
 */
record TailoringDocument(Tailoring tailoring, List<Waiver> waivers) {
  private static final Set<String> PROPERTIES =
      Set.of("schemaVersion", "disabled", "weights", "waivers");
  private static final Set<String> WAIVER_PROPERTIES =
      Set.of("checkId", "justification", "authority", "expiresOn");

  /** The assessor of the standard catalogue with this tailoring and these waivers. */
  Assessor assessor() {
    return Assessor.standard().tailoredBy(tailoring).withWaivers(waivers);
  }

  /**
   * Reads a tailoring of the given catalogue.
   *
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
   */
  static TailoringDocument read(InputDocument document, Catalogue catalogue) {
    return new Reader(catalogue).read(JsonTrees.read(document));
  }

  /** Reads one document, noting every problem. */
  private static final class Reader {
    private final Catalogue catalogue;
    private final ProblemList problems = new ProblemList();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final List<Waiver> waivers = new ArrayList<>();

    Reader(Catalogue catalogue) {
      this.catalogue = catalogue;
    }

    TailoringDocument read(Optional<JsonNode> tree) {
      if (tree.isEmpty()) {
        problems.add("", "a tailoring", "an empty document", "the document is empty");
        problems.throwIfAny();
      }
      JsonNode root = tree.get();
      if (!root.isObject()) {
        problems.add(
            "",
            "an object",
            JsonTrees.found(root),
            "a tailoring is an object with schemaVersion, disabled, weights and waivers, not "
                + JsonTrees.found(root));
        problems.throwIfAny();
      }
      problems.version(root, "tailoring");
      for (String name : root.propertyNames()) {
        if (!PROPERTIES.contains(name)) {
          problems.add(
              Pointers.child("", name),
              "one of schemaVersion, disabled, weights, waivers",
              "\"" + name + "\"",
              "a tailoring has no property \""
                  + name
                  + "\"; it has schemaVersion, disabled, weights and waivers");
        }
      }
      // Switched-off checks first: weights and waivers of them are refused.
      Optional.ofNullable(root.get("disabled")).ifPresent(n -> disabled(n, "/disabled"));
      Optional.ofNullable(root.get("weights")).ifPresent(n -> weights(n, "/weights"));
      Optional.ofNullable(root.get("waivers")).ifPresent(n -> waivers(n, "/waivers"));
      problems.throwIfAny();
      return new TailoringDocument(
          Tailoring.builder().disabled(disabled).weights(weights).build(), List.copyOf(waivers));
    }

    private void disabled(JsonNode node, String at) {
      if (!isList(node, at, "a list of check ids")) {
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        String item = Pointers.child(at, i);
        JsonNode id = node.get(i);
        if (!id.isString()) {
          problems.add(
              item,
              "a check id",
              JsonTrees.found(id),
              "a check id such as \"R5.2\" is expected here, not " + JsonTrees.found(id));
        } else if (known(id.stringValue(), item) && !disabled.add(id.stringValue())) {
          problems.add(
              item, "each id once", "a repeat", id.stringValue() + " is switched off twice");
        }
      }
    }

    private void weights(JsonNode node, String at) {
      if (!node.isObject()) {
        problems.add(
            at,
            "an object of weights by check id",
            JsonTrees.found(node),
            "weights is an object such as {\"R3.1\": 5}, not " + JsonTrees.found(node));
        return;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String item = Pointers.child(at, e.getKey());
        JsonNode w = e.getValue();
        boolean valid = known(e.getKey(), item);
        if (!w.isIntegralNumber()
            || !w.canConvertToInt()
            || w.intValue() < 1
            || w.intValue() > 10) {
          problems.add(
              item,
              "a whole number from 1 to 10",
              JsonTrees.found(w),
              "a weight is a whole number from 1 to 10, not " + JsonTrees.found(w));
          valid = false;
        }
        if (valid && disabled.contains(e.getKey())) {
          problems.add(
              item,
              "a check that is not switched off",
              e.getKey(),
              e.getKey() + " is switched off in /disabled, so it cannot have a weight");
        } else if (valid) {
          weights.put(e.getKey(), w.intValue());
        }
      }
    }

    private void waivers(JsonNode node, String at) {
      if (!isList(node, at, "a list of waivers")) {
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        waiver(node.get(i), Pointers.child(at, i));
      }
    }

    private void waiver(JsonNode node, String at) {
      if (!node.isObject()) {
        problems.add(
            at,
            "an object",
            JsonTrees.found(node),
            "a waiver is an object with checkId, justification, authority and expiresOn, not "
                + JsonTrees.found(node));
        return;
      }
      for (String name : node.propertyNames()) {
        if (!WAIVER_PROPERTIES.contains(name)) {
          problems.add(
              Pointers.child(at, name),
              "one of checkId, justification, authority, expiresOn",
              "\"" + name + "\"",
              "a waiver has no property \""
                  + name
                  + "\"; it has checkId, justification, authority and expiresOn");
        }
      }
      Optional<String> id = problems.text(node, "checkId", at, true);
      String idAt = Pointers.child(at, "checkId");
      boolean valid = id.isPresent() && known(id.get(), idAt);
      if (valid && disabled.contains(id.get())) {
        problems.add(
            idAt,
            "a check that is not switched off",
            id.get(),
            id.get() + " is switched off in /disabled, so there is no finding to waive");
        valid = false;
      }
      Optional<String> justification = nonBlank(node, "justification", at);
      Optional<String> authority = nonBlank(node, "authority", at);
      Optional<LocalDate> expiresOn = date(node, "expiresOn", at);
      if (valid && justification.isPresent() && authority.isPresent() && expiresOn.isPresent()) {
        waivers.add(
            Waiver.builder()
                .checkId(id.get())
                .justification(justification.get())
                .authority(authority.get())
                .expiresOn(expiresOn.get())
                .build());
      }
    }

    private Optional<String> nonBlank(JsonNode node, String name, String at) {
      Optional<String> text = problems.text(node, name, at, true);
      if (text.isPresent() && BlankText.isBlank(text.get())) {
        problems.add(
            Pointers.child(at, name),
            "a text that is not blank",
            "a blank text",
            name + " must say something; it is blank");
        return Optional.empty();
      }
      return text;
    }

    private Optional<LocalDate> date(JsonNode node, String name, String at) {
      Optional<String> text = problems.text(node, name, at, true);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String value = text.get();
      Optional<LocalDate> date = Dates.parse(value);
      if (date.isPresent()) {
        return date;
      }
      problems.add(
          Pointers.child(at, name),
          "a date as YYYY-MM-DD",
          "\"" + value + "\"",
          name + " is a calendar date such as \"2027-12-31\", not \"" + value + "\"");
      return Optional.empty();
    }

    private boolean isList(JsonNode node, String at, String what) {
      if (node.isArray()) {
        return true;
      }
      problems.add(
          at, what, JsonTrees.found(node), "expected " + what + ", found " + JsonTrees.found(node));
      return false;
    }

    private boolean known(String id, String at) {
      if (catalogue.check(id).isPresent()) {
        return true;
      }
      List<Check> checks = catalogue.checks();
      problems.add(
          at,
          "a check id of the catalogue",
          "\"" + id + "\"",
          "no check has the id \""
              + id
              + "\" (the catalogue runs from "
              + checks.get(0).info().id()
              + " to "
              + checks.get(checks.size() - 1).info().id()
              + "; see cityframework catalogue)");
      return false;
    }
  }
}

package org.cityframework.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityframework.core.BlankText;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.Check;
import org.cityframework.rules.Tailoring;
import org.cityframework.rules.Waiver;
import tools.jackson.databind.JsonNode;

/**
 * Reads the tree of a tailoring file strictly, noting every problem with its JSON Pointer: unknown
 * properties, ids the catalogue does not know, weights out of range, a check switched off twice,
 * weighted or waived while switched off, two waivers of one check, and waivers without a
 * justification, an authority or a real date.
 */
final class TailoringReader {
  private static final Set<String> PROPERTIES =
      Set.of("schemaVersion", "disabled", "weights", "waivers");
  private static final Set<String> WAIVER_PROPERTIES =
      Set.of("checkId", "justification", "authority", "expiresOn");

  private final Catalogue catalogue;
  private final ProblemList problems = new ProblemList();
  private final Set<String> disabled = new LinkedHashSet<>();
  private final Map<String, Integer> weights = new LinkedHashMap<>();
  private final List<Waiver> waivers = new ArrayList<>();
  private final Map<String, String> waiverPointers = new HashMap<>();

  private TailoringReader(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Reads a tailoring of the catalogue from the tree of a document; null or a missing node for an
   * empty document.
   *
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
   */
  static TailoringDocument read(JsonNode root, Catalogue catalogue) {
    return new TailoringReader(catalogue).read(root);
  }

  private TailoringDocument read(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      add("", "a tailoring", "an empty document", "the document is empty");
      throwIfAny();
    }
    if (!root.isObject()) {
      add(
          "",
          "an object",
          found(root),
          "a tailoring is an object with schemaVersion, disabled, weights and waivers, not "
              + found(root));
      throwIfAny();
    }
    problems.version(root, "tailoring");
    for (String name : root.propertyNames()) {
      if (!PROPERTIES.contains(name)) {
        add(
            Pointer.child("", name),
            "one of schemaVersion, disabled, weights, waivers",
            quoted(name),
            "a tailoring has no property "
                + quoted(name)
                + "; it has schemaVersion, disabled, weights and waivers");
      }
    }
    // Switched-off checks first: weights and waivers of them are refused.
    Optional.ofNullable(root.get("disabled")).ifPresent(n -> disabled(n, "/disabled"));
    Optional.ofNullable(root.get("weights")).ifPresent(n -> weights(n, "/weights"));
    Optional.ofNullable(root.get("waivers")).ifPresent(n -> waivers(n, "/waivers"));
    throwIfAny();
    return new TailoringDocument(
        Tailoring.builder().disabled(disabled).weights(weights).build(), waivers);
  }

  private void disabled(JsonNode node, String at) {
    if (!isList(node, at, "a list of check ids")) {
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String item = Pointer.child(at, i);
      JsonNode id = node.get(i);
      if (!id.isString()) {
        add(
            item,
            "a check id",
            found(id),
            "a check id such as \"R5.2\" is expected here, not " + found(id));
      } else if (known(id.stringValue(), item) && !disabled.add(id.stringValue())) {
        add(item, "each id once", "a repeat", id.stringValue() + " is switched off twice");
      }
    }
  }

  private void weights(JsonNode node, String at) {
    if (!node.isObject()) {
      add(
          at,
          "an object of weights by check id",
          found(node),
          "weights is an object such as {\"R3.1\": 5}, not " + found(node));
      return;
    }
    if (!fitsTheCatalogue(node, at, "weights")) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String item = Pointer.child(at, e.getKey());
      JsonNode w = e.getValue();
      boolean valid = known(e.getKey(), item);
      if (!w.isIntegralNumber() || !w.canConvertToInt() || w.intValue() < 1 || w.intValue() > 10) {
        add(
            item,
            "a whole number from 1 to 10",
            found(w),
            "a weight is a whole number from 1 to 10, not " + found(w));
        valid = false;
      }
      if (valid && disabled.contains(e.getKey())) {
        add(
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
      waiver(node.get(i), Pointer.child(at, i));
    }
  }

  private void waiver(JsonNode node, String at) {
    if (!node.isObject()) {
      add(
          at,
          "an object",
          found(node),
          "a waiver is an object with checkId, justification, authority and expiresOn, not "
              + found(node));
      return;
    }
    for (String name : node.propertyNames()) {
      if (!WAIVER_PROPERTIES.contains(name)) {
        add(
            Pointer.child(at, name),
            "one of checkId, justification, authority, expiresOn",
            quoted(name),
            "a waiver has no property "
                + quoted(name)
                + "; it has checkId, justification, authority and expiresOn");
      }
    }
    Optional<String> id = text(node, "checkId", at);
    String idAt = Pointer.child(at, "checkId");
    boolean valid = id.isPresent() && known(id.get(), idAt);
    if (valid && disabled.contains(id.get())) {
      add(
          idAt,
          "a check that is not switched off",
          id.get(),
          id.get() + " is switched off in /disabled, so there is no finding to waive");
      valid = false;
    }
    if (valid) {
      String first = waiverPointers.putIfAbsent(id.get(), at);
      if (first != null) {
        add(
            at,
            "one waiver for each check",
            "a second waiver for " + id.get(),
            "a second waiver for " + id.get() + "; the first is " + first);
        valid = false;
      }
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

  /** The required text at a place, or empty after noting the problem when it is not there. */
  private Optional<String> text(JsonNode parent, String name, String at) {
    return problems.text(parent, name, at, true);
  }

  private Optional<String> nonBlank(JsonNode node, String name, String at) {
    Optional<String> text = text(node, name, at);
    if (text.isPresent() && BlankText.isBlank(text.get())) {
      add(
          Pointer.child(at, name),
          "a text that is not blank",
          "a blank text",
          name + " must say something; it is blank");
      return Optional.empty();
    }
    return text;
  }

  private Optional<LocalDate> date(JsonNode node, String name, String at) {
    Optional<String> text = text(node, name, at);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    LocalDate date = ProfileReader.plainDate(value);
    if (date != null) {
      return Optional.of(date);
    }
    add(
        Pointer.child(at, name),
        "a date as YYYY-MM-DD",
        quoted(value),
        name + " is a calendar date such as \"2027-12-31\", not " + quoted(value));
    return Optional.empty();
  }

  private boolean isList(JsonNode node, String at, String what) {
    if (!node.isArray()) {
      add(at, what, found(node), "expected " + what + ", found " + found(node));
      return false;
    }
    return fitsTheCatalogue(node, at, "items");
  }

  /**
   * Whether a list or an object has no more entries than the catalogue has checks: a check is
   * switched off, weighted or waived once at most, so a longer one is refused unread.
   */
  private boolean fitsTheCatalogue(JsonNode node, String at, String entries) {
    if (node.size() <= catalogue.size()) {
      return true;
    }
    add(
        at,
        "at most " + catalogue.size() + " " + entries + ", one for each check",
        node.size() + " " + entries,
        "the catalogue has "
            + catalogue.size()
            + " checks, so this can have at most "
            + catalogue.size()
            + " "
            + entries
            + ", not "
            + node.size());
    return false;
  }

  private boolean known(String id, String at) {
    if (catalogue.check(id).isPresent()) {
      return true;
    }
    List<Check> checks = catalogue.checks();
    add(
        at,
        "a check id of the catalogue",
        quoted(id),
        "no check has the id "
            + quoted(id)
            + " (the catalogue runs from "
            + checks.get(0).info().id()
            + " to "
            + checks.get(checks.size() - 1).info().id()
            + "; see cityframework catalogue)");
    return false;
  }

  private static String found(JsonNode node) {
    return ProfileReader.found(node);
  }

  /** A text from the document in quotes, shortened to 40 characters. */
  private static String quoted(String text) {
    return "\"" + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + "\"";
  }

  private void add(String pointer, String expected, String found, String message) {
    problems.add(pointer, expected, found, message);
  }

  private void throwIfAny() {
    problems.throwIfAny();
  }
}

package org.cityframework.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The problems found in one document so far, each with its JSON Pointer: the first {@link
 * InvalidDocumentException#MAX_PROBLEMS} listed, the rest counted. Shared by the readers of the
 * documents besides profiles (tailorings, assessment documents).
 */
final class ProblemList {
  private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");

  /** The problems found, the first {@link InvalidDocumentException#MAX_PROBLEMS} of them. */
  private final List<DocumentProblem> problems = new ArrayList<>();

  /** How many problems were found beyond those listed. */
  private long leftOut;

  /** Notes a problem: lists it while the list has room, and only counts it after that. */
  void add(String pointer, String expected, String found, String message) {
    if (problems.size() < InvalidDocumentException.MAX_PROBLEMS) {
      problems.add(DocumentProblem.of(pointer, expected, found, message));
    } else {
      leftOut++;
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws with every problem, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems, leftOut);
    }
  }

  /** Checks that {@code schemaVersion} is there and of major version 1. */
  void version(JsonNode root, String kind) {
    JsonNode node = root.get("schemaVersion");
    if (node == null) {
      add(
          "/schemaVersion",
          "\"1.0\"",
          "nothing",
          "the document must say which version of the "
              + kind
              + " format it follows: \"schemaVersion\": \"1.0\"");
      return;
    }
    Matcher m = node.isString() ? VERSION.matcher(node.stringValue()) : null;
    if (m == null || !m.matches()) {
      add(
          "/schemaVersion",
          "a version such as \"1.0\"",
          ProfileReader.found(node),
          "schemaVersion is a version such as \"1.0\", not " + ProfileReader.found(node));
    } else if (!m.group(1).equals("1")) {
      add(
          "/schemaVersion",
          "version 1.x",
          ProfileReader.found(node),
          "this version reads version 1 of the "
              + kind
              + " format; this document is version "
              + node.stringValue());
    }
  }

  /** The text at a place, or empty after noting the problem when it is missing or not text. */
  Optional<String> text(JsonNode parent, String name, String at, boolean required) {
    JsonNode node = parent.get(name);
    String pointer = Pointer.child(at, name);
    if (node == null) {
      if (required) {
        add(pointer, "a text", "nothing", name + " is required");
      }
      return Optional.empty();
    }
    if (!node.isString()) {
      add(
          pointer,
          "a text",
          ProfileReader.found(node),
          name + " must be a text, not " + ProfileReader.found(node));
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }
}

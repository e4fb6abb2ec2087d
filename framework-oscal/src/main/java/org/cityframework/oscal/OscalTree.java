package org.cityframework.oscal;

import java.time.LocalDate;
import java.util.Locale;
import org.cityframework.report.SafeText;
import org.cityframework.rules.Publication;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The parts every document shares: writing, properties, metadata, the publication, safe text. */
final class OscalTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Two-space indent, {@code "name": value}, {@code \n} line ends on every platform. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withArrayEmptySeparator("")
                          .withObjectEmptySeparator(""))
                  .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                  .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
          .build();

  /** The back-matter resource of the publication, the same in every document. */
  static final String PUBLICATION_UUID = NameBasedUuid.of("resource:publication");

  /** Markdown's active characters in running text, each escaped with a backslash. */
  private static final String MARKDOWN_ACTIVE = "\\`*_[]<>&!|~#";

  private OscalTree() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * The document: {@code {"<model>": body}}, with the body's {@code uuid} (its first field) made
   * from everything else in it, so a document whose content changes gets a new UUID and the same
   * content always the same one.
   */
  static String document(String model, ObjectNode body) {
    ObjectNode ordered = object();
    ordered.put("uuid", "");
    ordered.setAll(body);
    ObjectNode root = object();
    root.set(model, ordered);
    String content = model + ":" + MAPPER.writeValueAsString(root);
    ordered.put("uuid", NameBasedUuid.of(content));
    return MAPPER.writeValueAsString(root) + "\n";
  }

  /** Adds a property in our namespace, unless its value is blank (OSCAL allows no empty value). */
  static void prop(ArrayNode props, String name, String value) {
    String clean = SafeText.line(value);
    if (clean.isEmpty()) {
      return;
    }
    props.addObject().put("name", name).put("ns", OscalDocuments.NAMESPACE).put("value", clean);
  }

  /**
   * An enum constant as an OSCAL token: {@code INNOVATION_STRATEGY} is {@code innovation-strategy}.
   */
  static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Midnight UTC of a date, as OSCAL's date-time with a time zone. */
  static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }

  /**
   * Untrusted text for a Markdown field (OSCAL's markup-line and markup-multiline): one line,
   * unsafe characters replaced ({@link SafeText#line}), and every character Markdown or HTML would
   * act on escaped with a backslash, so it stays text.
   */
  static String markup(String untrusted) {
    String line = SafeText.line(untrusted);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (MARKDOWN_ACTIVE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The metadata every document starts with. */
  static ObjectNode metadata(String title, String lastModified, String version) {
    ObjectNode metadata = object();
    metadata.put("title", title);
    metadata.put("last-modified", lastModified);
    metadata.put("version", version);
    metadata.put("oscal-version", OscalDocuments.OSCAL_VERSION);
    metadata.put("remarks", Publication.chapter().independence());
    return metadata;
  }

  /** The publication as a back-matter resource: its reference, DOI and address. */
  static ObjectNode publication() {
    Publication p = Publication.chapter();
    ObjectNode resource = object();
    resource.put("uuid", PUBLICATION_UUID);
    resource.put("title", p.chapterTitle());
    resource.put("description", "The publication the checks come from. " + p.howCitationsRead());
    resource
        .putArray("document-ids")
        .addObject()
        .put("scheme", "http://www.doi.org/")
        .put("identifier", p.doi());
    resource.putObject("citation").put("text", p.reference());
    resource.putArray("rlinks").addObject().put("href", p.url());
    return resource;
  }

  /** A link to the publication, with where in it the text comes from. */
  static ObjectNode citation(String where) {
    ObjectNode link = object();
    link.put("href", "#" + PUBLICATION_UUID);
    link.put("rel", "reference");
    if (!where.isEmpty()) {
      link.put("text", where);
    }
    return link;
  }
}

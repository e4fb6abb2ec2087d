package org.cityframework.cohort;

import java.util.OptionalDouble;
import org.cityframework.rules.Publication;

/**
 * A city's place among its peers as a JSON document of its own, in a fixed order of keys, so the
 * same position always gives the same bytes. Its schema is {@code peer-position.schema.json} beside
 * this class; the figures are defined in {@code docs/cohort.md}. A figure not shown (fewer than k
 * peers) is {@code null}, with the document's {@code suppressed} text saying why.
 *
 * <p>It is a document of its own, not a member of the assessment document: the published assessment
 * schema closes its root ({@code additionalProperties: false}), so a document with a new member
 * would fail every validator that holds the schema today. The city's assessment stays what {@code
 * assess --format json} writes, and this document names the city it places.
 */
public final class PeerPositionDocument {
  /** The version of the document format. */
  public static final String VERSION = "1.0";

  /** Where the schema is, as a class-path resource. */
  public static final String SCHEMA = "/org/cityframework/cohort/peer-position.schema.json";

  private PeerPositionDocument() {}

  /** The city's place among its peers as a JSON document, ending with a line break. */
  public static String write(PeerPosition p) {
    Json j = new Json();
    j.open('{');
    j.key("schemaVersion").string(VERSION);
    j.key("city").string(p.city());
    j.key("peers").number(p.peers());
    j.key("k").number(p.k());
    j.key("suppressed").string(p.suppressed());
    CohortDocument.filter(j, p.filter());
    j.key("groups").open('[');
    for (PeerPosition.GroupPosition g : p.groups()) {
      j.open('{');
      j.key("id").string(g.group().id());
      j.key("label").string(g.group().label());
      value(j.key("score"), g.score());
      value(j.key("percentileRank"), g.percentileRank());
      j.close('}');
    }
    j.close(']');
    j.key("checks").open('[');
    for (PeerPosition.CheckPosition c : p.checks()) {
      j.open('{');
      j.key("id").string(c.check().id());
      j.key("recommendation").number(c.check().recommendation());
      j.key("status").string(c.status().name());
      value(j.key("peersWithStatus"), c.peersWithStatus());
      j.close('}');
    }
    j.close(']');
    j.key("source").string(Publication.chapter().reference());
    j.close('}');
    return j.text() + "\n";
  }

  private static void value(Json j, OptionalDouble v) {
    if (v.isPresent()) {
      j.decimal(v.getAsDouble());
    } else {
      j.nil();
    }
  }
}

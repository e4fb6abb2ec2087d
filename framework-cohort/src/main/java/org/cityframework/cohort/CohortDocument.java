package org.cityframework.cohort;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cityframework.rules.Publication;
import org.cityframework.rules.Status;

/**
 * The cohort summary as a JSON document, in a fixed order of keys, so the same summary always gives
 * the same bytes. Its schema is {@code cohort.schema.json} beside this class; the figures are
 * defined in {@code docs/cohort.md}. A figure not shown (a group of fewer than k cities) is {@code
 * null}, with the document's {@code suppressed} text saying why.
 */
public final class CohortDocument {
  /**
   * The version of the document format: 1.1 added {@code unknownFacts} (per fact, the cities that
   * left it unknown).
   */
  public static final String VERSION = "1.1";

  /** Where the schema is, as a class-path resource. */
  public static final String SCHEMA = "/org/cityframework/cohort/cohort.schema.json";

  private CohortDocument() {}

  /** The summary as a JSON document, ending with a line break. */
  public static String write(CohortSummary s) {
    Json j = new Json();
    j.open('{');
    j.key("schemaVersion").string(VERSION);
    j.key("cities").number(s.cities());
    j.key("k").number(s.k());
    j.key("suppressed").string(s.suppressed());
    filter(j, s.filter());
    j.key("checks").open('[');
    for (CohortSummary.CheckFigures f : s.checks()) {
      j.open('{');
      j.key("id").string(f.check().id());
      j.key("recommendation").number(f.check().recommendation());
      j.key("summary").string(f.check().summary());
      j.key("cities").open('{');
      for (Status st : Status.values()) {
        j.key(st.name()).number(f.counts().get(st));
      }
      j.close('}');
      j.key("certainGaps").number(f.certainGaps());
      j.key("unknown").number(f.unknown());
      j.close('}');
    }
    j.close(']');
    j.key("groups").open('[');
    for (CohortSummary.GroupFigures g : s.groups()) {
      j.open('{');
      j.key("id").string(g.group().id());
      j.key("label").string(g.group().label());
      distribution(j.key("score"), g.score());
      distribution(j.key("coverage"), g.coverage());
      j.close('}');
    }
    j.close(']');
    counts(j, "commonGaps", s.commonGaps());
    counts(j, "mostUnknown", s.mostUnknown());
    j.key("unknownFacts").open('[');
    for (CohortSummary.FactCount f : s.unknownFacts()) {
      j.open('{');
      j.key("pointer").string(f.pointer());
      j.key("question").string(f.question());
      j.key("cities").number(f.cities());
      j.close('}');
    }
    j.close(']');
    j.key("heatmap").open('[');
    for (CohortSummary.HeatmapRow r : s.heatmap()) {
      j.open('{');
      j.key("from").number(r.from());
      j.key("to").number(r.to());
      j.key("cities");
      if (r.cities().isPresent()) {
        j.number(r.cities().get());
      } else {
        j.nil();
      }
      j.key("means").open('[');
      for (OptionalDouble m : r.means()) {
        value(j, m);
      }
      j.close(']');
      j.close('}');
    }
    j.close(']');
    j.key("source").string(Publication.chapter().reference());
    j.close('}');
    return j.text() + "\n";
  }

  /** The filter as the member {@code filter}: countries, population bands, survey waves. */
  static void filter(Json j, PeerFilter f) {
    j.key("filter").open('{');
    j.key("countries").open('[');
    f.countries().forEach(j::string);
    j.close(']');
    j.key("populationBands").open('[');
    f.bands().forEach(b -> j.string(b.id()));
    j.close(']');
    j.key("surveyWaves").open('[');
    f.waves().forEach(j::number);
    j.close(']');
    j.close('}');
  }

  private static void counts(Json j, String name, List<CohortSummary.CheckCount> counts) {
    j.key(name).open('[');
    for (CohortSummary.CheckCount c : counts) {
      j.open('{');
      j.key("id").string(c.check().id());
      j.key("cities").number(c.cities());
      j.close('}');
    }
    j.close(']');
  }

  private static void distribution(Json j, Optional<Distribution> d) {
    if (d.isEmpty()) {
      j.nil();
      return;
    }
    Distribution x = d.get();
    j.open('{');
    j.key("cities").number(x.cities());
    j.key("min").decimal(x.min());
    j.key("p10").decimal(x.p10());
    j.key("p25").decimal(x.p25());
    j.key("median").decimal(x.median());
    j.key("p75").decimal(x.p75());
    j.key("p90").decimal(x.p90());
    j.key("max").decimal(x.max());
    j.close('}');
  }

  private static void value(Json j, OptionalDouble v) {
    if (v.isPresent()) {
      j.decimal(v.getAsDouble());
    } else {
      j.nil();
    }
  }
}

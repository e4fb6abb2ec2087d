package org.cityframework.cli;

import org.cityframework.cohort.CorrelationTable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cohort --outcomes --format json}: the cohort document and the correlation table in one
 * JSON document, {@code {"cohort": ..., "capacityAgainstOutcomes": ...}}, laid out as the project's
 * documents are ({@code "name": value}, two spaces, {@code \n}).
 */
final class OutcomeDocument {
  private static final ObjectMapper JSON = mapper();

  private OutcomeDocument() {}

  /** The cohort document (as {@code CohortDocument.write} gives it) and the table, together. */
  static String envelope(String cohortDocument, CorrelationTable table) {
    ObjectNode root = JSON.createObjectNode();
    root.set("cohort", JSON.readTree(cohortDocument));
    root.set("capacityAgainstOutcomes", table.json());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectMapper mapper() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return JsonMapper.builder(
            JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
        .defaultPrettyPrinter(
            printer.withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
        .build();
  }
}

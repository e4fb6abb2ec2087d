package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cityframework schema}: the JSON Schemas of the documents. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    usageHelpAutoWidth = true,
    header = "Print the JSON Schema of a document.",
    description =
        "Prints the JSON Schema (draft 2020-12) of a document: a city profile, an assessment"
            + " report, the check catalogue, a cohort summary or a city among its peers."
            + " --list lists them.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN, ExitCodes.BUG},
    footer = {
      "%nExamples:",
      "  cityframework schema profile --output city-profile.schema.json",
      "  cityframework schema --list",
      "  cityframework schema cohort"
    })
final class SchemaCommand implements Callable<Integer> {

  /**
   * The documents that have a schema. The profile, assessment and catalogue schemas are generated
   * from the types in framework-json; the cohort and peer-position schemas are written by hand
   * beside their writers in framework-cohort, which depends on framework-json and not the other way
   * round.
   */
  enum Document {
    PROFILE("org/cityframework/json/schema/", "city-profile", "a city profile"),
    REPORT("org/cityframework/json/schema/", "assessment", "an assessment report"),
    CATALOGUE("org/cityframework/json/schema/", "catalogue", "the check catalogue"),
    COHORT("org/cityframework/cohort/", "cohort", "a cohort summary (cohort --format json)"),
    PEERS(
        "org/cityframework/cohort/",
        "peer-position",
        "a city among its peers (assess --cohort --format json)");

    private final String folder;
    private final String file;
    private final String description;

    Document(String folder, String file, String description) {
      this.folder = folder;
      this.file = file;
      this.description = description;
    }

    /** The schema's file name. */
    String fileName() {
      return file + ".schema.json";
    }

    /** The schema's place on the class path. */
    String resource() {
      return folder + fileName();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DOCUMENT",
      defaultValue = "profile",
      description = "profile, report, catalogue, cohort or peers (default: profile).")
  Document document;

  @Option(
      names = "--list",
      description = "List the documents that have a schema, with each schema's file, and exit.")
  boolean list;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (list && spec.commandLine().getParseResult().hasMatchedPositional(0)) {
      throw new ParameterException(
          spec.commandLine(), "--list lists every schema; give no DOCUMENT with it.");
    }
    Output.write(
        spec.commandLine().getOut(), output, list ? list() : Output.ended(schema(document)));
    return 0;
  }

  /** One line per document: its name, its schema's file and what it is. */
  static String list() {
    StringBuilder out = new StringBuilder();
    for (Document d : Document.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s %-28s %s\n",
              d.name().toLowerCase(Locale.ROOT),
              d.fileName(),
              d.description));
    }
    return out.toString();
  }

  /**
   * The schema's text.
   *
   * @throws CommandFailure when this build does not have it
   */
  static String schema(Document document) {
    try (InputStream in =
        SchemaCommand.class.getClassLoader().getResourceAsStream(document.resource())) {
      if (in == null) {
        throw CommandFailure.broken(
            "The JSON Schema of "
                + document.description
                + " is not in this build: "
                + document.resource()
                + " is not on the class path.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

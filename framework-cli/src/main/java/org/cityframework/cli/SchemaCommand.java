package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cityframework.json.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            + " report or the check catalogue.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.UNWRITTEN, ExitCodes.BUG},
    footer = {"%nExample:", "  cityframework schema profile --output city-profile.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  /** The documents that have a schema. */
  enum Document {
    PROFILE("city-profile", "a city profile"),
    REPORT("assessment", "an assessment report"),
    CATALOGUE("catalogue", "the check catalogue");

    private final String file;
    private final String description;

    Document(String file, String description) {
      this.file = file;
      this.description = description;
    }

    /** The schema's place on the class path. */
    String resource() {
      return "org/cityframework/json/schema/" + file + ".schema.json";
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DOCUMENT",
      defaultValue = "profile",
      description = "profile, report or catalogue (default: profile).")
  Document document;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    Output.write(spec.commandLine().getOut(), output, Output.ended(schema(document)));
    return 0;
  }

  /**
   * The schema's text.
   *
   * @throws CommandFailure when this build does not have it
   */
  static String schema(Document document) {
    try (InputStream in =
        DocumentFormat.class.getClassLoader().getResourceAsStream(document.resource())) {
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

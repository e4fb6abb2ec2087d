package org.cityframework.oscal;

import gov.nist.secauto.metaschema.core.configuration.DefaultConfiguration;
import gov.nist.secauto.metaschema.core.model.validation.IValidationFinding;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cityframework.rules.Catalogue;

/**
 * Validation by NIST's OSCAL library (liboscal-java): against the OSCAL JSON schema of the model
 * (the schema files the library ships) and against the Metaschema constraints of OSCAL, as
 * oscal-cli's {@code validate} does. Every finding, of any severity, is a problem.
 */
final class NistValidation {
  private NistValidation() {}

  /**
   * The problems NIST's library finds in a document, each as one line; empty when it is valid.
   *
   * @param schema the model's schema name: {@code catalog}, {@code ar} or {@code poam}
   * @param json the document
   * @param folder where to write it to validate it (and, for assessment-results, the catalog beside
   *     it, which they import)
   */
  static List<String> problems(String schema, String json, Path folder) {
    try {
      Path file = write(folder.resolve(schema + ".json"), json);
      if (schema.equals("ar")) { // the results import their plan, the catalog, from beside them
        write(
            folder.resolve(OscalDocuments.CATALOG_FILE),
            OscalDocuments.catalog(Catalogue.standard()));
      }
      List<String> problems = new ArrayList<>();
      String resource = "/schema/json/oscal-" + schema + "_schema.json";
      try (InputStream in = OscalBindingContext.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not in liboscal-java");
        }
        add(problems, "schema", new JsonSchemaContentValidator(in).validate(file.toUri()));
      }
      add(
          problems,
          "constraint",
          OscalBindingContext.instance()
              .validateWithConstraints(file.toUri(), new DefaultConfiguration<>()));
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document, in UTF-8. */
  static Path write(Path file, String json) {
    try {
      return Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(List<String> problems, String kind, IValidationResult result) {
    for (IValidationFinding f : result.getFindings()) {
      problems.add(
          kind
              + " "
              + f.getSeverity()
              + " "
              + f.getIdentifier()
              + " at "
              + f.getPath()
              + ": "
              + f.getMessage());
    }
  }
}

package org.cityframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed schemas are what the generators make from today's types: a change to the model or
 * to a document is a reviewed diff of a schema. Regenerate with {@code -Dschemas.update=true}.
 */
class SchemaFilesTest {
  private static final Path FOLDER = Path.of("src", "main", "resources", JsonSchemas.FOLDER);
  private static final Map<String, ObjectNode> GENERATED = Schemas.generated();

  static Stream<String> files() {
    return Stream.of(JsonSchemas.PROFILE, JsonSchemas.ASSESSMENT, JsonSchemas.CATALOGUE);
  }

  @ParameterizedTest
  @MethodSource("files")
  void the_committed_schema_matches_the_types(String file) throws IOException {
    String generated = SchemaText.of(GENERATED.get(file));
    Path committed = FOLDER.resolve(file);
    if (Boolean.getBoolean("schemas.update")) {
      Files.createDirectories(FOLDER);
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as("%s exists; generate it with -Dschemas.update=true", committed)
        .exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate it with -Dschemas.update=true", committed)
        .isEqualTo(generated);
  }

  @ParameterizedTest
  @MethodSource("files")
  void generating_twice_gives_the_same_bytes(String file) {
    assertThat(SchemaText.of(Schemas.generated().get(file)))
        .isEqualTo(SchemaText.of(GENERATED.get(file)));
  }
}

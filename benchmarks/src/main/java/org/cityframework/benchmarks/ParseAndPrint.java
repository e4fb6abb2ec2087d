package org.cityframework.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up baseline of the command line: a JVM that only parses a JSON file and prints it.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.cityframework.benchmarks.ParseAndPrint
 * FILE} does the least any tool must do with the file, so the time of {@code cityframework assess
 * FILE} can be stated as a ratio to it (docs/performance.md).
 */
public final class ParseAndPrint {

  private ParseAndPrint() {}

  /**
   * Parses the JSON file named by the one argument into a tree and prints it, indented.
   *
   * @param args the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ParseAndPrint FILE");
      System.exit(2);
    }
    JsonMapper mapper = new JsonMapper();
    JsonNode tree = mapper.readTree(Files.readString(Path.of(args[0])));
    System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
  }
}

package org.cityframework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.cityframework.core.CityProfile;
import org.cityframework.json.DocumentFormat;
import org.cityframework.json.InvalidDocumentException;

/**
 * A document named on the command line, read into memory: a file (JSON or YAML by its extension)
 * or, for {@code -}, JSON on standard input.
 *
 * @param name the name to show in messages: the argument as given, or {@code <stdin>}
 * @param baseName the file name without its extension, or {@code stdin}
 * @param format the document's format
 * @param bytes the document
 */
record InputDocument(String name, String baseName, DocumentFormat format, byte[] bytes) {
  /** The argument that stands for standard input. */
  static final String STDIN = "-";

  /** The most a document may hold, as in docs/json.md. */
  static final int MAX_BYTES = 10_000_000;

  /**
   * Reads the document an argument names.
   *
   * @throws CommandFailure when it cannot be read, saying why
   */
  static InputDocument read(String argument, InputStream stdin) {
    if (argument.equals(STDIN)) {
      return new InputDocument("<stdin>", "stdin", DocumentFormat.JSON, bytes("<stdin>", stdin));
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new CommandFailure(argument + ": this is not a valid file name");
    }
    if (path.getFileName() == null) {
      throw new CommandFailure(argument + ": this names no file");
    }
    DocumentFormat format;
    try {
      format = DocumentFormat.of(path);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(
          argument
              + ": cannot tell the format of the file; name it .json, .yaml or .yml"
              + " (or give - to read JSON from standard input)");
    }
    if (Files.isDirectory(path)) {
      throw new CommandFailure(argument + ": this is a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return new InputDocument(argument, baseName(argument), format, bytes(argument, in));
    } catch (IOException e) {
      throw new CommandFailure(argument + ": cannot read the file: " + CommandFailure.reason(e));
    }
  }

  /**
   * The city profile the document describes.
   *
   * @throws InvalidDocumentException listing every problem, when it is not a valid profile
   */
  CityProfile profile() {
    return format.readProfile(bytes);
  }

  private static byte[] bytes(String name, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CommandFailure(name + ": cannot read: " + CommandFailure.reason(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new CommandFailure(name + ": the document is larger than 10 MB, the safety limit");
    }
    return bytes;
  }

  /** The file name an argument gives, without its extension; {@code stdin} for {@code -}. */
  static String baseName(String argument) {
    if (argument.equals(STDIN)) {
      return "stdin";
    }
    Path name;
    try {
      name = Path.of(argument).getFileName();
    } catch (InvalidPathException e) {
      return argument;
    }
    String base = name == null ? argument : name.toString();
    String lower = base.toLowerCase(Locale.ROOT);
    for (String extension : new String[] {".json", ".yaml", ".yml"}) {
      if (lower.endsWith(extension) && lower.length() > extension.length()) {
        return base.substring(0, base.length() - extension.length());
      }
    }
    return base;
  }
}

package org.cityframework.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cityframework.core.CityProfile;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.AssessmentComparison;
import org.cityframework.rules.Catalogue;
import org.cityframework.rules.ReportedAssessment;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes the library's documents (city profiles, assessment reports and the check
 * catalogue) as JSON or YAML, and reads tailorings. The format is described in {@code
 * docs/json.md}.
 *
 * <pre>{@code
 * CityProfile p = DocumentFormat.YAML.readProfile(Path.of("riverton.yaml"));
 * String report = DocumentFormat.JSON.writeAssessment(Assessor.standard().assess(p));
 * }</pre>
 *
 * <p>Reading is strict and reports every problem at once ({@link InvalidDocumentException});
 * writing is canonical, so the same model always gives the same bytes. Both formats are
 * thread-safe.
 */
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8. */
  JSON,

  /** YAML 1.2, for hand-written profiles with comments. */
  YAML;

  /** The JSON mappers, made when JSON is first read or written. */
  static final class JsonMappers {
    static final ObjectMapper MAPPER = json();

    /**
     * Reads without the parser's own duplicate detection, which costs a set of names per object;
     * the tree still refuses a duplicate ({@code FAIL_ON_READING_DUP_TREE_KEY}).
     */
    static final ObjectReader QUICK =
        MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    /** Reads valid profiles without a tree; it finds duplicate properties by itself. */
    static final QuickProfileReader PROFILES = new QuickProfileReader(QUICK);

    private JsonMappers() {}
  }

  /** The YAML mapper, made only when YAML is first read or written. */
  private static final class YamlMappers {
    static final ObjectMapper MAPPER = yaml(SMALLEST_YAML_BUFFER);

    /**
     * Mappers for larger documents, by the size of the YAML reader's buffer: {@link
     * #SMALLEST_YAML_BUFFER} times 4, 16, 64 and 256, each made when first needed.
     */
    static final ObjectMapper[] LARGER = new ObjectMapper[4];

    private YamlMappers() {}

    /**
     * The mapper whose YAML reader reads a document of this many bytes in a few reads. The reader
     * (snakeyaml-engine's StreamReader) copies what it has looked ahead at each read of its buffer,
     * and it looks ahead over a whole token (a scalar's run of characters, a comment's line): with
     * a small buffer a token of n characters costs n * n / buffer, which made one 9 MB scalar take
     * a minute and a half. With a buffer of at least a quarter of the document, it costs at most
     * 2n.
     */
    static ObjectMapper forBytes(int length) {
      int size = SMALLEST_YAML_BUFFER;
      int k = -1;
      while (size < length / 4 && k < LARGER.length - 1) {
        size *= 4;
        k++;
      }
      if (k < 0) {
        return MAPPER;
      }
      synchronized (LARGER) {
        if (LARGER[k] == null) {
          LARGER[k] = yaml(size);
        }
        return LARGER[k];
      }
    }
  }

  /**
   * The YAML reader's buffer for documents up to four times its size (a real profile is a few
   * kilobytes), in characters.
   */
  private static final int SMALLEST_YAML_BUFFER = 16 * 1024;

  private ObjectMapper mapper() {
    return this == JSON ? JsonMappers.MAPPER : YamlMappers.MAPPER;
  }

  /** The mapper to read a document of this many bytes with. */
  private ObjectMapper mapper(int length) {
    return this == JSON ? JsonMappers.MAPPER : YamlMappers.forBytes(length);
  }

  /** The format of a file, by its extension: {@code .json}, {@code .yaml} or {@code .yml}. */
  public static DocumentFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of " + file + ": name it .json, .yaml or .yml");
  }

  /**
   * Reads a city profile.
   *
   * @throws InvalidDocumentException listing every problem, when the text is not a valid profile
   */
  public CityProfile readProfile(String text) {
    String document = stripByteOrderMark(text);
    int surrogate = WellFormedText.firstUnpairedSurrogate(document);
    if (surrogate >= 0) {
      // Encoding would make it a "?" silently; say where it is instead.
      throw new InvalidDocumentException(
          List.of(
              DocumentProblem.of(
                  pointerAt(document.substring(0, surrogate).getBytes(StandardCharsets.UTF_8)),
                  "whole Unicode characters",
                  "half of a surrogate pair",
                  "the text holds half of a UTF-16 surrogate pair, which is not a character ("
                      + WellFormedText.lineAndColumn(document, surrogate)
                      + ")")));
    }
    return read(document.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a city profile from a stream of UTF-8 bytes (a leading byte order mark is allowed). At
   * most 10 MB are read.
   *
   * @throws InvalidDocumentException listing every problem, when the bytes are not a valid profile
   * @throws UncheckedIOException when the stream cannot be read
   */
  public CityProfile readProfile(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(DocumentLimits.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
    return readProfile(bytes);
  }

  /**
   * Reads a city profile from UTF-8 bytes (a leading byte order mark is allowed), such as one line
   * of a JSON Lines file. The array is not changed and not kept.
   *
   * @throws InvalidDocumentException listing every problem, when the bytes are not a valid profile,
   *     or when there are more than 10 MB of them
   */
  public CityProfile readProfile(byte[] document) {
    refuseOversized(document);
    return read(document);
  }

  private static void refuseOversized(byte[] document) {
    if (document.length > DocumentLimits.MAX_DOCUMENT_BYTES) {
      throw new InvalidDocumentException(
          List.of(
              DocumentProblem.of(
                  "",
                  "at most 10 MB",
                  "a larger document",
                  "the document is larger than 10 MB, the safety limit")));
    }
  }

  /**
   * Reads a city profile from a file.
   *
   * @throws InvalidDocumentException listing every problem, when the file is not a valid profile
   * @throws UncheckedIOException when the file cannot be read
   */
  public CityProfile readProfile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readProfile(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a tailoring of the catalogue from UTF-8 bytes: checks switched off, weights changed and
   * findings waived ({@link TailoringDocument}). It is read as strictly as a profile, under the
   * same limits; ids the catalogue does not know and two waivers of one check are problems.
   *
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer, when the
   *     bytes are not a valid tailoring of the catalogue, or when there are more than 10 MB of them
   */
  public TailoringDocument readTailoring(byte[] document, Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    refuseOversized(document);
    if (this == YAML) {
      refuseYamlReferencesAndTags(document);
    }
    return TailoringReader.read(tree(document), catalogue);
  }

  /**
   * Reads a tailoring of the catalogue from a file, as {@link #readTailoring(byte[], Catalogue)}.
   *
   * @throws InvalidDocumentException listing every problem, when the file is not a valid tailoring
   * @throws UncheckedIOException when the file cannot be read
   */
  public TailoringDocument readTailoring(Path file, Catalogue catalogue) {
    try (InputStream in = Files.newInputStream(file)) {
      return readTailoring(in.readNBytes(DocumentLimits.MAX_DOCUMENT_BYTES + 1), catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private CityProfile read(byte[] document) {
    refuseMalformedText(document);
    if (this == JSON) {
      // A valid profile, read without a tree; any other document is read from its tree below.
      CityProfile profile = JsonMappers.PROFILES.read(document);
      if (profile != null) {
        return profile;
      }
    }
    if (this == YAML) {
      refuseYamlReferencesAndTags(document);
    }
    return ProfileReader.read(parsedTree(document));
  }

  /**
   * Parses a document of this format into a tree, with the checks and limits every reader of this
   * library applies (docs/json.md, "Limits on hostile input"): at most 10 MB, well-formed UTF-8
   * without lone surrogates, no duplicate properties, no trailing content, bounded nesting, texts,
   * numbers and names, and YAML read in time linear in its size. For the documents other than
   * profiles that a program reads (a tailoring, an assessment report), so that each is read as
   * safely as a profile.
   *
   * @return the tree; null for an empty document
   * @throws InvalidDocumentException when the bytes are not one well-formed document within the
   *     limits, saying where
   */
  public JsonNode readTree(byte[] document) {
    refuseOversized(document);
    JsonNode root = tree(document);
    return root == null || root.isMissingNode() ? null : root;
  }

  /** Writes a city profile in canonical form. */
  public String writeProfile(CityProfile profile) {
    return text(ProfileWriter.write(profile));
  }

  /** Writes an assessment report: the city, findings in rank order with evidence, and scores. */
  public String writeAssessment(Assessment assessment) {
    return text(AssessmentDocument.of(assessment));
  }

  /**
   * Writes a comparison of two assessments: the document of {@code diff --format json}, version
   * {@link AssessmentComparison#VERSION} (docs/cli.md).
   */
  public String writeComparison(AssessmentComparison comparison) {
    return text(ComparisonDocument.of(comparison));
  }

  /**
   * Whether a document's tree ({@link #readTree}) is an assessment document, as {@link
   * #writeAssessment} writes them: an object with a {@code findings} list. A city profile has none.
   */
  public static boolean isAssessment(JsonNode tree) {
    return tree != null && ReportedAssessmentReader.isAssessment(tree);
  }

  /**
   * Reads back an assessment document ({@link #writeAssessment}, format 1.0 or 1.1) from its tree
   * ({@link #readTree}): what a comparison needs of it ({@link AssessmentComparison#of(
   * ReportedAssessment, ReportedAssessment)}).
   *
   * @param tree a tree for which {@link #isAssessment} holds
   * @throws IllegalArgumentException when it is not an assessment document
   * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
   */
  public static ReportedAssessment readAssessment(JsonNode tree) {
    if (!isAssessment(tree)) {
      throw new IllegalArgumentException("not an assessment document: it has no findings list");
    }
    return ReportedAssessmentReader.read(tree);
  }

  /** Writes the check catalogue. */
  public String writeCatalogue(Catalogue catalogue) {
    return text(CatalogueDocument.of(catalogue));
  }

  /**
   * Parses a document into a tree; a parser failure becomes one problem, with its place. Bytes that
   * are not UTF-8 and lone surrogates are refused, as {@link #readProfile(byte[])} refuses them.
   */
  JsonNode tree(byte[] document) {
    refuseMalformedText(document);
    return parsedTree(document);
  }

  /** {@link #tree}, for a document whose bytes are known to be UTF-8. */
  private JsonNode parsedTree(byte[] document) {
    JsonNode root = parsed(document);
    if (root != null) {
      WellFormedText.refuseUnpairedSurrogates(root);
    }
    return root;
  }

  private JsonNode parsed(byte[] document) {
    if (this == JSON) {
      JsonNode root = quickTree(document);
      if (root != null) {
        return root;
      }
    }
    PlacedParser parser = null;
    try {
      parser = open(document);
      JsonNode root = mapper(document.length).readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw new InvalidDocumentException(
            List.of(
                DocumentProblem.of(
                    "",
                    "one " + name() + " document",
                    "more content after it",
                    "there is more content after the document"
                        + where(parser.currentTokenLocation()))));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new InvalidDocumentException(
          List.of(
              DocumentProblem.of(
                  parser == null ? "" : parser.pointer(),
                  "a document within the limits in docs/json.md",
                  null,
                  "the document exceeds a safety limit: "
                      + DocumentLimits.exceeded(e)
                      + where(
                          e.getLocation() != null || parser == null
                              ? e.getLocation()
                              : parser.currentLocation()))));
    } catch (NumberFormatException | ArithmeticException e) {
      // A number whose size is in its exponent (1e999999999) gets past the length limit.
      throw numberTooLarge(parser, "");
    } catch (JacksonException e) {
      if (isNumberTooLarge(e)) {
        // The YAML parser wraps them: "Malformed numeric value '1e9222222299' ...".
        throw numberTooLarge(parser, where(e.getLocation()));
      }
      throw new InvalidDocumentException(
          List.of(
              DocumentProblem.of(
                  parser == null ? "" : parser.pointer(),
                  "well-formed " + name(),
                  null,
                  "the document is not well-formed "
                      + name()
                      + where(e.getLocation())
                      + ": "
                      + ParserMessages.plain(e))));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** A number the parser cannot convert, at the value the parser is on, with {@code where}. */
  private static InvalidDocumentException numberTooLarge(PlacedParser parser, String where) {
    return new InvalidDocumentException(
        List.of(
            DocumentProblem.of(
                parser == null ? "" : parser.pointer(),
                "a number within the limits in docs/json.md",
                null,
                "a number is too large or too precise to read" + where)));
  }

  /** Whether a parser failed on a number it could not convert, such as 1e9222222299. */
  private static boolean isNumberTooLarge(JacksonException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof NumberFormatException || t instanceof ArithmeticException) {
        return true;
      }
    }
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Malformed numeric value");
  }

  /**
   * Refuses bytes that are not well-formed UTF-8 (overlong forms, surrogates, code points above
   * U+10FFFF, cut sequences) anywhere in the document, with the line, the column and the nearest
   * pointer. The parsers accept some of them inside strings and make "?" of them.
   */
  private void refuseMalformedText(byte[] document) {
    int bad = WellFormedText.firstInvalidUtf8(document);
    if (bad < 0) {
      refuseControlCharacters(document);
      return;
    }
    throw new InvalidDocumentException(
        List.of(
            DocumentProblem.of(
                pointerAt(Arrays.copyOf(document, bad)),
                "text in UTF-8",
                "bytes that are not UTF-8",
                "the document is not valid UTF-8 ("
                    + WellFormedText.lineAndColumn(document, bad)
                    + "): save it as UTF-8")));
  }

  /** Refuses the characters YAML does not allow, at their place. */
  private void refuseControlCharacters(byte[] document) {
    int bad = this == YAML ? WellFormedText.firstNotAllowedInYaml(document) : -1;
    if (bad < 0) {
      return;
    }
    String character = WellFormedText.codePointAt(document, bad);
    throw new InvalidDocumentException(
        List.of(
            DocumentProblem.of(
                pointerAt(Arrays.copyOf(document, bad)),
                "characters YAML allows",
                "the control character " + character,
                "the document holds the control character "
                    + character
                    + ", which YAML does not allow ("
                    + WellFormedText.lineAndColumn(document, bad)
                    + "); write it as an escape in a double-quoted text")));
  }

  /**
   * The pointer of the place where a document stops being readable, given the part before it: the
   * value being read there, or the object or list it is read into.
   */
  private String pointerAt(byte[] before) {
    PlacedParser parser = null;
    String scalar = null;
    try {
      parser = open(before);
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t.isScalarValue()) {
          String at = parser.streamReadContext().pathAsPointer().toString();
          parser.getString(); // decodes a JSON string, whose fault is in it
          scalar = at;
        } else if (!t.isStructEnd()) {
          scalar = null;
        }
      }
      // A YAML plain value ends where the part ends: the fault is in it unless a space came first.
      boolean cut = before.length > 0 && " \t\r\n".indexOf(before[before.length - 1]) < 0;
      return cut && scalar != null ? scalar : "";
    } catch (RuntimeException e) {
      return parser == null ? "" : parser.pointer();
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * The tree of a JSON document that is well-formed, within the limits, one object and free of
   * duplicate properties; null for any other, which {@link #tree} then parses again as always, so
   * that its problem is the same, word for word. A document without duplicates parses to the same
   * tree either way.
   */
  private static JsonNode quickTree(byte[] document) {
    try (JsonParser parser = JsonMappers.QUICK.createParser(document)) {
      JsonNode root = JsonMappers.QUICK.readTree(parser);
      return root != null && root.isObject() && parser.nextToken() == null ? root : null;
    } catch (RuntimeException e) {
      return null; // read again, strictly, for the problem's words and place
    }
  }

  private PlacedParser open(byte[] document) {
    return new PlacedParser(mapper(document.length).createParser(document));
  }

  /**
   * A profile never needs YAML anchors, aliases or explicit tags; refusing them closes the door on
   * alias expansion ("billion laughs") and on tags that other YAML readers would act on.
   */
  private void refuseYamlReferencesAndTags(byte[] document) {
    List<DocumentProblem> problems = new ArrayList<>();
    try (JsonParser parser = mapper(document.length).createParser(document)) {
      while (parser.nextToken() != null && problems.size() < 20) {
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
          problems.add(
              DocumentProblem.of(
                  pointer(parser),
                  "a plain value",
                  "an alias",
                  "YAML aliases (*name) are not accepted in a profile; write the value out"));
        } else if (yaml.getObjectId() != null) {
          problems.add(
              DocumentProblem.of(
                  pointer(parser),
                  "a plain value",
                  "an anchor",
                  "YAML anchors (&name) are not accepted in a profile"));
        } else if (yaml.getRawTag() != null) {
          problems.add(
              DocumentProblem.of(
                  pointer(parser),
                  "a plain value",
                  "the tag " + yaml.getRawTag(),
                  "YAML tags ("
                      + ProfileReader.shorten(yaml.getRawTag())
                      + ") are not accepted in a profile"));
        }
      }
    } catch (JacksonException e) {
      return; // the real parse reports it, with its place
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
  }

  private static String where(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Writes a document tree in this format, as the library writes its documents. */
  String writeTree(JsonNode tree) {
    return text(tree);
  }

  private String text(Object value) {
    String text = mapper().writeValueAsString(value);
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      TokenStreamContext context = parser.streamReadContext();
      return context.pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static ObjectMapper json() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(DocumentLimits.READ)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    // "name": value, arrays one item per line: the layout most JSON tools and people expect.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return configure(JsonMapper.builder(factory))
        .defaultPrettyPrinter(
            printer.withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
        .build();
  }

  private static ObjectMapper yaml(int bufferSize) {
    LoadSettings load =
        LoadSettings.builder()
            .setBufferSize(bufferSize)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(DocumentLimits.MAX_DOCUMENT_BYTES)
            .build();
    YAMLFactory factory =
        YAMLFactory.builder()
            .loadSettings(load)
            .streamReadConstraints(DocumentLimits.READ)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .enable(
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // Trailing content is checked by tree(), which can say where the document ended.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(
            v ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }
}

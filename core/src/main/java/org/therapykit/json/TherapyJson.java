package org.therapykit.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.therapykit.practitioner.Practitioner;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one entry point for TherapyKit's JSON format: reads and writes the root documents ({@link
 * TherapyDocument}s such as {@link Practitioner}) strictly, within tight limits, and
 * deterministically.
 *
 * <pre>{@code
 * TherapyJson json = TherapyJson.strict();            // create once, share freely
 * String text = json.write(practitioner);             // {"formatVersion":"1.1","practitioner":{...}}
 * Practitioner back = json.read(Practitioner.class, text);
 * }</pre>
 *
 * <h2>Documents</h2>
 *
 * <p>A root document is an object with the format version and one property named after its kind:
 * {@code {"formatVersion": "1.1", "practitioner": {...}}}. This reader accepts any {@code 1.x}
 * version and rejects another major version with {@link JsonErrorCode#UNSUPPORTED_VERSION}. The
 * wire format, field by field, is in {@code docs/json-format.md}; a JSON Schema (draft 2020-12) per
 * root document ships in this jar under {@value #SCHEMA_RESOURCE_DIRECTORY}, for example {@code
 * practitioner.schema.json}. The readers, the writers, the schemas and the documentation's field
 * tables are all generated from the model when the library is built, so they cannot disagree.
 *
 * <h2>Strictness and limits</h2>
 *
 * <p>By default, unknown properties, duplicate properties, trailing content, scalar coercion
 * ({@code "12"} for a number, {@code 1.5} for a whole number, numbers for codes), and {@code null}
 * anywhere are rejected. A whole number may be written with a zero fraction ({@code 2.0}), as
 * JavaScript and JSON Schema allow. Reading stops at a nesting depth of {@value #MAX_DEPTH},
 * strings of {@value #MAX_STRING_LENGTH} characters, property names of {@value #MAX_NAME_LENGTH}
 * characters, numbers of {@value #MAX_NUMBER_LENGTH} characters, and documents of {@link
 * Builder#maxDocumentBytes(int)} bytes (default {@value #DEFAULT_MAX_DOCUMENT_BYTES}). Input must
 * be UTF-8 (a UTF-8 byte order mark is skipped). No type is ever chosen by a name in the input.
 *
 * <p>Every failure to read is a {@link JsonInputException} carrying every problem of the document
 * (up to twenty), each with a code and a JSON Pointer; input values never appear in its message.
 * The one exception: a failing {@code InputStream} or {@code Reader} of the caller's is reported as
 * {@link java.io.UncheckedIOException}.
 *
 * <h2>Writing</h2>
 *
 * <p>Writing is deterministic: the same value gives the same bytes (UTF-8, properties in a fixed
 * order, absent optional values and empty lists omitted, never {@code null}). Everything written
 * reads back equal. Streams passed in are neither closed nor, for input, read beyond the document.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class TherapyJson {
  /** The format version this library writes, {@value}; it reads any minor version of its major. */
  public static final String FORMAT_VERSION = "1.1";

  /** The classpath directory of the JSON Schemas, one {@code <kind>.schema.json} per root type. */
  public static final String SCHEMA_RESOURCE_DIRECTORY = "/org/therapykit/json/schema/";

  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NAME_LENGTH = 128;
  static final int MAX_NUMBER_LENGTH = 32;
  static final long MAX_TOKENS = 1_000_000;
  static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

  private static final int MAJOR =
      Integer.parseInt(FORMAT_VERSION.substring(0, FORMAT_VERSION.indexOf('.')));

  private static final TherapyJson STRICT = new Builder().build();

  private final boolean acceptUnknownFields;
  private final boolean prettyPrint;
  private final int maxDocumentBytes;
  private final JsonFactory factory;
  private final ObjectWriteContext writeContext;

  private TherapyJson(Builder b) {
    this.acceptUnknownFields = b.acceptUnknownFields;
    this.prettyPrint = b.prettyPrint;
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.factory = factory(b.maxDocumentBytes);
    this.writeContext = b.prettyPrint ? new Pretty() : ObjectWriteContext.empty();
  }

  /** The factory, with every read feature that matters set explicitly. */
  private static JsonFactory factory(long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .maxTokenCount(MAX_TOKENS)
                .build())
        .errorReportConfiguration(
            ErrorReportConfiguration.builder()
                .maxErrorTokenLength(0)
                .maxRawContentLength(0)
                .build())
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        // the generated readers find repeated properties themselves, by field number
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** Two-space indentation, {@code \n} line ends and {@code ": "}, a new printer per generator. */
  private static final class Pretty extends ObjectWriteContext.Base {
    private static final DefaultPrettyPrinter PRINTER =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRINTER.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /**
   * Returns the strict instance with default limits.
   *
   * @return the shared strict instance, not null
   */
  public static TherapyJson strict() {
    return STRICT;
  }

  /**
   * Returns a builder, starting from the strict defaults.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the Jackson module for hosts that own a {@code JsonMapper}; see {@link
   * TherapyJsonModule} for what it does and does not do.
   *
   * @return the module, not null
   * @throws IllegalStateException if {@code jackson-annotations} is older than 2.20, which Jackson
   *     3's databind needs: the message names the requirement and the remedies
   */
  public static TherapyJsonModule module() {
    return new TherapyJsonModule();
  }

  // ---- reading --------------------------------------------------------------------------

  /**
   * Reads a root document from text.
   *
   * @param <T> the root type
   * @param type the root type, such as {@code Practitioner.class}, not null
   * @param json the document, not null
   * @return the value, not null
   * @throws JsonInputException if the text is not a valid document of the type
   * @throws IllegalArgumentException if {@code type} is not a TherapyKit root type
   */
  public <T extends TherapyDocument> T read(Class<T> type, String json) {
    int kind = kindOf(type);
    if (json.length() > maxDocumentBytes) {
      throw tooLarge();
    }
    return type.cast(readOne(kind, null, json, 0, 0));
  }

  /**
   * Reads a root document from UTF-8 bytes.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param json the document, not null
   * @return the value, not null
   * @throws JsonInputException if the bytes are not a valid document of the type
   * @throws IllegalArgumentException if {@code type} is not a TherapyKit root type
   */
  public <T extends TherapyDocument> T read(Class<T> type, byte[] json) {
    int kind = kindOf(type);
    if (json.length > maxDocumentBytes) {
      throw tooLarge();
    }
    return type.cast(readOne(kind, json, null, 0, json.length));
  }

  /**
   * Reads a root document from a UTF-8 stream, which is not closed; at most {@link
   * #maxDocumentBytes()} bytes are read.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the stream, not null
   * @return the value, not null
   * @throws JsonInputException if the input is not a valid document of the type
   * @throws java.io.UncheckedIOException if reading the stream fails
   * @throws IllegalArgumentException if {@code type} is not a TherapyKit root type
   */
  public <T extends TherapyDocument> T read(Class<T> type, InputStream in) {
    int kind = kindOf(type);
    byte[] bytes = readUpToLimit(in);
    return type.cast(readOne(kind, bytes, null, 0, bytes.length));
  }

  /**
   * Reads a root document from characters; the reader is not closed, and at most {@link
   * #maxDocumentBytes()} characters are read.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the reader, not null
   * @return the value, not null
   * @throws JsonInputException if the input is not a valid document of the type
   * @throws java.io.UncheckedIOException if reading fails
   * @throws IllegalArgumentException if {@code type} is not a TherapyKit root type
   */
  public <T extends TherapyDocument> T read(Class<T> type, Reader in) {
    int kind = kindOf(type);
    return type.cast(readOne(kind, null, readUpToLimit(in), 0, 0));
  }

  /**
   * Reads one root document of whatever kind its envelope names.
   *
   * @param json the document, not null
   * @return the value, such as a {@link Practitioner}, not null
   * @throws JsonInputException if the text is not a valid document
   */
  public TherapyDocument readDocument(String json) {
    if (json.length() > maxDocumentBytes) {
      throw tooLarge();
    }
    return readOne(-1, null, json, 0, 0);
  }

  /**
   * Reads one root document of whatever kind its envelope names, from UTF-8 bytes.
   *
   * @param json the document, not null
   * @return the value, such as a {@link Practitioner}, not null
   * @throws JsonInputException if the bytes are not a valid document
   */
  public TherapyDocument readDocument(byte[] json) {
    if (json.length > maxDocumentBytes) {
      throw tooLarge();
    }
    return readOne(-1, json, null, 0, json.length);
  }

  /**
   * Reads many root documents of one kind from a stream, however they are laid out: one document
   * (compact or pretty-printed), several documents one after another, a JSON array of documents, or
   * newline-delimited JSON. Each record yields its value or its errors, with its 0-based index, and
   * reading goes on after a bad record; no record is lost without an error saying so (see {@link
   * JsonRecords}). Memory use does not grow with the number or size of the records. The stream is
   * not closed by {@link JsonRecords#close()}.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the stream, not null
   * @return the records, to be iterated once, not null
   * @throws IllegalArgumentException if {@code type} is not a TherapyKit root type
   */
  public <T extends TherapyDocument> JsonRecords<T> readAll(Class<T> type, InputStream in) {
    return new JsonRecords<>(this, type, kindOf(type), in);
  }

  /**
   * Reads many root documents of any kinds from one stream, as {@link #readAll} does for one kind:
   * each record's value is the root type its envelope names, such as a {@link Practitioner} or an
   * {@code Organization}. A directory of practitioners and the organisations they work at can so
   * travel as one file.
   *
   * @param in the stream, not null
   * @return the records, to be iterated once, not null
   */
  public JsonRecords<TherapyDocument> readAllDocuments(InputStream in) {
    return new JsonRecords<>(this, TherapyDocument.class, -1, in);
  }

  /** Reads one document from bytes or text; {@code kind} -1 for any kind. */
  TherapyDocument readOne(
      int kind, byte @Nullable [] bytes, @Nullable String text, int offset, int length) {
    WireReader r = new WireReader(acceptUnknownFields);
    JsonParser p = null;
    try {
      if (bytes != null) {
        checkEncoding(bytes, offset, length);
        p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
      } else {
        p = factory.createParser(ObjectReadContext.empty(), java.util.Objects.requireNonNull(text));
      }
      TherapyDocument value = readEnvelope(p, kind, r);
      if (value != null && !r.hasProblems() && p.nextToken() != null) {
        r.problemAtValue(p, JsonErrorCode.TRAILING_CONTENT, "content after the document");
      }
      if (value == null || r.hasProblems()) {
        throw new JsonInputException(r.problems(), r.truncated());
      }
      return value;
    } catch (WireReader.Stop stop) {
      throw new JsonInputException(r.problems(), true);
    } catch (JacksonException e) {
      UncheckedIOException io = Errors.ioFailure(e);
      if (io != null) {
        throw io;
      }
      r.failure(e, p);
      throw new JsonInputException(r.problems(), false);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /**
   * Reads one envelope object; returns the value, or null with the problems in {@code r}. With
   * {@code kind} -1 the envelope's property names the kind, which may be any root kind.
   */
  @Nullable TherapyDocument readEnvelope(JsonParser p, int kind, WireReader r) {
    JsonToken first = p.nextToken();
    if (first == null) {
      r.problem(JsonErrorCode.EMPTY_INPUT, "", p.currentLocation(), "no document", noViolations());
      return null;
    }
    if (first != JsonToken.START_OBJECT) {
      r.problemAtValue(p, JsonErrorCode.WRONG_TYPE, "a document is a JSON object");
      p.skipChildren();
      return null;
    }
    boolean versionSeen = false;
    int kindSeen = -1;
    TherapyDocument value = null;
    for (int m;
        (m = p.nextNameMatch(WireTypes.ENVELOPE)) != PropertyNameMatcher.MATCH_END_OBJECT; ) {
      if (m == 0) {
        p.nextToken();
        if (versionSeen) {
          r.problemAtValue(p, JsonErrorCode.DUPLICATE_FIELD, "property appears twice");
          p.skipChildren();
        } else {
          checkVersion(p, r);
        }
        versionSeen = true;
      } else if (m > 0 && kindSeen < 0 && (kind < 0 || m - 1 == kind)) {
        p.nextToken();
        kindSeen = m - 1;
        value = WireTypes.readRoot(kindSeen, p, r);
      } else if (m > 0) {
        p.nextToken();
        if (kindSeen >= 0) {
          r.problemAtValue(
              p,
              m - 1 == kindSeen ? JsonErrorCode.DUPLICATE_FIELD : JsonErrorCode.UNKNOWN_FIELD,
              "a document holds one " + WireTypes.KINDS[kindSeen]);
        } else {
          r.problemAtValue(
              p,
              JsonErrorCode.WRONG_TYPE,
              "a "
                  + WireTypes.KINDS[m - 1]
                  + " document where a "
                  + WireTypes.KINDS[kind]
                  + " document belongs");
          kindSeen = m - 1;
        }
        p.skipChildren();
      } else if (!versionSeen && kindSeen < 0 && !acceptUnknownFields) {
        r.problem(
            JsonErrorCode.MISSING_ENVELOPE,
            "",
            p.currentTokenLocation(),
            "not a document envelope: expected {\"formatVersion\": \""
                + FORMAT_VERSION
                + "\", \""
                + (kind < 0 ? "practitioner" : WireTypes.KINDS[kind])
                + "\": {...}}",
            noViolations());
        p.skipChildren(); // the name's value
        p.nextToken();
        skipRestOfObject(p);
        return null;
      } else {
        r.field(p, m, 0L);
      }
    }
    if (!versionSeen) {
      r.problem(
          JsonErrorCode.MISSING_FIELD,
          "/formatVersion",
          p.currentTokenLocation(),
          "required",
          noViolations());
    }
    if (kindSeen < 0) {
      r.problem(
          JsonErrorCode.MISSING_FIELD,
          kind < 0 ? "" : "/" + WireTypes.KINDS[kind],
          p.currentTokenLocation(),
          kind < 0 ? "a document kind such as practitioner is required" : "required",
          noViolations());
    }
    return value;
  }

  /** Skips to the end of the object whose property the parser has just passed. */
  private static void skipRestOfObject(JsonParser p) {
    int depth = 1;
    for (JsonToken t = p.currentToken(); depth > 0 && t != null; t = p.nextToken()) {
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
        if (depth == 0) {
          return;
        }
      } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      }
    }
  }

  private static java.util.List<org.therapykit.validation.Finding> noViolations() {
    return com.google.common.collect.ImmutableList.of();
  }

  /** Checks {@code formatVersion}: {@code major.minor}, this major version. */
  private static void checkVersion(JsonParser p, WireReader r) {
    String v = r.string(p);
    if (v == null) {
      return;
    }
    int dot = v.indexOf('.');
    if (dot < 0 || !isVersionNumber(v, 0, dot) || !isVersionNumber(v, dot + 1, v.length())) {
      r.problemAtValue(p, JsonErrorCode.INVALID_VALUE, "a version such as " + FORMAT_VERSION);
    } else if (Integer.parseInt(v, 0, dot, 10) != MAJOR) {
      r.problemAtValue(
          p, JsonErrorCode.UNSUPPORTED_VERSION, "this reader supports " + MAJOR + ".x");
    }
  }

  /** Whether {@code s[from, to)} is 0 or a number of up to four digits without a leading zero. */
  private static boolean isVersionNumber(String s, int from, int to) {
    if (to <= from || to - from > 4 || (s.charAt(from) == '0' && to - from > 1)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Rejects bytes that are not UTF-8 before the parser would guess another encoding: a UTF-16 or
   * UTF-32 byte order mark, or a zero byte among the first four (zero bytes are never valid in JSON
   * text, and are how UTF-16 and UTF-32 are told apart).
   */
  static void checkEncoding(byte[] b, int offset, int length) {
    int n = Math.min(4, length);
    boolean bad = false;
    for (int i = 0; i < n; i++) {
      if (b[offset + i] == 0) {
        bad = true;
      }
    }
    if (n >= 2) {
      int b0 = b[offset] & 0xFF;
      int b1 = b[offset + 1] & 0xFF;
      bad |= (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }
    if (bad) {
      throw new JsonInputException(
          JsonErrorCode.INVALID_ENCODING,
          "",
          1,
          1,
          "not UTF-8: JSON exchanged between systems is UTF-8 (RFC 8259)",
          noViolations(),
          null);
    }
  }

  private JsonInputException tooLarge() {
    return new JsonInputException(
        JsonErrorCode.TOO_LARGE,
        "",
        0,
        0,
        "document larger than " + maxDocumentBytes + " bytes",
        noViolations(),
        null);
  }

  private byte[] readUpToLimit(InputStream in) {
    byte[] buffer = new byte[8192];
    int n = 0;
    try {
      while (true) {
        if (n == buffer.length) {
          if (n > maxDocumentBytes) {
            throw tooLarge();
          }
          buffer = Arrays.copyOf(buffer, Math.min(maxDocumentBytes + 1, n * 2));
        }
        int r = in.read(buffer, n, buffer.length - n);
        if (r < 0) {
          return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
        }
        n += r;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON input failed", e);
    }
  }

  private String readUpToLimit(Reader in) {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int r; (r = in.read(buffer)) >= 0; ) {
        sb.append(buffer, 0, r);
        if (sb.length() > maxDocumentBytes) {
          throw tooLarge();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON input failed", e);
    }
    return sb.toString();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a root document type, as shipped in this jar under
   * {@value #SCHEMA_RESOURCE_DIRECTORY}: {@code schema(Practitioner.class)} is the text of {@code
   * practitioner.schema.json}. A modular host cannot reach the resource by its path; this method
   * can.
   *
   * @param type a root document type, such as {@code Practitioner.class}, not null
   * @return the schema, UTF-8 JSON text, not null
   * @throws IllegalArgumentException if the type is not a root document type
   */
  public static String schema(Class<? extends TherapyDocument> type) {
    String name = SCHEMA_RESOURCE_DIRECTORY + WireTypes.KINDS[kindOf(type)] + ".schema.json";
    try (InputStream in = TherapyJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its schema resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the schema resource " + name, e);
    }
  }

  private static int kindOf(Class<?> type) {
    for (int i = 0; i < WireTypes.ROOTS.length; i++) {
      if (WireTypes.ROOTS[i] == type) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "not a TherapyKit root document type: "
            + type.getName()
            + "; the root types are "
            + Arrays.toString(WireTypes.KINDS));
  }

  private static int kindOf(TherapyDocument document) {
    int kind = WireTypes.kindOf(document);
    if (kind < 0) {
      throw new IllegalArgumentException(
          "not a TherapyKit root document: " + document.getClass().getName());
    }
    return kind;
  }

  // ---- writing --------------------------------------------------------------------------

  /**
   * Writes a root document as text.
   *
   * @param document a root document, such as a {@link Practitioner}, not null
   * @return the JSON text, not null
   */
  public String write(TherapyDocument document) {
    int kind = kindOf(document);
    // Jackson's UTF-8 generator, whose buffer arrives here in one piece for any document under
    // its 8,000 bytes, and one decoding copy into the string: quicker than its character
    // generator into a string writer
    Utf8Sink out = new Utf8Sink();
    try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
      writeEnvelope(g, kind, document);
    }
    return out.text();
  }

  /**
   * Collects what a generator writes for one decoding into a string: a document written in one
   * piece that ends on a whole character (every document under the generator's buffer size) is
   * decoded straight from the generator's buffer; otherwise the bytes are gathered first.
   */
  private static final class Utf8Sink extends OutputStream {
    private @Nullable String text;
    private byte[] bytes = new byte[0];
    private int length;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (len == 0) {
        return;
      }
      if (text == null && length == 0 && b[off + len - 1] >= 0) {
        text = new String(b, off, len, StandardCharsets.UTF_8);
        return;
      }
      if (text != null) {
        bytes = text.getBytes(StandardCharsets.UTF_8);
        length = bytes.length;
        text = null;
      }
      if (length + len > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + len, bytes.length * 2));
      }
      System.arraycopy(b, off, bytes, length, len);
      length += len;
    }

    String text() {
      return text != null ? text : new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes a root document as UTF-8 bytes.
   *
   * @param document the root document, not null
   * @return the bytes, not null
   */
  public byte[] writeBytes(TherapyDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(document, out);
    return out.toByteArray();
  }

  /**
   * Writes a root document to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @param document the root document, not null
   * @param out the stream, not null
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(TherapyDocument document, OutputStream out) {
    int kind = kindOf(document);
    try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
      writeEnvelope(g, kind, document);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a root document to a character stream; the writer is flushed, not closed.
   *
   * @param document the root document, not null
   * @param out the writer, not null
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(TherapyDocument document, Writer out) {
    int kind = kindOf(document);
    try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
      writeEnvelope(g, kind, document);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes root documents as newline-delimited JSON (one compact document per line, each ending in
   * {@code \n}), a form {@link #readAll} reads; the stream is flushed, not closed.
   *
   * @param documents the root documents, not null
   * @param out the stream, not null
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeAll(Iterable<? extends TherapyDocument> documents, OutputStream out) {
    try {
      for (TherapyDocument document : documents) {
        int kind = kindOf(document);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
          writeEnvelope(g, kind, document);
        }
        out.write('\n');
      }
      out.flush();
    } catch (JacksonException e) {
      throw writeFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuntimeException writeFailure(JacksonException e) {
    if (e.getCause() instanceof IOException io) {
      return new UncheckedIOException("writing JSON output failed", io);
    }
    return new IllegalStateException("TherapyKit JSON writing failed", e);
  }

  private static void writeEnvelope(JsonGenerator g, int kind, TherapyDocument document) {
    g.writeStartObject();
    g.writeStringProperty("formatVersion", FORMAT_VERSION);
    g.writeName(WireTypes.KINDS[kind]);
    WireTypes.writeRoot(kind, g, document);
    g.writeEndObject();
  }

  // ---- configuration --------------------------------------------------------------------

  /**
   * Returns whether unknown properties are skipped instead of rejected.
   *
   * @return true if unknown properties are accepted
   */
  public boolean acceptsUnknownFields() {
    return acceptUnknownFields;
  }

  /**
   * Returns whether output is indented.
   *
   * @return true for pretty-printed output
   */
  public boolean prettyPrints() {
    return prettyPrint;
  }

  /**
   * Returns the largest document, in bytes (or characters for text), this instance reads.
   *
   * @return the limit
   */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  JsonFactory factory() {
    return factory;
  }

  /**
   * Returns every root document type with its kind, the name of its envelope property and of its
   * schema resource, such as {@code Practitioner.class} and {@code practitioner}, ordered by kind.
   * The list is the one the build generated from the model.
   *
   * @return the types and their kinds, not null
   */
  @SuppressWarnings("unchecked") // every root type implements TherapyDocument
  public static com.google.common.collect.ImmutableMap<Class<? extends TherapyDocument>, String>
      documentKinds() {
    com.google.common.collect.ImmutableMap.Builder<Class<? extends TherapyDocument>, String> b =
        com.google.common.collect.ImmutableMap.builder();
    for (int i = 0; i < WireTypes.ROOTS.length; i++) {
      b.put((Class<? extends TherapyDocument>) WireTypes.ROOTS[i], WireTypes.KINDS[i]);
    }
    return b.buildOrThrow();
  }

  /** Configures a {@link TherapyJson}; mutable, not thread-safe. */
  public static final class Builder {
    private boolean acceptUnknownFields;
    private boolean prettyPrint;
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

    private Builder() {}

    /**
     * Sets whether unknown properties are skipped instead of rejected (default: rejected). Use this
     * to read documents written by a newer minor version of the format.
     *
     * @param accept true to skip unknown properties
     * @return this builder
     */
    public Builder acceptUnknownFields(boolean accept) {
      this.acceptUnknownFields = accept;
      return this;
    }

    /**
     * Sets whether output is indented with two spaces and {@code \n} line ends (default: compact).
     *
     * @param pretty true to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.prettyPrint = pretty;
      return this;
    }

    /**
     * Sets the largest document read, in bytes (characters for text input); default 4 MiB. For
     * {@link #readAll} it is the largest record.
     *
     * @param bytes from 1,024 to 268,435,456 (256 MiB)
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDocumentBytes(int bytes) {
      checkArgument(bytes >= 1024 && bytes <= 256 * 1024 * 1024, "out of range: %s", bytes);
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance, not null
     */
    public TherapyJson build() {
      return new TherapyJson(this);
    }
  }
}

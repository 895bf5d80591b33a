package org.therapykit.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one entry point for TherapyKit's JSON format: reads and writes the root documents strictly,
 * within tight limits, and deterministically. The root documents are {@link Practitioner}, {@link
 * QualificationAssessment}, {@code TherapyCase}, {@code CaseReport}, {@code Referral}, {@code
 * ReleaseAuthorization}, {@code TreatmentPlan}, {@code DisclosureRequest} and {@code
 * DisclosureDecision}.
 *
 * <pre>{@code
 * TherapyJson json = TherapyJson.strict();            // create once, share freely
 * String text = json.write(practitioner);             // {"formatVersion":"1.0","practitioner":{...}}
 * Practitioner back = json.read(Practitioner.class, text);
 * }</pre>
 *
 * <h2>Documents</h2>
 *
 * <p>A root document is an object with the format version and one property named after its kind:
 * {@code {"formatVersion": "1.0", "practitioner": {...}}}. This reader accepts any {@code 1.x}
 * version and rejects a newer major version with {@link JsonErrorCode#UNSUPPORTED_VERSION}. The
 * wire format, field by field, is in {@code docs/json-format.md}; a JSON Schema (draft 2020-12) per
 * root document ships in this jar under {@value #SCHEMA_RESOURCE_DIRECTORY}, for example {@code
 * practitioner.schema.json}.
 *
 * <h2>Strictness and limits</h2>
 *
 * <p>By default, unknown properties, duplicate properties, trailing content, scalar coercion
 * ({@code "12"} for a number, {@code 1.9} for an integer, numbers for codes), and {@code null}
 * anywhere are rejected. Reading stops at a nesting depth of {@value #MAX_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, property names of {@value #MAX_NAME_LENGTH} characters,
 * numbers of {@value #MAX_NUMBER_LENGTH} characters, and documents of {@link
 * Builder#maxDocumentBytes(int)} bytes (default {@value #DEFAULT_MAX_DOCUMENT_BYTES}). No type is
 * ever chosen by a name in the input. Every failure is a {@link JsonInputException} with a code and
 * a JSON Pointer; input values never appear in its message. A failing {@code InputStream} or {@code
 * Reader} is reported as {@link java.io.UncheckedIOException}.
 *
 * <h2>Writing</h2>
 *
 * <p>Writing is deterministic: the same value gives the same bytes (UTF-8, properties in a fixed
 * order, absent optional values and empty lists omitted, never {@code null}). Streams passed in are
 * neither closed nor, for input, read beyond the document.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class TherapyJson {
  /** The classpath directory of the JSON Schemas, one {@code <kind>.schema.json} per root type. */
  public static final String SCHEMA_RESOURCE_DIRECTORY = "/org/therapykit/json/schema/";

  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NAME_LENGTH = 128;
  static final int MAX_NUMBER_LENGTH = 32;
  static final long MAX_TOKENS = 1_000_000;
  static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");
  private static final TherapyJsonModule MODULE = new TherapyJsonModule();
  private static final TherapyJson STRICT = new Builder().build();

  private final boolean acceptUnknownFields;
  private final boolean prettyPrint;
  private final int maxDocumentBytes;
  private final JsonMapper mapper;
  private final JsonMapper bulkMapper;
  private final ImmutableMap<Class<?>, ObjectReader> readers;
  private final ImmutableMap<Class<?>, ObjectReader> bulkReaders;
  private final ObjectWriter writer;

  private TherapyJson(Builder b) {
    this.acceptUnknownFields = b.acceptUnknownFields;
    this.prettyPrint = b.prettyPrint;
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.mapper = mapper(b, b.maxDocumentBytes, MAX_TOKENS);
    this.bulkMapper = mapper(b, -1, -1);
    ImmutableMap.Builder<Class<?>, ObjectReader> r = ImmutableMap.builder();
    ImmutableMap.Builder<Class<?>, ObjectReader> br = ImmutableMap.builder();
    for (Class<?> type : Documents.all().keySet()) {
      // the payload is followed by the rest of the envelope: TherapyJson checks what trails the
      // whole document itself
      r.put(type, mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      br.put(
          type, bulkMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }
    this.readers = r.buildOrThrow();
    this.bulkReaders = br.buildOrThrow();
    ObjectWriter w = mapper.writer();
    this.writer =
        b.prettyPrint
            ? w.with(
                new DefaultPrettyPrinter(
                        Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            : w;
  }

  /** Builds a mapper with every strictness setting explicit (Jackson 3 changed many defaults). */
  private static JsonMapper mapper(Builder b, long maxDocumentLength, long maxTokens) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(maxDocumentLength)
                    .maxTokenCount(maxTokens)
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
            .build();
    SimpleModule dates = new SimpleModule("therapykit-strict-dates");
    dates.addSerializer(
        LocalDate.class, new Codecs.TextSerializer<>(LocalDate.class, LocalDate::toString));
    dates.addDeserializer(
        LocalDate.class,
        new Codecs.TextDeserializer<>(LocalDate.class, Codecs::parseDate, "a date yyyy-MM-dd"));
    return JsonMapper.builder(factory)
        .addModule(MODULE)
        .addModule(dates)
        // reading
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !b.acceptUnknownFields)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.UNWRAP_ROOT_VALUE)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .enable(DeserializationFeature.WRAP_EXCEPTIONS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
        .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
        .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
        .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfigDefaults(
            c -> {
              c.setAcceptBlankAsEmpty(false);
              for (CoercionInputShape shape : CoercionInputShape.values()) {
                c.setCoercion(shape, CoercionAction.Fail);
              }
            })
        .withCoercionConfig(
            LogicalType.Textual,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        // writing
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
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
   */
  public static TherapyJsonModule module() {
    return MODULE;
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
   * @throws IllegalArgumentException if {@code type} is not a root document type
   */
  public <T> T read(Class<T> type, String json) {
    if (json.length() > maxDocumentBytes) {
      throw Errors.problem(JsonErrorCode.TOO_LARGE, "", null, "document too large");
    }
    return readDocument(type, () -> mapper.createParser(json), readers);
  }

  /**
   * Reads a root document from UTF-8 bytes.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param json the document, not null
   * @return the value, not null
   * @throws JsonInputException if the bytes are not a valid document of the type
   * @throws IllegalArgumentException if {@code type} is not a root document type
   */
  public <T> T read(Class<T> type, byte[] json) {
    return read(type, json, 0, json.length);
  }

  <T> T read(Class<T> type, byte[] json, int offset, int length) {
    if (length > maxDocumentBytes) {
      throw Errors.problem(JsonErrorCode.TOO_LARGE, "", null, "document too large");
    }
    return readDocument(type, () -> mapper.createParser(json, offset, length), readers);
  }

  /**
   * Reads a root document from a UTF-8 (or UTF-16/32, detected) stream, which is not closed.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the stream, not null
   * @return the value, not null
   * @throws JsonInputException if the input is not a valid document of the type
   * @throws java.io.UncheckedIOException if reading the stream fails
   * @throws IllegalArgumentException if {@code type} is not a root document type
   */
  public <T> T read(Class<T> type, InputStream in) {
    return readDocument(type, () -> mapper.createParser(in), readers);
  }

  /**
   * Reads a root document from characters; the reader is not closed.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the reader, not null
   * @return the value, not null
   * @throws JsonInputException if the input is not a valid document of the type
   * @throws java.io.UncheckedIOException if reading fails
   * @throws IllegalArgumentException if {@code type} is not a root document type
   */
  public <T> T read(Class<T> type, Reader in) {
    return readDocument(type, () -> mapper.createParser(in), readers);
  }

  /**
   * Reads many root documents from a stream: a JSON array of documents, or newline-delimited JSON
   * (one document per line; blank lines are skipped). Each record yields its value or its error,
   * with its 0-based index, and reading goes on after a bad record (except after a syntax error
   * inside an array, after which nothing more can be read). Memory use does not grow with the
   * number of records. The stream is not closed by {@link JsonRecords#close()}.
   *
   * @param <T> the root type
   * @param type the root type, not null
   * @param in the stream, not null
   * @return the records, to be iterated once, not null
   * @throws IllegalArgumentException if {@code type} is not a root document type
   */
  public <T> JsonRecords<T> readAll(Class<T> type, InputStream in) {
    Documents.kindOf(type);
    return new JsonRecords<>(this, type, in);
  }

  /**
   * Reads many root documents of any kinds from one stream, as {@link #readAll} does for one kind:
   * each record's value is the root type its envelope names, such as a {@link Practitioner} or an
   * {@code Organization}. A directory of practitioners and the organisations they work at can so
   * travel as one newline-delimited file.
   *
   * @param in the stream, not null
   * @return the records, to be iterated once, not null
   */
  public JsonRecords<Object> readAllDocuments(InputStream in) {
    return new JsonRecords<>(this, Object.class, in);
  }

  /**
   * Reads one root document of whatever kind its envelope names.
   *
   * @param json the document, not null
   * @return the value, a root type such as {@link Practitioner}, not null
   * @throws JsonInputException if the text is not a valid document
   */
  public Object readDocument(String json) {
    if (json.length() > maxDocumentBytes) {
      throw Errors.problem(JsonErrorCode.TOO_LARGE, "", null, "document too large");
    }
    return readDocument(Object.class, () -> mapper.createParser(json), readers);
  }

  /** Creates a parser; a functional interface so that creation errors are translated too. */
  interface ParserSource {
    JsonParser open();
  }

  private <T> T readDocument(
      Class<T> type, ParserSource source, ImmutableMap<Class<?>, ObjectReader> readerMap) {
    String kind = type == Object.class ? "" : Documents.kindOf(type);
    JsonParser p = null;
    try {
      p = source.open();
      T value = readEnvelope(p, type, kind, readerMap);
      if (p.nextToken() != null) {
        throw Errors.problem(JsonErrorCode.TRAILING_CONTENT, "", p, "content after the document");
      }
      return value;
    } catch (JacksonException e) {
      throw Errors.translate(e, kind.isEmpty() ? "" : "/" + kind, p);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** Reads one envelope object whose first token is next in {@code p}. */
  <T> T readEnvelope(
      JsonParser p, Class<T> type, String kind, ImmutableMap<Class<?>, ObjectReader> readerMap) {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw Errors.problem(JsonErrorCode.EMPTY_INPUT, "", p, "no document");
    }
    return readEnvelopeAt(p, type, kind, readerMap, 0);
  }

  /**
   * Reads one envelope object whose first token is the current token of {@code p}; {@code
   * skipOuter} levels of the parser's place lie outside the document (1 inside a bulk array). With
   * {@code type} {@code Object.class} (and {@code kind} empty), the envelope's property names the
   * kind, which may be any root document kind.
   */
  <T> T readEnvelopeAt(
      JsonParser p,
      Class<T> type,
      String kind,
      ImmutableMap<Class<?>, ObjectReader> readerMap,
      int skipOuter) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Errors.problem(JsonErrorCode.WRONG_TYPE, "", p, "a document is a JSON object");
    }
    boolean anyKind = type == Object.class;
    boolean versionSeen = false;
    T value = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken valueToken = p.nextToken();
      Class<?> named = anyKind ? Documents.typeOfKind(name) : null;
      if (name.equals("formatVersion")) {
        checkVersion(p, valueToken);
        versionSeen = true;
      } else if (name.equals(kind) || (named != null && value == null)) {
        if (anyKind) {
          kind = name;
        }
        ObjectReader reader =
            java.util.Objects.requireNonNull(readerMap.get(anyKind ? named : type));
        if (valueToken == JsonToken.VALUE_NULL) {
          throw Errors.problem(JsonErrorCode.NULL_VALUE, "/" + kind, p, "document is null");
        }
        if (valueToken != JsonToken.START_OBJECT) {
          throw Errors.problem(JsonErrorCode.WRONG_TYPE, "/" + kind, p, "expected an object");
        }
        try {
          @SuppressWarnings("unchecked") // anyKind: T is Object
          T read = (T) reader.readValue(p);
          value = read;
        } catch (JacksonException e) {
          throw Errors.translate(e, "/" + kind, p, skipOuter);
        }
      } else if (acceptUnknownFields) {
        p.skipChildren();
      } else {
        throw Errors.problem(
            JsonErrorCode.UNKNOWN_FIELD, "/" + Errors.token(name), p, "not a document property");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw Errors.problem(JsonErrorCode.MALFORMED_JSON, "", p, "not well-formed JSON");
    }
    if (!versionSeen) {
      throw Errors.problem(JsonErrorCode.MISSING_FIELD, "/formatVersion", p, "required");
    }
    if (value == null) {
      throw Errors.problem(
          JsonErrorCode.MISSING_FIELD,
          anyKind ? "" : "/" + kind,
          p,
          anyKind ? "a document kind such as practitioner is required" : "required");
    }
    return value;
  }

  private static void checkVersion(JsonParser p, @Nullable JsonToken token) {
    if (token != JsonToken.VALUE_STRING) {
      throw Errors.problem(
          token == JsonToken.VALUE_NULL ? JsonErrorCode.NULL_VALUE : JsonErrorCode.WRONG_TYPE,
          "/formatVersion",
          p,
          "a version string such as 1.0");
    }
    Matcher m = VERSION.matcher(p.getString());
    if (!m.matches()) {
      throw Errors.problem(
          JsonErrorCode.INVALID_VALUE, "/formatVersion", p, "a version such as 1.0");
    }
    if (Integer.parseInt(m.group(1)) != Documents.MAJOR) {
      throw Errors.problem(
          JsonErrorCode.UNSUPPORTED_VERSION,
          "/formatVersion",
          p,
          "this reader supports " + Documents.MAJOR + ".x");
    }
  }

  // ---- writing --------------------------------------------------------------------------

  /**
   * Writes a root document as text.
   *
   * @param document a root document, such as a {@link Practitioner}, not null
   * @return the JSON text, not null
   * @throws IllegalArgumentException if the value is not a root document type
   */
  public String write(Object document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /**
   * Writes a root document as UTF-8 bytes.
   *
   * @param document the root document, not null
   * @return the bytes, not null
   * @throws IllegalArgumentException if the value is not a root document type
   */
  public byte[] writeBytes(Object document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(document, out);
    return out.toByteArray();
  }

  /**
   * Writes a root document to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @param document the root document, not null
   * @param out the stream, not null
   * @throws IllegalArgumentException if the value is not a root document type
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object document, OutputStream out) {
    Class<?> type = Documents.rootTypeOf(document);
    try (JsonGenerator g = writer.createGenerator(out)) {
      writeEnvelope(g, type, document);
    } catch (JacksonException e) {
      throw Errors.writeFailure(e);
    }
  }

  /**
   * Writes a root document to a character stream; the writer is flushed, not closed.
   *
   * @param document the root document, not null
   * @param out the writer, not null
   * @throws IllegalArgumentException if the value is not a root document type
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object document, Writer out) {
    Class<?> type = Documents.rootTypeOf(document);
    try (JsonGenerator g = writer.createGenerator(out)) {
      writeEnvelope(g, type, document);
    } catch (JacksonException e) {
      throw Errors.writeFailure(e);
    }
  }

  /**
   * Writes root documents as newline-delimited JSON (one compact document per line, each ending in
   * {@code \n}), the form {@link #readAll} reads; the stream is flushed, not closed.
   *
   * @param documents the root documents, not null
   * @param out the stream, not null
   * @throws IllegalArgumentException if a value is not a root document type
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeAll(Iterable<?> documents, OutputStream out) {
    ObjectWriter compact = mapper.writer();
    try {
      for (Object document : documents) {
        Class<?> type = Documents.rootTypeOf(document);
        try (JsonGenerator g = compact.createGenerator(out)) {
          writeEnvelope(g, type, document);
        }
        out.write('\n');
      }
      out.flush();
    } catch (JacksonException e) {
      throw Errors.writeFailure(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void writeEnvelope(JsonGenerator g, Class<?> type, Object document) {
    g.writeStartObject();
    g.writeStringProperty("formatVersion", Documents.FORMAT_VERSION);
    g.writeName(Documents.kindOf(type));
    writer.forType(type).writeValue(g, document);
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

  JsonMapper mapper() {
    return mapper;
  }

  JsonMapper bulkMapper() {
    return bulkMapper;
  }

  ImmutableMap<Class<?>, ObjectReader> bulkReaders() {
    return bulkReaders;
  }

  static Map<Class<?>, String> documentKinds() {
    return Documents.all();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;

/**
 * Reusable JSON contract checks over generated values of a root document type, such as {@code
 * JsonContracts.of(TherapyCase.class, TherapyGenerators.cases()).checkRoundTrip()
 * .checkSchemaValidity(myValidator)}.
 *
 * <ul>
 *   <li>{@link #checkRoundTrip()}: reading what {@link TherapyJson} wrote gives an equal value with
 *       the same hash code, and writing that again gives identical bytes.
 *   <li>{@link #checkSchemaValidity(SchemaValidator)}: every written document is valid against its
 *       JSON Schema, as the host's own validator judges it.
 * </ul>
 *
 * <p>The testkit ships no JSON Schema library: the schema check is a hook, a {@link
 * SchemaValidator} the host backs with the validator it already uses, given the classpath resource
 * of the schema ({@link #schemaResource(Class)}, under {@link
 * TherapyJson#SCHEMA_RESOURCE_DIRECTORY}) and the document. {@link #schemaInvariant} turns the same
 * hook into an invariant for {@link ValueContracts#withInvariant}, so the schema is also checked on
 * every copy, read-back value and {@code with...} result those contracts produce.
 *
 * <p>Like {@link ValueContracts}, each check runs over {@link #withSamples(int) samples} values
 * from {@link #withSeed(long) a seed} and throws an {@link AssertionError} naming the contract, the
 * seed and the sample index at the first failure; checks return this object, so they chain. No test
 * framework type appears here. Immutable and thread-safe; the validator must be safe to call from
 * the calling thread.
 *
 * @param <T> the root document type
 */
public final class JsonContracts<T extends TherapyDocument> {
  /** The seed used unless {@link #withSeed(long)} sets another. */
  public static final long DEFAULT_SEED = ValueContracts.DEFAULT_SEED;

  /** The number of samples checked unless {@link #withSamples(int)} sets another. */
  public static final int DEFAULT_SAMPLES = ValueContracts.DEFAULT_SAMPLES;

  /** The library's own list of root types ({@link TherapyJson#documentKinds()}), not a copy. */
  private static final ImmutableMap<Class<?>, String> KINDS =
      ImmutableMap.copyOf(TherapyJson.documentKinds());

  /**
   * A host's JSON Schema validator, such as one backed by the host's own schema library: {@code
   * (schema, json) ->
   * registry.getSchema(load(schema)).validate(json).stream().map(Object::toString) .toList()}.
   */
  @FunctionalInterface
  public interface SchemaValidator {
    /**
     * Validates a document against a schema.
     *
     * @param schemaResource the classpath resource of the schema, such as {@code
     *     /org/therapykit/json/schema/therapyCase.schema.json}; load it with {@code
     *     TherapyJson.class.getResourceAsStream(schemaResource)}
     * @param document the JSON document, not null
     * @return the problems found, empty if the document is valid; not null
     */
    List<String> validate(String schemaResource, String document);
  }

  private final Class<T> type;
  private final Generator<? extends T> values;
  private final long seed;
  private final int samples;
  private final TherapyJson json;

  private JsonContracts(
      Class<T> type, Generator<? extends T> values, long seed, int samples, TherapyJson json) {
    this.type = type;
    this.values = values;
    this.seed = seed;
    this.samples = samples;
    this.json = json;
  }

  /**
   * Starts JSON contract checks over a generator of a root document type, with {@link
   * #DEFAULT_SEED}, {@link #DEFAULT_SAMPLES} and {@link TherapyJson#strict()}.
   *
   * @param <T> the root document type
   * @param type the root document type, one of {@link #rootTypes()}, not null
   * @param values the generator, not null
   * @return the checks, not null
   * @throws IllegalArgumentException if the type is not a root document type
   */
  public static <T extends TherapyDocument> JsonContracts<T> of(
      Class<T> type, Generator<? extends T> values) {
    Objects.requireNonNull(values, "values");
    documentKind(type);
    return new JsonContracts<>(type, values, DEFAULT_SEED, DEFAULT_SAMPLES, TherapyJson.strict());
  }

  /**
   * Returns the root document types and their kinds, the name of the envelope property and of the
   * schema file: {@code Practitioner} is {@code practitioner}, {@code TherapyCase} is {@code
   * therapyCase}, and so on for every root type, as {@link TherapyJson#documentKinds()} lists them.
   *
   * @return the types and kinds, in a stable order, not null
   */
  public static ImmutableMap<Class<?>, String> rootTypes() {
    return KINDS;
  }

  /**
   * Returns the kind of a root document type, such as {@code therapyCase}.
   *
   * @param type the type, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if the type is not a root document type
   */
  public static String documentKind(Class<?> type) {
    Objects.requireNonNull(type, "type");
    String kind = KINDS.get(type);
    checkArgument(kind != null, "not a TherapyKit root document type: %s", type.getName());
    return kind;
  }

  /**
   * Returns the classpath resource of a root type's JSON Schema, such as {@code
   * /org/therapykit/json/schema/therapyCase.schema.json}.
   *
   * @param type the type, not null
   * @return the resource name, not null
   * @throws IllegalArgumentException if the type is not a root document type
   */
  public static String schemaResource(Class<?> type) {
    return TherapyJson.SCHEMA_RESOURCE_DIRECTORY + documentKind(type) + ".schema.json";
  }

  /**
   * Returns an invariant for {@link ValueContracts#withInvariant} that writes a value with a {@link
   * TherapyJson} and fails if the host's validator finds a problem against its schema.
   *
   * @param <T> the root document type
   * @param type the root document type, not null
   * @param json the JSON API to write with, not null
   * @param validator the host's validator, not null
   * @return the invariant, not null; it throws {@link IllegalStateException} listing the problems
   * @throws IllegalArgumentException if the type is not a root document type
   */
  public static <T extends TherapyDocument> Consumer<T> schemaInvariant(
      Class<T> type, TherapyJson json, SchemaValidator validator) {
    String schema = schemaResource(type);
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(validator, "validator");
    return value -> {
      List<String> problems = validator.validate(schema, json.write(value));
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "the document is not valid against " + schema + ": " + problems);
      }
    };
  }

  /**
   * Returns checks that draw from another seed.
   *
   * @param seed the seed
   * @return new checks, not null
   */
  public JsonContracts<T> withSeed(long seed) {
    return new JsonContracts<>(type, values, seed, samples, json);
  }

  /**
   * Returns checks over another number of samples.
   *
   * @param count the number of samples, at least 1
   * @return new checks, not null
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public JsonContracts<T> withSamples(int count) {
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    return new JsonContracts<>(type, values, seed, count, json);
  }

  /**
   * Returns checks that read and write with another {@link TherapyJson}, such as one that pretty
   * prints.
   *
   * @param therapyJson the JSON API, not null
   * @return new checks, not null
   */
  public JsonContracts<T> withJson(TherapyJson therapyJson) {
    Objects.requireNonNull(therapyJson, "therapyJson");
    return new JsonContracts<>(type, values, seed, samples, therapyJson);
  }

  /**
   * Checks the JSON round trip: {@code read(type, write(x))} equals {@code x} with the same hash
   * code, and writing it again gives identical bytes.
   *
   * @return this, not null
   * @throws AssertionError naming the seed and sample if the contract fails
   */
  public JsonContracts<T> checkRoundTrip() {
    run(
        "JSON round trip",
        x -> {
          byte[] written = json.writeBytes(x);
          T back = json.read(type, written);
          require(back.equals(x), "the value read back is not equal to the value written");
          require(back.hashCode() == x.hashCode(), "the value read back hashes differently");
          require(
              Arrays.equals(json.writeBytes(back), written),
              "writing the value read back gives other bytes");
        });
    return this;
  }

  /**
   * Checks that every written document is valid against its schema, as judged by the host's
   * validator.
   *
   * @param validator the host's validator, not null
   * @return this, not null
   * @throws AssertionError naming the seed, the sample and the problems if a document is invalid
   */
  public JsonContracts<T> checkSchemaValidity(SchemaValidator validator) {
    Objects.requireNonNull(validator, "validator");
    String schema = schemaResource(type);
    run(
        "valid against " + schema,
        x -> {
          List<String> problems = validator.validate(schema, json.write(x));
          require(problems.isEmpty(), "the document has schema problems: " + problems);
        });
    return this;
  }

  /**
   * Checks that every written document is valid, as judged by a host's validator for this root
   * type's schema alone: a function from a document to its problems. For a validator that only says
   * yes or no, pass {@code doc -> isValid(doc) ? List.of() : List.of("invalid")}.
   *
   * @param validator the host's validator for {@link #schemaResource(Class)} of this type, not null
   * @return this, not null
   * @throws AssertionError naming the seed, the sample and the problems if a document is invalid
   */
  public JsonContracts<T> checkSchemaValidity(
      Function<? super String, ? extends List<String>> validator) {
    Objects.requireNonNull(validator, "validator");
    return checkSchemaValidity(
        (schema, document) -> ImmutableList.copyOf(validator.apply(document)));
  }

  private void run(String contract, Consumer<T> check) {
    Iterator<? extends T> it = values.stream(seed).iterator();
    for (int i = 0; i < samples; i++) {
      T value = it.next();
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw Samples.failure(
            seed,
            i,
            samples,
            value,
            new AssertionError("contract \"" + contract + "\" failed: " + e.getMessage(), e));
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** Returns a description such as {@code JsonContracts(therapyCase, seed 42, 200 samples)}. */
  @Override
  public String toString() {
    return "JsonContracts("
        + documentKind(type)
        + ", seed "
        + seed
        + ", "
        + samples
        + " samples, of "
        + values
        + ")";
  }
}

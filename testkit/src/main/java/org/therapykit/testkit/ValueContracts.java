package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reusable contract checks over generated values, such as "a value read back from the host's
 * storage equals the value written": {@code ValueContracts.of(practitioners()).checkRoundTrip(
 * store::save, store::load)}.
 *
 * <p>Each {@code check...} method runs its contract on {@link #withSamples(int) samples} values
 * drawn from {@link #withSeed(long) a seed} and throws an {@link AssertionError} at the first
 * failure, naming the contract, the seed and the sample index (sample {@code i} is {@code
 * Samples.nth(seed, i, generator)}). Checks return this object, so they chain. No test framework
 * type appears here: the checks run under JUnit, TestNG or plain {@code main}.
 *
 * <p>The contracts:
 *
 * <ul>
 *   <li>{@link #checkEqualValuesHashEqually}: a copy equals the original, both ways, with the same
 *       hash code; equality is reflexive and rejects null.
 *   <li>{@link #checkBuilderCopy}: {@code Builder.from(x).build()} equals {@code x}.
 *   <li>{@link #checkRoundTrip}: reading back what was written gives an equal value, and writing
 *       that again gives the same form (a host's storage; later the JSON API).
 *   <li>{@link #checkWither}: {@code with...(x, a)} sets exactly that attribute, leaves {@code x}
 *       unchanged, and setting the old value back gives a value equal to {@code x}.
 *   <li>{@link #checkInvariants}: every value passes the {@link #withInvariant invariants}, which
 *       also run on every value the other checks produce (a copy, a read-back value, a {@code
 *       with...} copy): so "invariants hold after every {@code with...}". A JSON Schema check slots
 *       in here.
 * </ul>
 *
 * <p>Immutable and thread-safe; the functions passed in must be safe to call from the calling
 * thread.
 *
 * @param <T> the type of the values
 */
public final class ValueContracts<T> {
  /** The seed used unless {@link #withSeed(long)} sets another. */
  public static final long DEFAULT_SEED = 20260601L;

  /** The number of samples checked unless {@link #withSamples(int)} sets another. */
  public static final int DEFAULT_SAMPLES = 200;

  private final Generator<T> values;
  private final long seed;
  private final int samples;
  private final ImmutableList<Consumer<? super T>> invariants;

  private ValueContracts(
      Generator<T> values, long seed, int samples, ImmutableList<Consumer<? super T>> invariants) {
    this.values = values;
    this.seed = seed;
    this.samples = samples;
    this.invariants = invariants;
  }

  /**
   * Starts contract checks over a generator's values, with {@link #DEFAULT_SEED} and {@link
   * #DEFAULT_SAMPLES}.
   *
   * @param <T> the type of the values
   * @param values the generator, not null
   * @return the checks, not null
   */
  public static <T> ValueContracts<T> of(Generator<T> values) {
    Objects.requireNonNull(values, "values");
    return new ValueContracts<>(values, DEFAULT_SEED, DEFAULT_SAMPLES, ImmutableList.of());
  }

  /**
   * Returns checks that draw from another seed.
   *
   * @param seed the seed
   * @return new checks, not null
   */
  public ValueContracts<T> withSeed(long seed) {
    return new ValueContracts<>(values, seed, samples, invariants);
  }

  /**
   * Returns checks over another number of samples.
   *
   * @param count the number of samples, at least 1
   * @return new checks, not null
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public ValueContracts<T> withSamples(int count) {
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    return new ValueContracts<>(values, seed, count, invariants);
  }

  /**
   * Returns checks that also hold every value, and every value a check produces, to an invariant: a
   * function that throws if the value breaks it, such as {@code p ->
   * Practitioner.builder().from(p).build()} (which re-runs the model's own checks) or a host's JSON
   * Schema validation.
   *
   * @param invariant the check, not null; fails by throwing
   * @return new checks, not null
   */
  public ValueContracts<T> withInvariant(Consumer<? super T> invariant) {
    Objects.requireNonNull(invariant, "invariant");
    return new ValueContracts<>(
        values,
        seed,
        samples,
        ImmutableList.<Consumer<? super T>>builder().addAll(invariants).add(invariant).build());
  }

  /**
   * Checks that every value passes every {@link #withInvariant invariant}.
   *
   * @return this, not null
   * @throws AssertionError naming the seed and sample if a value fails one
   */
  public ValueContracts<T> checkInvariants() {
    run("invariants hold", x -> holds(x, "the value"));
    return this;
  }

  /**
   * Checks that equal values hash equally: {@code copy(x)} equals {@code x} both ways, with the
   * same hash code; {@code x} equals itself and not null; and any two samples that are equal have
   * the same hash code.
   *
   * @param copy makes an equal copy, such as a host's clone or {@code p ->
   *     Practitioner.builder().from(p).build()}, not null
   * @return this, not null
   * @throws AssertionError naming the seed and sample if the contract fails
   */
  @SuppressWarnings({"SelfEquals", "EqualsNull"}) // checking those very contracts
  public ValueContracts<T> checkEqualValuesHashEqually(UnaryOperator<T> copy) {
    Objects.requireNonNull(copy, "copy");
    Object[] previous = {null};
    run(
        "equal values hash equally",
        x -> {
          T y = copy.apply(x);
          holds(y, "the copy");
          require(x.equals(x), "a value does not equal itself");
          require(!x.equals(null), "a value equals null");
          require(x.equals(y) && y.equals(x), "a copy is not equal to its original both ways");
          require(x.hashCode() == y.hashCode(), "equal values have different hash codes");
          Object p = previous[0];
          if (p != null) {
            require(p.equals(x) == x.equals(p), "equality of two samples is not symmetric");
            require(!p.equals(x) || p.hashCode() == x.hashCode(), "equal samples hash apart");
          }
          previous[0] = x;
        });
    return this;
  }

  /**
   * Checks that rebuilding a value through its builder gives an equal value: {@code
   * rebuild(x).equals(x)}, such as {@code l -> License.builder().from(l).build()}.
   *
   * @param rebuild the rebuild, not null
   * @return this, not null
   * @throws AssertionError naming the seed and sample if the contract fails
   */
  public ValueContracts<T> checkBuilderCopy(UnaryOperator<T> rebuild) {
    Objects.requireNonNull(rebuild, "rebuild");
    run(
        "builder.from(x).build() equals x",
        x -> {
          T y = rebuild.apply(x);
          holds(y, "the rebuilt value");
          require(y.equals(x), "the rebuilt value is not equal to the original");
          require(y.hashCode() == x.hashCode(), "the rebuilt value hashes differently");
        });
    return this;
  }

  /**
   * Checks a round trip through a host's form of the values: {@code read(write(x))} equals {@code
   * x}, and writing it again gives a form equal to the first.
   *
   * @param <R> the type of the written form, such as a JSON string or a database row
   * @param write writes a value, not null
   * @param read reads a written form back, not null
   * @return this, not null
   * @throws AssertionError naming the seed and sample if the contract fails
   */
  public <R> ValueContracts<T> checkRoundTrip(
      Function<? super T, ? extends R> write, Function<? super R, ? extends T> read) {
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(read, "read");
    run(
        "round trip",
        x -> {
          R form = write.apply(x);
          T back = read.apply(form);
          holds(back, "the value read back");
          require(back.equals(x), "the value read back is not equal to the value written");
          require(back.hashCode() == x.hashCode(), "the value read back hashes differently");
          require(
              Objects.equals(write.apply(back), form),
              "writing the value read back gives a different form");
        });
    return this;
  }

  /**
   * Checks a copy method for one attribute, such as {@code checkWither("licenses",
   * Practitioner::licenses, Practitioner::withLicenses,
   * practitioners().map(Practitioner::licenses))}: for each sample {@code x} and a drawn value
   * {@code a}, {@code with(x, a)} does not throw, its attribute equals {@code a}, it passes the
   * invariants, {@code x} is unchanged, setting the old value back gives a value equal to {@code
   * x}, and setting the same value gives {@code x}.
   *
   * @param <A> the attribute type
   * @param attribute the attribute's name, for messages, not null
   * @param get reads the attribute, not null
   * @param with copies a value with a new attribute value, not null
   * @param newValues valid attribute values, not null
   * @return this, not null
   * @throws AssertionError naming the seed and sample if the contract fails
   */
  public <A> ValueContracts<T> checkWither(
      String attribute,
      Function<? super T, ? extends A> get,
      BiFunction<? super T, ? super A, ? extends T> with,
      Generator<? extends A> newValues) {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(with, "with");
    Iterator<? extends A> attributeValues = newValues.stream(seed + 1).iterator();
    run(
        "with " + attribute,
        x -> {
          A a = attributeValues.next();
          A before = get.apply(x);
          T y = with.apply(x, a);
          holds(y, "the copy with a new " + attribute);
          require(Objects.equals(get.apply(y), a), "the copy does not have the new " + attribute);
          require(Objects.equals(get.apply(x), before), "with... changed the original");
          T restored = with.apply(y, before);
          holds(restored, "the copy with the old " + attribute + " back");
          require(restored.equals(x), "setting the old " + attribute + " back gives another value");
          require(with.apply(x, before).equals(x), "setting the same " + attribute + " changes x");
        });
    return this;
  }

  private void run(String contract, Consumer<T> check) {
    Iterator<T> it = values.stream(seed).iterator();
    for (int i = 0; i < samples; i++) {
      T value = it.next();
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        AssertionError error =
            Samples.failure(
                seed,
                i,
                samples,
                value,
                new AssertionError("contract \"" + contract + "\" failed: " + e.getMessage(), e));
        throw error;
      }
    }
  }

  private void holds(T value, String what) {
    for (Consumer<? super T> invariant : invariants) {
      try {
        invariant.accept(value);
      } catch (RuntimeException e) {
        throw new AssertionError(what + " breaks an invariant: " + e.getMessage(), e);
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** Returns a description such as {@code ValueContracts(seed 42, 200 samples)}. */
  @Override
  public String toString() {
    return "ValueContracts(seed " + seed + ", " + samples + " samples, of " + values + ")";
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generator of values of one type from a {@link Source} of bounded random choices, such as {@code
 * TherapyGenerators.licenses().validOn(LocalDate.parse("2026-06-01"))}.
 *
 * <p>A generator is a function of the choices it draws: the same choices give the same value, so
 * the same seed gives the same values on every machine, and a framework that shrinks the choices
 * (see {@code QuickTheoriesGenerators}) shrinks the values. Write generators so that lower choices
 * give simpler values, and build every value through the model's public builders, so that a
 * generated value is valid by construction: never produce values by retrying until a builder stops
 * throwing, and filter only rarely.
 *
 * <p>Two ways to run one:
 *
 * <pre>{@code
 * // 1. a seeded stream, for JUnit @MethodSource
 * Stream<Practitioner> ps = TherapyGenerators.practitioners().stream(42L).limit(100);
 * // 2. through QuickTheories, which keeps shrinking
 * qt().forAll(QuickTheoriesGenerators.toGen(TherapyGenerators.practitioners())).check(...);
 * }</pre>
 *
 * <p>Generators are immutable and may be shared between threads; the {@link Source} they draw from
 * may not. Combinators never return null and reject null arguments with {@link
 * NullPointerException}.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Generates one value from the choices of a source.
   *
   * @param source the source of choices, not null
   * @return the value, not null
   */
  T next(Source source);

  /**
   * Returns a generator of this generator's values transformed by a function, such as {@code
   * licenses().map(License::number)}.
   *
   * @param <R> the type of the results
   * @param mapper the function, not null; must not return null
   * @return the generator, not null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    return source -> mapper.apply(next(source));
  }

  /**
   * Returns a generator that uses each value of this generator to choose the next generator, such
   * as {@code dates().flatMap(d -> practitioners().certifiedSexTherapists().asOf(d))}.
   *
   * @param <R> the type of the results
   * @param mapper the function from a value to a generator, not null
   * @return the generator, not null
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
    return source -> mapper.apply(next(source)).next(source);
  }

  /**
   * Returns a generator that combines this generator's values with another's, such as {@code
   * dates().zip(practitioners(), Pair::new)}.
   *
   * @param <U> the type of the other generator's values
   * @param <R> the type of the results
   * @param other the other generator, not null
   * @param combiner the function of both values, not null
   * @return the generator, not null
   */
  default <U, R> Generator<R> zip(
      Generator<? extends U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
    return source -> combiner.apply(next(source), other.next(source));
  }

  /**
   * Returns a generator of only the values that satisfy a predicate, drawing again up to 100 times.
   *
   * <p>Use it for conditions that are rarely false; a condition that is often false makes
   * generation slow and shrinking poor. Prefer a generator that builds only wanted values.
   *
   * @param predicate the condition, not null
   * @return the generator, not null; its {@code next} throws {@link IllegalStateException} if 100
   *     values in a row fail the predicate
   */
  default Generator<T> filter(Predicate<? super T> predicate) {
    return source -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        T value = next(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("100 generated values in a row failed the filter");
    };
  }

  /**
   * Returns a generator of lists of this generator's values, with a size from {@code min} to {@code
   * max}; shrinks toward shorter lists.
   *
   * @param min the smallest size, zero or more
   * @param max the largest size, at least {@code min}
   * @return the generator of immutable lists, not null
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  default Generator<ImmutableList<T>> listOf(int min, int max) {
    checkArgument(min >= 0 && max >= min, "need 0 <= min <= max: %s, %s", min, max);
    return source -> {
      int size = source.between(min, max);
      ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        list.add(next(source));
      }
      return list.build();
    };
  }

  /**
   * Returns a generator of optional values: empty or one of this generator's values, half the time
   * each; shrinks toward empty.
   *
   * @return the generator, not null
   */
  default Generator<Optional<T>> optional() {
    return source -> source.bool() ? Optional.of(next(source)) : Optional.empty();
  }

  /**
   * Returns an infinite, ordered, sequential stream of values drawn from a random generator; the
   * same seed gives the same stream. Limit it: {@code stream(new SplittableRandom(42)).limit(100)}.
   *
   * @param random the random generator, not null; the stream uses it, so do not share it
   * @return the stream, not null
   */
  default Stream<T> stream(RandomGenerator random) {
    Source source = Source.of(random);
    return StreamSupport.stream(
        new Spliterators.AbstractSpliterator<T>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            action.accept(next(source));
            return true;
          }
        },
        false);
  }

  /**
   * Returns an infinite, ordered, sequential stream of values drawn from {@code new
   * SplittableRandom(seed)}: the same seed gives the same values on every machine. Sample {@code i}
   * of the stream is {@link Samples#nth(long, int, Generator) Samples.nth(seed, i, this)}.
   *
   * @param seed any seed
   * @return the stream, not null
   */
  default Stream<T> stream(long seed) {
    return stream(new SplittableRandom(seed));
  }

  /**
   * Returns a generator that always gives the same value.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @return the generator, not null
   */
  static <T> Generator<T> constant(T value) {
    checkArgument(value != null, "value must not be null");
    return source -> value;
  }

  /**
   * Returns a generator of one of the values, equally likely; shrinks toward the first.
   *
   * @param <T> the type of the values
   * @param values the values, not null, not empty, without nulls
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no values
   */
  static <T> Generator<T> elements(List<? extends T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    checkArgument(!copy.isEmpty(), "no values to choose from");
    return source -> source.pick(copy);
  }

  /**
   * Returns a generator of the constants of an enum, equally likely; shrinks toward the first
   * declared, such as {@code enums(Profession.class)}.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return the generator, not null
   */
  static <E extends Enum<E>> Generator<E> enums(Class<E> type) {
    return elements(ImmutableList.copyOf(type.getEnumConstants()));
  }

  /**
   * Returns a generator of integers from {@code min} to {@code max}, both included; shrinks toward
   * {@code min}.
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Generator<Integer> integers(int min, int max) {
    checkArgument(max >= min, "max < min: %s < %s", max, min);
    return source -> source.between(min, max);
  }

  /**
   * Returns a generator of booleans; shrinks toward {@code false}.
   *
   * @return the generator, not null
   */
  static Generator<Boolean> booleans() {
    return Source::bool;
  }

  /**
   * Returns a generator that draws from one of the generators, equally likely; shrinks toward the
   * first.
   *
   * @param <T> the type of the values
   * @param generators the generators, not null, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no generators
   */
  static <T> Generator<T> oneOf(List<? extends Generator<? extends T>> generators) {
    ImmutableList<Generator<? extends T>> copy = ImmutableList.copyOf(generators);
    checkArgument(!copy.isEmpty(), "no generators to choose from");
    return source -> source.pick(copy).next(source);
  }

  /**
   * Returns a generator that draws from one of the generators, equally likely; shrinks toward the
   * first.
   *
   * @param <T> the type of the values
   * @param generators the generators, not null, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    ImmutableList.Builder<Generator<? extends T>> list = ImmutableList.builder();
    for (Generator<? extends T> g : generators) {
      list.add(g);
    }
    return oneOf(list.build());
  }

  /**
   * Starts a weighted choice between generators, such as {@code frequency(3, certified).or(1,
   * uncertified)}: three values in four from {@code certified}. Shrinks toward the first.
   *
   * @param <T> the type of the values
   * @param weight the weight of the first generator, at least 1
   * @param generator the first generator, not null
   * @return the weighted choice, not null
   * @throws IllegalArgumentException if {@code weight < 1}
   */
  static <T> Frequency<T> frequency(int weight, Generator<? extends T> generator) {
    return Frequency.<T>empty().or(weight, generator);
  }
}

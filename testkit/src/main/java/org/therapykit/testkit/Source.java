package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A source of bounded random choices, the one thing every TherapyKit {@link Generator} draws from,
 * such as {@code source.between(1, 6)} for the throw of a die.
 *
 * <p>It is framework-neutral: {@link #of(RandomGenerator)} draws from a seeded JDK generator (for
 * JUnit {@code @MethodSource} streams), and a property-testing framework can implement it over its
 * own randomness so that its shrinking works on the choices (see {@code
 * org.therapykit.testkit.quicktheories.QuickTheoriesGenerators}). Every choice is bounded and
 * shrinks toward its lower bound, so generators are written so that lower choices mean simpler
 * values: fewer list elements, the first option, the smallest number of hours.
 *
 * <p>Implementations need not be thread-safe: use one source per thread. The only abstract method
 * is {@link #between(int, int)}; every other choice is made from it.
 */
public interface Source {
  /**
   * Chooses an integer in {@code [min, max]}, both included; shrinks toward {@code min}.
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   * @return the choice
   * @throws IllegalArgumentException if {@code max < min}
   */
  int between(int min, int max);

  /**
   * Chooses a boolean; shrinks toward {@code false}.
   *
   * @return the choice
   */
  default boolean bool() {
    return between(0, 1) == 1;
  }

  /**
   * Chooses {@code true} with the given probability, such as {@code chance(10)} for one time in
   * ten; shrinks toward {@code false}.
   *
   * @param percent from 0 (never) to 100 (always)
   * @return the choice
   * @throws IllegalArgumentException if {@code percent} is outside {@code [0, 100]}
   */
  default boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be from 0 to 100: " + percent);
    }
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Chooses one of the options; shrinks toward the first.
   *
   * @param <T> the element type
   * @param options the options, not null, not empty
   * @return one of the options
   * @throws IllegalArgumentException if there are no options
   */
  default <T> T pick(List<? extends T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return options.get(between(0, options.size() - 1));
  }

  /**
   * Chooses one constant of an enum; shrinks toward the first declared.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return a constant
   */
  default <E extends Enum<E>> E pick(Class<E> type) {
    return pick(ImmutableList.copyOf(type.getEnumConstants()));
  }

  /**
   * Returns a source that draws from a JDK random generator, such as {@code new
   * SplittableRandom(seed)}: the same seed gives the same choices on every machine.
   *
   * @param random the generator, not null; the source uses it, so do not share it between threads
   * @return the source, not null
   */
  static Source of(RandomGenerator random) {
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException("max < min: " + max + " < " + min);
      }
      return (int) random.nextLong(min, (long) max + 1);
    };
  }

  /**
   * Returns a source that draws from {@code new SplittableRandom(seed)}, whose algorithm the JDK
   * specifies: the same seed gives the same choices on every machine and JDK.
   *
   * @param seed any seed
   * @return a new source, not null; not thread-safe
   */
  static Source of(long seed) {
    return of(new SplittableRandom(seed));
  }
}

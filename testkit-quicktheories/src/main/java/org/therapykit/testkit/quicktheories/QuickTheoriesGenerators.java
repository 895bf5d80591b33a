package org.therapykit.testkit.quicktheories;

import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.Source;

/**
 * Runs TherapyKit generators under QuickTheories, keeping its integrated shrinking: {@code
 * qt().forAll(QuickTheoriesGenerators.toGen(TherapyGenerators.practitioners())).check(...)}.
 *
 * <p>Each bounded choice a generator makes, {@link Source#between(int, int) between(min, max)},
 * becomes one QuickTheories draw {@code Constraint.between(min, max).withShrinkPoint(min)}.
 * QuickTheories records the draws; when a property fails it shrinks them toward their shrink points
 * and replays the generator, so a failing practitioner shrinks toward fewer licences, the first
 * options and the smallest hours. QuickTheories reports the smallest falsifying value and the seed
 * ({@code withFixedSeed(seed)} reruns it).
 *
 * <p>QuickTheories (0.26, Apache-2.0) comes with this class's artifact, {@code
 * org.therapykit:therapykit-testkit-quicktheories}. Stateless and thread-safe.
 */
public final class QuickTheoriesGenerators {
  private QuickTheoriesGenerators() {}

  /**
   * Returns a QuickTheories generator that draws a TherapyKit generator's choices from
   * QuickTheories, so that it shrinks.
   *
   * @param <T> the type of the values
   * @param generator the generator, not null
   * @return the QuickTheories generator, not null; it describes values with {@code toString()}
   */
  public static <T> Gen<T> toGen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.next(source(in));
  }

  /**
   * Returns a {@link Source} that draws each choice from QuickTheories' randomness, with the
   * choice's lower bound as its shrink point.
   *
   * @param in the randomness QuickTheories passes to {@code Gen.generate}, not null
   * @return the source, not null; use it only within that call
   */
  public static Source source(RandomnessSource in) {
    Objects.requireNonNull(in, "in");
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException("max < min: " + max + " < " + min);
      }
      return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
    };
  }
}

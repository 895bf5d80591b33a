package org.therapykit.testkit.properties;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import org.therapykit.testkit.Generator;

/**
 * The testkit's own property tests run its generators under QuickTheories. The adapter for hosts is
 * {@code therapykit-testkit-quicktheories}, which depends on this module, so these tests keep a
 * copy of its one method (same draws, same shrink points).
 */
final class QtGens {
  private QtGens() {}

  static <T> Gen<T> toGen(Generator<T> generator) {
    return in ->
        generator.next(
            (min, max) -> {
              if (max < min) {
                throw new IllegalArgumentException("max < min: " + max + " < " + min);
              }
              return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
            });
  }
}

package org.therapykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the one rule for a number attribute (or for each element of a list of numbers): from
 * {@link #min()} to {@link #max()} inclusive, and finite for a decimal.
 *
 * <p>As with {@link Text}, the invariant check, the JSON Schema's {@code minimum}/{@code maximum}
 * and the format table are generated from this declaration.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Range {
  /**
   * Returns the smallest value allowed.
   *
   * @return the minimum
   */
  double min();

  /**
   * Returns the largest value allowed.
   *
   * @return the maximum
   */
  double max();
}

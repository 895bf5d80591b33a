package org.therapykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the one rule for a text attribute (or for each element of a list or set of text): not
 * blank unless {@link #mayBeEmpty()}, at most {@link #max()} Unicode code points, well-formed
 * UTF-16, and matching {@link #pattern()} when one is given.
 *
 * <p>The rule is declared here and nowhere else: the build generates from it the invariant check
 * (the value's {@code Invariants.of(this)}), the JSON Schema keyword and the row of the format
 * table. A pattern is written once, in the common subset of Java and ECMA-262 regular expressions
 * (character classes, groups, alternation and bounded repetition), and must match the whole text.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Text {
  /**
   * Returns the largest length, in Unicode code points.
   *
   * @return the largest length
   */
  int max();

  /**
   * Returns the pattern the whole text must match, or {@code ""} for none.
   *
   * @return the pattern
   */
  String pattern() default "";

  /**
   * Returns what the pattern means, for messages and the format tables, such as {@code "a language
   * tag such as en or fr-CA"}.
   *
   * @return the description of the pattern
   */
  String patternHint() default "";

  /**
   * Returns the name of a static method of {@link Forms}, {@code boolean name(String)}, that
   * decides {@link #pattern()} without a regular expression (values are checked on every read), or
   * {@code ""} to match the pattern itself. A test holds each such method to its pattern.
   *
   * @return the method name
   */
  String check() default "";

  /**
   * Returns whether the empty text is allowed (then blank text is not checked).
   *
   * @return true if the text may be empty
   */
  boolean mayBeEmpty() default false;
}

package org.therapykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type whose JSON form is one string: its {@code toString()}, read back by its static
 * {@code parse(CharSequence)} (or, if it has none, {@code of(String)}). Identifiers, jurisdictions
 * and date ranges are such types.
 *
 * <p>The {@link #pattern()} is what the JSON Schema states; the type's own parse method is what the
 * reader applies, and a test checks that the two accept the same texts.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TextForm {
  /**
   * Returns the name of the form in the format tables, such as {@code "identifier"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the pattern of the whole text, in the common subset of Java and ECMA-262 regular
   * expressions.
   *
   * @return the pattern
   */
  String pattern();

  /**
   * Returns an example, such as {@code "US-FL"}, for messages.
   *
   * @return the example
   */
  String example();
}

package org.therapykit;

import org.immutables.value.Value;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The identifier a host gives a homework assignment, such as {@code hw-1}.
 *
 * <p>Has the form of every {@link Identifier}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HomeworkId extends Identifier {
  HomeworkId() {}

  /**
   * Obtains an identifier.
   *
   * @param value one to 128 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit,
   *     not null
   * @return the identifier, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text does not have
   *     the form
   */
  public static HomeworkId of(String value) {
    return ImmutableHomeworkId.of(value);
  }
}

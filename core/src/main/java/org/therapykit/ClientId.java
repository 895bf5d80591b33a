package org.therapykit;

import org.immutables.value.Value;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The identifier a host gives a client, such as {@code client-0001}.
 *
 * <p>Has the form of every {@link Identifier}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClientId extends Identifier {
  ClientId() {}

  /**
   * Obtains an identifier.
   *
   * @param value one to 128 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit,
   *     not null
   * @return the identifier, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text does not have
   *     the form
   */
  public static ClientId of(String value) {
    return ImmutableClientId.of(value);
  }
}

package org.therapykit;

import org.immutables.value.Value;
import org.therapykit.internal.Identifiers;
import org.therapykit.internal.TextForm;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The identifier a host gives a release-of-information authorisation, such as {@code roi-1}.
 *
 * <p>One to 128 characters: ASCII letters and digits, then also {@code . _ : -}. An identifier is
 * opaque and never holds personal data. The text form is the identifier itself.
 *
 * <p>Immutable and thread-safe.
 */
@TextForm(name = "identifier", pattern = Identifiers.PATTERN, example = Identifiers.EXAMPLE)
@Value.Immutable
public abstract class AuthorizationId implements WithAuthorizationId, TherapyValue {
  AuthorizationId() {}

  /**
   * Returns the identifier text.
   *
   * @return the text, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains an identifier.
   *
   * @param value one to 128 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit,
   *     not null
   * @return the identifier, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text does not have
   *     the form
   */
  public static AuthorizationId of(String value) {
    return ImmutableAuthorizationId.of(value);
  }

  @Value.Check
  void check() {
    Identifiers.check("AuthorizationId", value());
  }

  /** Returns the identifier text. */
  @Override
  public String toString() {
    return value();
  }
}

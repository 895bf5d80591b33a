package org.therapykit;

import org.immutables.value.Value;
import org.therapykit.internal.Identifiers;
import org.therapykit.internal.TextForm;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The one shape of every opaque identifier a host gives, such as {@code practitioner-0042}: {@link
 * PractitionerId}, {@link OrganizationId}, {@link ClientId}, {@link CaseId}, {@link ReferralId},
 * {@link GoalId}, {@link HomeworkId} and {@link AuthorizationId}.
 *
 * <p>One to 128 characters: ASCII letters and digits, then also {@code . _ : -}. An identifier is
 * opaque and never holds personal data. The text form is the identifier itself; each kind is
 * obtained with its own {@code of(String)}, which throws {@link InvalidValueException} with {@link
 * FindingCode#INVALID_FORMAT} if the text does not have the form. Two identifiers are equal when
 * they are of the same kind and have the same text.
 *
 * <p>Only the library's own identifier kinds extend this class. Immutable and thread-safe.
 */
@TextForm(name = "identifier", pattern = Identifiers.PATTERN, example = Identifiers.EXAMPLE)
public abstract class Identifier implements TherapyValue {
  Identifier() {}

  /**
   * Returns the identifier text.
   *
   * @return the text, not null
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    Class<?> kind = getClass();
    while (kind.getSuperclass() != Identifier.class) {
      kind = kind.getSuperclass();
    }
    Identifiers.check(kind.getSimpleName(), value());
  }

  /** Returns the identifier text. */
  @Override
  public final String toString() {
    return value();
  }
}

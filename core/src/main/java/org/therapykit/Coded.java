package org.therapykit;

import org.therapykit.json.TherapyValue;

/**
 * A value with a stable, lowercase wire code, such as {@code "clinical-social-worker"}.
 *
 * <p>Every enum of the model implements this interface. The code, not the Java constant name, is
 * what the JSON format writes and reads, so renaming a constant never changes the wire format.
 * Codes are lowercase ASCII letters, digits and hyphens, and are never reused.
 */
public interface Coded extends TherapyValue {
  /**
   * Finds the constant of an enum with the given code, such as {@code Coded.parse(Profession.class,
   * "psychologist")}.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @param code the wire code, not null
   * @return the constant, not null
   * @throws org.therapykit.validation.InvalidValueException with code {@code INVALID_FORMAT} if no
   *     constant has the code
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, CharSequence code) {
    String c = code.toString();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(c)) {
        return e;
      }
    }
    throw new org.therapykit.validation.InvalidValueException(
        type.getSimpleName(),
        com.google.common.collect.ImmutableList.of(
            org.therapykit.validation.Finding.error(
                org.therapykit.validation.FindingCode.INVALID_FORMAT, "", "unknown code")));
  }

  /**
   * Returns the stable wire code.
   *
   * @return the code, not null, never blank
   */
  String code();
}

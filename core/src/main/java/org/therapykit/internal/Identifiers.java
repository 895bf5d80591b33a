package org.therapykit.internal;

import org.therapykit.validation.FindingCode;

/** The one form of every opaque identifier in the model. */
public final class Identifiers {
  /**
   * The form of an identifier, for the JSON Schema; {@link #isValid(String)} checks the same form
   * by hand (a test holds the two to the same answers).
   */
  public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

  /** An example identifier, for messages. */
  public static final String EXAMPLE = "p-0042";

  private static final int MAX_LENGTH = 128;

  private Identifiers() {}

  /**
   * Throws if {@code value} is not a valid identifier.
   *
   * @param type the identifier type, for the message
   * @param value the text
   */
  public static void check(String type, String value) {
    if (!isValid(value)) {
      Violations.of(type)
          .add(
              FindingCode.INVALID_FORMAT,
              "",
              "must be 1 to 128 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit")
          .throwIfAny();
    }
  }

  /**
   * Returns whether {@code value} matches {@link #PATTERN}, checked by hand: identifiers are
   * checked on every read, and a regular expression allocates a matcher.
   *
   * @param value the text
   * @return true for an identifier
   */
  public static boolean isValid(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}

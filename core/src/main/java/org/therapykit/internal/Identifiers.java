package org.therapykit.internal;

import java.util.regex.Pattern;
import org.therapykit.validation.FindingCode;

/** The one form of every opaque identifier in the model. */
public final class Identifiers {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private Identifiers() {}

  /**
   * Throws if {@code value} is not a valid identifier.
   *
   * @param type the identifier type, for the message
   * @param value the text
   */
  public static void check(String type, String value) {
    Violations.of(type)
        .require(
            FORM.matcher(value).matches(),
            FindingCode.INVALID_FORMAT,
            "",
            "must be 1 to 128 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit")
        .throwIfAny();
  }
}

package org.therapykit.consent;

import org.therapykit.Coded;

/**
 * The answer of a {@link DisclosureDecision}: {@link #PERMIT} (some or all of the requested
 * categories may be released) or {@link #DENY} (none may).
 */
public enum DisclosureOutcome implements Coded {
  /** At least one requested category may be released; the decision lists exactly which. */
  PERMIT("permit"),
  /** Nothing may be released. */
  DENY("deny");

  private final String code;

  DisclosureOutcome(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.intake;

import org.therapykit.Coded;

/** The three history sections of an intake form, such as {@link #SEXUAL}. */
public enum HistorySectionKind implements Coded {
  /** Physical health: conditions, medication, surgery, fertility treatment. */
  PHYSICAL("physical"),
  /** Mental health: prior therapy, mood, anxiety, trauma, substance use. */
  MENTAL_HEALTH("mental-health"),
  /** Sexual history and current sexual concerns. */
  SEXUAL("sexual");

  private final String code;

  HistorySectionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

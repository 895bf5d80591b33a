package org.therapykit.consent;

import org.therapykit.Coded;

/**
 * A kind of information about a client that may be disclosed, such as {@link #GOALS_AND_PROGRESS}.
 *
 * <p>{@link #PSYCHOTHERAPY_NOTES} is special: under HIPAA (45 CFR 164.508(a)(2)) psychotherapy
 * notes need an authorisation of their own, so a {@link ReleaseAuthorization} that names this
 * category names no other.
 */
public enum InformationCategory implements Coded {
  /** The sexual history of the intake form. */
  SEXUAL_HISTORY("sexual-history"),
  /** The mental-health history of the intake form. */
  MENTAL_HEALTH_HISTORY("mental-health-history"),
  /** The physical history of the intake form. */
  PHYSICAL_HISTORY("physical-history"),
  /** Reasons for attending and the topics the client wants to cover. */
  REASONS_AND_TOPICS("reasons-and-topics"),
  /** Treatment goals and progress toward them, including plan summaries. */
  GOALS_AND_PROGRESS("goals-and-progress"),
  /** Homework assignments and their outcomes. */
  HOMEWORK("homework"),
  /** Progress notes (the clinical record of sessions). */
  PROGRESS_NOTES("progress-notes"),
  /** Psychotherapy notes, kept apart from the record; they need a separate authorisation. */
  PSYCHOTHERAPY_NOTES("psychotherapy-notes");

  private final String code;

  InformationCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

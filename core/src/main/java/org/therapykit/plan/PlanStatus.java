package org.therapykit.plan;

import org.therapykit.Coded;

/**
 * The state of a plan version, such as {@link #ACTIVE}: the FHIR request-status codes a {@code
 * CarePlan} uses (without {@code unknown}).
 */
public enum PlanStatus implements Coded {
  /** Written, not yet agreed; never in effect. */
  DRAFT("draft"),
  /** Agreed and being followed. */
  ACTIVE("active"),
  /** Paused; its session count still applies. */
  ON_HOLD("on-hold"),
  /** Abandoned; not in effect. */
  REVOKED("revoked"),
  /** The course ended as planned; its session count still applies. */
  COMPLETED("completed"),
  /** Recorded by mistake; never in effect. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  PlanStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns whether a plan version in this state sets the course: its planned number of sessions
   * applies.
   *
   * @return true for {@link #ACTIVE}, {@link #ON_HOLD} and {@link #COMPLETED}
   */
  public boolean isInEffect() {
    return this == ACTIVE || this == ON_HOLD || this == COMPLETED;
  }
}

package org.therapykit.plan;

import org.therapykit.Coded;

/**
 * Where a goal is in its lifecycle, such as {@link #ACTIVE}: the FHIR {@code Goal.lifecycleStatus}
 * codes.
 */
public enum GoalLifecycleStatus implements Coded {
  /** Suggested, not yet agreed. */
  PROPOSED("proposed"),
  /** Agreed, work not yet started. */
  PLANNED("planned"),
  /** Accepted by the clients. */
  ACCEPTED("accepted"),
  /** Being worked on. */
  ACTIVE("active"),
  /** Paused. */
  ON_HOLD("on-hold"),
  /** No longer worked on because it was reached or closed. */
  COMPLETED("completed"),
  /** Abandoned before completion. */
  CANCELLED("cancelled"),
  /** Recorded by mistake. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** Proposed and turned down. */
  REJECTED("rejected");

  private final String code;

  GoalLifecycleStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

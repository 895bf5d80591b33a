package org.therapykit.plan;

import org.therapykit.Coded;

/**
 * What a session is for, such as {@link #INTAKE}: the first session, in which each partner fills in
 * an intake form and signs consents.
 */
public enum SessionKind implements Coded {
  /** The first session: intake forms, consents, reasons for attending, first goals. */
  INTAKE("intake"),
  /** A treatment session. */
  TREATMENT("treatment"),
  /** A session that reviews progress and the plan. */
  REVIEW("review"),
  /** The last session of the course. */
  CLOSING("closing");

  private final String code;

  SessionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

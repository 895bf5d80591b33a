package org.therapykit.credential;

import org.therapykit.Coded;

/**
 * What kind of continuing education a record is, which decides how its credits count toward a
 * renewal, such as {@link #BODY_APPROVED}.
 */
public enum ContinuingEducationKind implements Coded {
  /** CE from a provider the certifying body approves, such as AASECT CE credits: full value. */
  BODY_APPROVED("body-approved"),
  /** CE from another accredited provider: AASECT counts it at half value, up to a cap. */
  OTHER_PROVIDER("other-provider"),
  /** Supervision received, one credit an hour: AASECT counts it up to a cap. */
  SUPERVISION_RECEIVED("supervision-received");

  private final String code;

  ContinuingEducationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

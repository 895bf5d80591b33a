package org.therapykit.referral;

import org.therapykit.Coded;

/**
 * The state of a referral, such as {@link #ACTIVE}: the FHIR request-status codes a {@code
 * ServiceRequest} uses (without {@code unknown}).
 */
public enum ReferralStatus implements Coded {
  /** Written but not yet in effect. */
  DRAFT("draft"),
  /** In effect. */
  ACTIVE("active"),
  /** Suspended from {@link Referral#statusDate()}. */
  ON_HOLD("on-hold"),
  /** Withdrawn by the referrer from {@link Referral#statusDate()}. */
  REVOKED("revoked"),
  /** The referred service was delivered; in effect until {@link Referral#statusDate()}. */
  COMPLETED("completed"),
  /** Recorded by mistake; never in effect. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  ReferralStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

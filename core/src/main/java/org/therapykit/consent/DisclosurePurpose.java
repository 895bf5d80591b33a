package org.therapykit.consent;

import org.therapykit.Coded;

/** Why information is disclosed, such as {@link #CARE_COORDINATION} with a fertility specialist. */
public enum DisclosurePurpose implements Coded {
  /** Coordinating care with another treating provider, such as the fertility specialist. */
  CARE_COORDINATION("care-coordination"),
  /** Reporting back to the provider who referred the client. */
  REFERRAL_REPORT("referral-report"),
  /** At the request of the client (HIPAA allows this as the stated purpose). */
  AT_CLIENT_REQUEST("at-client-request"),
  /** Payment, such as to a health plan. */
  PAYMENT("payment"),
  /** Any other purpose. */
  OTHER("other");

  private final String code;

  DisclosurePurpose(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.practitioner;

import org.therapykit.Coded;

/** How a practitioner is tied to an organisation, such as {@link #ON_STAFF}. */
public enum AffiliationRole implements Coded {
  /** Employed by or on the staff of the organisation. */
  ON_STAFF("on-staff"),
  /** Sees clients at the organisation on a visiting basis. */
  VISITING("visiting"),
  /** Receives the organisation's referrals without working there. */
  REFERRAL_PARTNER("referral-partner");

  private final String code;

  AffiliationRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

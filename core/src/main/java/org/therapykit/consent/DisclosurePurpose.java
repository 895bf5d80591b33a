package org.therapykit.consent;

import org.therapykit.Coded;

/**
 * Why information is disclosed, such as {@link #CARE_COORDINATION} with a fertility specialist.
 *
 * <p>{@link #TREATMENT} and {@link #SUPERVISION} are the purposes of the two HIPAA uses without an
 * authorisation that {@link DisclosureRules} knows: the treating practitioner's own use of the
 * record for treatment, and supervision in the host's own training programme.
 */
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
  OTHER("other"),
  /** Treatment of the client, such as the treating practitioner reading the record. */
  TREATMENT("treatment"),
  /** Clinical supervision or training of the practitioner, such as case review by a supervisor. */
  SUPERVISION("supervision");

  private final String code;

  DisclosurePurpose(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

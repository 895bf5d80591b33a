package org.therapykit.consent;

import org.therapykit.Coded;

/**
 * The legal basis on which a personal representative signs for a client, such as {@link
 * #HEALTH_CARE_POWER_OF_ATTORNEY}. Being the client's spouse or partner is not one: under HIPAA (45
 * CFR 164.502(g)) a personal representative is someone with authority under law to make the
 * client's health-care decisions.
 */
public enum RepresentativeBasis implements Coded {
  /** A health-care power of attorney or advance directive naming the representative. */
  HEALTH_CARE_POWER_OF_ATTORNEY("health-care-power-of-attorney"),
  /** A guardian or conservator appointed by a court. */
  COURT_APPOINTED_GUARDIAN("court-appointed-guardian"),
  /** A parent or guardian of an unemancipated minor. */
  PARENT_OF_MINOR("parent-of-minor"),
  /** The executor or administrator of a deceased client's estate. */
  EXECUTOR("executor"),
  /** Another authority under the applicable law, described in the signature's authority text. */
  OTHER_AUTHORITY_UNDER_LAW("other-authority-under-law");

  private final String code;

  RepresentativeBasis(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

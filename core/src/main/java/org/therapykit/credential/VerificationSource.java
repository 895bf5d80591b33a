package org.therapykit.credential;

import org.therapykit.Coded;

/** Where a credential's facts were confirmed, such as {@link #PRIMARY_SOURCE}. */
public enum VerificationSource implements Coded {
  /** Stated by the practitioner and not checked. */
  SELF_ATTESTED("self-attested"),
  /** Checked with the issuing body or its public directory. */
  PRIMARY_SOURCE("primary-source");

  private final String code;

  VerificationSource(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

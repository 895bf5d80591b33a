package org.therapykit.practitioner;

import org.therapykit.Coded;

/** The regulator's status of a licence, such as {@link #ACTIVE}. */
public enum LicenseStatus implements Coded {
  /** In good standing. */
  ACTIVE("active"),
  /** Held but not practising (for example retired or on leave). */
  INACTIVE("inactive"),
  /** Not renewed. */
  EXPIRED("expired"),
  /** Suspended by the regulator. */
  SUSPENDED("suspended"),
  /** Revoked by the regulator. */
  REVOKED("revoked");

  private final String code;

  LicenseStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

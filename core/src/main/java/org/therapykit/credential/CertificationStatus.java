package org.therapykit.credential;

import org.therapykit.Coded;

/** The body's status of a certification, such as {@link #ACTIVE}. */
public enum CertificationStatus implements Coded {
  /** In good standing. */
  ACTIVE("active"),
  /** Not renewed. */
  EXPIRED("expired"),
  /** Lapsed, for example because the membership it depends on lapsed. */
  LAPSED("lapsed"),
  /** Suspended by the body. */
  SUSPENDED("suspended"),
  /** Revoked by the body. */
  REVOKED("revoked");

  private final String code;

  CertificationStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.consent;

import org.therapykit.Coded;

/** Who signed a consent or authorisation, such as {@link #SUBJECT}. */
public enum Signer implements Coded {
  /** The client the document is about. */
  SUBJECT("subject"),
  /**
   * A personal representative with authority under law to make the client's health-care decisions
   * (a spouse or partner is not one by default).
   */
  PERSONAL_REPRESENTATIVE("personal-representative");

  private final String code;

  Signer(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.consent;

import org.therapykit.Coded;

/**
 * An event that ends a release-of-information authorisation, such as {@link
 * #END_OF_FERTILITY_TREATMENT}; HIPAA accepts an expiration event instead of a date.
 */
public enum ExpiryEvent implements Coded {
  /** The end of the course of therapy. */
  END_OF_COURSE("end-of-course"),
  /** The end of the client's fertility treatment. */
  END_OF_FERTILITY_TREATMENT("end-of-fertility-treatment"),
  /** Another event stated on the form. */
  OTHER("other");

  private final String code;

  ExpiryEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

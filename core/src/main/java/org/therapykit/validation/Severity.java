package org.therapykit.validation;

import org.therapykit.Coded;

/** How much a {@link Finding} matters, from {@link #ERROR} down to {@link #INFO}. */
public enum Severity implements Coded {
  /** The value or case is not in order; a host should not rely on it as it stands. */
  ERROR("error"),
  /** Something a person should look at, such as a certification about to expire. */
  WARNING("warning"),
  /** For the record, such as a requirement that is met. */
  INFO("info");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

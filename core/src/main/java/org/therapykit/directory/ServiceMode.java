package org.therapykit.directory;

import org.therapykit.Coded;

/** How a candidate would see the client, such as {@link #IN_PERSON}. */
public enum ServiceMode implements Coded {
  /** In person, at an organisation. */
  IN_PERSON("in-person"),
  /** By telehealth. */
  TELEHEALTH("telehealth");

  private final String code;

  ServiceMode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.credential;

import org.therapykit.Coded;

/** How training was delivered, such as {@link #IN_PERSON}. */
public enum Delivery implements Coded {
  /** In person, or live and interactive. */
  IN_PERSON("in-person"),
  /** E-learning, recorded or self-paced online study; boards cap how much of it counts. */
  ONLINE("online");

  private final String code;

  Delivery(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

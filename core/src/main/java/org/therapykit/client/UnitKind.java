package org.therapykit.client;

import org.therapykit.Coded;

/** Who is being treated: one client, or a couple, such as {@link #COUPLE}. */
public enum UnitKind implements Coded {
  /** One client. */
  INDIVIDUAL("individual", 1),
  /** Two partners, each a client. */
  COUPLE("couple", 2);

  private final String code;
  private final int size;

  UnitKind(String code, int size) {
    this.code = code;
    this.size = size;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns how many clients a unit of this kind has.
   *
   * @return 1 for an individual, 2 for a couple
   */
  public int size() {
    return size;
  }
}

package org.therapykit.practitioner;

import org.therapykit.Coded;

/**
 * The level of an academic degree, such as {@link #MASTER}, ordered from lowest to highest rank; a
 * medical doctorate ranks with a doctorate.
 */
public enum DegreeLevel implements Coded {
  /** A bachelor's degree. */
  BACHELOR("bachelor", 1),
  /** A master's degree. */
  MASTER("master", 2),
  /** A research or professional doctorate (PhD, PsyD, EdD, DSW, DNP). */
  DOCTORATE("doctorate", 3),
  /** A medical doctorate (MD, DO, MBBS). */
  MEDICAL_DOCTORATE("medical-doctorate", 3);

  private final String code;
  private final int rank;

  DegreeLevel(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns whether this level is at least {@code other}: a doctorate is at least a master's; a
   * medical doctorate and a doctorate are at least each other.
   *
   * @param other the other level, not null
   * @return true if this ranks at or above {@code other}
   */
  public boolean isAtLeast(DegreeLevel other) {
    return rank >= other.rank;
  }
}

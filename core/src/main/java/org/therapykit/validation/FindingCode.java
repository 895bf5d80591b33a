package org.therapykit.validation;

/**
 * The registry of finding codes: every code TherapyKit reports, each documented once.
 *
 * <p>Codes are append-only: a code is never renamed, reused or removed, so hosts may store them and
 * switch on them. The wire form is {@link #code()}, upper snake case, independent of the Java
 * constant name. Tests and hosts should assert codes and paths, never message text.
 *
 * <p>Invariant codes (reported by {@link InvalidValueException}) come first, then the qualification
 * rules' codes.
 */
public enum FindingCode {
  // ---- invariants: a value that breaks one cannot be constructed -------------------------

  /** A required attribute was not supplied. */
  MISSING_VALUE("MISSING_VALUE"),
  /** A text attribute is empty or only whitespace. */
  BLANK_VALUE("BLANK_VALUE"),
  /** A text attribute does not have the documented form (for example a jurisdiction code). */
  INVALID_FORMAT("INVALID_FORMAT"),
  /** A number is negative or outside its documented range. */
  OUT_OF_RANGE("OUT_OF_RANGE"),
  /** A period ends before it starts. */
  END_BEFORE_START("END_BEFORE_START"),
  /** Two elements of a list share what must be unique (for example a licence number). */
  DUPLICATE_VALUE("DUPLICATE_VALUE"),
  /** A certification names a type its certifying body does not award. */
  UNKNOWN_BODY_TYPE_COMBINATION("UNKNOWN_BODY_TYPE_COMBINATION"),
  /** A part is larger than its whole (for example telehealth hours above all clinical hours). */
  PART_EXCEEDS_TOTAL("PART_EXCEEDS_TOTAL"),
  /** Two attributes contradict each other (for example a revocation date without revocation). */
  INCONSISTENT_VALUE("INCONSISTENT_VALUE"),

  // ---- qualification rules -------------------------------------------------------------

  /** A requirement of a requirement set is met; the message gives the numbers. */
  REQUIREMENT_MET("REQUIREMENT_MET"),
  /** A requirement of a requirement set is not met; the message gives the numbers. */
  REQUIREMENT_NOT_MET("REQUIREMENT_NOT_MET"),
  /** A certification's validity ended before the assessment date. */
  CERTIFICATION_EXPIRED("CERTIFICATION_EXPIRED"),
  /** A certification expires within the policy's warning window after the assessment date. */
  CERTIFICATION_EXPIRING("CERTIFICATION_EXPIRING"),
  /** A certification is suspended, revoked or lapsed, or not yet valid, on the assessment date. */
  CERTIFICATION_NOT_ACTIVE("CERTIFICATION_NOT_ACTIVE"),
  /**
   * A certification comes from a board whose credentials do not make anyone a certified sex
   * therapist (for example a sexology certificate that requires no clinical licence).
   */
  CERTIFICATION_NOT_RECOGNISED("CERTIFICATION_NOT_RECOGNISED"),
  /** A licence's validity ended before the assessment date. */
  LICENSE_EXPIRED("LICENSE_EXPIRED"),
  /** A licence expires within the policy's warning window after the assessment date. */
  LICENSE_EXPIRING("LICENSE_EXPIRING"),
  /** A licence is suspended, revoked or inactive, or not yet valid, on the assessment date. */
  LICENSE_NOT_ACTIVE("LICENSE_NOT_ACTIVE"),
  /** A licence does not allow independent psychotherapy practice (for example an LMSW). */
  LICENSE_NOT_INDEPENDENT("LICENSE_NOT_INDEPENDENT"),
  /** No valid licence lies in a jurisdiction where the certification is recognised. */
  LICENSE_JURISDICTION_NOT_COVERED("LICENSE_JURISDICTION_NOT_COVERED"),
  /** The membership a certification depends on is not active on the assessment date. */
  MEMBERSHIP_LAPSED("MEMBERSHIP_LAPSED"),
  /**
   * A claim that does not add up: a therapist certification without a licence for independent
   * psychotherapy, or a supervisor certification without the certification it builds on.
   */
  INCONSISTENT_CLAIM("INCONSISTENT_CLAIM");

  private final String code;

  FindingCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable wire code, such as {@code "CERTIFICATION_EXPIRED"}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}

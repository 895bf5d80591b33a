package org.therapykit.practitioner;

import org.therapykit.Coded;

/** What kind of organisation a practitioner works for, such as {@link #FERTILITY_CLINIC}. */
public enum OrganizationKind implements Coded {
  /** A fertility clinic. */
  FERTILITY_CLINIC("fertility-clinic"),
  /** A hospital. */
  HOSPITAL("hospital"),
  /** A sexual-health centre. */
  SEXUAL_HEALTH_CENTRE("sexual-health-centre"),
  /** A private practice. */
  PRIVATE_PRACTICE("private-practice"),
  /** A school. */
  SCHOOL("school"),
  /** A government programme. */
  GOVERNMENT_PROGRAMME("government-programme"),
  /** A university clinic. */
  UNIVERSITY_CLINIC("university-clinic"),
  /** Any other organisation. */
  OTHER("other");

  private final String code;

  OrganizationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

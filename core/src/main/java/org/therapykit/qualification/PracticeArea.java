package org.therapykit.qualification;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/** A kind of concern a practitioner may work on, such as {@link #SEXUAL_DYSFUNCTIONS}. */
@Sensitive
public enum PracticeArea implements Coded {
  /** Accurate information and education about sexuality. */
  SEXUALITY_EDUCATION("sexuality-education"),
  /** Relationship problems, such as communication between partners. */
  RELATIONSHIP_PROBLEMS("relationship-problems"),
  /** Minor sexual difficulties, such as differences in desired frequency. */
  MINOR_SEXUAL_DIFFICULTIES("minor-sexual-difficulties"),
  /** Sexual dysfunctions, such as erectile disorder, vaginismus or anorgasmia. */
  SEXUAL_DYSFUNCTIONS("sexual-dysfunctions"),
  /** In-depth psychotherapy. */
  IN_DEPTH_PSYCHOTHERAPY("in-depth-psychotherapy");

  private final String code;

  PracticeArea(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

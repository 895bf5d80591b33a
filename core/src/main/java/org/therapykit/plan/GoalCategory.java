package org.therapykit.plan;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;
import org.therapykit.qualification.PracticeArea;

/**
 * What a goal is about, such as {@link #SEXUAL_INTIMACY}, and the {@link PracticeArea} a
 * practitioner's scope of practice must include to work on it ({@link #practiceArea()}).
 */
@Sensitive
public enum GoalCategory implements Coded {
  /** Improving sexual intimacy. Needs {@link PracticeArea#MINOR_SEXUAL_DIFFICULTIES}. */
  SEXUAL_INTIMACY("sexual-intimacy", PracticeArea.MINOR_SEXUAL_DIFFICULTIES),
  /**
   * Changing sexual frequency, such as a difference in desired frequency. Needs {@link
   * PracticeArea#MINOR_SEXUAL_DIFFICULTIES}.
   */
  SEXUAL_FREQUENCY("sexual-frequency", PracticeArea.MINOR_SEXUAL_DIFFICULTIES),
  /**
   * Treating a named sexual dysfunction (see {@link Goal#dysfunction()}). Needs {@link
   * PracticeArea#SEXUAL_DYSFUNCTIONS}: a sex counsellor may not work on it.
   */
  SEXUAL_DYSFUNCTION("sexual-dysfunction", PracticeArea.SEXUAL_DYSFUNCTIONS),
  /** Communication between the partners. Needs {@link PracticeArea#RELATIONSHIP_PROBLEMS}. */
  COMMUNICATION("communication", PracticeArea.RELATIONSHIP_PROBLEMS),
  /** The relationship more broadly. Needs {@link PracticeArea#RELATIONSHIP_PROBLEMS}. */
  RELATIONSHIP("relationship", PracticeArea.RELATIONSHIP_PROBLEMS),
  /**
   * Anything else. Needs {@link PracticeArea#IN_DEPTH_PSYCHOTHERAPY}: a goal the model cannot
   * classify is treated as needing the widest scope, so the scope rule fails closed (a sex
   * therapist may work on it; a counsellor gets a finding).
   */
  OTHER("other", PracticeArea.IN_DEPTH_PSYCHOTHERAPY);

  private final String code;
  private final PracticeArea practiceArea;

  GoalCategory(String code, PracticeArea practiceArea) {
    this.code = code;
    this.practiceArea = practiceArea;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the area of practice a practitioner's scope must include to work on a goal of this
   * category.
   *
   * @return the area, not null
   */
  public PracticeArea practiceArea() {
    return practiceArea;
  }
}

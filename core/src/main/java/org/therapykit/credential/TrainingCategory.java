package org.therapykit.credential;

import org.therapykit.Coded;

/** What a training record counts toward, such as {@link #CORE_KNOWLEDGE}. */
public enum TrainingCategory implements Coded {
  /** Human sexuality education in AASECT's core knowledge areas. */
  CORE_KNOWLEDGE("core-knowledge"),
  /** Training in sex therapy methods. */
  SEX_THERAPY("sex-therapy"),
  /** Training in sexuality counselling methods. */
  SEXUALITY_COUNSELLING("sexuality-counselling"),
  /** Skills training for sexuality educators. */
  SEXUALITY_EDUCATION_SKILLS("sexuality-education-skills"),
  /** A Sexual Attitude Reassessment (SAR) seminar. */
  ATTITUDE_REASSESSMENT("sar");

  private final String code;

  TrainingCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

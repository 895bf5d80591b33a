package org.therapykit.qualification;

import org.therapykit.Coded;

/** One requirement of a {@link RequirementSet}, such as {@link #CORE_KNOWLEDGE_HOURS}. */
public enum Requirement implements Coded {
  /** A licence valid on the date that allows independent psychotherapy. */
  INDEPENDENT_LICENSE("independent-license", "licence for independent psychotherapy"),
  /** A degree of the required level and kind, with enough years since its award. */
  DEGREE("degree", "degree with post-degree experience"),
  /** Hours of human sexuality education (core knowledge areas), online hours capped. */
  CORE_KNOWLEDGE_HOURS("core-knowledge-hours", "core knowledge (sexuality education)"),
  /** Hours of training in the discipline's methods, online hours capped. */
  DISCIPLINE_TRAINING_HOURS("discipline-training-hours", "discipline training"),
  /** Hours of Sexual Attitude Reassessment. */
  ATTITUDE_REASSESSMENT_HOURS("attitude-reassessment-hours", "sexual attitude reassessment"),
  /** Supervised practice hours in the discipline, telehealth hours capped. */
  PRACTICE_HOURS("practice-hours", "supervised practice"),
  /** The practice hours accrued over a span of years within the set's bounds. */
  PRACTICE_SPAN("practice-span", "span of supervised practice"),
  /** Direct teaching hours (participant contact) within the practice hours. */
  DIRECT_TEACHING_HOURS("direct-teaching-hours", "direct teaching"),
  /** Supervision hours received, group hours capped by share. */
  SUPERVISION_HOURS("supervision-hours", "supervision"),
  /** One-to-one supervision hours received. */
  INDIVIDUAL_SUPERVISION_HOURS("individual-supervision-hours", "individual supervision"),
  /** Supervision hours received in proportion to practice hours, group hours capped by share. */
  SUPERVISION_RATIO("supervision-ratio", "supervision in proportion to practice");

  private final String code;
  private final String label;

  Requirement(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns a short English label for messages, such as {@code "supervised practice"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}

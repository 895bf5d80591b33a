package org.therapykit.intake;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/**
 * A structured question of an intake history section, such as {@link #CURRENT_MEDICATION} in the
 * physical section. The topic is the question, not the answer; beside a client's id even the
 * question says what was asked about (self-harm risk, trauma), so a history item prints it as
 * {@code <redacted>}.
 */
@Sensitive
public enum HistoryTopic implements Coded {
  /** Takes medication now. */
  CURRENT_MEDICATION("current-medication", HistorySectionKind.PHYSICAL),
  /** Has a chronic physical condition. */
  CHRONIC_CONDITION("chronic-condition", HistorySectionKind.PHYSICAL),
  /** Has had surgery relevant to sexual function. */
  SURGERY("surgery", HistorySectionKind.PHYSICAL),
  /** Is undergoing or has undergone fertility treatment. */
  FERTILITY_TREATMENT("fertility-treatment", HistorySectionKind.PHYSICAL),
  /** Has had pregnancies or pregnancy losses. */
  PREGNANCY_HISTORY("pregnancy-history", HistorySectionKind.PHYSICAL),
  /** Has been in counselling or psychotherapy before. */
  PRIOR_THERAPY("prior-therapy", HistorySectionKind.MENTAL_HEALTH),
  /** Low mood or depression. */
  LOW_MOOD("low-mood", HistorySectionKind.MENTAL_HEALTH),
  /** Anxiety. */
  ANXIETY("anxiety", HistorySectionKind.MENTAL_HEALTH),
  /** Trauma. */
  TRAUMA("trauma", HistorySectionKind.MENTAL_HEALTH),
  /** Alcohol or other substance use. */
  SUBSTANCE_USE("substance-use", HistorySectionKind.MENTAL_HEALTH),
  /** Thoughts of self-harm. */
  SELF_HARM_RISK("self-harm-risk", HistorySectionKind.MENTAL_HEALTH),
  /** A concern about sexual desire. */
  DESIRE_CONCERN("desire-concern", HistorySectionKind.SEXUAL),
  /** A concern about arousal or erection. */
  AROUSAL_CONCERN("arousal-concern", HistorySectionKind.SEXUAL),
  /** A concern about orgasm or ejaculation. */
  ORGASM_CONCERN("orgasm-concern", HistorySectionKind.SEXUAL),
  /** Pain during sex. */
  PAIN_DURING_SEX("pain-during-sex", HistorySectionKind.SEXUAL),
  /** Sex has become scheduled around fertility (timed intercourse). */
  TIMED_INTERCOURSE_PRESSURE("timed-intercourse-pressure", HistorySectionKind.SEXUAL),
  /** Unwanted sexual experiences. */
  UNWANTED_SEXUAL_EXPERIENCE("unwanted-sexual-experience", HistorySectionKind.SEXUAL);

  private final String code;
  private final HistorySectionKind section;

  HistoryTopic(String code, HistorySectionKind section) {
    this.code = code;
    this.section = section;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the section the topic belongs to.
   *
   * @return the section, not null
   */
  public HistorySectionKind section() {
    return section;
  }
}

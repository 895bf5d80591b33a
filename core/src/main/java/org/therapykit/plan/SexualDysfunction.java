package org.therapykit.plan;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/**
 * A named sexual dysfunction a goal may address, such as {@link #ERECTILE_DISORDER} (DSM-5 names).
 */
@Sensitive
public enum SexualDysfunction implements Coded {
  /** Erectile disorder. */
  ERECTILE_DISORDER("erectile-disorder"),
  /** Premature (early) ejaculation. */
  PREMATURE_EJACULATION("premature-ejaculation"),
  /** Delayed ejaculation. */
  DELAYED_EJACULATION("delayed-ejaculation"),
  /** Female orgasmic disorder. */
  FEMALE_ORGASMIC_DISORDER("female-orgasmic-disorder"),
  /** Female sexual interest/arousal disorder. */
  FEMALE_INTEREST_AROUSAL_DISORDER("female-interest-arousal-disorder"),
  /** Male hypoactive sexual desire disorder. */
  MALE_HYPOACTIVE_DESIRE_DISORDER("male-hypoactive-desire-disorder"),
  /** Genito-pelvic pain/penetration disorder (including vaginismus). */
  GENITO_PELVIC_PAIN_PENETRATION_DISORDER("genito-pelvic-pain-penetration-disorder"),
  /** Another specified or unspecified sexual dysfunction. */
  OTHER("other");

  private final String code;

  SexualDysfunction(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

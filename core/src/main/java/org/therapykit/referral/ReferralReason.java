package org.therapykit.referral;

import org.therapykit.Coded;

/** Why a provider refers a client, as a category, such as {@link #FERTILITY_RELATED}. */
public enum ReferralReason implements Coded {
  /** Sexual or relationship difficulties related to infertility or fertility treatment. */
  FERTILITY_RELATED("fertility-related"),
  /** A suspected or diagnosed sexual dysfunction. */
  SEXUAL_DYSFUNCTION("sexual-dysfunction"),
  /** Pain during sex. */
  SEXUAL_PAIN("sexual-pain"),
  /** Low or discrepant sexual desire. */
  DESIRE_CONCERN("desire-concern"),
  /** Relationship or communication problems. */
  RELATIONSHIP("relationship"),
  /** Any other reason. */
  OTHER("other");

  private final String code;

  ReferralReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

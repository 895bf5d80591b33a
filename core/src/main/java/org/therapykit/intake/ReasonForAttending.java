package org.therapykit.intake;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/** Why a client says they are attending, as a category, such as {@link #FERTILITY_STRESS}. */
@Sensitive
public enum ReasonForAttending implements Coded {
  /** Sex and intimacy strained by infertility or fertility treatment. */
  FERTILITY_STRESS("fertility-stress"),
  /** Less sexual intimacy than wanted. */
  LOSS_OF_INTIMACY("loss-of-intimacy"),
  /** The partners want sex at different frequencies. */
  DESIRE_DISCREPANCY("desire-discrepancy"),
  /** Low sexual desire. */
  LOW_DESIRE("low-desire"),
  /** Difficulty with arousal or erection. */
  AROUSAL_DIFFICULTY("arousal-difficulty"),
  /** Difficulty with orgasm or ejaculation. */
  ORGASM_DIFFICULTY("orgasm-difficulty"),
  /** Pain during sex. */
  SEXUAL_PAIN("sexual-pain"),
  /** Difficulty talking about sex or the relationship. */
  COMMUNICATION("communication"),
  /** Advised to attend by a health-care provider. */
  PROVIDER_ADVICE("provider-advice"),
  /** Any other reason. */
  OTHER("other");

  private final String code;

  ReasonForAttending(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.client;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/** Where a client unit stands with fertility, such as {@link #IN_TREATMENT}. */
@Sensitive
public enum FertilityStage implements Coded {
  /** Trying to conceive, without fertility treatment. */
  TRYING_TO_CONCEIVE("trying-to-conceive"),
  /** Under fertility treatment (for example ovulation induction, IUI or IVF). */
  IN_TREATMENT("in-treatment"),
  /** Fertility treatment paused. */
  PAUSED("paused"),
  /** Fertility treatment ended, with or without a pregnancy. */
  ENDED("ended");

  private final String code;

  FertilityStage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.intake;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/** The answer to a structured history question, such as {@link #YES}. */
@Sensitive
public enum Answer implements Coded {
  /** Yes. */
  YES("yes"),
  /** No. */
  NO("no"),
  /** The client is not sure. */
  UNSURE("unsure"),
  /** The client chose not to answer. */
  DECLINED("declined");

  private final String code;

  Answer(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.plan;

import org.therapykit.Coded;

/** How an assignment went, as reported when it is reviewed, such as {@link #COMPLETED}. */
public enum HomeworkStatus implements Coded {
  /** Done as assigned. */
  COMPLETED("completed"),
  /** Partly done. */
  PARTLY_COMPLETED("partly-completed"),
  /** Not done. */
  NOT_DONE("not-done"),
  /** Dropped because it no longer fits the plan. */
  NO_LONGER_RELEVANT("no-longer-relevant");

  private final String code;

  HomeworkStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

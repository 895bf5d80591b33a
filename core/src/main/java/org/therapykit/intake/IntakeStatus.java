package org.therapykit.intake;

import org.therapykit.Coded;

/**
 * The completion state of an intake form, such as {@link #COMPLETED}: the FHIR {@code
 * QuestionnaireResponse} status codes.
 */
public enum IntakeStatus implements Coded {
  /** Started, not finished. */
  IN_PROGRESS("in-progress", false),
  /** Finished. */
  COMPLETED("completed", true),
  /** Finished, then changed. */
  AMENDED("amended", true),
  /** Recorded by mistake. */
  ENTERED_IN_ERROR("entered-in-error", false),
  /** Abandoned before it was finished. */
  STOPPED("stopped", false);

  private final String code;
  private final boolean completed;

  IntakeStatus(String code, boolean completed) {
    this.code = code;
    this.completed = completed;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns whether a form in this state has been filled in completely.
   *
   * @return true for {@link #COMPLETED} and {@link #AMENDED}
   */
  public boolean isCompleted() {
    return completed;
  }
}

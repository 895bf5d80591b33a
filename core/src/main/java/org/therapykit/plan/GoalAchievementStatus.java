package org.therapykit.plan;

import org.therapykit.Coded;

/**
 * How a goal is going, such as {@link #IMPROVING}: the FHIR {@code Goal.achievementStatus} codes.
 */
public enum GoalAchievementStatus implements Coded {
  /** Work has started; too early to say. */
  IN_PROGRESS("in-progress"),
  /** Moving toward the target. */
  IMPROVING("improving"),
  /** Moving away from the target. */
  WORSENING("worsening"),
  /** No change. */
  NO_CHANGE("no-change"),
  /** The target was reached. */
  ACHIEVED("achieved"),
  /** The target is being kept. */
  SUSTAINING("sustaining"),
  /** The target was not reached. */
  NOT_ACHIEVED("not-achieved"),
  /** No progress. */
  NO_PROGRESS("no-progress"),
  /** The target cannot be reached. */
  NOT_ATTAINABLE("not-attainable");

  private final String code;

  GoalAchievementStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.plan;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;

/** What kind of work between sessions, such as {@link #SENSATE_FOCUS}. */
@Sensitive
public enum HomeworkKind implements Coded {
  /** Sensate-focus touching exercises. */
  SENSATE_FOCUS("sensate-focus"),
  /** A structured conversation or communication exercise. */
  COMMUNICATION_EXERCISE("communication-exercise"),
  /** Time set aside for non-demand intimacy. */
  SCHEDULED_INTIMACY("scheduled-intimacy"),
  /** Individual body awareness or self-exploration. */
  SELF_EXPLORATION("self-exploration"),
  /** Reading or psychoeducation. */
  READING("reading"),
  /** Keeping a diary or log. */
  JOURNALING("journaling"),
  /** Any other assignment. */
  OTHER("other");

  private final String code;

  HomeworkKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

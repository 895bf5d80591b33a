package org.therapykit.plan;

import org.therapykit.Coded;

/** Why a plan was revised, such as {@link #MORE_SESSIONS_NEEDED}. */
public enum RevisionReason implements Coded {
  /** Goals were added, changed or dropped. */
  GOALS_REVISED("goals-revised"),
  /** More sessions are needed than planned. */
  MORE_SESSIONS_NEEDED("more-sessions-needed"),
  /** Fewer sessions are needed than planned. */
  FEWER_SESSIONS_NEEDED("fewer-sessions-needed"),
  /** A planned review changed the plan. */
  REVIEW_OUTCOME("review-outcome"),
  /** The clients asked for a change. */
  CLIENT_REQUEST("client-request"),
  /** Only the status changed (paused, resumed, completed, revoked). */
  STATUS_CHANGE("status-change"),
  /** Any other reason. */
  OTHER("other");

  private final String code;

  RevisionReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

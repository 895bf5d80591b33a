package org.therapykit.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * One state of a goal as of a date: its lifecycle and achievement status, description and target,
 * such as on {@code 2026-03-30}: {@link GoalLifecycleStatus#ACTIVE}, {@link
 * GoalAchievementStatus#IMPROVING}, with a raised target. A goal's revisions are its history.
 *
 * <p>The description is the goal in words, and is redacted from {@link #toString()}.
 *
 * <p>Invariants: the description is not blank and at most 2,000 characters. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class GoalRevision implements WithGoalRevision, TherapyValue {
  GoalRevision() {}

  /**
   * Returns the date this revision was made (FHIR {@code Goal.statusDate}).
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the lifecycle status.
   *
   * @return the status, not null
   */
  public abstract GoalLifecycleStatus lifecycleStatus();

  /**
   * Returns the achievement status, once there is one.
   *
   * @return the status, or empty
   */
  public abstract Optional<GoalAchievementStatus> achievementStatus();

  /**
   * Returns the goal in words.
   *
   * @return the description, not null, not blank; redacted from {@code toString()}
   */
  @Text(max = 2000)
  @Value.Redacted
  public abstract String description();

  /**
   * Returns the measurable target.
   *
   * @return the target, or empty
   */
  public abstract Optional<GoalTarget> target();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalRevision}; date, lifecycle status and description are required. */
  public static final class Builder extends ImmutableGoalRevision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

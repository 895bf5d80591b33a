package org.therapykit.plan;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Range;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * One version of a treatment plan, such as version 1, effective {@code 2026-02-16}: six sessions,
 * review at session 4, {@link PlanStatus#ACTIVE}. A plan is revised by adding a version, never by
 * editing one; every version after the first says why ({@link #revisionReason()}).
 *
 * <p>Invariants: the number is at least 1 and the planned sessions from 1 to 100 ({@link
 * FindingCode#OUT_OF_RANGE}); review sessions lie within the planned sessions ({@link
 * FindingCode#INCONSISTENT_VALUE}) and strictly increase ({@link FindingCode#INCONSISTENT_VALUE});
 * a revision reason is present exactly for versions after the first ({@link
 * FindingCode#MISSING_CONDITIONAL_VALUE} or {@link FindingCode#INCONSISTENT_VALUE} at {@code
 * /revisionReason}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanVersion implements WithPlanVersion, TherapyValue {
  PlanVersion() {}

  /**
   * Returns the version number: 1 for the first plan, then 2, 3 and so on.
   *
   * @return the number, at least 1
   */
  @Range(min = 1, max = Integer.MAX_VALUE)
  public abstract int number();

  /**
   * Returns the date this version takes effect.
   *
   * @return the date, not null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the planned number of sessions for the whole course, counting the intake session.
   *
   * @return from 1 to 100
   */
  @Range(min = 1, max = 100)
  public abstract int plannedSessions();

  /**
   * Returns the session numbers at which progress and the plan are reviewed.
   *
   * @return the session numbers, strictly increasing, not null
   */
  @Range(min = 1, max = 100)
  public abstract ImmutableList<Integer> reviewSessions();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public abstract PlanStatus status();

  /**
   * Returns why this version revises the previous one.
   *
   * @return the reason; empty for version 1, present for every later version
   */
  public abstract Optional<RevisionReason> revisionReason();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanVersion}; number, effective date, planned sessions and status are required.
   */
  public static final class Builder extends ImmutablePlanVersion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    for (int i = 0; i < reviewSessions().size(); i++) {
      int s = reviewSessions().get(i);
      v.require(
          s < 1 || s <= plannedSessions(), // below 1 is reported by the declared range
          FindingCode.INCONSISTENT_VALUE,
          "/reviewSessions/" + i,
          "must be a planned session number");
      v.require(
          i == 0 || s > reviewSessions().get(i - 1),
          FindingCode.INCONSISTENT_VALUE,
          "/reviewSessions/" + i,
          "review sessions must strictly increase");
    }
    if (number() > 1) {
      v.require(
          revisionReason().isPresent(),
          FindingCode.MISSING_CONDITIONAL_VALUE,
          "/revisionReason",
          "a revision must say why");
    } else {
      v.require(
          revisionReason().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/revisionReason",
          "the first version revises nothing");
    }
    v.throwIfAny();
  }
}

package org.therapykit.plan;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.HomeworkId;
import org.therapykit.internal.NotEmpty;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * Work to do at home between sessions, such as homework {@code hw-1}: {@link
 * HomeworkKind#SENSATE_FOCUS} for both partners, assigned in session 2, due {@code 2026-03-16},
 * reviewed in session 3 as completed.
 *
 * <p>The description (what exactly to do) is redacted from {@link #toString()}; the kind, the
 * assignees and the session numbers are not.
 *
 * <p>Invariants: at least one assignee ({@link FindingCode#MISSING_VALUE}); the assigning session
 * number is at least 1 ({@link FindingCode#OUT_OF_RANGE}); the review comes in a later session than
 * the assignment ({@link FindingCode#INCONSISTENT_VALUE} at {@code /outcome/reviewedInSession});
 * the description is not blank and at most 2,000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HomeworkAssignment implements WithHomeworkAssignment, TherapyValue {
  HomeworkAssignment() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  public abstract HomeworkId id();

  /**
   * Returns the kind of work.
   *
   * @return the kind, not null
   */
  @Value.Redacted
  public abstract HomeworkKind kind();

  /**
   * Returns what to do, in words.
   *
   * @return the description, not null, not blank; redacted from {@code toString()}
   */
  @Text(max = 2000)
  @Value.Redacted
  public abstract String description();

  /**
   * Returns who is to do it: one partner, or both.
   *
   * @return the assignees, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<ClientId> assignees();

  /**
   * Returns the number of the session in which it was assigned.
   *
   * @return the session number, at least 1
   */
  @Range(min = 1, max = Integer.MAX_VALUE)
  public abstract int assignedInSession();

  /**
   * Returns when it is due.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * Returns how it went, once reviewed.
   *
   * @return the outcome, or empty if not yet reviewed
   */
  public abstract Optional<HomeworkOutcome> outcome();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HomeworkAssignment}; id, kind, description and assigning session are required,
   * with at least one assignee.
   */
  public static final class Builder extends ImmutableHomeworkAssignment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            outcome().map(o -> o.reviewedInSession() > assignedInSession()).orElse(true),
            FindingCode.INCONSISTENT_VALUE,
            "/outcome/reviewedInSession",
            "homework is reviewed in a later session than it was assigned in")
        .throwIfAny();
  }
}

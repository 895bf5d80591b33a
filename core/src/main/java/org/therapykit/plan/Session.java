package org.therapykit.plan;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.internal.NotEmpty;
import org.therapykit.internal.Range;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * One session of a course, such as session 3 on {@code 2026-03-16}, a {@link SessionKind#TREATMENT}
 * session attended by both partners, working on goals {@code goal-1} and {@code goal-3}, with a
 * progress note.
 *
 * <p>Sessions are numbered from 1 in the order held. The homework assigned and reviewed in a
 * session is recorded on each {@link HomeworkAssignment} (its {@code assignedInSession} and
 * outcome), and listed per session by {@code TherapyCase.homeworkAssignedIn(int)} and {@code
 * TherapyCase.homeworkReviewedIn(int)}. The two kinds of notes are stored apart: a {@link
 * ProgressNote} belongs to the record, a {@link PsychotherapyNote} is kept separately and released
 * only under its own authorisation.
 *
 * <p>Invariants: the number is at least 1 ({@link FindingCode#OUT_OF_RANGE}); at least one attendee
 * ({@link FindingCode#MISSING_VALUE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session implements WithSession, TherapyValue {
  Session() {}

  /**
   * Returns the session number: 1 for the first session of the course.
   *
   * @return the number, at least 1
   */
  @Range(min = 1, max = Integer.MAX_VALUE)
  public abstract int number();

  /**
   * Returns the date held.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public abstract SessionKind kind();

  /**
   * Returns the clients who attended: one partner or both.
   *
   * @return the attendees, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<ClientId> attendees();

  /**
   * Returns the goals worked on in the session.
   *
   * @return the goal ids, not null
   */
  public abstract ImmutableSet<GoalId> addressedGoals();

  /**
   * Returns the progress note.
   *
   * @return the note, or empty
   */
  public abstract Optional<ProgressNote> progressNote();

  /**
   * Returns the psychotherapy note, stored apart from the progress note.
   *
   * @return the note, or empty
   */
  public abstract Optional<PsychotherapyNote> psychotherapyNote();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}; number, date and kind are required, with at least one attendee. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

package org.therapykit.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * How a homework assignment went, as reviewed in a later session, such as reviewed in session 3:
 * {@link HomeworkStatus#COMPLETED}, with a note.
 *
 * <p>The note is redacted from {@link #toString()}.
 *
 * <p>Invariants: the session number is at least 1 ({@link FindingCode#OUT_OF_RANGE}); the note, if
 * present, is not blank and at most 2,000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HomeworkOutcome implements WithHomeworkOutcome, TherapyValue {
  HomeworkOutcome() {}

  /**
   * Returns the number of the session in which the homework was reviewed.
   *
   * @return the session number, at least 1
   */
  @Range(min = 1, max = Integer.MAX_VALUE)
  public abstract int reviewedInSession();

  /**
   * Returns how it went.
   *
   * @return the status, not null
   */
  public abstract HomeworkStatus status();

  /**
   * Returns the practitioner's or clients' note on it.
   *
   * @return the note, or empty; redacted from {@code toString()}
   */
  @Text(max = 2000)
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HomeworkOutcome}; session number and status are required. */
  public static final class Builder extends ImmutableHomeworkOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

package org.therapykit.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * The measurable target of a goal (FHIR {@code Goal.target}), such as measure {@code unhurried
 * intimate evenings per week}, detail {@code 2}, due {@code 2026-04-27}.
 *
 * <p>The measure and detail are about the clients' sex life and are redacted from {@link
 * #toString()}; the due date is not.
 *
 * <p>Invariants: the measure is not blank and at most 200 characters; the detail, if present, is
 * not blank and at most 200 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoalTarget implements WithGoalTarget, TherapyValue {
  GoalTarget() {}

  /**
   * Returns what is measured.
   *
   * @return the measure, not null; redacted from {@code toString()}
   */
  @Text(max = 200)
  @Value.Redacted
  public abstract String measure();

  /**
   * Returns the value or range to reach, as the practitioner writes it.
   *
   * @return the detail, or empty; redacted from {@code toString()}
   */
  @Text(max = 200)
  @Value.Redacted
  public abstract Optional<String> detail();

  /**
   * Returns the date by which the target should be reached.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalTarget}; the measure is required. */
  public static final class Builder extends ImmutableGoalTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

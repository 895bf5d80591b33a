package org.therapykit.qualification;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.credential.Discipline;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * Whether one requirement of one set is met, with the numbers, such as core knowledge {@code 72} of
 * {@code 90} hours under {@code 2025.T.1}: not met.
 *
 * <p>{@link #actual()} and {@link #required()} are present for hour requirements; the degree,
 * licence and span requirements are met or not. {@link #path()} points at the evidence in the
 * practitioner, such as {@code /trainings}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RequirementResult implements WithRequirementResult, TherapyValue {
  RequirementResult() {}

  /**
   * Returns the id of the requirement set.
   *
   * @return the id, such as {@code 2025.T.1}, not null
   */
  @Text(
      max = Forms.POLICY_ID_MAX,
      pattern = Forms.POLICY_ID,
      patternHint = Forms.POLICY_ID_HINT,
      check = "isPolicyId")
  public abstract String requirementSetId();

  /**
   * Returns the discipline of the set.
   *
   * @return the discipline, not null
   */
  public abstract Discipline discipline();

  /**
   * Returns the requirement.
   *
   * @return the requirement, not null
   */
  public abstract Requirement requirement();

  /**
   * Returns whether it is met.
   *
   * @return true if met
   */
  public abstract boolean met();

  /**
   * Returns the hours counted toward it, after caps.
   *
   * @return the hours, or empty for a requirement that is not about hours
   */
  public abstract Optional<Hours> actual();

  /**
   * Returns the hours required.
   *
   * @return the hours, or empty for a requirement that is not about hours
   */
  public abstract Optional<Hours> required();

  /**
   * Returns the JSON Pointer of the evidence in the practitioner.
   *
   * @return the pointer, such as {@code /supervisedPractice}, not null
   */
  @Text(
      max = 1000,
      pattern = Forms.POINTER,
      patternHint = Forms.POINTER_HINT,
      check = "isPointer",
      mayBeEmpty = true)
  public abstract String path();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementResult}. */
  public static final class Builder extends ImmutableRequirementResult.Builder {
    Builder() {}
  }

  /** Returns a description such as {@code core knowledge (sexuality education) 72 of 90 hours}. */
  @Override
  public String toString() {
    String numbers =
        actual().isPresent() && required().isPresent()
            ? " " + actual().get() + " of " + required().get() + " hours"
            : met() ? ": met" : ": not met";
    return requirement().label() + numbers + " (" + requirementSetId() + ")";
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

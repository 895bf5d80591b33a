package org.therapykit.directory;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.therapykit.PractitionerId;
import org.therapykit.internal.NotEmpty;
import org.therapykit.json.TherapyValue;

/**
 * A practitioner the directory considered and did not offer, with every reason, such as {@code
 * p-0230}: {@code not-qualified-for-concern}. Kept for audit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exclusion implements WithExclusion, TherapyValue {
  Exclusion() {}

  /**
   * Returns the practitioner's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract PractitionerId practitionerId();

  /**
   * Returns why, every reason that applies, in the order of {@link ExclusionReason}.
   *
   * @return the reasons, not empty, not null
   */
  @NotEmpty
  @Value.Parameter
  public abstract ImmutableList<ExclusionReason> reasons();

  /**
   * Obtains an exclusion.
   *
   * @param practitionerId the practitioner, not null
   * @param reasons the reasons, not empty, not null
   * @return the exclusion, not null
   */
  public static Exclusion of(
      PractitionerId practitionerId, Iterable<? extends ExclusionReason> reasons) {
    return ImmutableExclusion.of(practitionerId, reasons);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exclusion}. */
  public static final class Builder extends ImmutableExclusion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

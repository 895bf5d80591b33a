package org.therapykit.client;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.OrganizationId;
import org.therapykit.internal.Sensitive;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * The fertility situation a unit comes to therapy in, such as a couple {@link
 * FertilityStage#IN_TREATMENT} at fertility clinic {@code org-fertility-01}.
 *
 * <p>Optional data on a {@link TreatedUnit}, not a separate model: sex therapy alongside fertility
 * treatment is the same course of therapy, often with a release of information to the fertility
 * specialist. The stage is reproductive-health information and is redacted from {@link
 * #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@Sensitive
public abstract class FertilityContext implements WithFertilityContext, TherapyValue {
  FertilityContext() {}

  /**
   * Returns the stage.
   *
   * @return the stage, not null; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract FertilityStage stage();

  /**
   * Returns the fertility clinic, if known.
   *
   * @return the clinic's id, or empty
   */
  public abstract Optional<OrganizationId> clinic();

  /**
   * Returns the date fertility treatment ended, recorded with stage {@link FertilityStage#ENDED}. A
   * release that ends with fertility treatment is not in force from this date; with stage ended and
   * no date, it covers nothing.
   *
   * @return the date, or empty; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<LocalDate> endedOn();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FertilityContext}; the stage is required. */
  public static final class Builder extends ImmutableFertilityContext.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            endedOn().isEmpty() || stage() == FertilityStage.ENDED,
            FindingCode.INCONSISTENT_VALUE,
            "/endedOn",
            "only an ended stage has an end date")
        .throwIfAny();
  }
}

package org.therapykit.credential;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * Completed training that counts toward a requirement, such as 12.5 hours of {@link
 * TrainingCategory#CORE_KNOWLEDGE} delivered {@link Delivery#ONLINE}, completed {@code 2023-11-04},
 * from provider {@code Midwest Sexuality Institute}.
 *
 * <p>Invariants: hours are above zero; provider and title, if present, are not blank and at most
 * 200 characters; an area, if present, is a code of lower-case letters, digits and hyphens ({@code
 * INVALID_FORMAT}) on core-knowledge training only ({@code INCONSISTENT_VALUE}). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class TrainingRecord implements WithTrainingRecord, TherapyValue {
  TrainingRecord() {}

  /**
   * Returns what the training counts toward.
   *
   * @return the category, not null
   */
  public abstract TrainingCategory category();

  /**
   * Returns the clock hours.
   *
   * @return the hours, above zero, not null
   */
  @Range(min = 0.01, max = Hours.MAX_HOURS)
  public abstract Hours hours();

  /**
   * Returns how the training was delivered.
   *
   * @return the delivery, not null
   */
  public abstract Delivery delivery();

  /**
   * Returns the date the training was completed.
   *
   * @return the date, not null
   */
  public abstract LocalDate completed();

  /**
   * Returns the training provider.
   *
   * @return the provider, or empty
   */
  @Text(max = 200)
  public abstract Optional<String> provider();

  /**
   * Returns the course title.
   *
   * @return the title, or empty
   */
  @Text(max = 200)
  public abstract Optional<String> title();

  /**
   * Returns the core knowledge area the training covers, by the code of a policy's area list, such
   * as {@code ethics}; only for {@link TrainingCategory#CORE_KNOWLEDGE}. A course that covers
   * several areas is recorded as one record per area.
   *
   * @return the area code, or empty
   */
  @Text(max = 64)
  public abstract Optional<String> area();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingRecord}; category, hours, delivery and date are required. */
  public static final class Builder extends ImmutableTrainingRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            area().map(a -> a.matches("[a-z0-9-]{1,64}")).orElse(true),
            FindingCode.INVALID_FORMAT,
            "/area",
            "must be 1 to 64 lower-case letters, digits and hyphens, such as ethics")
        .require(
            area().isEmpty() || category() == TrainingCategory.CORE_KNOWLEDGE,
            FindingCode.INCONSISTENT_VALUE,
            "/area",
            "only core-knowledge training has an area")
        .throwIfAny();
  }
}

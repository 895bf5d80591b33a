package org.therapykit.credential;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * Continuing education completed toward the renewal of a certification, such as 6 AASECT CE credits
 * ({@link ContinuingEducationKind#BODY_APPROVED}) for a workshop delivered {@link
 * Delivery#IN_PERSON}, completed {@code 2025-10-18}, from provider {@code Midwest Sexuality
 * Institute}.
 *
 * <p>A record counts toward the cycle whose validity contains its completion date. How much it
 * counts is the policy's business ({@code StandardQualificationPolicy.renewalRules()}).
 *
 * <p>Invariants: the credits are 0.01 or more; the provider, if present, is not blank and at most
 * 200 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContinuingEducation implements WithContinuingEducation, TherapyValue {
  ContinuingEducation() {}

  /**
   * Returns the kind, which decides how the credits count.
   *
   * @return the kind, not null
   */
  public abstract ContinuingEducationKind kind();

  /**
   * Returns the credits as the provider awarded them; one credit is one contact hour, and for
   * supervision received, one hour of supervision.
   *
   * @return the credits, above zero, not null
   */
  @Range(min = 0.01, max = Hours.MAX_HOURS)
  public abstract Hours credits();

  /**
   * Returns how it was delivered.
   *
   * @return the delivery, not null
   */
  public abstract Delivery delivery();

  /**
   * Returns the date it was completed.
   *
   * @return the date, not null
   */
  public abstract LocalDate completed();

  /**
   * Returns the provider, such as {@code Midwest Sexuality Institute}.
   *
   * @return the provider, or empty
   */
  @Text(max = 200)
  public abstract Optional<String> provider();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContinuingEducation}; kind, credits, delivery and date are required. */
  public static final class Builder extends ImmutableContinuingEducation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

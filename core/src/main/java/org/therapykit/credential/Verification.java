package org.therapykit.credential;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.json.TherapyValue;

/**
 * How a credential's facts were confirmed, such as {@code primary-source, last verified
 * 2026-03-01}: checked with the body's own directory rather than taken on the practitioner's word.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Verification implements WithVerification, TherapyValue {
  Verification() {}

  /**
   * Returns where the facts were confirmed.
   *
   * @return the source, not null
   */
  @Value.Parameter
  public abstract VerificationSource source();

  /**
   * Returns when the facts were last confirmed.
   *
   * @return the date, or empty if never
   */
  @Value.Parameter
  public abstract Optional<LocalDate> lastVerified();

  /**
   * Obtains the verification of a credential the practitioner states and nobody checked.
   *
   * @return a self-attested verification without a date, not null
   */
  public static Verification selfAttested() {
    return ImmutableVerification.of(VerificationSource.SELF_ATTESTED, Optional.empty());
  }

  /**
   * Obtains a verification made with the issuing body on a date.
   *
   * @param verifiedOn the date of the check, not null
   * @return a primary-source verification, not null
   */
  public static Verification primarySource(LocalDate verifiedOn) {
    return ImmutableVerification.of(VerificationSource.PRIMARY_SOURCE, Optional.of(verifiedOn));
  }

  /**
   * Obtains a verification.
   *
   * @param source the source, not null
   * @param lastVerified the date of the last check, or empty
   * @return the verification, not null
   */
  public static Verification of(
      VerificationSource source, Optional<? extends LocalDate> lastVerified) {
    return ImmutableVerification.of(source, lastVerified);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Verification}; the source is required. */
  public static final class Builder extends ImmutableVerification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

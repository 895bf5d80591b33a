package org.therapykit.consent;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * One client's consent to therapy, such as client {@code client-b}'s consent signed on {@code
 * 2026-02-16}. In couple therapy each partner consents for themselves: one partner's consent says
 * nothing about the other's.
 *
 * <p>Whether it is in force on a date is {@link #isInForceOn(LocalDate)}. A withdrawal takes effect
 * on its date and is not retroactive.
 *
 * <p>Invariants: the withdrawal date is not before the signature date ({@link
 * FindingCode#END_BEFORE_START} at {@code /withdrawnOn}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentConsent implements WithTreatmentConsent, TherapyValue {
  TreatmentConsent() {}

  /**
   * Returns the client who consents.
   *
   * @return the client, not null
   */
  public abstract ClientId client();

  /**
   * Returns the signature.
   *
   * @return the signature, not null
   */
  public abstract Signature signature();

  /**
   * Returns the date the consent was withdrawn, if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * Returns whether the consent is in force on a date: signed on or before it, and not withdrawn on
   * or before it.
   *
   * @param date the date, not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(signature().signedOn()) && withdrawnOn().map(date::isBefore).orElse(true);
  }

  /**
   * Obtains a consent the client signed themselves.
   *
   * @param client the client, not null
   * @param signedOn the date, not null
   * @return the consent, not null
   */
  public static TreatmentConsent of(ClientId client, LocalDate signedOn) {
    return builder().client(client).signature(Signature.bySubject(signedOn)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TreatmentConsent}; client and signature are required. */
  public static final class Builder extends ImmutableTreatmentConsent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            withdrawnOn().map(w -> !w.isBefore(signature().signedOn())).orElse(true),
            FindingCode.END_BEFORE_START,
            "/withdrawnOn",
            "must not be before the signature date")
        .throwIfAny();
  }
}

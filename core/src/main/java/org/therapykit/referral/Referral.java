package org.therapykit.referral;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Party;
import org.therapykit.ReferralId;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.FindingCode;

/**
 * A referral from a health-care provider to a practitioner or organisation, such as referral {@code
 * ref-0001} by a fertility specialist to sex therapist {@code p-0007}, written {@code 2026-02-02},
 * reason {@link ReferralReason#FERTILITY_RELATED}, status {@link ReferralStatus#ACTIVE} (FHIR
 * {@code ServiceRequest}).
 *
 * <p>Whether the referral is in effect on a date is {@link #isActiveOn(LocalDate)}. Whether a
 * course of therapy needs one at all depends on the payer and jurisdiction; see {@code
 * org.therapykit.course.CaseRules#referralRequired()}.
 *
 * <p>Invariants: the status date and the expiry date are not before the date written ({@link
 * FindingCode#END_BEFORE_START}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referral implements WithReferral, TherapyDocument {
  Referral() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  public abstract ReferralId id();

  /**
   * Returns the referring provider, such as a general practitioner or fertility specialist with
   * their organisation.
   *
   * @return the referrer, not null
   */
  public abstract Party referrer();

  /**
   * Returns the practitioner or organisation referred to.
   *
   * @return the recipient, not null
   */
  public abstract Party recipient();

  /**
   * Returns the date the referral was written and took effect.
   *
   * @return the date, not null
   */
  public abstract LocalDate authoredOn();

  /**
   * Returns the reason category.
   *
   * @return the reason, not null
   */
  @Value.Redacted
  public abstract ReferralReason reason();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public abstract ReferralStatus status();

  /**
   * Returns the date the status took effect, for {@link ReferralStatus#ON_HOLD}, {@link
   * ReferralStatus#REVOKED} and {@link ReferralStatus#COMPLETED}.
   *
   * @return the date, or empty if unknown
   */
  public abstract Optional<LocalDate> statusDate();

  /**
   * Returns the last day the referral is valid, if it expires (some payers' referrals do).
   *
   * @return the inclusive expiry date, or empty
   */
  public abstract Optional<LocalDate> expiresOn();

  /**
   * Returns whether the referral is in effect on a date.
   *
   * <p>Never before {@link #authoredOn()} or after {@link #expiresOn()}. Then by status: {@code
   * active} yes; {@code completed} up to and including the status date (always, if no date is
   * known); {@code on-hold} and {@code revoked} only before the status date (never, if no date is
   * known: the library fails closed); {@code draft} and {@code entered-in-error} never.
   *
   * @param date the date, not null
   * @return true if in effect
   */
  public boolean isActiveOn(LocalDate date) {
    if (date.isBefore(authoredOn()) || expiresOn().map(date::isAfter).orElse(false)) {
      return false;
    }
    return switch (status()) {
      case ACTIVE -> true;
      case COMPLETED -> statusDate().map(s -> !date.isAfter(s)).orElse(true);
      case ON_HOLD, REVOKED -> statusDate().map(date::isBefore).orElse(false);
      case DRAFT, ENTERED_IN_ERROR -> false;
    };
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}; every attribute but the status date and expiry date is required. */
  public static final class Builder extends ImmutableReferral.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            statusDate().map(d -> !d.isBefore(authoredOn())).orElse(true),
            FindingCode.END_BEFORE_START,
            "/statusDate",
            "must not be before the date the referral was written")
        .require(
            expiresOn().map(d -> !d.isBefore(authoredOn())).orElse(true),
            FindingCode.END_BEFORE_START,
            "/expiresOn",
            "must not be before the date the referral was written")
        .throwIfAny();
  }
}

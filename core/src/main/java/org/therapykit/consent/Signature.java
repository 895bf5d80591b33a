package org.therapykit.consent;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Party;
import org.therapykit.internal.Text;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * A signature and its date on a consent or authorisation, such as signed by the subject on {@code
 * 2026-02-16}. A personal representative's signature carries a description of their authority, as
 * HIPAA requires (45 CFR 164.508(c)(1)(vi)).
 *
 * <p>The description of authority is redacted from {@link #toString()}.
 *
 * <p>Invariants: a {@link Signer#PERSONAL_REPRESENTATIVE} signature has a description of authority
 * ({@link FindingCode#MISSING_CONDITIONAL_VALUE} at {@code /representativeAuthority}) and a {@link
 * Signer#SUBJECT} signature has none ({@link FindingCode#INCONSISTENT_VALUE}); the description is
 * not blank and at most 500 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signature implements WithSignature, TherapyValue {
  Signature() {}

  /**
   * Returns the date signed.
   *
   * @return the date, not null
   */
  public abstract LocalDate signedOn();

  /**
   * Returns who signed.
   *
   * @return the signer, not null
   */
  public abstract Signer signer();

  /**
   * Returns the personal representative's description of their authority, such as {@code
   * court-appointed guardian}.
   *
   * @return the description, or empty; redacted from {@code toString()}
   */
  @Text(max = 500)
  @Value.Redacted
  public abstract Optional<String> representativeAuthority();

  /**
   * Returns who signed as personal representative, if recorded: a party with a name or ids (a
   * client id if they are a client of the case).
   *
   * @return the representative, or empty; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<Party> representative();

  /**
   * Returns the legal basis of a personal representative's authority, if recorded. The disclosure
   * rules accept a release signed for one partner by the other, or by a representative the record
   * does not identify in a case with several clients, only with a recorded basis.
   *
   * @return the basis, or empty
   */
  public abstract Optional<RepresentativeBasis> representativeBasis();

  /**
   * Obtains the subject's own signature.
   *
   * @param signedOn the date, not null
   * @return the signature, not null
   */
  public static Signature bySubject(LocalDate signedOn) {
    return builder().signedOn(signedOn).signer(Signer.SUBJECT).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signature}; date and signer are required. */
  public static final class Builder extends ImmutableSignature.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    if (signer() == Signer.PERSONAL_REPRESENTATIVE) {
      v.require(
          representativeAuthority().isPresent(),
          FindingCode.MISSING_CONDITIONAL_VALUE,
          "/representativeAuthority",
          "a personal representative must describe their authority");
    } else {
      v.require(
          representative().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/representative",
          "only a personal representative is named as one");
      v.require(
          representativeBasis().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/representativeBasis",
          "only a personal representative has a basis of authority");
      v.require(
          representativeAuthority().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/representativeAuthority",
          "only a personal representative describes an authority");
    }
    v.throwIfAny();
  }
}

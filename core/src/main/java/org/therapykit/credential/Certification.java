package org.therapykit.credential;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * A certification awarded by a body, such as AASECT Certified Sex Therapist number {@code
 * CST-20417}, valid {@code 2024-03-01/2027-02-28}, granted under requirements version {@code
 * 2025.T.1}.
 *
 * <p>Invariants: the type is one the body awards ({@link
 * FindingCode#UNKNOWN_BODY_TYPE_COMBINATION}); the number is not blank and at most 64 characters;
 * the requirements version, if present, is 1 to 32 characters of letters, digits, {@code .} and
 * {@code -}; the first-certified date, if present, is not after the validity's start ({@link
 * FindingCode#INCONSISTENT_VALUE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Certification implements WithCertification, TherapyValue {

  Certification() {}

  /**
   * Returns the awarding body.
   *
   * @return the body, not null
   */
  public abstract CertifyingBody body();

  /**
   * Returns the type.
   *
   * @return the type, not null
   */
  public abstract CertificationType type();

  /**
   * Returns the certificate number.
   *
   * @return the number, not null, not blank
   */
  @Text(max = 64)
  public abstract String number();

  /**
   * Returns the period the certification is valid for.
   *
   * @return the validity, not null
   */
  public abstract DateRange validity();

  /**
   * Returns the date the certification was first awarded, if it is earlier than this cycle and no
   * earlier cycle is recorded: a certification renewed every three years keeps its number and its
   * first date. Used where tenure matters, such as the years a supervisor must have held the
   * certification they supervise.
   *
   * @return the first date, or empty if this cycle (or an earlier recorded one) is the first
   */
  public abstract Optional<LocalDate> firstCertified();

  /**
   * Returns the body's status.
   *
   * @return the status, not null
   */
  public abstract CertificationStatus status();

  /**
   * Returns the version of the requirements the certification was granted under, such as {@code
   * 2025.T.1}.
   *
   * @return the version, or empty if unknown
   */
  @Text(max = 32, pattern = Forms.VERSION, patternHint = Forms.VERSION_HINT, check = "isVersion")
  public abstract Optional<String> requirementsVersion();

  /**
   * Returns how the facts were confirmed. Defaults to {@link Verification#selfAttested()}.
   *
   * @return the verification, not null
   */
  @Value.Default
  public Verification verification() {
    return Verification.selfAttested();
  }

  /**
   * Returns whether the certification is in force on a date: status {@link
   * CertificationStatus#ACTIVE} and the validity contains the date. Membership rules are the
   * policy's business, not this method's.
   *
   * @param date the date, not null
   * @return true if in force
   */
  public boolean isValidOn(LocalDate date) {
    return status() == CertificationStatus.ACTIVE && validity().contains(date);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Certification}; all but the first-certified date, requirements version and
   * verification are required.
   */
  public static final class Builder extends ImmutableCertification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations violations = Invariants.of(this);
    if (!type().isAwardedBy(body())) {
      // the message is built only when needed
      violations.add(
          FindingCode.UNKNOWN_BODY_TYPE_COMBINATION, "/type", "is not awarded by " + body().code());
    }
    if (firstCertified().isPresent() && firstCertified().get().isAfter(validity().start())) {
      violations.add(
          FindingCode.INCONSISTENT_VALUE,
          "/firstCertified",
          "must not be after the validity's start");
    }
    violations.throwIfAny();
  }
}

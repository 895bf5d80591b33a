package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationType;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Standing;

/**
 * A generator of {@link Certification}s, such as {@code TherapyGenerators.certifications()
 * .ofType(CertificationType.AASECT_CST).expiredOn(date)}: AASECT CST {@code CST-20417}, its
 * validity ended before the date.
 *
 * <p>By default: seven in ten are of a type the default policy recognises (AASECT CST, CSC and CSE,
 * COSRT, EFS-ESSM, SAS, BESTCO, OPSQ), the rest any known type; the awarding body is the type's
 * own; a certificate number in the body's style; a validity of one to three years starting between
 * 1990 and 2033; mostly status active; for AASECT, sometimes the requirements version in force when
 * it started; self-attested or verified with the body.
 *
 * <p>The standing methods each replace any earlier one, and each matches one way the qualification
 * rules see a certification on a date. Each customisation returns a new generator; this one is
 * immutable and thread-safe.
 */
public final class CertificationGenerator implements Generator<Certification> {
  private static final ImmutableList<CertificationType> RECOGNISED =
      QualificationPolicy.standard().recognitions().stream()
          .map(Recognition::type)
          .distinct()
          .collect(ImmutableList.toImmutableList());

  private final Optional<CertificationType> type;
  private final Standing standing;
  private final String description;

  private CertificationGenerator(
      Optional<CertificationType> type, Standing standing, String description) {
    this.type = type;
    this.standing = standing;
    this.description = description;
  }

  static CertificationGenerator create() {
    return new CertificationGenerator(Optional.empty(), Standing.any(), "certifications()");
  }

  /**
   * Returns a generator of certifications of one type, awarded by the type's body ({@link
   * org.therapykit.credential.CertifyingBody#OTHER} for {@link CertificationType#OTHER}).
   *
   * @param type the type, not null
   * @return a new generator, not null
   */
  public CertificationGenerator ofType(CertificationType type) {
    Objects.requireNonNull(type, "type");
    return new CertificationGenerator(
        Optional.of(type), standing, description + ".ofType(" + type + ")");
  }

  /**
   * Returns a generator of certifications in force on a date: active, validity containing it.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public CertificationGenerator validOn(LocalDate date) {
    return validThrough(date, date);
  }

  /**
   * Returns a generator of certifications in force on every day from {@code first} to {@code last};
   * {@code validThrough(d, d.plusDays(90))} gives ones the default policy does not warn about on
   * {@code d}.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public CertificationGenerator validThrough(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return with(Standing.validThrough(first, last));
  }

  /**
   * Returns a generator of certifications in force on a date whose last day is within {@code days}
   * days of it: with 90, what the default policy reports as {@code CERTIFICATION_EXPIRING}.
   *
   * @param date the date, not null
   * @param days from 1 to 3650
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public CertificationGenerator expiringWithin(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    return with(Standing.expiring(date, days));
  }

  /**
   * Returns a generator of certifications whose validity ended before a date (status active or
   * expired): what the default policy reports as {@code CERTIFICATION_EXPIRED}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public CertificationGenerator expiredOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.expired(date));
  }

  /**
   * Returns a generator of certifications suspended, revoked or lapsed on a date, their validity
   * containing it: what the default policy reports as {@code CERTIFICATION_NOT_ACTIVE} at {@code
   * .../status}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public CertificationGenerator withdrawnOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.withdrawn(date));
  }

  /**
   * Returns a generator of active certifications whose validity starts after a date: what the
   * default policy reports as {@code CERTIFICATION_NOT_ACTIVE} at {@code .../validity}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public CertificationGenerator notYetValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.notYetValid(date));
  }

  private CertificationGenerator with(Standing newStanding) {
    return new CertificationGenerator(type, newStanding, description + "." + newStanding);
  }

  @Override
  public Certification next(Source source) {
    CertificationType t =
        type.orElseGet(
            () ->
                source.chance(30) ? source.pick(CertificationType.class) : source.pick(RECOGNISED));
    return Credentials.certification(source, t, standing);
  }

  /** Returns the expression that built this generator, such as {@code certifications()}. */
  @Override
  public String toString() {
    return description;
  }
}

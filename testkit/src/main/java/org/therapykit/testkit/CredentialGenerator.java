package org.therapykit.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.therapykit.credential.Certification;
import org.therapykit.practitioner.License;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.internal.Standing;

/**
 * A generator of dated credentials that can be asked for their standing on a date, such as {@code
 * TherapyGenerators.licenses().expiredOn(LocalDate.parse("2026-06-01"))}: licences whose validity
 * ended before 2026-06-01.
 *
 * <p>The two kinds are {@link LicenseGenerator} ({@link License}s) and {@link
 * CertificationGenerator} ({@link Certification}s); no other class extends this one. The standing
 * methods ({@link #validOn}, {@link #validThrough}, {@link #expiringWithin}, {@link #expiredOn},
 * {@link #withdrawnOn}, {@link #notYetValidOn}) each replace any earlier one and keep every other
 * choice, and each matches one way the qualification rules of {@link QualificationPolicy#standard()
 * the default policy} see a credential on a date: the licence code of a licence, the certification
 * code of a certification. Each returns a new generator of the same kind; this one is immutable and
 * thread-safe.
 *
 * @param <T> the type of the credentials, {@link License} or {@link Certification}
 * @param <G> the type of the generator, {@link LicenseGenerator} or {@link CertificationGenerator}
 */
public abstract class CredentialGenerator<T, G extends CredentialGenerator<T, G>>
    implements Generator<T> {
  /** Only the generators of this package extend this class. */
  CredentialGenerator() {}

  /** Returns a generator like this one, with {@code standing} replacing the earlier standing. */
  abstract G withStanding(Standing standing);

  /**
   * Returns a generator of credentials in force on a date, such as {@code
   * validOn(LocalDate.parse("2026-06-01"))}: active, validity containing it. Some expire soon
   * after; use {@link #validThrough} for credentials the default policy does not warn about.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public final G validOn(LocalDate date) {
    return validThrough(date, date);
  }

  /**
   * Returns a generator of credentials in force on every day from {@code first} to {@code last},
   * such as {@code validThrough(d, d.plusDays(90))} for credentials valid on {@code d} that the
   * default policy does not warn about.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public final G validThrough(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return withStanding(Standing.validThrough(first, last));
  }

  /**
   * Returns a generator of credentials in force on a date whose last day is within {@code days}
   * days of it (from the date to {@code date + days - 1}), such as {@code expiringWithin(d, 90)}:
   * what the default policy reports as {@code LICENSE_EXPIRING} or {@code CERTIFICATION_EXPIRING}.
   *
   * @param date the date, not null
   * @param days from 1 to 3650
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public final G expiringWithin(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    return withStanding(Standing.expiring(date, days));
  }

  /**
   * Returns a generator of credentials whose validity ended before a date (status active or
   * expired), such as {@code expiredOn(LocalDate.parse("2026-06-01"))}: what the default policy
   * reports as {@code LICENSE_EXPIRED} or {@code CERTIFICATION_EXPIRED}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public final G expiredOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return withStanding(Standing.expired(date));
  }

  /**
   * Returns a generator of credentials withdrawn on a date, their validity containing it, such as
   * {@code withdrawnOn(LocalDate.parse("2026-06-01"))}: licences inactive, suspended or revoked,
   * certifications suspended, revoked or lapsed; what the default policy reports as {@code
   * LICENSE_NOT_ACTIVE} or {@code CERTIFICATION_NOT_ACTIVE} at {@code .../status}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public final G withdrawnOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return withStanding(Standing.withdrawn(date));
  }

  /**
   * Returns a generator of active credentials whose validity starts after a date, such as {@code
   * notYetValidOn(LocalDate.parse("2026-06-01"))}: what the default policy reports as {@code
   * LICENSE_NOT_ACTIVE} or {@code CERTIFICATION_NOT_ACTIVE} at {@code .../validity}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public final G notYetValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return withStanding(Standing.notYetValid(date));
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Profession;
import org.therapykit.testkit.internal.Catalog;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;
import org.therapykit.testkit.internal.Standing;

/**
 * A generator of {@link License}s, such as {@code TherapyGenerators.licenses().independent()
 * .validOn(date)}: an LCSW {@code LCSW-048213} in {@code US-NY}, active, valid on the date.
 *
 * <p>By default: a profession a regulator of the jurisdiction plausibly licenses (at least eight in
 * ten are professions that allow independent psychotherapy; one in ten of those licences is
 * provisional), a jurisdiction from {@link TherapyGenerators#jurisdictions()}, a number and title
 * in the regulator's style, a validity of one to three years starting between 1990 and 2033, and
 * mostly status active.
 *
 * <p>The standing methods ({@link #validOn}, {@link #validThrough}, {@link #expiringWithin}, {@link
 * #expiredOn}, {@link #withdrawnOn}, {@link #notYetValidOn}) each replace any earlier one, and each
 * matches one way the qualification rules see a licence on a date. Each customisation returns a new
 * generator; this one is immutable and thread-safe.
 */
public final class LicenseGenerator implements Generator<License> {
  private final Optional<Profession> profession;
  private final Optional<Boolean> independent;
  private final Optional<Jurisdiction> jurisdiction;
  private final Standing standing;
  private final String description;

  private LicenseGenerator(
      Optional<Profession> profession,
      Optional<Boolean> independent,
      Optional<Jurisdiction> jurisdiction,
      Standing standing,
      String description) {
    this.profession = profession;
    this.independent = independent;
    this.jurisdiction = jurisdiction;
    this.standing = standing;
    this.description = description;
  }

  static LicenseGenerator create() {
    return new LicenseGenerator(
        Optional.empty(), Optional.empty(), Optional.empty(), Standing.any(), "licenses()");
  }

  /**
   * Returns a generator of licences in one profession.
   *
   * @param profession the profession, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #independent()} was chosen and the profession never
   *     allows independent psychotherapy
   */
  public LicenseGenerator ofProfession(Profession profession) {
    Objects.requireNonNull(profession, "profession");
    checkArgument(
        !independent.orElse(false) || profession.allowsIndependentPsychotherapy(),
        "a %s licence never allows independent psychotherapy",
        profession);
    return new LicenseGenerator(
        Optional.of(profession),
        independent,
        jurisdiction,
        standing,
        description + ".ofProfession(" + profession + ")");
  }

  /**
   * Returns a generator of licences that allow independent psychotherapy: a profession that does,
   * never provisional.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if the chosen profession never allows it
   */
  public LicenseGenerator independent() {
    checkArgument(
        profession.map(Profession::allowsIndependentPsychotherapy).orElse(true),
        "a %s licence never allows independent psychotherapy",
        profession.orElse(Profession.OTHER));
    return new LicenseGenerator(
        profession, Optional.of(true), jurisdiction, standing, description + ".independent()");
  }

  /**
   * Returns a generator of licences that do not allow independent psychotherapy: a profession that
   * never does, or a provisional licence of one that would.
   *
   * @return a new generator, not null
   */
  public LicenseGenerator notIndependent() {
    return new LicenseGenerator(
        profession, Optional.of(false), jurisdiction, standing, description + ".notIndependent()");
  }

  /**
   * Returns a generator of licences issued in one jurisdiction.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return a new generator, not null
   */
  public LicenseGenerator inJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return new LicenseGenerator(
        profession,
        independent,
        Optional.of(jurisdiction),
        standing,
        description + ".inJurisdiction(" + jurisdiction + ")");
  }

  /**
   * Returns a generator of licences in force on a date: active, validity containing it. Some expire
   * soon after; use {@link #validThrough} for licences the default policy does not warn about.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public LicenseGenerator validOn(LocalDate date) {
    return validThrough(date, date);
  }

  /**
   * Returns a generator of licences in force on every day from {@code first} to {@code last}, such
   * as {@code validThrough(d, d.plusDays(90))} for licences valid on {@code d} that the default
   * policy does not warn about.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public LicenseGenerator validThrough(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return with(Standing.validThrough(first, last));
  }

  /**
   * Returns a generator of licences in force on a date whose last day is within {@code days} days
   * of it (from the date to {@code date + days - 1}): with 90, what the default policy reports as
   * {@code LICENSE_EXPIRING}.
   *
   * @param date the date, not null
   * @param days from 1 to 3650
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public LicenseGenerator expiringWithin(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    return with(Standing.expiring(date, days));
  }

  /**
   * Returns a generator of licences whose validity ended before a date (status active or expired):
   * what the default policy reports as {@code LICENSE_EXPIRED}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public LicenseGenerator expiredOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.expired(date));
  }

  /**
   * Returns a generator of licences inactive, suspended or revoked on a date, their validity
   * containing it: what the default policy reports as {@code LICENSE_NOT_ACTIVE} at {@code
   * .../status}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public LicenseGenerator withdrawnOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.withdrawn(date));
  }

  /**
   * Returns a generator of active licences whose validity starts after a date: what the default
   * policy reports as {@code LICENSE_NOT_ACTIVE} at {@code .../validity}.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public LicenseGenerator notYetValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(Standing.notYetValid(date));
  }

  private LicenseGenerator with(Standing newStanding) {
    return new LicenseGenerator(
        profession, independent, jurisdiction, newStanding, description + "." + newStanding);
  }

  @Override
  public License next(Source source) {
    Jurisdiction j = jurisdiction.orElseGet(() -> Draw.jurisdiction(source));
    boolean wantIndependent = independent.orElseGet(() -> !source.chance(20));
    Profession p;
    if (profession.isPresent()) {
      p = profession.get();
    } else if (wantIndependent) {
      p = source.pick(Catalog.independentProfessionsIn(j));
    } else {
      List<Profession> options = new ArrayList<>(Catalog.DEPENDENT_PROFESSIONS);
      options.addAll(Catalog.independentProfessionsIn(j));
      p = source.pick(options);
    }
    boolean provisional =
        p.allowsIndependentPsychotherapy()
            && (independent.isPresent() ? !wantIndependent : source.chance(10));
    return Credentials.license(source, p, j, standing, provisional);
  }

  /** Returns the expression that built this generator, such as {@code licenses().independent()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.therapykit.Hours;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Verification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;
import org.therapykit.testkit.internal.QualificationValues;
import org.therapykit.validation.Finding;

/**
 * The testkit's one entry point: a generator for every public model type, valid by construction,
 * such as {@code TherapyGenerators.practitioners().certifiedSexTherapists().asOf(date)} or {@code
 * TherapyGenerators.certifications().expiredOn(date)}.
 *
 * <p>Every generator draws from a {@link Source} of bounded choices, so it runs from a seed ({@code
 * generator.stream(42L)} for JUnit's {@code @MethodSource}, {@link Samples#check}) or through
 * {@code QuickTheoriesGenerators.toGen(generator)}, which keeps QuickTheories' shrinking. Values
 * look real and are invented: names, organisations and institutions are fictional; dates fall
 * between 1990 and 2035 unless a customisation says otherwise; hours are realistic quarter hours.
 *
 * <p>Named generators of valid but rule-breaking values: {@link
 * PractitionerGenerator#breaking(QualificationBreak)}, one per way of breaking each qualification
 * rule. Contract checks a host can run over its own storage or serialisation of these values:
 * {@link ValueContracts}.
 *
 * <p>All methods return new, immutable, thread-safe generators; none changes global state, and none
 * generates values of types that are not TherapyKit's own (but for the plain {@link #dates()} and
 * {@link #displayNames()} helpers).
 */
public final class TherapyGenerators {
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private TherapyGenerators() {}

  // ---- kernel ----------------------------------------------------------------------------

  /**
   * Returns a generator of jurisdictions, such as {@code US-NY}: mostly US states, then the other
   * places the default policy recognises certifications in. See {@link JurisdictionGenerator}.
   *
   * @return the generator, not null
   */
  public static JurisdictionGenerator jurisdictions() {
    return JurisdictionGenerator.create();
  }

  /**
   * Returns a generator of date ranges, such as {@code 2023-01-01/2025-12-31}. See {@link
   * DateRangeGenerator}.
   *
   * @return the generator, not null
   */
  public static DateRangeGenerator dateRanges() {
    return DateRangeGenerator.create();
  }

  /**
   * Returns a generator of dates from 1990-01-01 to 2035-12-31; shrinks toward the earliest.
   *
   * @return the generator, not null
   */
  public static Generator<LocalDate> dates() {
    return dates(EARLIEST, LATEST);
  }

  /**
   * Returns a generator of dates from {@code first} to {@code last}, both included; shrinks toward
   * {@code first}.
   *
   * @param first the earliest date, not null
   * @param last the latest date, not null, not before {@code first}
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Generator<LocalDate> dates(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return source -> Draw.date(source, first, last);
  }

  /**
   * Returns a generator of hours from 0 to 300 in quarter hours, such as {@code 89.75}; shrinks
   * toward zero.
   *
   * @return the generator, not null
   */
  public static Generator<Hours> hours() {
    return hours(0, 300);
  }

  /**
   * Returns a generator of hours from {@code min} to {@code max} in quarter hours, such as {@code
   * hours(60, 120)}; shrinks toward {@code min}.
   *
   * @param min the fewest whole hours, zero or more
   * @param max the most whole hours, from {@code min} to 10,000,000
   * @return the generator, not null
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public static Generator<Hours> hours(int min, int max) {
    checkArgument(min >= 0 && max >= min && max <= 10_000_000, "need 0 <= min <= max <= 1e7");
    return source -> Draw.hours(source, 4 * min, 4 * max);
  }

  /**
   * Returns a generator of practitioner ids, such as {@code p-004217}.
   *
   * @return the generator, not null
   */
  public static Generator<PractitionerId> practitionerIds() {
    return Credentials::practitionerId;
  }

  /**
   * Returns a generator of organisation ids, such as {@code org-0042}.
   *
   * @return the generator, not null
   */
  public static Generator<OrganizationId> organizationIds() {
    return Credentials::organizationId;
  }

  /**
   * Returns a generator of invented display names, such as {@code Dr. Amara Fairweather}; one in
   * five has the "Dr." prefix.
   *
   * @return the generator, not null
   */
  public static Generator<String> displayNames() {
    return source -> Credentials.displayName(source, source.chance(20));
  }

  // ---- practitioners and credentials ------------------------------------------------------

  /**
   * Returns a generator of practitioners: any valid one, or customised by classification, rule
   * break, date and jurisdiction. See {@link PractitionerGenerator}.
   *
   * @return the generator, not null
   */
  public static PractitionerGenerator practitioners() {
    return PractitionerGenerator.create();
  }

  /**
   * Returns a generator of licences. See {@link LicenseGenerator}.
   *
   * @return the generator, not null
   */
  public static LicenseGenerator licenses() {
    return LicenseGenerator.create();
  }

  /**
   * Returns a generator of degrees. See {@link DegreeGenerator}.
   *
   * @return the generator, not null
   */
  public static DegreeGenerator degrees() {
    return DegreeGenerator.create();
  }

  /**
   * Returns a generator of affiliations with invented organisations. See {@link
   * AffiliationGenerator}.
   *
   * @return the generator, not null
   */
  public static AffiliationGenerator affiliations() {
    return AffiliationGenerator.create();
  }

  /**
   * Returns a generator of certifications. See {@link CertificationGenerator}.
   *
   * @return the generator, not null
   */
  public static CertificationGenerator certifications() {
    return CertificationGenerator.create();
  }

  /**
   * Returns a generator of memberships of certifying bodies. See {@link MembershipGenerator}.
   *
   * @return the generator, not null
   */
  public static MembershipGenerator memberships() {
    return MembershipGenerator.create();
  }

  /**
   * Returns a generator of training records. See {@link TrainingRecordGenerator}.
   *
   * @return the generator, not null
   */
  public static TrainingRecordGenerator trainingRecords() {
    return TrainingRecordGenerator.create();
  }

  /**
   * Returns a generator of supervised practice records. See {@link SupervisedPracticeGenerator}.
   *
   * @return the generator, not null
   */
  public static SupervisedPracticeGenerator supervisedPractice() {
    return SupervisedPracticeGenerator.create();
  }

  /**
   * Returns a generator of verifications: self-attested, or checked with the body on a date from
   * 1990 to 2035.
   *
   * @return the generator, not null
   */
  public static Generator<Verification> verifications() {
    return source ->
        source.bool()
            ? Verification.primarySource(Draw.date(source, EARLIEST, LATEST))
            : Verification.selfAttested();
  }

  // ---- qualification ---------------------------------------------------------------------

  /**
   * Returns a generator of assessments by {@link QualificationPolicy#standard()}: a practitioner
   * from {@link #practitioners()} assessed on a date from 2000 to 2035 that their evidence is dated
   * around.
   *
   * @return the generator, not null
   */
  public static Generator<QualificationAssessment> assessments() {
    QualificationPolicy policy = QualificationPolicy.standard();
    return dates(LocalDate.of(2000, 1, 1), LATEST)
        .flatMap(d -> practitioners().asOf(d).map(p -> policy.assess(p, d)));
  }

  /**
   * Returns a generator of requirement results, taken from {@link #assessments()}.
   *
   * @return the generator, not null
   */
  public static Generator<RequirementResult> requirementResults() {
    return assessments().flatMap(a -> Generator.elements(a.requirements()));
  }

  /**
   * Returns a generator of a host's own requirement sets, such as {@code HOST-SEX-THERAPY-2031} for
   * sex therapy with 120 hours of core knowledge, each number present or not.
   *
   * @return the generator, not null
   */
  public static Generator<RequirementSet> requirementSets() {
    return QualificationValues::requirementSet;
  }

  /**
   * Returns a generator of recognitions of certification types, consistent with each type's level.
   *
   * @return the generator, not null
   */
  public static Generator<Recognition> recognitions() {
    return QualificationValues::recognition;
  }

  /**
   * Returns a generator of host policies: the default policy with another id and warning window, or
   * one of drawn requirement sets and recognitions.
   *
   * @return the generator, not null
   */
  public static Generator<StandardQualificationPolicy> policies() {
    return QualificationValues::policy;
  }

  /**
   * Returns a generator of findings with any code, severity and a plausible path.
   *
   * @return the generator, not null
   */
  public static Generator<Finding> findings() {
    return QualificationValues::finding;
  }
}

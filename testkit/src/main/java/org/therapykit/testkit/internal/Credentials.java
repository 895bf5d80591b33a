package org.therapykit.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.credential.Supervisor;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.qualification.SupervisionLimits;
import org.therapykit.testkit.Source;

/**
 * Builds single model values from choices, always through the public builders and factories, so
 * every value is valid by construction.
 */
public final class Credentials {
  /** The policy the generators aim at: the default policy. */
  public static final StandardQualificationPolicy POLICY = QualificationPolicy.standard();

  private static final ImmutableList<LicenseStatus> LICENSE_WITHDRAWN =
      ImmutableList.of(LicenseStatus.INACTIVE, LicenseStatus.SUSPENDED, LicenseStatus.REVOKED);
  private static final ImmutableList<CertificationStatus> CERTIFICATION_WITHDRAWN =
      ImmutableList.of(
          CertificationStatus.SUSPENDED, CertificationStatus.REVOKED, CertificationStatus.LAPSED);

  private Credentials() {}

  /**
   * Draws a six-digit number text, such as {@code 048213}.
   *
   * @param s the source
   * @param digits how many digits, 4 to 9
   * @return the digits
   */
  public static String digits(Source s, int digits) {
    int max = (int) Math.pow(10, digits) - 1;
    return String.format(Locale.ROOT, "%0" + digits + "d", s.between(1, max));
  }

  /**
   * Builds a licence.
   *
   * @param s the source
   * @param profession the profession
   * @param jurisdiction the jurisdiction
   * @param standing how it stands on its date
   * @param provisional whether provisional
   * @return the licence
   */
  public static License license(
      Source s,
      Profession profession,
      Jurisdiction jurisdiction,
      Standing standing,
      boolean provisional) {
    DateRange validity = standing.validity(s);
    LicenseStatus status =
        switch (standing.kind()) {
          case ANY -> s.chance(85) ? LicenseStatus.ACTIVE : s.pick(LicenseStatus.class);
          case VALID_THROUGH, EXPIRING, NOT_YET_VALID -> LicenseStatus.ACTIVE;
          case EXPIRED -> s.bool() ? LicenseStatus.EXPIRED : LicenseStatus.ACTIVE;
          case WITHDRAWN -> s.pick(LICENSE_WITHDRAWN);
        };
    String prefix = Catalog.licenseNumberPrefix(profession, jurisdiction);
    String number =
        prefix.startsWith("PSY000") || prefix.startsWith("MED000")
            ? prefix + digits(s, 7)
            : prefix + digits(s, 6);
    return License.builder()
        .profession(profession)
        .jurisdiction(jurisdiction)
        .number(number)
        .title(Catalog.licenseTitle(profession, jurisdiction, provisional))
        .validity(validity)
        .status(status)
        .provisional(provisional)
        .build();
  }

  /**
   * Returns the body that awards a type: its own, or {@link CertifyingBody#OTHER} for {@link
   * CertificationType#OTHER}.
   *
   * @param type the type
   * @return the body
   */
  public static CertifyingBody bodyOf(CertificationType type) {
    return type.body().orElse(CertifyingBody.OTHER);
  }

  /**
   * Builds a certification.
   *
   * @param s the source
   * @param type the type
   * @param standing how it stands on its date
   * @return the certification
   */
  public static Certification certification(Source s, CertificationType type, Standing standing) {
    DateRange validity = standing.validity(s);
    CertificationStatus status =
        switch (standing.kind()) {
          case ANY -> s.chance(85) ? CertificationStatus.ACTIVE : s.pick(CertificationStatus.class);
          case VALID_THROUGH, EXPIRING, NOT_YET_VALID -> CertificationStatus.ACTIVE;
          case EXPIRED -> s.bool() ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
          case WITHDRAWN -> s.pick(CERTIFICATION_WITHDRAWN);
        };
    CertifyingBody body = bodyOf(type);
    Optional<String> version = Optional.empty();
    if (body == CertifyingBody.AASECT && s.chance(60)) {
      version = disciplineOf(type.level()).flatMap(d -> requirementSetId(d, validity.start()));
    }
    Verification verification = Verification.selfAttested();
    if (s.chance(40)) {
      verification =
          Verification.primarySource(
              Draw.date(s, validity.start(), validity.end().orElse(validity.start())));
    }
    // a certificate in a later cycle: first awarded one to four three-year cycles before this one
    Optional<LocalDate> first =
        s.chance(25)
            ? Optional.of(validity.start().minusYears(3L * s.between(1, 4)))
            : Optional.empty();
    return Certification.builder()
        .body(body)
        .type(type)
        .number(Catalog.CERTIFICATE_PREFIXES.get(type) + digits(s, 5))
        .validity(validity)
        .firstCertified(first)
        .status(status)
        .requirementsVersion(version)
        .verification(verification)
        .build();
  }

  private static Optional<String> requirementSetId(Discipline d, LocalDate date) {
    return POLICY.requirementSetFor(d, date).map(RequirementSet::id);
  }

  private static Optional<Discipline> disciplineOf(CertificationLevel level) {
    return switch (level) {
      case THERAPIST -> Optional.of(Discipline.SEX_THERAPY);
      case COUNSELLOR -> Optional.of(Discipline.SEXUALITY_COUNSELLING);
      case EDUCATOR -> Optional.of(Discipline.SEXUALITY_EDUCATION);
      default -> Optional.empty();
    };
  }

  /**
   * Builds a one-year membership active on a date.
   *
   * @param s the source
   * @param body the body
   * @param date the date
   * @return the membership
   */
  public static Membership activeMembership(Source s, CertifyingBody body, LocalDate date) {
    LocalDate start = Draw.dateBackFrom(s, date, date.minusYears(1).plusDays(1));
    LocalDate end = start.plusYears(1).minusDays(1);
    return Membership.of(body, DateRange.of(start, end.isBefore(date) ? date : end));
  }

  /**
   * Builds a membership that keeps no certification in force on a date: ended before it and before
   * the body's grace period in the default policy, or starting after it.
   *
   * @param s the source
   * @param body the body
   * @param date the date
   * @return the membership
   */
  public static Membership lapsedMembership(Source s, CertifyingBody body, LocalDate date) {
    if (s.chance(75)) {
      Period grace = gracePeriod(body);
      LocalDate latest = date.minus(grace).minusDays(1);
      while (!latest.plus(grace).isBefore(date)) {
        latest = latest.minusDays(1);
      }
      LocalDate end = Draw.dateBackFrom(s, latest, latest.minusYears(3));
      return Membership.of(body, DateRange.of(end.minusYears(1).plusDays(1), end));
    }
    LocalDate start = Draw.date(s, date.plusDays(1), date.plusDays(180));
    return Membership.of(body, DateRange.of(start, start.plusYears(1).minusDays(1)));
  }

  /**
   * Builds a one-year membership that ended before a date but within the body's grace period in the
   * default policy, so that it still keeps the body's certifications in force on the date.
   *
   * @param s the source
   * @param body a body with a grace period
   * @param date the date
   * @return the membership
   * @throws IllegalArgumentException if the default policy gives the body no grace period
   */
  public static Membership graceMembership(Source s, CertifyingBody body, LocalDate date) {
    Period grace = gracePeriod(body);
    checkArgument(!grace.isZero(), "the default policy gives %s no membership grace period", body);
    LocalDate earliest = date.minusDays(1);
    while (!earliest.minusDays(1).plus(grace).isBefore(date)) {
      earliest = earliest.minusDays(1);
    }
    LocalDate end = Draw.dateBackFrom(s, date.minusDays(1), earliest);
    return Membership.of(body, DateRange.of(end.minusYears(1).plusDays(1), end));
  }

  /**
   * Returns the default policy's membership grace period for a body, zero if it has none.
   *
   * @param body the body
   * @return the period, not negative
   */
  public static Period gracePeriod(CertifyingBody body) {
    return POLICY.membershipGracePeriods().getOrDefault(body, Period.ZERO);
  }

  /**
   * Builds a one-year membership of any date.
   *
   * @param s the source
   * @param body the body
   * @return the membership
   */
  public static Membership anyMembership(Source s, CertifyingBody body) {
    LocalDate start = Draw.date(s, LocalDate.of(1990, 1, 1), LocalDate.of(2034, 12, 31));
    return Membership.of(body, DateRange.of(start, start.plusYears(1).minusDays(1)));
  }

  /**
   * Builds a degree of a programme awarded in {@code [from, to]}.
   *
   * @param s the source
   * @param programme the programme
   * @param from the earliest award date
   * @param to the latest award date, shrinks toward it
   * @return the degree
   */
  public static Degree degree(Source s, Catalog.Programme programme, LocalDate from, LocalDate to) {
    return Degree.builder()
        .level(programme.level())
        .field(programme.field())
        .institution(
            s.chance(80) ? Optional.of(s.pick(Catalog.INSTITUTIONS)) : Optional.<String>empty())
        .awarded(Draw.dateBackFrom(s, to, from))
        .clinical(programme.clinical())
        .humanService(programme.humanService())
        .build();
  }

  private static final ImmutableList<String> SETTINGS =
      ImmutableList.of(
          "community mental-health clinic",
          "hospital outpatient psychiatry",
          "group private practice",
          "university counselling centre",
          "sexual-health clinic",
          "family service agency");

  /**
   * Builds a clinical-experience record for the days from {@code from} to {@code to}.
   *
   * @param s the source
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the record
   */
  public static ClinicalExperience experience(Source s, LocalDate from, LocalDate to) {
    long weeks = Math.max(1, (to.toEpochDay() - from.toEpochDay() + 1) / 7);
    return ClinicalExperience.builder()
        .period(DateRange.of(from, to))
        .setting(s.chance(80) ? Optional.of(s.pick(SETTINGS)) : Optional.<String>empty())
        .hours(
            s.chance(60)
                ? Optional.of(Hours.of(weeks * s.between(8, 25)))
                : Optional.<Hours>empty())
        .build();
  }

  /**
   * Builds a training record.
   *
   * @param s the source
   * @param category the category
   * @param hours the hours, above zero
   * @param delivery the delivery
   * @param completed the completion date
   * @return the record
   */
  public static TrainingRecord training(
      Source s, TrainingCategory category, Hours hours, Delivery delivery, LocalDate completed) {
    return TrainingRecord.builder()
        .category(category)
        .hours(hours)
        .delivery(delivery)
        .completed(completed)
        .provider(
            s.chance(80)
                ? Optional.of(s.pick(Catalog.TRAINING_PROVIDERS))
                : Optional.<String>empty())
        .title(
            s.chance(80)
                ? Optional.of(
                    s.pick(
                        Catalog.COURSE_TITLES.getOrDefault(category, ImmutableList.of("Training"))))
                : Optional.<String>empty())
        .build();
  }

  /**
   * Builds a supervised practice record.
   *
   * @param discipline the discipline
   * @param contract the contract date, not after the period's start
   * @param period the period
   * @param practice practice hours
   * @param telehealth telehealth hours, at most {@code practice}
   * @param teaching direct teaching hours, at most {@code practice}
   * @param individual individual supervision hours
   * @param group group supervision hours
   * @return the record
   */
  public static SupervisedPractice practice(
      Discipline discipline,
      LocalDate contract,
      DateRange period,
      Hours practice,
      Hours telehealth,
      Hours teaching,
      Hours individual,
      Hours group) {
    return SupervisedPractice.builder()
        .discipline(discipline)
        .contractSigned(contract)
        .period(period)
        .practiceHours(practice)
        .telehealthHours(telehealth)
        .directTeachingHours(teaching)
        .individualSupervisionHours(individual)
        .groupSupervisionHours(group)
        .build();
  }

  /**
   * Adds a supervisor and monthly supervision to a record, keeping to the default policy's limits
   * for its discipline: an accepted supervisor credential; consecutive months from the period's
   * first within the period, as many as the spread asks (the period lengthened to hold the least
   * spread if it is bounded and shorter) or 1 to 24; each month at most the cap (or 6 hours),
   * groups at most the largest allowed (or 4); the months' hours never above the record's.
   *
   * @param s the source
   * @param r the record
   * @return the record with its detail
   */
  public static SupervisedPractice withSupervisionDetail(Source s, SupervisedPractice r) {
    Optional<SupervisionLimits> limits =
        Optional.ofNullable(POLICY.supervisionLimits().get(r.discipline()));
    List<CertificationType> accepted =
        limits
            .map(l -> List.copyOf(l.supervisorCredentials()))
            .filter(l -> !l.isEmpty())
            .orElseGet(
                () ->
                    Arrays.stream(CertificationType.values())
                        .filter(t -> t.level() == CertificationLevel.SUPERVISOR)
                        .toList());
    Supervisor supervisor =
        Supervisor.of(PractitionerId.of("supervisor-" + s.between(1, 9999)), s.pick(accepted));
    int minSpread = limits.flatMap(SupervisionLimits::minSpreadMonths).orElse(1);
    int maxSpread = limits.flatMap(SupervisionLimits::maxSpreadMonths).orElse(24);
    int maxGroup = limits.flatMap(SupervisionLimits::maxGroupSize).orElse(4);
    long capH = limits.flatMap(SupervisionLimits::monthlyCap).map(Hours::hundredths).orElse(600L);
    YearMonth first = YearMonth.from(r.period().start());
    DateRange period = r.period();
    Optional<LocalDate> end = period.end();
    if (end.isPresent()
        && ChronoUnit.MONTHS.between(first, YearMonth.from(end.get())) + 1 < minSpread) {
      period = DateRange.of(period.start(), first.plusMonths(minSpread - 1L).atEndOfMonth());
    }
    int available =
        period
            .end()
            .map(e -> (int) ChronoUnit.MONTHS.between(first, YearMonth.from(e)) + 1)
            .orElse(maxSpread);
    int n = s.between(minSpread, Math.max(minSpread, Math.min(maxSpread, available)));
    // each month gets an equal share of the totals, at most half the cap each
    long individualEach = Math.min(r.individualSupervisionHours().hundredths() / n, capH / 2);
    long groupEach = Math.min(r.groupSupervisionHours().hundredths() / n, capH / 2);
    List<SupervisionMonth> months = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      SupervisionMonth.Builder m =
          SupervisionMonth.builder()
              .month(first.plusMonths(k))
              .individualHours(Hours.ofHundredths(individualEach));
      if (groupEach > 0) {
        m.groupHours(Hours.ofHundredths(groupEach)).largestGroup(s.between(2, maxGroup));
      }
      months.add(m.build());
    }
    return r.withPeriod(period).withSupervisor(supervisor).withSupervisionMonths(months);
  }

  /**
   * Builds an affiliation with an invented organisation.
   *
   * @param s the source
   * @param currentOn a date the affiliation must hold on, or empty for any
   * @return the affiliation
   */
  public static Affiliation affiliation(Source s, Optional<LocalDate> currentOn) {
    OrganizationKind kind = s.pick(OrganizationKind.class);
    Optional<DateRange> period = Optional.empty();
    if (s.bool()) {
      period =
          Optional.of(
              currentOn.isPresent()
                  ? DateRange.startingOn(
                      Draw.dateBackFrom(s, currentOn.get(), currentOn.get().minusYears(15)))
                  : Standing.any().validity(s));
    }
    return Affiliation.builder()
        .organizationId(organizationId(s))
        .organizationName(
            String.format(
                Locale.ROOT,
                Catalog.ORGANISATION_NAMES.getOrDefault(kind, "%s Clinic"),
                s.pick(Catalog.PLACES)))
        .organizationKind(kind)
        .role(s.pick(AffiliationRole.class))
        .period(period)
        .build();
  }

  /**
   * Draws an organisation id such as {@code org-0042}.
   *
   * @param s the source
   * @return the id
   */
  public static OrganizationId organizationId(Source s) {
    return OrganizationId.of("org-" + digits(s, 4));
  }

  /**
   * Draws a practitioner id such as {@code p-004217}.
   *
   * @param s the source
   * @return the id
   */
  public static PractitionerId practitionerId(Source s) {
    return PractitionerId.of("p-" + digits(s, 6));
  }

  /**
   * Draws a display name, such as {@code Dr. Amara Fairweather}.
   *
   * @param s the source
   * @param doctor whether to prefix "Dr."
   * @return the name
   */
  public static String displayName(Source s, boolean doctor) {
    return (doctor ? "Dr. " : "")
        + s.pick(Catalog.GIVEN_NAMES)
        + " "
        + s.pick(Catalog.FAMILY_NAMES);
  }
}

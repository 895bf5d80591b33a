package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Hours;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Verification;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.intake.IntakeForm;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.testkit.internal.Catalog;
import org.therapykit.testkit.internal.Course;
import org.therapykit.testkit.internal.CourseValues;
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
 * <p>The course of therapy: {@link #cases()} generates whole, coherent courses (a certified sex
 * therapist, referral, intake, consent, plan, goals, sessions, homework, releases and disclosures)
 * that the case rules find nothing wrong with, and every part has its own generator ({@link
 * #clients()}, {@link #units()}, {@link #referrals()}, {@link #intakes()}, {@link #consents()},
 * {@link #authorizations()}, {@link #disclosures()}, {@link #plans()}, {@link #goals()}, {@link
 * #sessions()}, {@link #homework()}). Sensitive free text is obviously synthetic, such as {@code
 * synthetic progress note 17: sensate focus introduced}.
 *
 * <p>Named generators of valid but rule-breaking values: {@link
 * PractitionerGenerator#breaking(QualificationBreak)}, one per way of breaking each qualification
 * rule, and {@link CaseGenerator#breaking(CaseRuleBreak)}, one per case rule. Contract checks a
 * host can run over its own storage or serialisation of these values: {@link ValueContracts}, and
 * {@link JsonContracts} for JSON round trips and schema validity.
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
   * Returns a generator of practitioners whose evidence meets a requirement set — a shipped one or
   * a host's own — or, with {@code failing(requirement)}, fails exactly one of its requirements.
   * See {@link EvidenceGenerator}.
   *
   * @param set the set, not null
   * @return the generator, not null
   */
  public static EvidenceGenerator meeting(RequirementSet set) {
    return EvidenceGenerator.create(set);
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
   * Returns a generator of continuing-education records completed from {@code first} to {@code
   * last}: any kind, 0.25 to 12 credits in quarter credits, either delivery, and an invented
   * provider half of the time. Practitioners from {@link #practitioners()} carry none, so the
   * renewal rule says nothing about them; add records with {@code
   * Practitioner.withContinuingEducation} to test it.
   *
   * @param first the earliest completion date, not null
   * @param last the latest completion date, not null, not before {@code first}
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Generator<ContinuingEducation> continuingEducation(
      LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return s ->
        ContinuingEducation.builder()
            .kind(s.pick(ContinuingEducationKind.class))
            .credits(Draw.hours(s, 1, 48))
            .delivery(s.pick(Delivery.class))
            .completed(Draw.date(s, first, last))
            .provider(s.bool() ? Optional.of(s.pick(Catalog.TRAINING_PROVIDERS)) : Optional.empty())
            .build();
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

  // ---- course of therapy ----------------------------------------------------------------

  /**
   * Returns a generator of client ids, such as {@code client-04217}.
   *
   * @return the generator, not null
   */
  public static Generator<ClientId> clientIds() {
    return Course::clientId;
  }

  /**
   * Returns a generator of case ids, such as {@code case-00042}.
   *
   * @return the generator, not null
   */
  public static Generator<CaseId> caseIds() {
    return Course::caseId;
  }

  /**
   * Returns a generator of referral ids, such as {@code ref-0042}.
   *
   * @return the generator, not null
   */
  public static Generator<ReferralId> referralIds() {
    return Course::referralId;
  }

  /**
   * Returns a generator of goal ids, {@code goal-1} to {@code goal-20}.
   *
   * @return the generator, not null
   */
  public static Generator<GoalId> goalIds() {
    return source -> Course.goalId(source.between(1, 20));
  }

  /**
   * Returns a generator of homework ids, {@code hw-1} to {@code hw-99}.
   *
   * @return the generator, not null
   */
  public static Generator<HomeworkId> homeworkIds() {
    return source -> Course.homeworkId(source.between(1, 99));
  }

  /**
   * Returns a generator of authorisation ids, {@code roi-1} to {@code roi-999}.
   *
   * @return the generator, not null
   */
  public static Generator<AuthorizationId> authorizationIds() {
    return source -> Course.authorizationId(source.between(1, 999));
  }

  /**
   * Returns a generator of clients: an id such as {@code client-04217} and, six times in ten, an
   * invented display name.
   *
   * @return the generator, not null
   */
  public static Generator<Client> clients() {
    return source -> Course.client(source, Course.clientId(source));
  }

  /**
   * Returns a generator of treated units, individuals or couples. See {@link UnitGenerator}.
   *
   * @return the generator, not null
   */
  public static UnitGenerator units() {
    return UnitGenerator.create();
  }

  /**
   * Returns a generator of couples: {@code units().couple()}.
   *
   * @return the generator, not null
   */
  public static UnitGenerator couples() {
    return units().couple();
  }

  /**
   * Returns a generator of parties in any role: an invented provider at an invented organisation,
   * the organisation alone, a person known by name only, or a therapist known by practitioner id.
   *
   * @return the generator, not null
   */
  public static Generator<Party> parties() {
    return CourseValues::party;
  }

  /**
   * Returns a generator of referrals. See {@link ReferralGenerator}.
   *
   * @return the generator, not null
   */
  public static ReferralGenerator referrals() {
    return ReferralGenerator.create();
  }

  /**
   * Returns a generator of intake forms of any status (a completion date exactly for completed and
   * amended forms), with structured histories, reasons and synthetic notes and topics.
   *
   * @return the generator, not null
   */
  public static Generator<IntakeForm> intakes() {
    return CourseValues::intake;
  }

  /**
   * Returns a generator of consents to therapy, signed by the client (rarely a personal
   * representative) between 1990 and 2035; one in five is withdrawn.
   *
   * @return the generator, not null
   */
  public static Generator<TreatmentConsent> consents() {
    return CourseValues::consent;
  }

  /**
   * Returns a generator of release-of-information authorisations. See {@link
   * AuthorizationGenerator}.
   *
   * @return the generator, not null
   */
  public static AuthorizationGenerator authorizations() {
    return AuthorizationGenerator.create();
  }

  /**
   * Returns a generator of disclosure log entries about one or two clients; they are not checked
   * against any authorisation (a case's disclosures are: see {@link #cases()}).
   *
   * @return the generator, not null
   */
  public static Generator<Disclosure> disclosures() {
    return CourseValues::disclosure;
  }

  /**
   * Returns a generator of treatment plans of one to three versions.
   *
   * @return the generator, not null
   */
  public static Generator<TreatmentPlan> plans() {
    return CourseValues::plan;
  }

  /**
   * Returns a generator of goals with their revisions. See {@link GoalGenerator}.
   *
   * @return the generator, not null
   */
  public static GoalGenerator goals() {
    return GoalGenerator.create();
  }

  /**
   * Returns a generator of sessions, numbered 1 to 20, with synthetic notes.
   *
   * @return the generator, not null
   */
  public static Generator<Session> sessions() {
    return CourseValues::session;
  }

  /**
   * Returns a generator of homework assignments, some reviewed in a later session.
   *
   * @return the generator, not null
   */
  public static Generator<HomeworkAssignment> homework() {
    return CourseValues::homework;
  }

  /**
   * Returns a generator of whole courses of therapy that the default case rules find nothing wrong
   * with, or, customised, that break one rule. See {@link CaseGenerator}.
   *
   * @return the generator, not null
   */
  public static CaseGenerator cases() {
    return CaseGenerator.create();
  }

  /**
   * Returns a generator of reports by {@link CaseRules#standard()}: half over clean cases, half
   * over cases breaking one drawn rule.
   *
   * @return the generator, not null
   */
  public static Generator<CaseReport> caseReports() {
    CaseRules rules = CaseRules.standard();
    CaseGenerator clean = cases();
    return source ->
        rules.validate(
            source.bool()
                ? clean.breaking(source.pick(CaseRuleBreak.class)).next(source)
                : clean.next(source));
  }

  /**
   * Returns a generator of requests to disclose clients' information, for {@code
   * DisclosureRules.decide}. See {@link DisclosureRequestGenerator}.
   *
   * @return the generator, not null
   */
  public static DisclosureRequestGenerator disclosureRequests() {
    return DisclosureRequestGenerator.create();
  }

  /**
   * Returns a generator of coordinates within a few kilometres of the cities of {@link
   * DirectoryGenerator}'s regions, such as Chicago or Gatineau.
   *
   * @return the generator, not null
   */
  public static Generator<Coordinates> coordinates() {
    return source ->
        DirectoryGenerator.coordinatesNear(
            source.pick(source.pick(DirectoryGenerator.REGIONS)), source);
  }

  /**
   * Returns a generator of locations in {@link DirectoryGenerator}'s regions: most with coordinates
   * and a city, some with the jurisdiction only, a few with the country only.
   *
   * @return the generator, not null
   */
  public static Generator<Location> locations() {
    return source -> DirectoryGenerator.location(source.pick(DirectoryGenerator.REGIONS), source);
  }

  /**
   * Returns a generator of organisations of every kind, with ids such as {@code org-1234}, at
   * {@link #locations()}.
   *
   * @return the generator, not null
   */
  public static Generator<Organization> organizations() {
    return source ->
        DirectoryGenerator.organization(
            organizationIds().next(source), source.pick(DirectoryGenerator.REGIONS), source);
  }

  /**
   * Returns a generator of practitioners' service profiles: in person at 0–3 organisations,
   * telehealth in 0–3 jurisdictions, usually accepting new clients, languages, sometimes one unit
   * kind only.
   *
   * @return the generator, not null
   */
  public static Generator<ServiceProfile> serviceProfiles() {
    return source -> {
      ServiceProfile.Builder b = ServiceProfile.builder();
      b.inPersonAt(organizationIds().listOf(0, 3).next(source));
      b.telehealthIn(jurisdictions().listOf(0, 3).next(source));
      b.acceptingNewClients(source.chance(85));
      b.languages(
          Generator.elements(java.util.List.of("en", "es", "fr", "fr-CA", "ko"))
              .listOf(0, 2)
              .next(source));
      if (source.chance(20)) {
        b.units(java.util.List.of(source.pick(UnitKind.class)));
      }
      return b.build();
    };
  }

  /**
   * Returns a generator of directories of organisations and the practitioners who work at them, for
   * {@code DirectoryIndex}. See {@link DirectoryGenerator}.
   *
   * @return the generator, not null
   */
  public static DirectoryGenerator directories() {
    return DirectoryGenerator.create();
  }

  /**
   * Returns a generator of directory queries. See {@link DirectoryQueryGenerator}.
   *
   * @return the generator, not null
   */
  public static DirectoryQueryGenerator directoryQueries() {
    return DirectoryQueryGenerator.create();
  }

  /**
   * Returns a generator of directory results: a query over a generated directory, answered by its
   * index.
   *
   * @return the generator, not null
   */
  public static Generator<DirectoryResult> directoryResults() {
    return source -> {
      GeneratedDirectory directory = directories().next(source);
      return directory.index().find(directoryQueries().over(directory).next(source));
    };
  }
}

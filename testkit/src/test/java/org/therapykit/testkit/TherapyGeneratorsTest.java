package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.TreatedUnit;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.CaseReport;
import org.therapykit.course.TherapyCase;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.intake.IntakeForm;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.referral.Referral;
import org.therapykit.validation.Finding;

/**
 * Every facade generator gives values that pass the model's invariants (rebuilding a value through
 * its public builder or factory re-runs them and gives an equal value), is reproducible, and keeps
 * each customisation's promise.
 */
class TherapyGeneratorsTest {
  private static final LocalDate D = LocalDate.of(2027, 9, 30);

  private static <T> Arguments type(String name, Generator<T> g, UnaryOperator<T> rebuild) {
    return Arguments.of(name, g, rebuild);
  }

  private static <T extends org.therapykit.json.TherapyDocument> T copy(Class<T> type, T value) {
    org.therapykit.json.TherapyJson json = org.therapykit.json.TherapyJson.strict();
    return json.read(type, json.write(value));
  }

  static Stream<Arguments> everyGenerator() {
    return Stream.of(
        type(
            "jurisdictions",
            TherapyGenerators.jurisdictions(),
            j -> Jurisdiction.parse(j.toString())),
        type("dateRanges", TherapyGenerators.dateRanges(), r -> DateRange.parse(r.toString())),
        type("hours", TherapyGenerators.hours(), h -> Hours.parse(h.toString())),
        type(
            "practitionerIds",
            TherapyGenerators.practitionerIds(),
            i -> PractitionerId.of(i.value())),
        type(
            "organizationIds",
            TherapyGenerators.organizationIds(),
            i -> OrganizationId.of(i.value())),
        type(
            "practitioners",
            TherapyGenerators.practitioners(),
            p -> Practitioner.builder().from(p).build()),
        type("licenses", TherapyGenerators.licenses(), l -> License.builder().from(l).build()),
        type("degrees", TherapyGenerators.degrees(), d -> Degree.builder().from(d).build()),
        type(
            "affiliations",
            TherapyGenerators.affiliations(),
            a -> Affiliation.builder().from(a).build()),
        type(
            "certifications",
            TherapyGenerators.certifications(),
            c -> Certification.builder().from(c).build()),
        type(
            "memberships",
            TherapyGenerators.memberships(),
            m -> Membership.of(m.body(), m.period())),
        type(
            "trainingRecords",
            TherapyGenerators.trainingRecords(),
            t -> TrainingRecord.builder().from(t).build()),
        type(
            "continuingEducation",
            TherapyGenerators.continuingEducation(
                LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)),
            c -> org.therapykit.credential.ContinuingEducation.builder().from(c).build()),
        type(
            "supervisedPractice",
            TherapyGenerators.supervisedPractice(),
            s -> SupervisedPractice.builder().from(s).build()),
        type(
            "verifications",
            TherapyGenerators.verifications(),
            v -> Verification.of(v.source(), v.lastVerified())),
        type(
            "assessments",
            TherapyGenerators.assessments(),
            // rule outputs have no public builder: copied through their stored form
            a -> copy(QualificationAssessment.class, a)),
        type(
            "requirementResults",
            TherapyGenerators.requirementResults(),
            r -> RequirementResult.builder().from(r).build()),
        type(
            "requirementSets",
            TherapyGenerators.requirementSets(),
            s -> RequirementSet.builder().from(s).build()),
        type(
            "recognitions",
            TherapyGenerators.recognitions(),
            r -> Recognition.of(r.type(), r.grants(), r.jurisdictions())),
        type(
            "policies",
            TherapyGenerators.policies(),
            p -> StandardQualificationPolicy.builder().from(p).build()),
        type(
            "findings",
            TherapyGenerators.findings(),
            f -> Finding.of(f.code(), f.path(), f.severity(), f.message())),
        type("clientIds", TherapyGenerators.clientIds(), i -> ClientId.of(i.value())),
        type("caseIds", TherapyGenerators.caseIds(), i -> CaseId.of(i.value())),
        type("referralIds", TherapyGenerators.referralIds(), i -> ReferralId.of(i.value())),
        type("goalIds", TherapyGenerators.goalIds(), i -> GoalId.of(i.value())),
        type("homeworkIds", TherapyGenerators.homeworkIds(), i -> HomeworkId.of(i.value())),
        type(
            "authorizationIds",
            TherapyGenerators.authorizationIds(),
            i -> AuthorizationId.of(i.value())),
        type("clients", TherapyGenerators.clients(), c -> Client.builder().from(c).build()),
        type("units", TherapyGenerators.units(), u -> TreatedUnit.builder().from(u).build()),
        type("couples", TherapyGenerators.couples(), u -> TreatedUnit.builder().from(u).build()),
        type("parties", TherapyGenerators.parties(), p -> Party.builder().from(p).build()),
        type("referrals", TherapyGenerators.referrals(), r -> Referral.builder().from(r).build()),
        type("intakes", TherapyGenerators.intakes(), f -> IntakeForm.builder().from(f).build()),
        type(
            "consents",
            TherapyGenerators.consents(),
            k -> TreatmentConsent.builder().from(k).build()),
        type(
            "authorizations",
            TherapyGenerators.authorizations(),
            a -> ReleaseAuthorization.builder().from(a).build()),
        type(
            "disclosures",
            TherapyGenerators.disclosures(),
            d -> Disclosure.builder().from(d).build()),
        type("plans", TherapyGenerators.plans(), p -> TreatmentPlan.builder().from(p).build()),
        type("goals", TherapyGenerators.goals(), g -> Goal.builder().from(g).build()),
        type("sessions", TherapyGenerators.sessions(), s -> Session.builder().from(s).build()),
        type(
            "homework",
            TherapyGenerators.homework(),
            h -> HomeworkAssignment.builder().from(h).build()),
        type("cases", TherapyGenerators.cases(), c -> TherapyCase.builder().from(c).build()),
        type(
            "disclosureRequests",
            TherapyGenerators.disclosureRequests(),
            r -> org.therapykit.consent.DisclosureRequest.builder().from(r).build()),
        type("caseReports", TherapyGenerators.caseReports(), r -> copy(CaseReport.class, r)),
        type(
            "coordinates",
            TherapyGenerators.coordinates(),
            c -> org.therapykit.directory.Coordinates.builder().from(c).build()),
        type(
            "locations",
            TherapyGenerators.locations(),
            l -> org.therapykit.directory.Location.builder().from(l).build()),
        type(
            "organizations",
            TherapyGenerators.organizations(),
            o -> org.therapykit.directory.Organization.builder().from(o).build()),
        type(
            "serviceProfiles",
            TherapyGenerators.serviceProfiles(),
            p -> org.therapykit.practitioner.ServiceProfile.builder().from(p).build()),
        type(
            "directoryQueries",
            TherapyGenerators.directoryQueries(),
            q -> org.therapykit.directory.DirectoryQuery.builder().from(q).build()),
        type(
            "directoryResults",
            TherapyGenerators.directoryResults(),
            r -> copy(org.therapykit.directory.DirectoryResult.class, r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyGenerator")
  <T> void everyValuePassesItsInvariantsAndIsReproducible(
      String name, Generator<T> g, UnaryOperator<T> rebuild) {
    ValueContracts.of(g)
        .withSeed(name.hashCode())
        .withSamples(500)
        .withInvariant(x -> Objects.requireNonNull(rebuild.apply(x)))
        .checkInvariants()
        .checkBuilderCopy(rebuild)
        .checkEqualValuesHashEqually(rebuild);
    assertThat(Samples.list(name.hashCode(), 200, g))
        .isEqualTo(Samples.list(name.hashCode(), 200, g));
    assertThat(g.toString()).isNotBlank();
  }

  @Test
  void datesAndRangesStayInTheirYears() {
    Samples.check(
        1,
        2000,
        TherapyGenerators.dates(),
        d -> assertThat(d).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2035, 12, 31)));
    Samples.check(
        2,
        2000,
        TherapyGenerators.dateRanges(),
        r -> {
          assertThat(r.start()).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2035, 12, 31));
          r.end().ifPresent(e -> assertThat(e).isBeforeOrEqualTo(LocalDate.of(2035, 12, 31)));
        });
    assertThat(Samples.list(3, 500, TherapyGenerators.dateRanges()))
        .anyMatch(r -> r.end().isEmpty())
        .anyMatch(r -> r.end().isPresent());
    assertThatThrownBy(() -> TherapyGenerators.dates(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dateRangesKeepTheirRelationToADate() {
    Samples.check(
        4,
        1000,
        TherapyGenerators.dateRanges().containing(D),
        r -> assertThat(r.contains(D)).isTrue());
    Samples.check(
        5,
        1000,
        TherapyGenerators.dateRanges().endingBefore(D),
        r -> assertThat(r.endsBefore(D)).isTrue());
    Samples.check(
        6,
        1000,
        TherapyGenerators.dateRanges().startingAfter(D),
        r -> assertThat(r.start()).isAfter(D));
    Samples.check(
        7, 300, TherapyGenerators.dateRanges().closed(), r -> assertThat(r.end()).isPresent());
    Samples.check(
        8,
        300,
        TherapyGenerators.dateRanges().containing(D).openEnded(),
        r -> assertThat(r.end()).isEmpty());
    assertThatThrownBy(() -> TherapyGenerators.dateRanges().endingBefore(D).openEnded())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.dateRanges().openEnded().endingBefore(D))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TherapyGenerators.dateRanges().containing(D).closed().toString())
        .isEqualTo("dateRanges().containing(2027-09-30).closed()");
  }

  @Test
  void hoursAreRealisticQuarterHours() {
    Samples.check(
        9,
        2000,
        TherapyGenerators.hours(60, 120),
        h -> {
          assertThat(h.hundredths() % 25).isZero();
          assertThat(h).isBetween(Hours.of(60), Hours.of(120));
        });
    assertThat(TherapyGenerators.hours().next((min, max) -> min)).isEqualTo(Hours.ZERO);
    assertThatThrownBy(() -> TherapyGenerators.hours(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.hours(-1, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jurisdictionsAreMostlyUsStatesAndCanBeNarrowed() {
    List<Jurisdiction> all = Samples.list(10, 2000, TherapyGenerators.jurisdictions());
    assertThat(all.stream().filter(j -> j.country().equals("US")).count()).isBetween(1100L, 1300L);
    assertThat(all).extracting(Jurisdiction::country).contains("CA", "GB", "AU", "DE", "NZ");
    Samples.check(
        11,
        300,
        TherapyGenerators.jurisdictions().unitedStates(),
        j -> assertThat(j.country()).isEqualTo("US"));
    Samples.check(
        12,
        300,
        TherapyGenerators.jurisdictions().coveredFor(CertificationType.BESTCO_CERTIFIED),
        j -> assertThat(j).isEqualTo(Jurisdiction.parse("CA-ON")));
    Samples.check(
        13,
        300,
        TherapyGenerators.jurisdictions().notCoveredFor(CertificationType.AASECT_CST),
        j -> assertThat(j.country()).isNotIn("US", "CA", "IL", "MX", "PR"));
    assertThat(
            Samples.list(
                14,
                2000,
                TherapyGenerators.jurisdictions().coveredFor(CertificationType.AASECT_CSC)))
        .extracting(Jurisdiction::country)
        .contains("US", "GB");
    assertThatThrownBy(
            () -> TherapyGenerators.jurisdictions().coveredFor(CertificationType.ABS_DIPLOMATE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TherapyGenerators.jurisdictions()
                    .unitedStates()
                    .coveredFor(CertificationType.COSRT_ACCREDITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unitedStates()");
  }

  @Test
  void licencesKeepEachStandingOnTheDate() {
    LicenseGenerator l = TherapyGenerators.licenses();
    Samples.check(15, 1000, l.validOn(D), x -> assertThat(x.isValidOn(D)).isTrue());
    Samples.check(
        16,
        1000,
        l.validThrough(D, D.plusDays(90)),
        x -> assertThat(x.isValidOn(D) && x.isValidOn(D.plusDays(90))).isTrue());
    Samples.check(
        17,
        1000,
        l.expiringWithin(D, 90),
        x -> {
          assertThat(x.isValidOn(D)).isTrue();
          assertThat(x.validity().end())
              .hasValueSatisfying(e -> assertThat(e).isBefore(D.plusDays(90)));
        });
    Samples.check(18, 1000, l.expiredOn(D), x -> assertThat(x.validity().endsBefore(D)).isTrue());
    Samples.check(
        19,
        1000,
        l.withdrawnOn(D),
        x -> {
          assertThat(x.status())
              .isIn(LicenseStatus.INACTIVE, LicenseStatus.SUSPENDED, LicenseStatus.REVOKED);
          assertThat(x.validity().contains(D)).isTrue();
        });
    Samples.check(
        20,
        1000,
        l.notYetValidOn(D),
        x -> {
          assertThat(x.status()).isEqualTo(LicenseStatus.ACTIVE);
          assertThat(x.validity().start()).isAfter(D);
        });
    assertThat(l.validOn(D).toString()).isEqualTo("licenses().validOn(2027-09-30)");
  }

  @Test
  void licencesKeepProfessionIndependenceAndJurisdiction() {
    Jurisdiction ny = Jurisdiction.parse("US-NY");
    Samples.check(
        21,
        1000,
        TherapyGenerators.licenses().independent().inJurisdiction(ny),
        x -> {
          assertThat(x.allowsIndependentPsychotherapy()).isTrue();
          assertThat(x.jurisdiction()).isEqualTo(ny);
          assertThat(x.number()).matches("[A-Z-]+-[0-9]{6}");
        });
    Samples.check(
        22,
        1000,
        TherapyGenerators.licenses().notIndependent(),
        x -> assertThat(x.allowsIndependentPsychotherapy()).isFalse());
    Samples.check(
        23,
        300,
        TherapyGenerators.licenses()
            .ofProfession(Profession.CLINICAL_SOCIAL_WORKER)
            .notIndependent(),
        x -> assertThat(x.provisional()).isTrue());
    Samples.check(
        24,
        300,
        TherapyGenerators.licenses().ofProfession(Profession.NURSE),
        x -> assertThat(x.profession()).isEqualTo(Profession.NURSE));
    assertThatThrownBy(
            () -> TherapyGenerators.licenses().ofProfession(Profession.NURSE).independent())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TherapyGenerators.licenses().independent().ofProfession(Profession.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
    // AASECT accepts a licence in medicine: a physician's licence is independent
    Samples.check(
        24,
        300,
        TherapyGenerators.licenses().independent().ofProfession(Profession.PHYSICIAN),
        x -> assertThat(x.allowsIndependentPsychotherapy()).isTrue());
    assertThatThrownBy(() -> TherapyGenerators.licenses().expiringWithin(D, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.licenses().validThrough(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void certificationsKeepTheirTypeAndStanding() {
    CertificationGenerator c =
        TherapyGenerators.certifications().ofType(CertificationType.AASECT_CST);
    Samples.check(
        25,
        1000,
        c.expiredOn(D),
        x -> {
          assertThat(x.type()).isEqualTo(CertificationType.AASECT_CST);
          assertThat(x.body()).isEqualTo(CertifyingBody.AASECT);
          assertThat(x.number()).matches("CST-[0-9]{5}");
          assertThat(x.validity().endsBefore(D)).isTrue();
        });
    Samples.check(26, 1000, c.validOn(D), x -> assertThat(x.isValidOn(D)).isTrue());
    Samples.check(
        27,
        1000,
        c.validThrough(D, D.plusDays(90)),
        x -> assertThat(x.isValidOn(D.plusDays(90))).isTrue());
    Samples.check(
        28,
        1000,
        c.expiringWithin(D, 30),
        x ->
            assertThat(x.validity().end())
                .hasValueSatisfying(e -> assertThat(e).isBetween(D, D.plusDays(29))));
    Samples.check(
        29,
        1000,
        c.withdrawnOn(D),
        x ->
            assertThat(x.status())
                .isIn(
                    CertificationStatus.SUSPENDED,
                    CertificationStatus.REVOKED,
                    CertificationStatus.LAPSED));
    Samples.check(30, 1000, c.notYetValidOn(D), x -> assertThat(x.validity().start()).isAfter(D));
    assertThat(Samples.list(31, 1000, TherapyGenerators.certifications()))
        .extracting(Certification::type)
        .contains(
            CertificationType.AASECT_CST, CertificationType.ABS_DIPLOMATE, CertificationType.OTHER);
    Samples.check(
        32,
        300,
        TherapyGenerators.certifications().ofType(CertificationType.OTHER),
        x -> assertThat(x.body()).isEqualTo(CertifyingBody.OTHER));
  }

  @Test
  void degreesNarrowTheirCatalog() {
    Samples.check(
        33,
        500,
        TherapyGenerators.degrees()
            .ofLevel(DegreeLevel.MASTER)
            .clinical()
            .awardedBetween(D.minusYears(5), D),
        x -> {
          assertThat(x.level()).isEqualTo(DegreeLevel.MASTER);
          assertThat(x.clinical()).isTrue();
          assertThat(x.awarded()).isBetween(D.minusYears(5), D);
        });
    Samples.check(
        34,
        300,
        TherapyGenerators.degrees().humanService(),
        x -> assertThat(x.humanService()).isTrue());
    assertThatThrownBy(() -> TherapyGenerators.degrees().ofLevel(DegreeLevel.BACHELOR).clinical())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.degrees().awardedBetween(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membershipsAreActiveOrLapsedOnTheDate() {
    Samples.check(
        35,
        1000,
        TherapyGenerators.memberships().ofBody(CertifyingBody.COSRT).activeOn(D),
        m -> {
          assertThat(m.body()).isEqualTo(CertifyingBody.COSRT);
          assertThat(m.isActiveOn(D)).isTrue();
        });
    Samples.check(
        36,
        1000,
        TherapyGenerators.memberships().lapsedOn(D),
        m -> {
          assertThat(m.isActiveOn(D)).isFalse();
          Period grace =
              QualificationPolicy.standard()
                  .membershipGracePeriods()
                  .getOrDefault(m.body(), Period.ZERO);
          // ended before the grace period, or not started
          assertThat(m.period().start().isAfter(D) || m.period().endsBefore(D.minus(grace)))
              .as("%s", m)
              .isTrue();
        });
    Period aasectGrace =
        QualificationPolicy.standard().membershipGracePeriods().get(CertifyingBody.AASECT);
    List<Membership> inGrace = Samples.list(39, 1000, TherapyGenerators.memberships().inGraceOn(D));
    assertThat(inGrace)
        .allSatisfy(
            m -> {
              assertThat(m.body()).isEqualTo(CertifyingBody.AASECT);
              LocalDate end = m.period().end().orElseThrow();
              assertThat(end).isBefore(D);
              assertThat(end.plus(aasectGrace)).isAfterOrEqualTo(D);
            });
    // both edges of the grace period are drawn
    assertThat(inGrace)
        .extracting(m -> m.period().end().orElseThrow())
        .contains(D.minusDays(1))
        .anyMatch(end -> end.plus(aasectGrace).equals(D));
    assertThatThrownBy(
            () -> TherapyGenerators.memberships().ofBody(CertifyingBody.COSRT).inGraceOn(D))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TherapyGenerators.memberships().inGraceOn(D).ofBody(CertifyingBody.COSRT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Samples.list(37, 500, TherapyGenerators.memberships()))
        .extracting(Membership::body)
        .contains(CertifyingBody.AASECT);
  }

  @Test
  void trainingRecordsKeepCategoryDeliveryHoursAndDates() {
    Samples.check(
        38,
        1000,
        TherapyGenerators.trainingRecords()
            .ofCategory(TrainingCategory.ATTITUDE_REASSESSMENT)
            .online()
            .hoursBetween(10, 16)
            .completedBetween(D.minusYears(1), D),
        t -> {
          assertThat(t.category()).isEqualTo(TrainingCategory.ATTITUDE_REASSESSMENT);
          assertThat(t.delivery()).isEqualTo(Delivery.ONLINE);
          assertThat(t.hours().toBigDecimal()).isBetween(BigDecimal.TEN, BigDecimal.valueOf(16));
          assertThat(t.completed()).isBetween(D.minusYears(1), D);
          t.title().ifPresent(title -> assertThat(title).contains("Attitude Reassessment"));
        });
    Samples.check(
        39,
        300,
        TherapyGenerators.trainingRecords().inPerson(),
        t -> assertThat(t.delivery()).isEqualTo(Delivery.IN_PERSON));
    assertThatThrownBy(() -> TherapyGenerators.trainingRecords().hoursBetween(0, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TherapyGenerators.trainingRecords().completedBetween(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void supervisedPracticeKeepsDisciplineContractsAndHours() {
    Samples.check(
        40,
        1000,
        TherapyGenerators.supervisedPractice()
            .ofDiscipline(Discipline.SEXUALITY_EDUCATION)
            .contractSignedBetween(D.minusYears(3), D)
            .practiceHoursBetween(100, 200),
        s -> {
          assertThat(s.discipline()).isEqualTo(Discipline.SEXUALITY_EDUCATION);
          assertThat(s.contractSigned()).isBetween(D.minusYears(3), D);
          assertThat(s.practiceHours()).isBetween(Hours.of(100), Hours.of(200));
          assertThat(s.period().start()).isAfterOrEqualTo(s.contractSigned());
        });
    assertThat(
            Samples.list(
                41,
                300,
                TherapyGenerators.supervisedPractice().ofDiscipline(Discipline.SEX_THERAPY)))
        .allMatch(s -> s.directTeachingHours().isZero());
    assertThatThrownBy(() -> TherapyGenerators.supervisedPractice().practiceHoursBetween(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TherapyGenerators.supervisedPractice().contractSignedBetween(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void affiliationsWithInventedOrganisationsHoldOnTheDate() {
    Samples.check(
        42,
        1000,
        TherapyGenerators.affiliations().currentOn(D),
        a -> {
          assertThat(a.isCurrentOn(D)).isTrue();
          assertThat(a.organizationId().value()).matches("org-[0-9]{4}");
          assertThat(a.organizationName()).isNotBlank();
        });
  }

  @Test
  void displayNamesAndIdsLookRealAndInvented() {
    Samples.check(
        43,
        500,
        TherapyGenerators.displayNames(),
        n -> assertThat(n).matches("(Dr\\. )?\\p{L}+ [\\p{L}-]+"));
    assertThat(Samples.list(44, 500, TherapyGenerators.displayNames()))
        .anyMatch(n -> n.startsWith("Dr. "));
  }

  @Test
  void assessmentsAreTheStandardPolicysAnswers() {
    Samples.check(
        45,
        300,
        TherapyGenerators.assessments(),
        a -> assertThat(a.policyId()).isEqualTo(QualificationPolicy.standard().id()));
  }

  @Test
  void hostPoliciesAssessWithoutThrowing() {
    Samples.check(
        46,
        300,
        TherapyGenerators.policies().zip(TherapyGenerators.practitioners(), List::of),
        pair -> {
          StandardQualificationPolicy policy = (StandardQualificationPolicy) pair.get(0);
          Practitioner p = (Practitioner) pair.get(1);
          assertThat(policy.assess(p, D).policyId()).isEqualTo(policy.id());
        });
  }

  @Test
  void authorisationsKeepTheirStandingOnTheDate() {
    Samples.check(
        11,
        300,
        TherapyGenerators.authorizations().inForceOn(D),
        a -> {
          assertThat(a.isInForceOn(D)).isTrue();
          assertThat(a.isComplete()).isTrue();
        });
    Samples.check(
        12,
        300,
        TherapyGenerators.authorizations().revokedOn(D),
        a -> assertThat(a.isRevokedOn(D) && a.isComplete() && !a.isInForceOn(D)).isTrue());
    Samples.check(
        13,
        300,
        TherapyGenerators.authorizations().expiredOn(D),
        a -> assertThat(a.isExpiredOn(D) && a.isComplete() && !a.isRevokedOn(D)).isTrue());
    Samples.check(
        14,
        300,
        TherapyGenerators.authorizations().defective(),
        a -> assertThat(a.isComplete()).isFalse());
    ClientId who = ClientId.of("client-00042");
    Samples.check(
        15,
        300,
        TherapyGenerators.authorizations().psychotherapyNotes().forSubject(who).inForceOn(D),
        a -> {
          assertThat(a.categories()).containsExactly(InformationCategory.PSYCHOTHERAPY_NOTES);
          assertThat(a.subject()).isEqualTo(who);
          assertThat(a.isInForceOn(D)).isTrue();
        });
    List<ReleaseAuthorization> any = Samples.list(16, 500, TherapyGenerators.authorizations());
    assertThat(any).anyMatch(a -> !a.isComplete()).anyMatch(a -> a.revokedOn().isPresent());
    assertThat(TherapyGenerators.authorizations().inForceOn(D).psychotherapyNotes())
        .hasToString("authorizations().inForceOn(2027-09-30).psychotherapyNotes()");
  }

  @Test
  void referralsUnitsAndGoalsKeepTheirCustomisations() {
    LocalDate last = D.plusDays(120);
    Samples.check(
        21,
        300,
        TherapyGenerators.referrals().activeThrough(D, last),
        r ->
            assertThat(r.isActiveOn(D) && r.isActiveOn(last) && r.isActiveOn(D.plusDays(60)))
                .isTrue());
    Samples.check(
        22,
        300,
        TherapyGenerators.referrals().activeOn(D),
        r -> assertThat(r.isActiveOn(D)).isTrue());
    Samples.check(
        23,
        200,
        TherapyGenerators.couples().inFertilityTreatment(),
        u -> {
          assertThat(u.kind()).isEqualTo(UnitKind.COUPLE);
          assertThat(u.fertilityContext().orElseThrow().stage())
              .isEqualTo(FertilityStage.IN_TREATMENT);
        });
    Samples.check(
        24, 200, TherapyGenerators.units().individual(), u -> assertThat(u.clients()).hasSize(1));
    Samples.check(
        25,
        300,
        TherapyGenerators.goals().withinScope(ScopeOfPractice.COUNSELLING),
        g -> assertThat(ScopeOfPractice.COUNSELLING.permits(g.practiceArea())).isTrue());
    Samples.check(
        26,
        300,
        TherapyGenerators.goals().outsideScope(ScopeOfPractice.COUNSELLING),
        g -> assertThat(ScopeOfPractice.COUNSELLING.permits(g.practiceArea())).isFalse());
    assertThatThrownBy(() -> TherapyGenerators.goals().withinScope(ScopeOfPractice.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.goals().outsideScope(ScopeOfPractice.THERAPY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.referrals().activeThrough(last, D))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sensitiveTextOfEveryCoursePartIsSynthetic() {
    Samples.check(
        31,
        300,
        TherapyGenerators.intakes(),
        f -> {
          f.reasonsText().ifPresent(x -> assertThat(x).startsWith("synthetic "));
          assertThat(f.topics()).allMatch(x -> x.startsWith("synthetic "));
        });
    Samples.check(
        32,
        300,
        TherapyGenerators.goals(),
        g -> assertThat(g.revisions()).allMatch(r -> r.description().startsWith("synthetic ")));
    Samples.check(
        33,
        300,
        TherapyGenerators.sessions(),
        s -> s.progressNote().ifPresent(n -> assertThat(n.text()).startsWith("synthetic ")));
    Samples.check(
        34,
        300,
        TherapyGenerators.homework(),
        h -> assertThat(h.description()).startsWith("synthetic "));
  }

  @Test
  void practitionersHoldAClassificationThroughoutAPeriod() {
    QualificationPolicy policy = QualificationPolicy.standard();
    LocalDate last = D.plusYears(3);
    for (Classification c :
        List.of(Classification.CERTIFIED_SEX_THERAPIST, Classification.SEX_COUNSELLOR)) {
      Samples.check(
          41,
          200,
          TherapyGenerators.practitioners().classifiedAs(c).throughout(D, last),
          p -> {
            for (LocalDate d = D; !d.isAfter(last); d = d.plusDays(61)) {
              assertThat(policy.assess(p, d).classification()).isEqualTo(c);
            }
            assertThat(policy.assess(p, last).classification()).isEqualTo(c);
          });
    }
    assertThat(TherapyGenerators.practitioners().certifiedSexTherapists().throughout(D, last))
        .hasToString(
            "practitioners().classifiedAs(CERTIFIED_SEX_THERAPIST).throughout(2027-09-30,"
                + " 2030-09-30)");
    assertThatThrownBy(() -> TherapyGenerators.practitioners().educators().throughout(D, last))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.practitioners().throughout(D, last))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TherapyGenerators.practitioners().certifiedSexTherapists().throughout(last, D))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

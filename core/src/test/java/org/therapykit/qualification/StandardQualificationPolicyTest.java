package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapykit.qualification.Fixtures.AS_OF;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.PractitionerId;
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
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

class StandardQualificationPolicyTest {
  private final QualificationPolicy policy = QualificationPolicy.standard();

  private QualificationAssessment assess(Practitioner p) {
    return policy.assess(p, AS_OF);
  }

  private static RequirementResult result(QualificationAssessment a, Discipline d, Requirement r) {
    return a.requirements().stream()
        .filter(x -> x.discipline() == d && x.requirement() == r)
        .findFirst()
        .orElseThrow();
  }

  private static List<Requirement> unmet(QualificationAssessment a, Discipline d) {
    return a.requirements().stream()
        .filter(r -> r.discipline() == d && !r.met())
        .map(RequirementResult::requirement)
        .toList();
  }

  private static List<String> codesAndPaths(QualificationAssessment a, FindingCode code) {
    return a.findings(code).stream().map(f -> f.code() + " " + f.path()).toList();
  }

  @Test
  void classifiesCertifiedTherapistWithTherapyScope() {
    QualificationAssessment a = assess(Fixtures.certifiedTherapist().build());
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    assertThat(a.scope()).isEqualTo(ScopeOfPractice.THERAPY);
    assertThat(a.scope().permits(PracticeArea.SEXUAL_DYSFUNCTIONS)).isTrue();
    assertThat(a.hasErrors()).isFalse();
    assertThat(a.policyId()).isEqualTo("therapykit-aasect-2025");
    assertThat(a.practitionerId()).isEqualTo(PractitionerId.of("p-1"));
    assertThat(a.asOf()).isEqualTo(AS_OF);
    // a certificate attests the training: no requirement findings for the therapy set
    assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET)).isEmpty();
    assertThat(a.findings(FindingCode.REQUIREMENT_MET)).isEmpty();
    assertThat(a.requirements()).isNotEmpty();
  }

  @Test
  void classifiesLicensedClinicianMeetingEveryRequirementAsUncertifiedTherapist() {
    QualificationAssessment a = assess(Fixtures.uncertifiedTherapist().build());
    assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
    assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET)).isEmpty();
    assertThat(a.findings(FindingCode.REQUIREMENT_MET))
        .extracting(Finding::severity)
        .containsOnly(Severity.INFO);
    assertThat(a.requirements())
        .filteredOn(r -> r.discipline() == Discipline.SEX_THERAPY)
        .extracting(RequirementResult::requirementSetId)
        .containsOnly("AASECT-CST-2018.03");
  }

  @Test
  void classifiesSomeoneWithNothingAsNotQualified() {
    Practitioner p =
        Practitioner.builder().id(PractitionerId.of("p-0")).displayName("Nobody").build();
    QualificationAssessment a = assess(p);
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(a.scope()).isEqualTo(ScopeOfPractice.NONE);
    assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET))
        .extracting(Finding::path)
        .contains("/licenses", "/degrees", "/trainings", "/supervisedPractice");
    // every discipline's unmet requirements are reported for someone not qualified
    assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET).size())
        .isEqualTo(a.requirements().size());
  }

  @Nested
  class CoreKnowledgeHours {
    private QualificationAssessment withCoreKnowledge(TrainingRecord... records) {
      Practitioner base = Fixtures.uncertifiedTherapist().build();
      List<TrainingRecord> others =
          base.trainings().stream()
              .filter(t -> t.category() != TrainingCategory.CORE_KNOWLEDGE)
              .toList();
      return assess(
          base.withTrainings(Stream.concat(others.stream(), Stream.of(records)).toList()));
    }

    @ParameterizedTest
    @CsvSource({"89.5, false", "89.99, false", "90, true", "90.25, true"})
    void meetsNinetyHoursAtTheBoundary(String hours, boolean met) {
      QualificationAssessment a =
          withCoreKnowledge(
              Fixtures.training(TrainingCategory.CORE_KNOWLEDGE, hours, Delivery.IN_PERSON));
      RequirementResult r = result(a, Discipline.SEX_THERAPY, Requirement.CORE_KNOWLEDGE_HOURS);
      assertThat(r.met()).isEqualTo(met);
      assertThat(r.actual()).contains(Hours.parse(hours));
      assertThat(r.required()).contains(Hours.of(90));
      assertThat(a.classification())
          .isEqualTo(met ? Classification.SEX_THERAPIST : Classification.NOT_QUALIFIED);
      if (!met) {
        assertThat(unmet(a, Discipline.SEX_THERAPY))
            .containsExactly(Requirement.CORE_KNOWLEDGE_HOURS);
        assertThat(codesAndPaths(a, FindingCode.REQUIREMENT_NOT_MET))
            .contains("REQUIREMENT_NOT_MET /trainings");
        assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET).get(0).message())
            .contains(hours + " of 90 hours");
      }
    }

    @ParameterizedTest
    @CsvSource({"75, 15, 90, true", "76, 14, 89, false", "90, 0.5, 75.5, false"})
    void countsAtMostSeventyFiveOnlineHours(
        String online, String inPerson, String counted, boolean met) {
      QualificationAssessment a =
          withCoreKnowledge(
              Fixtures.training(TrainingCategory.CORE_KNOWLEDGE, online, Delivery.ONLINE),
              Fixtures.training(TrainingCategory.CORE_KNOWLEDGE, inPerson, Delivery.IN_PERSON));
      RequirementResult r = result(a, Discipline.SEX_THERAPY, Requirement.CORE_KNOWLEDGE_HOURS);
      assertThat(r.actual()).contains(Hours.parse(counted));
      assertThat(r.met()).isEqualTo(met);
    }

    @Test
    void ignoresTrainingCompletedAfterTheAssessmentDate() {
      TrainingRecord future =
          TrainingRecord.builder()
              .category(TrainingCategory.CORE_KNOWLEDGE)
              .hours(Hours.of(90))
              .delivery(Delivery.IN_PERSON)
              .completed(AS_OF.plusDays(1))
              .build();
      assertThat(
              result(
                      withCoreKnowledge(future),
                      Discipline.SEX_THERAPY,
                      Requirement.CORE_KNOWLEDGE_HOURS)
                  .actual())
          .contains(Hours.ZERO);
    }
  }

  @Test
  void capsOnlineSexTherapyTrainingAtThirtyHours() {
    Practitioner base = Fixtures.uncertifiedTherapist().build();
    Practitioner p =
        base.withTrainings(
            Fixtures.training(TrainingCategory.CORE_KNOWLEDGE, "90", Delivery.IN_PERSON),
            Fixtures.training(TrainingCategory.SEX_THERAPY, "31", Delivery.ONLINE),
            Fixtures.training(TrainingCategory.SEX_THERAPY, "29", Delivery.IN_PERSON),
            Fixtures.training(TrainingCategory.ATTITUDE_REASSESSMENT, "10", Delivery.IN_PERSON));
    RequirementResult r =
        result(assess(p), Discipline.SEX_THERAPY, Requirement.DISCIPLINE_TRAINING_HOURS);
    assertThat(r.actual()).contains(Hours.of(59));
    assertThat(r.met()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "MASTER, 2020-06-01, true",
    "MASTER, 2024-06-01, true",
    "MASTER, 2024-06-02, false",
    "DOCTORATE, 2025-06-01, true",
    "DOCTORATE, 2025-06-02, false",
    "MEDICAL_DOCTORATE, 2025-06-01, true",
    "BACHELOR, 2010-01-01, false"
  })
  void requiresMastersPlusTwoYearsOrDoctoratePlusOne(
      DegreeLevel level, LocalDate awarded, boolean met) {
    Degree d =
        Degree.builder()
            .level(level)
            .field("Clinical Psychology")
            .awarded(awarded)
            .clinical(true)
            .build();
    QualificationAssessment a = assess(Fixtures.uncertifiedTherapist().degrees(List.of(d)).build());
    assertThat(result(a, Discipline.SEX_THERAPY, Requirement.DEGREE).met()).isEqualTo(met);
  }

  @Test
  void requiresAClinicalDegreeForTherapists() {
    Degree nonClinical =
        Degree.builder()
            .level(DegreeLevel.DOCTORATE)
            .field("History")
            .awarded(LocalDate.of(2010, 1, 1))
            .build();
    QualificationAssessment a =
        assess(Fixtures.uncertifiedTherapist().degrees(List.of(nonClinical)).build());
    assertThat(unmet(a, Discipline.SEX_THERAPY)).containsExactly(Requirement.DEGREE);
    assertThat(codesAndPaths(a, FindingCode.REQUIREMENT_NOT_MET))
        .contains("REQUIREMENT_NOT_MET /degrees");
  }

  @Nested
  class SupervisedPracticeHours {
    private RequirementResult practice(SupervisedPractice s) {
      return result(
          assess(Fixtures.uncertifiedTherapist().supervisedPractice(List.of(s)).build()),
          Discipline.SEX_THERAPY,
          Requirement.PRACTICE_HOURS);
    }

    @ParameterizedTest
    @CsvSource({"150, 300, true", "151, 299, false", "300, 150, false"})
    void countsAtMostHalfByTelehealthForContractsFromMarch2018(
        int telehealth, int counted, boolean met) {
      RequirementResult r =
          practice(Fixtures.therapyPractice().telehealthHours(Hours.of(telehealth)).build());
      assertThat(r.actual()).contains(Hours.of(counted));
      assertThat(r.met()).isEqualTo(met);
      assertThat(r.requirementSetId()).isEqualTo("AASECT-CST-2018.03");
    }

    @Test
    void countsAllTelehealthForContractsBeforeMarch2018() {
      RequirementResult r =
          practice(
              Fixtures.therapyPractice()
                  .contractSigned(LocalDate.of(2018, 2, 28))
                  .period(DateRange.of(LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 1)))
                  .telehealthHours(Hours.of(151))
                  .build());
      assertThat(r.requirementSetId()).isEqualTo("AASECT-CST-2012");
      assertThat(r.actual()).contains(Hours.of(300));
      assertThat(r.met()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"240, false", "299.75, false", "300, true"})
    void needsThreeHundredClinicalHours(String hours, boolean met) {
      RequirementResult r =
          practice(
              Fixtures.therapyPractice()
                  .practiceHours(Hours.parse(hours))
                  .telehealthHours(Hours.ZERO)
                  .build());
      assertThat(r.met()).isEqualTo(met);
      assertThat(r.toString()).contains(hours + " of 300 hours");
    }

    @ParameterizedTest
    @CsvSource({
      "25, 25, 50, true",
      "24, 26, 48, false",
      "30, 20, 50, true",
      "50, 0, 50, true",
      "0, 50, 0, false"
    })
    void countsGroupSupervisionUpToHalf(int individual, int group, int counted, boolean met) {
      RequirementResult r =
          result(
              assess(
                  Fixtures.uncertifiedTherapist()
                      .supervisedPractice(
                          List.of(
                              Fixtures.therapyPractice()
                                  .individualSupervisionHours(Hours.of(individual))
                                  .groupSupervisionHours(Hours.of(group))
                                  .build()))
                      .build()),
              Discipline.SEX_THERAPY,
              Requirement.SUPERVISION_HOURS);
      assertThat(r.actual()).contains(Hours.of(counted));
      assertThat(r.met()).isEqualTo(met);
    }

    @Test
    void ignoresPracticeThatStartsAfterTheAssessmentDate() {
      RequirementResult r =
          practice(
              Fixtures.therapyPractice()
                  .contractSigned(AS_OF)
                  .period(DateRange.startingOn(AS_OF.plusDays(1)))
                  .build());
      assertThat(r.actual()).contains(Hours.ZERO);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2018-02-28, AASECT-CST-2012",
    "2018-03-01, AASECT-CST-2018.03",
    "2025-04-30, AASECT-CST-2018.03",
    "2025-05-01, 2025.T.1",
    "2010-01-01, AASECT-CST-2012"
  })
  void choosesTheRequirementSetInForceWhenTheSupervisionContractWasSigned(
      LocalDate contract, String setId) {
    SupervisedPractice s =
        Fixtures.therapyPractice()
            .contractSigned(contract)
            .period(DateRange.of(contract, contract.plusYears(1)))
            .build();
    QualificationAssessment a =
        assess(Fixtures.uncertifiedTherapist().supervisedPractice(List.of(s)).build());
    assertThat(result(a, Discipline.SEX_THERAPY, Requirement.PRACTICE_HOURS).requirementSetId())
        .isEqualTo(setId);
  }

  @Test
  void usesTheSetInForceOnTheAssessmentDateWithoutAContract() {
    Practitioner p = Fixtures.uncertifiedTherapist().supervisedPractice(List.of()).build();
    assertThat(
            result(assess(p), Discipline.SEX_THERAPY, Requirement.PRACTICE_HOURS)
                .requirementSetId())
        .isEqualTo("2025.T.1");
  }

  @Nested
  class CertificationValidity {
    private QualificationAssessment withCst(Certification c) {
      return assess(
          Fixtures.uncertifiedTherapist()
              .addCertification(c)
              .addMembership(Fixtures.aasectMembership())
              .build());
    }

    @Test
    void isStillCertifiedOnTheDayOfExpiryAndWarns() {
      QualificationAssessment a =
          withCst(Fixtures.cst().withValidity(DateRange.of(LocalDate.of(2023, 6, 2), AS_OF)));
      assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
      assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_EXPIRING))
          .containsExactly("CERTIFICATION_EXPIRING /certifications/0/validity");
    }

    @Test
    void isNoLongerCertifiedTheDayAfterExpiry() {
      QualificationAssessment a =
          withCst(
              Fixtures.cst()
                  .withValidity(DateRange.of(LocalDate.of(2023, 6, 1), AS_OF.minusDays(1))));
      assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
      assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_EXPIRED))
          .containsExactly("CERTIFICATION_EXPIRED /certifications/0/validity");
    }

    @ParameterizedTest
    @CsvSource({"89, true", "90, false", "91, false"})
    void warnsOfExpiryWithinNinetyDays(int daysAhead, boolean warns) {
      QualificationAssessment a =
          withCst(
              Fixtures.cst()
                  .withValidity(DateRange.of(LocalDate.of(2023, 6, 1), AS_OF.plusDays(daysAhead))));
      assertThat(a.findings(FindingCode.CERTIFICATION_EXPIRING)).hasSize(warns ? 1 : 0);
      assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    }

    @ParameterizedTest
    @EnumSource(
        value = CertificationStatus.class,
        names = {"SUSPENDED", "REVOKED", "LAPSED"})
    void doesNotCountAnInactiveCertification(CertificationStatus status) {
      QualificationAssessment a = withCst(Fixtures.cst().withStatus(status));
      assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
      assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_NOT_ACTIVE))
          .containsExactly("CERTIFICATION_NOT_ACTIVE /certifications/0/status");
    }

    @Test
    void reportsAnExpiredStatusAsExpired() {
      QualificationAssessment a = withCst(Fixtures.cst().withStatus(CertificationStatus.EXPIRED));
      assertThat(a.findings(FindingCode.CERTIFICATION_EXPIRED)).hasSize(1);
    }

    @Test
    void doesNotCountACertificationThatStartsLater() {
      QualificationAssessment a =
          withCst(Fixtures.cst().withValidity(DateRange.startingOn(AS_OF.plusDays(1))));
      assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_NOT_ACTIVE))
          .containsExactly("CERTIFICATION_NOT_ACTIVE /certifications/0/validity");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-12-31, CERTIFIED_SEX_THERAPIST, 0, 0",
    "2025-01-01, 2025-12-31, SEX_THERAPIST, 1, 0",
    "2025-01-01, 2026-06-01, CERTIFIED_SEX_THERAPIST, 0, 0",
    "2025-01-01, 2026-05-31, CERTIFIED_SEX_THERAPIST, 0, 1",
    "2025-01-01, 2026-02-28, SEX_THERAPIST, 1, 0"
  })
  void needsAnActiveAasectMembershipForAasectCertification(
      LocalDate from,
      LocalDate to,
      Classification expected,
      int lapsedFindings,
      int graceFindings) {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(Fixtures.cst())
            .addMembership(Membership.of(CertifyingBody.AASECT, DateRange.of(from, to)))
            .build();
    QualificationAssessment a = assess(p);
    assertThat(a.classification()).isEqualTo(expected);
    assertThat(codesAndPaths(a, FindingCode.MEMBERSHIP_LAPSED))
        .hasSize(lapsedFindings)
        .allMatch(s -> s.equals("MEMBERSHIP_LAPSED /certifications/0"));
    assertThat(codesAndPaths(a, FindingCode.MEMBERSHIP_IN_GRACE))
        .hasSize(graceFindings)
        .allMatch(s -> s.equals("MEMBERSHIP_IN_GRACE /certifications/0"));
  }

  /**
   * AASECT membership expires on 31 December and goes inactive if not renewed by 1 April: on 31
   * March the certification still counts, with a warning that names the dates; on 1 April it has
   * lapsed.
   */
  @ParameterizedTest
  @CsvSource({
    "2025-12-31, CERTIFIED_SEX_THERAPIST, ''",
    "2026-01-01, CERTIFIED_SEX_THERAPIST, MEMBERSHIP_IN_GRACE",
    "2026-03-31, CERTIFIED_SEX_THERAPIST, MEMBERSHIP_IN_GRACE",
    "2026-04-01, SEX_THERAPIST, MEMBERSHIP_LAPSED"
  })
  void aasectMembershipHasAGracePeriodUntilThirtyFirstOfMarch(
      LocalDate asOf, Classification expected, String code) {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(
                Fixtures.cst().withValidity(DateRange.of(asOf.minusYears(1), asOf.plusYears(2))))
            .addMembership(
                Membership.of(
                    CertifyingBody.AASECT,
                    DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
            .build();
    QualificationAssessment a = QualificationPolicy.standard().assess(p, asOf);
    assertThat(a.classification()).isEqualTo(expected);
    List<Finding> membership =
        a.findings().stream()
            .filter(
                f ->
                    f.code() == FindingCode.MEMBERSHIP_IN_GRACE
                        || f.code() == FindingCode.MEMBERSHIP_LAPSED)
            .toList();
    if (code.isEmpty()) {
      assertThat(membership).isEmpty();
      return;
    }
    assertThat(membership)
        .extracting(f -> f.code().code() + " " + f.path() + " " + f.severity())
        .containsExactly(code + " /certifications/0 WARNING");
    if (code.equals("MEMBERSHIP_IN_GRACE")) {
      assertThat(membership.get(0).message())
          .isEqualTo(
              "aasect-cst counts until 2026-03-31: the aasect membership it needs ended on"
                  + " 2025-12-31, and its grace period is 3 months");
    }
  }

  @Test
  void aRenewedMembershipEndsTheGracePeriod() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(Fixtures.cst())
            .addMembership(
                Membership.of(
                    CertifyingBody.AASECT,
                    DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
            .addMembership(
                Membership.of(
                    CertifyingBody.AASECT,
                    DateRange.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 31))))
            .build();
    QualificationAssessment a = QualificationPolicy.standard().assess(p, LocalDate.of(2026, 3, 20));
    assertThat(a.findings(FindingCode.MEMBERSHIP_IN_GRACE)).isEmpty();
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
  }

  @Test
  void aPolicyWithoutAGracePeriodReadsTheMembershipLiterally() {
    StandardQualificationPolicy literal =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("literal")
            .membershipGracePeriods(ImmutableMap.of())
            .build();
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(Fixtures.cst())
            .addMembership(
                Membership.of(
                    CertifyingBody.AASECT,
                    DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
            .build();
    QualificationAssessment a = literal.assess(p, LocalDate.of(2026, 1, 1));
    assertThat(codesAndPaths(a, FindingCode.MEMBERSHIP_LAPSED))
        .containsExactly("MEMBERSHIP_LAPSED /certifications/0");
    assertThat(a.findings(FindingCode.MEMBERSHIP_IN_GRACE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P-1D", "P1Y1D", "P13M"})
  void aGracePeriodIsFromZeroToOneYear(String period) {
    assertThatThrownBy(
            () ->
                StandardQualificationPolicy.builder()
                    .from(QualificationPolicy.standard())
                    .membershipGracePeriods(
                        ImmutableMap.of(CertifyingBody.AASECT, Period.parse(period)))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(f -> f.code().code() + " " + f.path())
                    .containsExactly("OUT_OF_RANGE /membershipGracePeriods"));
  }

  @ParameterizedTest
  @EnumSource(Profession.class)
  void certifiesOnlyWithALicenceForIndependentPsychotherapy(Profession profession) {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .licenses(List.of(Fixtures.lcsw().withProfession(profession)))
            .build();
    QualificationAssessment a = assess(p);
    boolean independent =
        switch (profession) {
          case PSYCHOLOGIST,
              PSYCHIATRIST,
              PHYSICIAN,
              CLINICAL_SOCIAL_WORKER,
              MARRIAGE_FAMILY_THERAPIST,
              PROFESSIONAL_COUNSELLOR,
              PSYCHIATRIC_NURSE_PRACTITIONER,
              PSYCHOTHERAPIST ->
              true;
          case MASTER_SOCIAL_WORKER, BACHELOR_SOCIAL_WORKER, NURSE, OTHER -> false;
        };
    assertThat(profession.allowsIndependentPsychotherapy()).isEqualTo(independent);
    if (independent) {
      assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
      assertThat(a.findings(FindingCode.LICENSE_NOT_INDEPENDENT)).isEmpty();
    } else {
      assertThat(a.classification()).isLessThan(Classification.SEX_THERAPIST);
      assertThat(codesAndPaths(a, FindingCode.LICENSE_NOT_INDEPENDENT))
          .containsExactly("LICENSE_NOT_INDEPENDENT /licenses/0/profession");
      assertThat(codesAndPaths(a, FindingCode.INCONSISTENT_CLAIM))
          .containsExactly("INCONSISTENT_CLAIM /certifications/0");
      assertThat(a.hasErrors()).isTrue();
    }
  }

  @Test
  void treatsAProvisionalLicenceAsNotIndependent() {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .licenses(List.of(Fixtures.lcsw().withProvisional(true)))
            .build();
    QualificationAssessment a = assess(p);
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(codesAndPaths(a, FindingCode.LICENSE_NOT_INDEPENDENT))
        .containsExactly("LICENSE_NOT_INDEPENDENT /licenses/0/provisional");
  }

  @Test
  void flagsATherapistCertificationHeldWithoutAnyLicence() {
    QualificationAssessment a = assess(Fixtures.certifiedTherapist().licenses(List.of()).build());
    assertThat(codesAndPaths(a, FindingCode.INCONSISTENT_CLAIM))
        .containsExactly("INCONSISTENT_CLAIM /certifications/0");
    assertThat(a.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
  }

  @Test
  void flagsALicenceOutsideTheCertificationsRegion() {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .licenses(List.of(Fixtures.lcsw().withJurisdiction(Jurisdiction.of("GB"))))
            .build();
    QualificationAssessment a = assess(p);
    assertThat(codesAndPaths(a, FindingCode.LICENSE_JURISDICTION_NOT_COVERED))
        .containsExactly("LICENSE_JURISDICTION_NOT_COVERED /certifications/0");
    assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
  }

  @Test
  void recognisesCosrtAccreditationWithABritishRegistration() {
    Certification cosrt =
        Certification.builder()
            .body(CertifyingBody.COSRT)
            .type(CertificationType.COSRT_ACCREDITED)
            .number("COSRT-77")
            .validity(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
            .status(CertificationStatus.ACTIVE)
            .build();
    Practitioner p =
        Practitioner.builder()
            .id(PractitionerId.of("p-gb"))
            .displayName("Ms. Brit")
            .addLicense(
                Fixtures.lcsw()
                    .withProfession(Profession.PSYCHOTHERAPIST)
                    .withJurisdiction(Jurisdiction.of("GB")))
            .addCertification(cosrt)
            .build();
    assertThat(assess(p).classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
  }

  @ParameterizedTest
  @EnumSource(
      value = CertificationType.class,
      names = {"ABS_CERTIFIED_SEXOLOGIST", "ABS_DIPLOMATE", "ACS_CERTIFICATE"})
  void doesNotCertifyWithANonClinicalBoard(CertificationType type) {
    Certification c =
        Certification.builder()
            .body(type.body().orElseThrow())
            .type(type)
            .number("X-1")
            .validity(DateRange.startingOn(LocalDate.of(2020, 1, 1)))
            .status(CertificationStatus.ACTIVE)
            .build();
    QualificationAssessment a =
        assess(Fixtures.uncertifiedTherapist().trainings(List.of()).addCertification(c).build());
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_NOT_RECOGNISED))
        .containsExactly("CERTIFICATION_NOT_RECOGNISED /certifications/0/type");
  }

  @Test
  void reportsAKnownButUnrecognisedCertification() {
    Certification tca =
        Certification.builder()
            .body(CertifyingBody.TCA)
            .type(CertificationType.TCA_SEX_THERAPIST)
            .number("TCA-1")
            .validity(DateRange.startingOn(LocalDate.of(2020, 1, 1)))
            .status(CertificationStatus.ACTIVE)
            .build();
    QualificationAssessment a =
        assess(Fixtures.uncertifiedTherapist().addCertification(tca).build());
    assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
    assertThat(codesAndPaths(a, FindingCode.CERTIFICATION_NOT_RECOGNISED))
        .containsExactly("CERTIFICATION_NOT_RECOGNISED /certifications/0/type");
  }

  @Test
  void flagsASupervisorCertificationWithoutItsBase() {
    Certification supervisor =
        Fixtures.cst().withType(CertificationType.AASECT_CST_SUPERVISOR).withNumber("CSTS-1");
    QualificationAssessment withoutBase =
        assess(
            Fixtures.uncertifiedTherapist()
                .addCertification(supervisor)
                .addMembership(Fixtures.aasectMembership())
                .build());
    assertThat(codesAndPaths(withoutBase, FindingCode.INCONSISTENT_CLAIM))
        .containsExactly("INCONSISTENT_CLAIM /certifications/0");
    assertThat(withoutBase.classification()).isEqualTo(Classification.SEX_THERAPIST);

    QualificationAssessment withBase =
        assess(Fixtures.certifiedTherapist().addCertification(supervisor).build());
    assertThat(withBase.findings(FindingCode.INCONSISTENT_CLAIM)).isEmpty();
    assertThat(withBase.findings(FindingCode.CERTIFICATION_NOT_RECOGNISED)).isEmpty();
  }

  @Nested
  class Licences {
    private QualificationAssessment withLicense(License l) {
      return assess(Fixtures.certifiedTherapist().licenses(List.of(l)).build());
    }

    @Test
    void reportsAnExpiredLicence() {
      QualificationAssessment a =
          withLicense(
              Fixtures.lcsw()
                  .withValidity(DateRange.of(LocalDate.of(2020, 1, 1), AS_OF.minusDays(1))));
      assertThat(codesAndPaths(a, FindingCode.LICENSE_EXPIRED))
          .containsExactly("LICENSE_EXPIRED /licenses/0/validity");
      assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    }

    @ParameterizedTest
    @EnumSource(
        value = LicenseStatus.class,
        names = {"SUSPENDED", "REVOKED", "INACTIVE"})
    void reportsAnInactiveLicence(LicenseStatus status) {
      QualificationAssessment a = withLicense(Fixtures.lcsw().withStatus(status));
      assertThat(codesAndPaths(a, FindingCode.LICENSE_NOT_ACTIVE))
          .containsExactly("LICENSE_NOT_ACTIVE /licenses/0/status");
    }

    @Test
    void reportsALicenceNotYetValid() {
      QualificationAssessment a =
          withLicense(Fixtures.lcsw().withValidity(DateRange.startingOn(AS_OF.plusDays(1))));
      assertThat(codesAndPaths(a, FindingCode.LICENSE_NOT_ACTIVE))
          .containsExactly("LICENSE_NOT_ACTIVE /licenses/0/validity");
    }

    @Test
    void warnsOfALicenceAboutToExpire() {
      QualificationAssessment a =
          withLicense(Fixtures.lcsw().withValidity(DateRange.of(LocalDate.of(2020, 1, 1), AS_OF)));
      assertThat(codesAndPaths(a, FindingCode.LICENSE_EXPIRING))
          .containsExactly("LICENSE_EXPIRING /licenses/0/validity");
      assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    }
  }

  @Nested
  class Counsellors {
    private final Degree bsw =
        Degree.builder()
            .level(DegreeLevel.BACHELOR)
            .field("Social Work")
            .awarded(LocalDate.of(2019, 5, 1))
            .humanService(true)
            .build();

    private Practitioner counsellor(LocalDate start, LocalDate end, int hours) {
      return Practitioner.builder()
          .id(PractitionerId.of("p-c"))
          .displayName("Sam Counsellor")
          .addLicense(
              Fixtures.lcsw().withProfession(Profession.BACHELOR_SOCIAL_WORKER).withNumber("B-1"))
          .addDegree(bsw)
          .addSupervisedPractice(
              SupervisedPractice.builder()
                  .discipline(Discipline.SEXUALITY_COUNSELLING)
                  .contractSigned(start)
                  .period(DateRange.of(start, end))
                  .practiceHours(Hours.of(hours))
                  .build())
          .build();
    }

    @ParameterizedTest
    @CsvSource({
      "2022-01-01, 2024-01-01, 1000, true",
      "2022-01-01, 2023-12-31, 1000, false",
      "2019-01-01, 2024-01-01, 1000, true",
      "2019-01-01, 2024-01-02, 1000, false",
      "2022-01-01, 2025-01-01, 999, false"
    })
    void qualifiesByEvidenceWithAThousandHoursOverTwoToFiveYears(
        LocalDate start, LocalDate end, int hours, boolean counsellor) {
      QualificationAssessment a = assess(counsellor(start, end, hours));
      assertThat(a.classification())
          .isEqualTo(counsellor ? Classification.SEX_COUNSELLOR : Classification.NOT_QUALIFIED);
      if (counsellor) {
        assertThat(a.scope().permits(PracticeArea.SEXUAL_DYSFUNCTIONS)).isFalse();
        assertThat(a.scope().permits(PracticeArea.RELATIONSHIP_PROBLEMS)).isTrue();
        assertThat(a.findings(FindingCode.REQUIREMENT_MET))
            .extracting(Finding::path)
            .contains("/supervisedPractice", "/degrees");
      }
    }

    @Test
    void qualifiesWithACscCertificationAndMembership() {
      Practitioner p =
          counsellor(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), 100)
              .withCertifications(
                  Fixtures.cst().withType(CertificationType.AASECT_CSC).withNumber("CSC-9"))
              .withMemberships(Fixtures.aasectMembership());
      QualificationAssessment a = assess(p);
      assertThat(a.classification()).isEqualTo(Classification.SEX_COUNSELLOR);
      assertThat(a.hasErrors()).isFalse();
    }
  }

  @Nested
  class Educators {
    private Practitioner educator(int teaching, int individual, int group) {
      return Practitioner.builder()
          .id(PractitionerId.of("p-e"))
          .displayName("Alex Educator")
          .addDegree(
              Degree.builder()
                  .level(DegreeLevel.BACHELOR)
                  .field("Public Health")
                  .awarded(LocalDate.of(2016, 5, 1))
                  .build())
          .addSupervisedPractice(
              SupervisedPractice.builder()
                  .discipline(Discipline.SEXUALITY_EDUCATION)
                  .contractSigned(LocalDate.of(2022, 1, 1))
                  .period(DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1)))
                  .practiceHours(Hours.of(1000))
                  .directTeachingHours(Hours.of(teaching))
                  .individualSupervisionHours(Hours.of(individual))
                  .groupSupervisionHours(Hours.of(group))
                  .build())
          .build();
    }

    @ParameterizedTest
    @CsvSource({
      "100, 12, 13, SEXUALITY_EDUCATOR",
      "99, 12, 13, NOT_QUALIFIED",
      "100, 11, 14, NOT_QUALIFIED",
      "100, 12, 12, NOT_QUALIFIED"
    })
    void qualifiesByEvidence(int teaching, int individual, int group, Classification expected) {
      QualificationAssessment a = assess(educator(teaching, individual, group));
      assertThat(a.classification()).isEqualTo(expected);
      assertThat(a.scope())
          .isEqualTo(
              expected == Classification.SEXUALITY_EDUCATOR
                  ? ScopeOfPractice.EDUCATION
                  : ScopeOfPractice.NONE);
    }

    @Test
    void qualifiesWithACseCertification() {
      Practitioner p =
          educator(0, 0, 0)
              .withCertifications(
                  Fixtures.cst().withType(CertificationType.AASECT_CSE).withNumber("CSE-3"))
              .withMemberships(Fixtures.aasectMembership());
      assertThat(assess(p).classification()).isEqualTo(Classification.SEXUALITY_EDUCATOR);
    }
  }

  @Test
  void listsFindingsMostSevereFirst() {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .licenses(List.of(Fixtures.lcsw().withProfession(Profession.MASTER_SOCIAL_WORKER)))
            .build();
    List<Severity> severities = assess(p).findings().stream().map(Finding::severity).toList();
    assertThat(severities).isSortedAccordingTo(Enum::compareTo);
    assertThat(severities).contains(Severity.ERROR, Severity.INFO);
  }

  static Stream<Arguments> customPolicies() {
    return Stream.of(
        Arguments.of(
            StandardQualificationPolicy.builder()
                .from(QualificationPolicy.standard())
                .id("lenient-education")
                .requirementSets(
                    List.of(
                        AasectRequirementSets.CST_2025_T_1
                            .withCriterion(
                                new Criterion.TrainingHours(
                                    TrainingCategory.CORE_KNOWLEDGE,
                                    Hours.of(80),
                                    Optional.of(Hours.of(75))))
                            .withEffectiveFrom(LocalDate.of(2000, 1, 1))))
                .build(),
            "80"),
        Arguments.of(QualificationPolicy.standard(), "90"));
  }

  @ParameterizedTest
  @MethodSource("customPolicies")
  void acceptsAHostsOwnRequirementSet(StandardQualificationPolicy custom, String required) {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .trainings(
                List.of(
                    Fixtures.training(TrainingCategory.CORE_KNOWLEDGE, "85", Delivery.IN_PERSON),
                    Fixtures.training(TrainingCategory.SEX_THERAPY, "60", Delivery.IN_PERSON),
                    Fixtures.training(
                        TrainingCategory.ATTITUDE_REASSESSMENT, "10", Delivery.IN_PERSON)))
            .build();
    QualificationAssessment a = custom.assess(p, AS_OF);
    assertThat(a.policyId()).isEqualTo(custom.id());
    assertThat(result(a, Discipline.SEX_THERAPY, Requirement.CORE_KNOWLEDGE_HOURS).required())
        .contains(Hours.parse(required));
    assertThat(a.classification())
        .isEqualTo(
            required.equals("80") ? Classification.SEX_THERAPIST : Classification.NOT_QUALIFIED);
  }

  @Test
  void findsTheSetInForceOrNoneForAnUnknownDiscipline() {
    StandardQualificationPolicy onlyTherapy =
        StandardQualificationPolicy.builder()
            .id("only-therapy")
            .addRequirementSet(AasectRequirementSets.CST_2025_T_1)
            .build();
    assertThat(onlyTherapy.requirementSetFor(Discipline.SEXUALITY_EDUCATION, AS_OF)).isEmpty();
    // before the first set's date, the earliest set applies
    assertThat(
            onlyTherapy
                .requirementSetFor(Discipline.SEX_THERAPY, LocalDate.of(2000, 1, 1))
                .map(RequirementSet::id))
        .contains("2025.T.1");
    QualificationAssessment a = onlyTherapy.assess(Fixtures.certifiedTherapist().build(), AS_OF);
    assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
  }
}

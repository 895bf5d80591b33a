package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.validation.InvalidValueException;

/** Requirement sets as lists of criteria, and the other boards' sets. */
class CriterionTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF;

  /** A UK psychotherapist with clinical practice under supervision, and no certificate. */
  private static Practitioner ukTherapist(
      String practice, String individual, String group, LocalDate start) {
    return Practitioner.builder()
        .id(PractitionerId.of("p-uk"))
        .displayName("Test Fixture")
        .addLicense(
            License.builder()
                .profession(Profession.PSYCHOTHERAPIST)
                .jurisdiction(Jurisdiction.of("GB"))
                .number("UKCP-1")
                .validity(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2029, 12, 31)))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(start.minusDays(10))
                .period(DateRange.of(start, LocalDate.of(2026, 3, 31)))
                .practiceHours(Hours.parse(practice))
                .individualSupervisionHours(Hours.parse(individual))
                .groupSupervisionHours(Hours.parse(group))
                .build())
        .build();
  }

  private static RequirementResult result(RequirementSet set, Practitioner p, Requirement r) {
    return set.evaluate(p, AS_OF).stream()
        .filter(x -> x.requirement() == r)
        .findFirst()
        .orElseThrow();
  }

  // ---- COSRT's 1:6, at most a quarter in groups ------------------------------------------

  @ParameterizedTest(name = "{0} h practice, {1} individual + {2} group: {3} of {4}, met {5}")
  @CsvSource({
    // 450 practice hours need 75 supervision hours
    "450, 75, 0, 75, 75, true",
    "450, 74.75, 0, 74.75, 75, false",
    // group counts up to a third of individual (25 % of the total)
    "450, 56.25, 18.75, 75, 75, true",
    "450, 56, 19, 74.66, 75, false",
    "450, 50, 40, 66.66, 75, false",
    // 451 practice hours need 75.17 (rounded up to the hundredth)
    "451, 75, 0, 75, 75.17, false",
    "451, 75.25, 0, 75.25, 75.17, true",
  })
  void supervisionInProportionToPractice(
      String practice,
      String individual,
      String group,
      String actual,
      String required,
      boolean met) {
    Practitioner p = ukTherapist(practice, individual, group, LocalDate.of(2024, 1, 2));
    RequirementResult r = result(BoardRequirementSets.COSRT_2018, p, Requirement.SUPERVISION_RATIO);
    assertThat(r.met()).isEqualTo(met);
    assertThat(r.actual()).contains(Hours.parse(actual));
    assertThat(r.required()).contains(Hours.parse(required));
    assertThat(r.path()).isEqualTo("/supervisedPractice");
    assertThat(r.toString())
        .isEqualTo(
            "supervision in proportion to practice "
                + Hours.parse(actual)
                + " of "
                + Hours.parse(required)
                + " hours (COSRT-ACCREDITED-2018)");
  }

  @Test
  void aUkTherapistMeetingCosrtsNumbersIsASexTherapistUnderTheUkPolicyOnly() {
    Practitioner p = ukTherapist("450", "75", "0", LocalDate.of(2024, 1, 2));
    StandardQualificationPolicy uk =
        BoardRequirementSets.policy("uk-cosrt", BoardRequirementSets.COSRT_2018);
    QualificationAssessment a = uk.assess(p, AS_OF);
    assertThat(a.classification()).isEqualTo(Classification.SEX_THERAPIST);
    assertThat(a.policyId()).isEqualTo("uk-cosrt");
    assertThat(a.requirements())
        .filteredOn(r -> r.discipline() == Discipline.SEX_THERAPY)
        .extracting(RequirementResult::requirement, RequirementResult::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Requirement.PRACTICE_HOURS, true),
            org.assertj.core.groups.Tuple.tuple(Requirement.PRACTICE_SPAN, true),
            org.assertj.core.groups.Tuple.tuple(Requirement.SUPERVISION_RATIO, true));
    assertThat(QualificationPolicy.standard().assess(p, AS_OF).classification())
        .isEqualTo(Classification.NOT_QUALIFIED);
    // the pre-accreditation year: practice from 2025-06-02 to the date is less than a year
    Practitioner recent = ukTherapist("450", "75", "0", LocalDate.of(2025, 6, 2));
    assertThat(uk.assess(recent, AS_OF).classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(result(BoardRequirementSets.COSRT_2018, recent, Requirement.PRACTICE_SPAN).met())
        .isFalse();
  }

  @Test
  void aPolicyForABoardReplacesOnlyTheSexTherapySets() {
    StandardQualificationPolicy sas =
        BoardRequirementSets.policy("au-sas", BoardRequirementSets.SAS_PROVISIONAL_THERAPIST);
    assertThat(sas.requirementSetFor(Discipline.SEX_THERAPY, LocalDate.of(2019, 1, 1)))
        .contains(BoardRequirementSets.SAS_PROVISIONAL_THERAPIST);
    assertThat(sas.requirementSetFor(Discipline.SEXUALITY_EDUCATION, AS_OF))
        .isEqualTo(
            QualificationPolicy.standard()
                .requirementSetFor(Discipline.SEXUALITY_EDUCATION, AS_OF));
    assertThat(sas.recognitions()).isEqualTo(QualificationPolicy.standard().recognitions());
    assertThatThrownBy(() -> BoardRequirementSets.policy("x", AasectRequirementSets.CSC_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sex-therapy set: AASECT-CSC-2025");
  }

  @Test
  void theBoardSetsSayWhereTheyAreMeantFor() {
    assertThat(BoardRequirementSets.COSRT_2018.jurisdictions())
        .containsExactly(Jurisdiction.of("GB"));
    assertThat(BoardRequirementSets.SAS_PROVISIONAL_THERAPIST.jurisdictions())
        .containsExactly(Jurisdiction.of("AU"));
    assertThat(BoardRequirementSets.ECPS_2014.jurisdictions())
        .contains(Jurisdiction.of("DE"), Jurisdiction.of("GB"), Jurisdiction.of("CH"))
        .doesNotContain(Jurisdiction.of("US"))
        .hasSize(32);
    assertThat(AasectRequirementSets.all()).allMatch(s -> s.jurisdictions().isEmpty());
  }

  // ---- the sets as lists -----------------------------------------------------------------

  @Test
  void theAasectSetsKeepTheirNumbers() {
    RequirementSet cst = AasectRequirementSets.CST_2025_T_1;
    assertThat(cst.criteria())
        .extracting(Criterion::requirement)
        .containsExactly(
            Requirement.INDEPENDENT_LICENSE,
            Requirement.DEGREE,
            Requirement.CORE_KNOWLEDGE_HOURS,
            Requirement.DISCIPLINE_TRAINING_HOURS,
            Requirement.ATTITUDE_REASSESSMENT_HOURS,
            Requirement.PRACTICE_HOURS,
            Requirement.SUPERVISION_HOURS);
    assertThat(cst.criterion(Requirement.PRACTICE_HOURS))
        .contains(new Criterion.PracticeHours(Hours.of(300), Optional.of(Hours.of(150))));
    assertThat(AasectRequirementSets.CST_2012.criterion(Requirement.PRACTICE_HOURS))
        .contains(new Criterion.PracticeHours(Hours.of(300), Optional.empty()));
    assertThat(cst.criterion(Requirement.SUPERVISION_HOURS))
        .contains(new Criterion.SupervisionHours(Hours.of(50), 50));
    assertThat(cst.criterion(Requirement.DIRECT_TEACHING_HOURS)).isEmpty();
    assertThat(cst.isMetBy(Fixtures.uncertifiedTherapist().build(), AS_OF)).isTrue();
    assertThat(cst.evaluate(Fixtures.uncertifiedTherapist().build(), AS_OF))
        .hasSize(7)
        .allMatch(RequirementResult::met);
  }

  @Test
  void withCriterionReplacesTheOneOfTheSameRequirementOrAddsIt() {
    RequirementSet cst = AasectRequirementSets.CST_2025_T_1;
    Criterion eighty =
        new Criterion.TrainingHours(
            TrainingCategory.CORE_KNOWLEDGE, Hours.of(80), Optional.empty());
    RequirementSet replaced = cst.withCriterion(eighty);
    assertThat(replaced.criteria()).hasSize(7);
    assertThat(replaced.criteria().get(2)).isEqualTo(eighty);
    RequirementSet added = cst.withCriterion(new Criterion.SupervisionRatio(10, 50));
    assertThat(added.criteria()).hasSize(8);
    assertThat(added.criteria().get(7).requirement()).isEqualTo(Requirement.SUPERVISION_RATIO);
  }

  @Test
  void twoCriteriaOfOneRequirementAreADuplicate() {
    assertThatThrownBy(
            () ->
                RequirementSet.builder()
                    .id("X")
                    .discipline(Discipline.SEX_THERAPY)
                    .effectiveFrom(AS_OF)
                    .addCriterion(
                        new Criterion.TrainingHours(
                            TrainingCategory.SEX_THERAPY, Hours.of(60), Optional.empty()))
                    .addCriterion(
                        new Criterion.TrainingHours(
                            TrainingCategory.SEXUALITY_COUNSELLING, Hours.of(60), Optional.empty()))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("DUPLICATE_VALUE /criteria/1"));
  }

  static Stream<Arguments> invalidCriteria() {
    List<Arguments> out = new ArrayList<>();
    out.add(
        Arguments.of(
            (Runnable) () -> new Criterion.PracticeHours(Hours.ZERO, Optional.empty()),
            "OUT_OF_RANGE /hours"));
    out.add(
        Arguments.of(
            (Runnable) () -> new Criterion.SupervisionHours(Hours.of(1), 101),
            "OUT_OF_RANGE /maxGroupPercent"));
    out.add(
        Arguments.of(
            (Runnable) () -> new Criterion.SupervisionRatio(0, 25),
            "OUT_OF_RANGE /practiceHoursPerSupervisionHour"));
    out.add(
        Arguments.of(
            (Runnable) () -> new Criterion.PracticeSpan(Optional.empty(), Optional.empty()),
            "MISSING_CONDITIONAL_VALUE /minYears"));
    out.add(
        Arguments.of(
            (Runnable) () -> new Criterion.PracticeSpan(Optional.of(5), Optional.of(2)),
            "OUT_OF_RANGE /minYears"));
    out.add(
        Arguments.of(
            (Runnable) () -> Criterion.DegreeRoutes.of(List.of()), "MISSING_VALUE /routes"));
    return out.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidCriteria")
  void aCriterionChecksItsNumbers(Runnable make, String violation) {
    assertThatThrownBy(make::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly(violation));
  }

  @Test
  void theVisitorReachesEveryKind() {
    List<Criterion> all =
        List.of(
            new Criterion.IndependentLicense(),
            Criterion.DegreeRoutes.of(
                List.of(
                    DegreeRoute.of(
                        org.therapykit.practitioner.DegreeLevel.MASTER, 0, true, false))),
            new Criterion.TrainingHours(
                TrainingCategory.ATTITUDE_REASSESSMENT, Hours.of(1), Optional.empty()),
            new Criterion.PracticeHours(Hours.of(1), Optional.empty()),
            new Criterion.PracticeSpan(Optional.of(1), Optional.empty()),
            new Criterion.DirectTeachingHours(Hours.of(1)),
            new Criterion.SupervisionHours(Hours.of(1), 50),
            new Criterion.IndividualSupervisionHours(Hours.of(1)),
            new Criterion.SupervisionRatio(6, 25));
    Criterion.Visitor<String> names =
        new Criterion.Visitor<>() {
          @Override
          public String independentLicense(Criterion.IndependentLicense c) {
            return "independent-license";
          }

          @Override
          public String degreeRoutes(Criterion.DegreeRoutes c) {
            return "degree";
          }

          @Override
          public String trainingHours(Criterion.TrainingHours c) {
            return "attitude-reassessment-hours";
          }

          @Override
          public String practiceHours(Criterion.PracticeHours c) {
            return "practice-hours";
          }

          @Override
          public String practiceSpan(Criterion.PracticeSpan c) {
            return "practice-span";
          }

          @Override
          public String directTeachingHours(Criterion.DirectTeachingHours c) {
            return "direct-teaching-hours";
          }

          @Override
          public String supervisionHours(Criterion.SupervisionHours c) {
            return "supervision-hours";
          }

          @Override
          public String individualSupervisionHours(Criterion.IndividualSupervisionHours c) {
            return "individual-supervision-hours";
          }

          @Override
          public String supervisionRatio(Criterion.SupervisionRatio c) {
            return "supervision-ratio";
          }
        };
    for (Criterion c : all) {
      assertThat(c.accept(names)).isEqualTo(c.requirement().code());
    }
    assertThat(Criterion.class.getPermittedSubclasses()).hasSize(all.size());
  }
}

package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/** {@code supervisedPractice().withSupervisionDetail()} keeps to the default policy's limits. */
class SupervisionDetailTest {
  private static final List<FindingCode> SUPERVISION_CODES =
      List.of(
          FindingCode.SUPERVISION_GROUP_TOO_LARGE,
          FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
          FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
          FindingCode.SUPERVISOR_NOT_CERTIFIED);

  @ParameterizedTest
  @EnumSource(Discipline.class)
  void recordsWithDetailKeepToTheLimits(Discipline discipline) {
    Samples.check(
        discipline.code().hashCode(),
        300,
        TherapyGenerators.supervisedPractice().ofDiscipline(discipline).withSupervisionDetail(),
        r -> {
          assertThat(r.supervisor()).isPresent();
          List<SupervisionMonth> months = r.supervisionMonths();
          assertThat(months).isNotEmpty();
          YearMonth first = months.get(0).month();
          YearMonth last = months.get(months.size() - 1).month();
          long spread = ChronoUnit.MONTHS.between(first, last) + 1;
          if (discipline == Discipline.SEX_THERAPY) {
            assertThat(spread).isBetween(18L, 24L);
          } else {
            assertThat(spread).isBetween(1L, 24L);
          }
          for (SupervisionMonth m : months) {
            assertThat(m.largestGroup().orElse(2)).isBetween(2, 4);
            assertThat(m.hours().hundredths()).isLessThanOrEqualTo(600);
          }
          Practitioner p =
              Practitioner.builder()
                  .id(PractitionerId.of("p-1"))
                  .displayName("Test")
                  .addSupervisedPractice(r)
                  .build();
          LocalDate after = last.atEndOfMonth().plusYears(1);
          assertThat(QualificationPolicy.standard().assess(p, after).findings())
              .extracting(Finding::code)
              .doesNotContainAnyElementsOf(SUPERVISION_CODES);
        });
  }

  @ParameterizedTest
  @EnumSource(Discipline.class)
  void withoutTheStepRecordsHaveNoDetail(Discipline discipline) {
    Samples.check(
        discipline.code().hashCode(),
        100,
        TherapyGenerators.supervisedPractice().ofDiscipline(discipline),
        r -> {
          assertThat(r.supervisor()).isEmpty();
          assertThat(r.supervisionMonths()).isEmpty();
        });
  }
}

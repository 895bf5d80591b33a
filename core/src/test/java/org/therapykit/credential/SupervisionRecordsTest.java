package org.therapykit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.PractitionerId;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/** The invariants of supervision months and of a record's months. */
class SupervisionRecordsTest {
  private static SupervisionMonth month(String ym, String individual) {
    return SupervisionMonth.builder()
        .month(YearMonth.parse(ym))
        .individualHours(Hours.parse(individual))
        .build();
  }

  private static SupervisedPractice.Builder practice() {
    return SupervisedPractice.builder()
        .discipline(Discipline.SEX_THERAPY)
        .contractSigned(LocalDate.of(2021, 1, 1))
        .period(DateRange.parse("2021-01-04/2022-12-16"))
        .practiceHours(Hours.of(300))
        .individualSupervisionHours(Hours.of(30))
        .groupSupervisionHours(Hours.of(20));
  }

  private static void violates(Runnable build, List<org.assertj.core.groups.Tuple> expected) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactlyInAnyOrderElementsOf(expected));
  }

  @Test
  void aMonthWithGroupHoursNamesItsLargestGroup() {
    SupervisionMonth m =
        SupervisionMonth.builder()
            .month(YearMonth.of(2021, 3))
            .individualHours(Hours.of(2))
            .groupHours(Hours.parse("1.5"))
            .largestGroup(4)
            .build();
    assertThat(m.hours()).isEqualTo(Hours.parse("3.5"));
    assertThat(month("2021-03", "2").largestGroup()).isEmpty();
    violates(
        () ->
            SupervisionMonth.builder().month(YearMonth.of(2021, 3)).groupHours(Hours.of(1)).build(),
        List.of(tuple(FindingCode.MISSING_CONDITIONAL_VALUE, "/largestGroup")));
    violates(
        () -> SupervisionMonth.builder().month(YearMonth.of(2021, 3)).largestGroup(3).build(),
        List.of(tuple(FindingCode.INCONSISTENT_VALUE, "/largestGroup")));
  }

  @Test
  void aGroupHasTwoToAThousandSupervisees() {
    for (int size : new int[] {1, 1001}) {
      violates(
          () ->
              SupervisionMonth.builder()
                  .month(YearMonth.of(2021, 3))
                  .groupHours(Hours.of(1))
                  .largestGroup(size)
                  .build(),
          List.of(tuple(FindingCode.OUT_OF_RANGE, "/largestGroup")));
    }
  }

  @Test
  void aMonthIsWritable() {
    violates(() -> month("+10000-01", "1"), List.of(tuple(FindingCode.OUT_OF_RANGE, "/month")));
  }

  @Test
  void monthsAscendWithinThePeriodAndAddUpToNoMoreThanTheRecord() {
    SupervisedPractice ok =
        practice()
            .supervisor(
                Supervisor.of(
                    PractitionerId.of("supervisor-7"), CertificationType.AASECT_CST_SUPERVISOR))
            .addAllSupervisionMonths(
                List.of(month("2021-01", "10"), month("2021-02", "10"), month("2022-12", "10")))
            .build();
    assertThat(ok.supervisionMonths()).hasSize(3);
    assertThat(ok.supervisor().map(Supervisor::credential))
        .contains(CertificationType.AASECT_CST_SUPERVISOR);
  }

  @Test
  void everyViolationOfTheMonthsIsReportedAtOnce() {
    violates(
        () ->
            practice()
                .addAllSupervisionMonths(
                    List.of(
                        month("2020-12", "1"), // before the period
                        month("2021-03", "10"),
                        month("2021-03", "10"), // repeated
                        month("2021-02", "10"), // out of order
                        month("2023-01", "1"), // after the period
                        SupervisionMonth.builder()
                            .month(YearMonth.of(2023, 2))
                            .groupHours(Hours.of(21))
                            .largestGroup(3)
                            .build()))
                .build(),
        List.of(
            tuple(FindingCode.INCONSISTENT_VALUE, "/supervisionMonths/0/month"),
            tuple(FindingCode.DUPLICATE_VALUE, "/supervisionMonths/2/month"),
            tuple(FindingCode.INCONSISTENT_VALUE, "/supervisionMonths/3/month"),
            tuple(FindingCode.INCONSISTENT_VALUE, "/supervisionMonths/4/month"),
            tuple(FindingCode.INCONSISTENT_VALUE, "/supervisionMonths/5/month"),
            tuple(FindingCode.PART_EXCEEDS_TOTAL, "/supervisionMonths"),
            tuple(FindingCode.PART_EXCEEDS_TOTAL, "/supervisionMonths")));
  }

  @Test
  void anOpenPeriodTakesAnyLaterMonth() {
    SupervisedPractice open =
        practice()
            .period(DateRange.startingOn(LocalDate.of(2021, 1, 4)))
            .addAllSupervisionMonths(List.of(month("2021-01", "1"), month("2030-06", "1")))
            .build();
    assertThat(open.supervisionMonths()).hasSize(2);
  }

  @Test
  void theMonthsMayAccountForFewerHoursThanTheRecord() {
    assertThat(practice().addAllSupervisionMonths(List.of(month("2021-05", "1"))).build())
        .isNotNull();
  }
}

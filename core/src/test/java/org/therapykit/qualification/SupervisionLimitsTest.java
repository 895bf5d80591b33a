package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.PractitionerId;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.credential.Supervisor;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/**
 * AASECT's limits on supervision (policy data, {@code supervisionLimits()}): groups of at most 4,
 * at most 6 hours a month counted, a spread of 18 to 24 months, a certified supervisor.
 */
class SupervisionLimitsTest {
  private static final List<FindingCode> SUPERVISION_CODES =
      List.of(
          FindingCode.SUPERVISION_GROUP_TOO_LARGE,
          FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
          FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
          FindingCode.SUPERVISOR_NOT_CERTIFIED);

  private static final SupervisionLimits NONE = SupervisionLimits.builder().build();

  /** A period of 27 calendar months, 2021-01 to 2023-03. */
  private static final DateRange LONG_PERIOD = DateRange.parse("2021-01-04/2023-03-31");

  private static SupervisionMonth individual(YearMonth month, String hours) {
    return SupervisionMonth.builder().month(month).individualHours(Hours.parse(hours)).build();
  }

  private static SupervisionMonth group(YearMonth month, String hours, int largest) {
    return SupervisionMonth.builder()
        .month(month)
        .groupHours(Hours.parse(hours))
        .largestGroup(largest)
        .build();
  }

  /** One hour of individual supervision in each of {@code n} months from 2021-01. */
  private static List<SupervisionMonth> spanning(int n) {
    List<SupervisionMonth> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(individual(YearMonth.of(2021, 1).plusMonths(i), "1"));
    }
    return out;
  }

  /** {@link #spanning spanning(18)}, a spread the policy accepts, with one month replaced. */
  private static List<SupervisionMonth> eighteenWith(SupervisionMonth m) {
    List<SupervisionMonth> out = spanning(18);
    out.set((int) (m.month().getMonthValue() - 1 + 12L * (m.month().getYear() - 2021)), m);
    return out;
  }

  private static Practitioner withPractice(SupervisedPractice practice) {
    return Fixtures.uncertifiedTherapist().supervisedPractice(List.of(practice)).build();
  }

  private static List<Finding> supervisionFindings(Practitioner p, LocalDate on) {
    return QualificationPolicy.standard().assess(p, on).findings().stream()
        .filter(f -> SUPERVISION_CODES.contains(f.code()))
        .toList();
  }

  @ParameterizedTest(name = "largest group {0}: finding {1}")
  @CsvSource({"2, false", "4, false", "5, true", "12, true"})
  void aGroupHasAtMostFourSupervisees(int largest, boolean finding) {
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice()
                .addAllSupervisionMonths(eighteenWith(group(YearMonth.of(2021, 3), "2", largest)))
                .build());
    List<Finding> found = supervisionFindings(p, Fixtures.AS_OF);
    if (!finding) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found)
        .extracting(Finding::code, Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                FindingCode.SUPERVISION_GROUP_TOO_LARGE,
                "/supervisedPractice/0/supervisionMonths/2",
                Severity.WARNING,
                "group supervision in 2021-03 had "
                    + largest
                    + " supervisees; a group may have at most 4"));
  }

  @ParameterizedTest(name = "{0} individual + {1} group: finding {2}")
  @CsvSource({
    "6, 0, false",
    "4, 2, false",
    "5.99, 0, false",
    "6.01, 0, true",
    "7, 0, true",
    "4, 3, true",
  })
  void atMostSixHoursAMonthCount(String individualHours, String groupHours, boolean finding) {
    SupervisionMonth.Builder m =
        SupervisionMonth.builder()
            .month(YearMonth.of(2021, 5))
            .individualHours(Hours.parse(individualHours))
            .groupHours(Hours.parse(groupHours));
    if (!Hours.parse(groupHours).isZero()) {
      m.largestGroup(3);
    }
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice().addAllSupervisionMonths(eighteenWith(m.build())).build());
    List<Finding> found = supervisionFindings(p, Fixtures.AS_OF);
    if (!finding) {
      assertThat(found).isEmpty();
      return;
    }
    String total = Hours.parse(individualHours).plus(Hours.parse(groupHours)).toString();
    assertThat(found)
        .extracting(Finding::code, Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
                "/supervisedPractice/0/supervisionMonths/4",
                Severity.WARNING,
                "2021-05 has "
                    + total
                    + " hours of supervision, above the cap of 6 hours a month; only 6 count"));
  }

  @ParameterizedTest(name = "{0} months: {1}")
  @CsvSource({
    "1, 'fewer than 18', 2021-01",
    "17, 'fewer than 18', 2022-05",
    "18, '', ''",
    "24, '', ''",
    "25, 'more than 24', 2023-01",
    "27, 'more than 24', 2023-03",
  })
  void supervisionSpansEighteenToTwentyFourMonths(int months, String bound, String last) {
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice()
                .period(LONG_PERIOD)
                .addAllSupervisionMonths(spanning(months))
                .build());
    List<Finding> found = supervisionFindings(p, Fixtures.AS_OF);
    if (bound.isEmpty()) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found)
        .extracting(Finding::code, Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
                "/supervisedPractice/0/supervisionMonths/" + (months - 1),
                Severity.WARNING,
                "sex-therapy supervision spans "
                    + months
                    + " months, 2021-01 to "
                    + last
                    + ", "
                    + bound
                    + " months; it should span 18 to 24 months"));
  }

  @Test
  void theSpreadRunsFromTheFirstMonthToTheLastAcrossRecords() {
    // 2021-01 .. 2021-06 in one record, 2022-01 .. 2022-07 in another: 19 months, none missing
    SupervisedPractice first =
        Fixtures.therapyPractice()
            .period(DateRange.parse("2021-01-04/2021-06-30"))
            .addAllSupervisionMonths(spanning(6))
            .build();
    List<SupervisionMonth> later = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      later.add(individual(YearMonth.of(2022, 1).plusMonths(i), "1"));
    }
    SupervisedPractice second =
        Fixtures.therapyPractice()
            .contractSigned(LocalDate.of(2021, 12, 1))
            .period(DateRange.parse("2022-01-03/2022-07-29"))
            .supervisionMonths(later)
            .build();
    Practitioner p =
        Fixtures.uncertifiedTherapist().supervisedPractice(List.of(first, second)).build();
    assertThat(supervisionFindings(p, Fixtures.AS_OF)).isEmpty();
    // without the second record, 6 months
    assertThat(supervisionFindings(withPractice(first), Fixtures.AS_OF))
        .extracting(Finding::path)
        .containsExactly("/supervisedPractice/0/supervisionMonths/5");
  }

  @Test
  void supervisionUnderWayIsNotShortOfTheSpreadYet() {
    SupervisedPractice ongoing =
        Fixtures.therapyPractice()
            .period(DateRange.startingOn(LocalDate.of(2021, 1, 4)))
            .addAllSupervisionMonths(spanning(6))
            .build();
    assertThat(supervisionFindings(withPractice(ongoing), LocalDate.of(2021, 7, 15))).isEmpty();
    // once the record has ended, six months is short
    SupervisedPractice ended = ongoing.withPeriod(DateRange.parse("2021-01-04/2021-06-30"));
    assertThat(supervisionFindings(withPractice(ended), LocalDate.of(2021, 7, 15)))
        .extracting(Finding::code)
        .containsExactly(FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE);
  }

  @Test
  void monthsAfterTheAssessmentDateDoNotCount() {
    List<SupervisionMonth> months = new ArrayList<>(spanning(2));
    months.add(individual(YearMonth.of(2021, 12), "9")); // over the cap, but after the date
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice()
                .period(DateRange.startingOn(LocalDate.of(2021, 1, 4)))
                .supervisionMonths(months)
                .build());
    assertThat(supervisionFindings(p, LocalDate.of(2021, 6, 1))).isEmpty();
    assertThat(supervisionFindings(p, LocalDate.of(2021, 12, 1)))
        .extracting(Finding::code)
        .containsExactly(FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED);
  }

  @ParameterizedTest(name = "{0}: accepted {1}")
  @CsvSource({
    "AASECT_CST_SUPERVISOR, true",
    "AASECT_CSE_SUPERVISOR, false",
    "COSRT_ACCREDITED_SUPERVISOR, false",
    "AASECT_CST, false",
  })
  void aSexTherapySupervisorHoldsTheCstSupervisorCredential(
      CertificationType credential, boolean accepted) {
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice()
                .supervisor(Supervisor.of(PractitionerId.of("supervisor-7"), credential))
                .build());
    List<Finding> found = supervisionFindings(p, Fixtures.AS_OF);
    if (accepted) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found)
        .extracting(Finding::code, Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                FindingCode.SUPERVISOR_NOT_CERTIFIED,
                "/supervisedPractice/0/supervisor/credential",
                Severity.WARNING,
                "the supervisor holds "
                    + credential.code()
                    + ", which is not accepted for sex-therapy supervision (accepted:"
                    + " aasect-cst-supervisor)"));
  }

  @Test
  void anEducatorsSupervisorHoldsTheCseSupervisorCredentialAndHasNoSpreadOrCap() {
    SupervisedPractice educating =
        SupervisedPractice.builder()
            .discipline(Discipline.SEXUALITY_EDUCATION)
            .contractSigned(LocalDate.of(2022, 1, 1))
            .period(DateRange.parse("2022-01-03/2022-03-31"))
            .practiceHours(Hours.of(1000))
            .individualSupervisionHours(Hours.of(20))
            .groupSupervisionHours(Hours.of(5))
            .supervisor(
                Supervisor.of(
                    PractitionerId.of("supervisor-8"), CertificationType.AASECT_CST_SUPERVISOR))
            .addAllSupervisionMonths(
                List.of(
                    individual(YearMonth.of(2022, 1), "20"), group(YearMonth.of(2022, 2), "5", 5)))
            .build();
    Practitioner p = Fixtures.uncertifiedTherapist().addSupervisedPractice(educating).build();
    assertThat(supervisionFindings(p, Fixtures.AS_OF))
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            tuple(
                FindingCode.SUPERVISOR_NOT_CERTIFIED,
                "/supervisedPractice/1/supervisor/credential"),
            tuple(
                FindingCode.SUPERVISION_GROUP_TOO_LARGE,
                "/supervisedPractice/1/supervisionMonths/1"));
  }

  @Test
  void recordsWithoutMonthsOrSupervisorAreSilent() {
    assertThat(supervisionFindings(Fixtures.uncertifiedTherapist().build(), Fixtures.AS_OF))
        .isEmpty();
    assertThat(supervisionFindings(Fixtures.certifiedTherapist().build(), Fixtures.AS_OF))
        .isEmpty();
  }

  @Test
  void theLimitsDoNotChangeWhatRequirementsCount() {
    Practitioner plain = Fixtures.uncertifiedTherapist().build();
    Practitioner overCap =
        withPractice(
            Fixtures.therapyPractice()
                .addAllSupervisionMonths(List.of(individual(YearMonth.of(2021, 2), "30")))
                .build());
    QualificationAssessment a = QualificationPolicy.standard().assess(plain, Fixtures.AS_OF);
    QualificationAssessment b = QualificationPolicy.standard().assess(overCap, Fixtures.AS_OF);
    assertThat(b.requirements()).isEqualTo(a.requirements());
    assertThat(b.classification()).isEqualTo(a.classification());
  }

  @Test
  void aPolicyCanDropOrChangeTheLimits() {
    Practitioner p =
        withPractice(
            Fixtures.therapyPractice()
                .addAllSupervisionMonths(List.of(group(YearMonth.of(2021, 2), "8", 6)))
                .build());
    StandardQualificationPolicy none =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("no-limits")
            .supervisionLimits(ImmutableMap.of())
            .build();
    assertThat(supervisionFindings(p, Fixtures.AS_OF)).hasSize(3);
    assertThat(none.assess(p, Fixtures.AS_OF).findings())
        .extracting(Finding::code)
        .doesNotContainAnyElementsOf(SUPERVISION_CODES);
    StandardQualificationPolicy groupsOfSix =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("groups-of-six")
            .supervisionLimits(
                ImmutableMap.of(
                    Discipline.SEX_THERAPY, SupervisionLimits.builder().maxGroupSize(6).build()))
            .build();
    assertThat(groupsOfSix.assess(p, Fixtures.AS_OF).findings())
        .extracting(Finding::code)
        .doesNotContainAnyElementsOf(SUPERVISION_CODES);
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(
            () ->
                SupervisionLimits.builder()
                    .maxGroupSize(1)
                    .minSpreadMonths(30)
                    .maxSpreadMonths(24)
                    .monthlyCap(Hours.ZERO)
                    .addSupervisorCredentials(CertificationType.AASECT_CST)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactlyInAnyOrder(
                        tuple(FindingCode.OUT_OF_RANGE, "/maxGroupSize"),
                        tuple(FindingCode.OUT_OF_RANGE, "/monthlyCap"),
                        tuple(FindingCode.OUT_OF_RANGE, "/supervisorCredentials"),
                        tuple(FindingCode.INCONSISTENT_VALUE, "/minSpreadMonths")));
  }

  @Test
  void theStandardPolicyHasAasectsNumbers() {
    ImmutableMap<Discipline, SupervisionLimits> limits =
        QualificationPolicy.standard().supervisionLimits();
    SupervisionLimits cst = limits.getOrDefault(Discipline.SEX_THERAPY, NONE);
    SupervisionLimits cse = limits.getOrDefault(Discipline.SEXUALITY_EDUCATION, NONE);
    assertThat(cst).isNotSameAs(NONE);
    assertThat(cse).isNotSameAs(NONE);
    assertThat(cst.maxGroupSize()).contains(4);
    assertThat(cst.minSpreadMonths()).contains(18);
    assertThat(cst.maxSpreadMonths()).contains(24);
    assertThat(cst.monthlyCap()).contains(Hours.of(6));
    assertThat(cst.supervisorCredentials())
        .containsExactly(CertificationType.AASECT_CST_SUPERVISOR);
    assertThat(cse.maxGroupSize()).contains(4);
    assertThat(cse.minSpreadMonths()).isEmpty();
    assertThat(cse.maxSpreadMonths()).isEmpty();
    assertThat(cse.monthlyCap()).isEmpty();
    assertThat(cse.supervisorCredentials())
        .containsExactly(CertificationType.AASECT_CSE_SUPERVISOR);
    assertThat(limits).doesNotContainKey(Discipline.SEXUALITY_COUNSELLING);
  }
}

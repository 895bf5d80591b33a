package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.License;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

class QualificationBreakTest {
  private static final StandardQualificationPolicy POLICY = QualificationPolicy.standard();

  static Stream<Arguments> breaksAndDates() {
    return Stream.of(QualificationBreak.values())
        .flatMap(b -> PractitionerGeneratorTest.DATES.stream().map(d -> Arguments.of(b, d)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("breaksAndDates")
  void everyBreakTriggersExactlyItsRuleWhereDocumented(QualificationBreak b, LocalDate d) {
    Samples.check(
        d.toEpochDay() * 17 + b.name().hashCode(),
        250,
        TherapyGenerators.practitioners().breaking(b).asOf(d),
        p -> BreakChecks.assertBreaks(b, p, d));
  }

  static Stream<Arguments> breaksAndJurisdictions() {
    return Stream.of(QualificationBreak.values())
        .flatMap(
            b ->
                Stream.of("US-NY", "GB", "CA-QC", "AU-VIC", "DE", "NZ")
                    .map(j -> Arguments.of(b, Jurisdiction.parse(j))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("breaksAndJurisdictions")
  void everyBreakWorksInAnyJurisdiction(QualificationBreak b, Jurisdiction j) {
    LocalDate d = LocalDate.of(2029, 2, 28);
    if (b == QualificationBreak.SUPERVISOR_TENURE_SHORT
        && !(j.country().equals("US") || j.country().equals("CA"))) {
      // AASECT's CST is not recognised there: the generator refuses, before and after the break
      assertThatThrownBy(() -> TherapyGenerators.practitioners().breaking(b).inJurisdiction(j))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be broken with every licence in " + j);
      assertThatThrownBy(() -> TherapyGenerators.practitioners().inJurisdiction(j).breaking(b))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Samples.check(
        j.hashCode() * 31L + b.name().hashCode(),
        100,
        TherapyGenerators.practitioners().breaking(b).inJurisdiction(j).asOf(d),
        p -> {
          BreakChecks.assertBreaks(b, p, d);
          assertThat(p.licenses()).extracting(License::jurisdiction).allMatch(j::equals);
        });
  }

  @Test
  void theCoOccurrenceOfATherapistCertificationWithoutLicenceIsExactlyDocumented() {
    LocalDate d = PractitionerGenerator.DEFAULT_AS_OF;
    Samples.check(
        99,
        500,
        TherapyGenerators.practitioners()
            .breaking(QualificationBreak.THERAPIST_CERTIFICATION_WITHOUT_LICENSE),
        p -> {
          QualificationAssessment a = POLICY.assess(p, d);
          assertThat(a.findings(FindingCode.REQUIREMENT_NOT_MET))
              .extracting(Finding::path)
              .contains("/licenses");
          assertThat(a.findings())
              .filteredOn(f -> f.severity() != Severity.INFO)
              .extracting(Finding::code)
              .containsOnly(FindingCode.INCONSISTENT_CLAIM, FindingCode.REQUIREMENT_NOT_MET);
          assertThat(p.licensesValidOn(d)).noneMatch(License::allowsIndependentPsychotherapy);
        });
  }

  @ParameterizedTest
  @EnumSource(
      value = FindingCode.class,
      names = {
        "REQUIREMENT_NOT_MET",
        "CERTIFICATION_EXPIRED",
        "CERTIFICATION_EXPIRING",
        "CERTIFICATION_NOT_ACTIVE",
        "CERTIFICATION_NOT_RECOGNISED",
        "LICENSE_EXPIRED",
        "LICENSE_EXPIRING",
        "LICENSE_NOT_ACTIVE",
        "LICENSE_NOT_INDEPENDENT",
        "LICENSE_JURISDICTION_NOT_COVERED",
        "MEMBERSHIP_LAPSED",
        "MEMBERSHIP_IN_GRACE",
        "CE_CREDITS_SHORT",
        "CORE_KNOWLEDGE_AREAS_SHORT",
        "SUPERVISOR_TENURE_SHORT",
        "TELEHEALTH_OUTSIDE_LICENSE",
        "SUPERVISOR_NOT_CERTIFIED",
        "SUPERVISION_GROUP_TOO_LARGE",
        "SUPERVISION_MONTHLY_CAP_EXCEEDED",
        "SUPERVISION_SPREAD_OUT_OF_RANGE",
        "INCONSISTENT_CLAIM"
      })
  void breakingACodeTriggersThatCodeAndNoOtherWarningOrError(FindingCode code) {
    LocalDate d = LocalDate.of(2031, 7, 15);
    assertThat(QualificationBreak.codes()).contains(code);
    Samples.check(
        code.name().hashCode(),
        400,
        TherapyGenerators.practitioners().breaking(code).asOf(d),
        p -> {
          QualificationAssessment a = POLICY.assess(p, d);
          assertThat(a.findings(code)).as("%s", a.findings()).isNotEmpty();
          assertThat(a.findings())
              .as("%s", a.findings())
              .filteredOn(f -> f.severity() != Severity.INFO)
              .extracting(Finding::code)
              .allMatch(code::equals);
        });
  }

  @Test
  void theTwentyOneCodesAreExactlyTheRuleCodesThatReportAProblem() {
    assertThat(QualificationBreak.codes())
        .containsExactlyInAnyOrder(
            FindingCode.REQUIREMENT_NOT_MET,
            FindingCode.CERTIFICATION_EXPIRED,
            FindingCode.CERTIFICATION_EXPIRING,
            FindingCode.CERTIFICATION_NOT_ACTIVE,
            FindingCode.CERTIFICATION_NOT_RECOGNISED,
            FindingCode.LICENSE_EXPIRED,
            FindingCode.LICENSE_EXPIRING,
            FindingCode.LICENSE_NOT_ACTIVE,
            FindingCode.LICENSE_NOT_INDEPENDENT,
            FindingCode.LICENSE_JURISDICTION_NOT_COVERED,
            FindingCode.MEMBERSHIP_LAPSED,
            FindingCode.MEMBERSHIP_IN_GRACE,
            FindingCode.CE_CREDITS_SHORT,
            FindingCode.CORE_KNOWLEDGE_AREAS_SHORT,
            FindingCode.SUPERVISOR_TENURE_SHORT,
            FindingCode.TELEHEALTH_OUTSIDE_LICENSE,
            FindingCode.SUPERVISOR_NOT_CERTIFIED,
            FindingCode.SUPERVISION_GROUP_TOO_LARGE,
            FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
            FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
            FindingCode.INCONSISTENT_CLAIM);
    assertThat(QualificationBreak.triggering(FindingCode.INCONSISTENT_CLAIM))
        .containsExactly(QualificationBreak.SUPERVISOR_WITHOUT_BASE_CERTIFICATION);
    assertThat(QualificationBreak.triggering(FindingCode.CERTIFICATION_NOT_ACTIVE))
        .containsExactly(
            QualificationBreak.CERTIFICATION_WITHDRAWN,
            QualificationBreak.CERTIFICATION_NOT_YET_VALID);
  }

  @ParameterizedTest
  @EnumSource(
      value = FindingCode.class,
      names = {
        "MISSING_VALUE",
        "BLANK_VALUE",
        "INVALID_FORMAT",
        "OUT_OF_RANGE",
        "END_BEFORE_START",
        "DUPLICATE_VALUE",
        "UNKNOWN_BODY_TYPE_COMBINATION",
        "PART_EXCEEDS_TOTAL",
        "INCONSISTENT_VALUE",
        "REQUIREMENT_MET",
        "EXPERIENCE_APPROXIMATED"
      })
  void rejectsCodesNoRuleBreakTriggers(FindingCode code) {
    assertThat(QualificationBreak.triggering(code)).isEmpty();
    assertThatThrownBy(() -> TherapyGenerators.practitioners().breaking(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(code.name());
  }

  @Test
  void matchesOnlyTheDocumentedCodeSeverityAndPath() {
    QualificationBreak b = QualificationBreak.LICENSE_NOT_INDEPENDENT;
    assertThat(b.matches(Finding.of(b.code(), "/licenses/3/provisional", Severity.INFO, "m")))
        .isTrue();
    assertThat(b.matches(Finding.of(b.code(), "/licenses/x/provisional", Severity.INFO, "m")))
        .isFalse();
    assertThat(b.matches(Finding.of(b.code(), "/licenses/3", Severity.INFO, "m"))).isFalse();
    assertThat(b.matches(Finding.of(b.code(), "/licenses/3/profession", Severity.WARNING, "m")))
        .isFalse();
    assertThat(
            b.matches(
                Finding.of(
                    FindingCode.LICENSE_EXPIRED, "/licenses/3/profession", Severity.INFO, "m")))
        .isFalse();
    assertThat(QualificationBreak.THERAPY_REQUIREMENT_NOT_MET.paths()).contains("/trainings");
  }

  @Test
  void placesTheBrokenElementAtVariousIndices() {
    assertThat(
            Samples.list(
                    4,
                    200,
                    TherapyGenerators.practitioners().breaking(QualificationBreak.LICENSE_EXPIRED))
                .stream()
                .map(p -> POLICY.assess(p, PractitionerGenerator.DEFAULT_AS_OF))
                .flatMap(a -> a.findings(FindingCode.LICENSE_EXPIRED).stream())
                .map(Finding::path)
                .distinct())
        .contains("/licenses/0/validity", "/licenses/1/validity");
  }

  @Test
  void policyIsTheStandardOne() {
    assertThat(QualificationPolicy.standard()).isSameAs(POLICY);
  }

  @Test
  void theUserGuideTableNamesEveryBreakWithItsCodeSeverityAndPaths() throws IOException {
    List<String> rows =
        Files.readString(Path.of("..", "docs", "testkit.md"))
            .lines()
            .filter(l -> l.startsWith("| `"))
            .toList();
    for (QualificationBreak b : QualificationBreak.values()) {
      String row =
          rows.stream()
              .filter(l -> l.substring(0, l.indexOf('|', 1)).contains("`" + b.name() + "`"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(b + " has no row in docs/testkit.md"));
      assertThat(row)
          .as("%s", b)
          .contains("`" + b.code().code() + "`")
          .contains(b.severity().name().toLowerCase(Locale.ROOT));
      for (String path : b.paths()) {
        assertThat(row).as("%s", b).contains("`" + path + "`");
      }
    }
  }
}

package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

class PractitionerGeneratorTest {
  private static final QualificationPolicy POLICY = QualificationPolicy.standard();

  /** Dates around the edges of the requirement sets, leap days and the range ends. */
  static final List<LocalDate> DATES =
      List.of(
          PractitionerGenerator.DEFAULT_AS_OF,
          LocalDate.of(1995, 3, 1),
          LocalDate.of(2000, 2, 29),
          LocalDate.of(2012, 8, 31),
          LocalDate.of(2018, 3, 1),
          LocalDate.of(2024, 2, 29),
          LocalDate.of(2025, 5, 1),
          LocalDate.of(2035, 12, 31),
          LocalDate.of(1970, 1, 1),
          LocalDate.of(2100, 12, 31));

  static Stream<Arguments> classificationsAndDates() {
    return Stream.of(Classification.values())
        .flatMap(c -> DATES.stream().map(d -> Arguments.of(c, d)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("classificationsAndDates")
  void everyValueHasTheClassificationOnTheDateAndNoError(Classification c, LocalDate d) {
    Samples.check(
        d.toEpochDay() * 31 + c.name().hashCode(),
        300,
        TherapyGenerators.practitioners().classifiedAs(c).asOf(d),
        p -> {
          QualificationAssessment a = POLICY.assess(p, d);
          assertThat(a.classification()).as("%s", a.findings()).isEqualTo(c);
          assertThat(a.findings()).noneMatch(Finding::isError);
        });
  }

  @Test
  void namedClassificationMethodsMatchClassifiedAs() {
    PractitionerGenerator all = TherapyGenerators.practitioners();
    assertThat(Samples.list(5, 20, all.certifiedSexTherapists()))
        .isEqualTo(Samples.list(5, 20, all.classifiedAs(Classification.CERTIFIED_SEX_THERAPIST)));
    assertThat(Samples.list(5, 20, all.uncertifiedSexTherapists()))
        .isEqualTo(Samples.list(5, 20, all.classifiedAs(Classification.SEX_THERAPIST)));
    assertThat(Samples.list(5, 20, all.counsellors()))
        .isEqualTo(Samples.list(5, 20, all.classifiedAs(Classification.SEX_COUNSELLOR)));
    assertThat(Samples.list(5, 20, all.educators()))
        .isEqualTo(Samples.list(5, 20, all.classifiedAs(Classification.SEXUALITY_EDUCATOR)));
    assertThat(Samples.list(5, 20, all.notQualified()))
        .isEqualTo(Samples.list(5, 20, all.classifiedAs(Classification.NOT_QUALIFIED)));
  }

  static Stream<Arguments> jurisdictions() {
    return Stream.of("US-NY", "US-FL", "CA-QC", "CA-ON", "GB", "DE", "AU-NSW", "IL", "NZ", "JP")
        .map(Jurisdiction::parse)
        .flatMap(
            j ->
                Stream.of(Classification.values())
                    .filter(
                        c ->
                            c != Classification.CERTIFIED_SEX_THERAPIST
                                || !List.of("NZ", "JP").contains(j.country()))
                    .map(c -> Arguments.of(j, c)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("jurisdictions")
  void keepsEveryLicenceInTheChosenJurisdiction(Jurisdiction j, Classification c) {
    Samples.check(
        j.hashCode() + c.name().hashCode(),
        150,
        TherapyGenerators.practitioners().classifiedAs(c).inJurisdiction(j),
        p -> {
          assertThat(p.licenses()).extracting(License::jurisdiction).allMatch(j::equals);
          assertThat(POLICY.assess(p, PractitionerGenerator.DEFAULT_AS_OF).classification())
              .isEqualTo(c);
        });
  }

  @Test
  void certifiedTherapistsComeFromEveryRecognisedBoard() {
    assertThat(
            Samples.list(3, 600, TherapyGenerators.practitioners().certifiedSexTherapists())
                .stream()
                .flatMap(p -> p.certifications().stream())
                .map(c -> c.type())
                .distinct())
        .containsAll(
            List.of(
                org.therapykit.credential.CertificationType.AASECT_CST,
                org.therapykit.credential.CertificationType.COSRT_ACCREDITED,
                org.therapykit.credential.CertificationType.EFS_ESSM_ECPS,
                org.therapykit.credential.CertificationType.SAS_CLINICAL_THERAPIST,
                org.therapykit.credential.CertificationType.BESTCO_CERTIFIED,
                org.therapykit.credential.CertificationType.OPSQ_SEXOLOGUE_PSYCHOTHERAPIST));
  }

  @Test
  void rejectsACertifiedTherapistWhereNoCertificationIsRecognised() {
    Jurisdiction nz = Jurisdiction.of("NZ");
    assertThatThrownBy(
            () -> TherapyGenerators.practitioners().certifiedSexTherapists().inJurisdiction(nz))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NZ");
    assertThatThrownBy(
            () -> TherapyGenerators.practitioners().inJurisdiction(nz).certifiedSexTherapists())
        .isInstanceOf(IllegalArgumentException.class);
    // anything else is fine in NZ, including the mixed default
    Samples.check(
        1,
        200,
        TherapyGenerators.practitioners().inJurisdiction(nz),
        p -> assertThat(p.licenses()).extracting(License::jurisdiction).allMatch(nz::equals));
  }

  @Test
  void rejectsDatesOutsideTheSupportedRange() {
    assertThatThrownBy(() -> TherapyGenerators.practitioners().asOf(LocalDate.of(1969, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.practitioners().asOf(LocalDate.of(2101, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TherapyGenerators.practitioners().asOf(LocalDate.of(1970, 1, 1)).next(Source.of(1)))
        .isNotNull();
  }

  @Test
  void theDefaultMixCoversEveryClassificationAndNeverThrowsInAssessment() {
    List<Practitioner> ps = Samples.list(11, 1000, TherapyGenerators.practitioners());
    assertThat(ps.stream().map(p -> POLICY.assess(p, PractitionerGenerator.DEFAULT_AS_OF)))
        .extracting(QualificationAssessment::classification)
        .contains(Classification.values());
  }

  @Test
  void describesItselfAsTheExpressionThatBuiltIt() {
    assertThat(
            TherapyGenerators.practitioners()
                .certifiedSexTherapists()
                .asOf(LocalDate.of(2030, 1, 1))
                .inJurisdiction(Jurisdiction.parse("US-IL"))
                .toString())
        .isEqualTo(
            "practitioners().classifiedAs(CERTIFIED_SEX_THERAPIST).asOf(2030-01-01)"
                + ".inJurisdiction(US-IL)");
    assertThat(TherapyGenerators.practitioners().breaking(FindingCode.LICENSE_EXPIRED).toString())
        .isEqualTo("practitioners().breaking(LICENSE_EXPIRED)");
  }

  @ParameterizedTest
  @EnumSource(Classification.class)
  void looksRealistic(Classification c) {
    Samples.check(
        c.name().hashCode(),
        200,
        TherapyGenerators.practitioners().classifiedAs(c),
        p -> {
          assertThat(p.displayName()).matches("(Dr\\. )?[\\p{L}]+ [\\p{L}-]+");
          assertThat(p.id().value()).matches("p-[0-9]{6}");
          p.licenses()
              .forEach(
                  l -> {
                    assertThat(l.number()).matches("[A-Za-z0-9-]{6,40}");
                    assertThat(l.validity().start().getYear()).isBetween(1960, 2036);
                  });
          p.trainings()
              .forEach(
                  t ->
                      assertThat(t.hours().toBigDecimal())
                          .isBetween(
                              java.math.BigDecimal.valueOf(0.25),
                              java.math.BigDecimal.valueOf(200)));
          p.degrees()
              .forEach(
                  dg ->
                      assertThat(dg.awarded())
                          .isBefore(PractitionerGenerator.DEFAULT_AS_OF.plusDays(1))
                          .isAfter(LocalDate.of(1960, 1, 1)));
        });
  }
}

package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.Discipline;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/** Post-degree clinical experience from records, and the approximation without them. */
class ClinicalExperienceTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF; // 2026-06-01

  /** The uncertified therapist, master's awarded 2020-05-20, with the given records. */
  private static Practitioner withExperience(String... periods) {
    Practitioner.Builder b =
        Fixtures.uncertifiedTherapist().degrees(List.of(Fixtures.msw(LocalDate.of(2020, 5, 20))));
    for (String period : periods) {
      b.addClinicalExperience(ClinicalExperience.of(DateRange.parse(period)));
    }
    return b.build();
  }

  private static RequirementResult degree(QualificationAssessment a) {
    return a.requirements().stream()
        .filter(r -> r.discipline() == Discipline.SEX_THERAPY)
        .filter(r -> r.requirement() == Requirement.DEGREE)
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1} days, met {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a master's needs 2 years: 730 days of clinical work after the award
        "2020-06-01/2022-05-30; 729; false",
        "2020-06-01/2022-05-31; 730; true",
        // before the award does not count: 2019-05-20 to 2020-05-19 is lost
        "2019-05-20/2022-05-19; 730; true",
        "2019-05-21/2022-05-19; 730; true",
        "2019-05-20/2022-05-18; 729; false",
        // after the date does not count
        "2024-06-03/..; 729; false",
        "2024-06-02/..; 730; true",
      })
  void aMastersNeedsTwoYearsOfRecordedPostDegreeExperience(String period, long days, boolean met) {
    Practitioner p = withExperience(period);
    assertThat(
            ClinicalExperience.daysCovered(
                p.clinicalExperience(), LocalDate.of(2020, 5, 20), AS_OF))
        .isEqualTo(days);
    QualificationAssessment a = QualificationPolicy.standard().assess(p, AS_OF);
    assertThat(degree(a).met()).isEqualTo(met);
    assertThat(degree(a).path()).isEqualTo("/degrees");
    assertThat(a.findings(FindingCode.EXPERIENCE_APPROXIMATED)).isEmpty();
  }

  @Test
  void overlappingRecordsCountEachDayOnce() {
    Practitioner p =
        withExperience("2020-06-01/2021-05-31", "2021-01-01/2021-12-31", "2022-01-01/2022-05-30");
    assertThat(
            ClinicalExperience.daysCovered(
                p.clinicalExperience(), LocalDate.of(2020, 5, 20), AS_OF))
        .isEqualTo(729);
    assertThat(degree(QualificationPolicy.standard().assess(p, AS_OF)).met()).isFalse();
    Practitioner more = withExperience("2020-06-01/2021-05-31", "2021-01-01/2022-05-31");
    assertThat(degree(QualificationPolicy.standard().assess(more, AS_OF)).met()).isTrue();
  }

  @Test
  void withRecordsTheTimeSinceTheAwardNoLongerCounts() {
    // awarded six years before the date, but only a year of clinical work recorded
    Practitioner p = withExperience("2021-01-01/2021-12-31");
    assertThat(degree(QualificationPolicy.standard().assess(p, AS_OF)).met()).isFalse();
  }

  @Test
  void withoutRecordsTheTimeSinceTheAwardStandsInWithANote() {
    Practitioner p = withExperience();
    QualificationAssessment a = QualificationPolicy.standard().assess(p, AS_OF);
    assertThat(degree(a).met()).isTrue();
    assertThat(a.findings(FindingCode.EXPERIENCE_APPROXIMATED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.path()).isEqualTo("/clinicalExperience");
              assertThat(f.message())
                  .isEqualTo(
                      "no clinical-experience records: post-degree experience for"
                          + " AASECT-CST-2018.03 is taken as the time since each degree's award");
            });
    // a certified therapist's requirements are not reported, so neither is the note
    assertThat(
            QualificationPolicy.standard()
                .assess(Fixtures.certifiedTherapist().build(), AS_OF)
                .findings(FindingCode.EXPERIENCE_APPROXIMATED))
        .isEmpty();
  }

  @Test
  void aDegreeAwardedAfterTheDateMeetsNoRoute() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .degrees(List.of(Fixtures.msw(LocalDate.of(2026, 7, 1))))
            .addClinicalExperience(ClinicalExperience.of(DateRange.parse("2010-01-01/..")))
            .build();
    assertThat(degree(QualificationPolicy.standard().assess(p, AS_OF)).met()).isFalse();
    assertThat(
            DegreeRoute.of(org.therapykit.practitioner.DegreeLevel.BACHELOR, 0, false, false)
                .isMetBy(p.degrees().get(0), p.clinicalExperience(), AS_OF))
        .isFalse();
  }

  @Test
  void findingsNeverQuoteTheSetting() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addClinicalExperience(
                ClinicalExperience.builder()
                    .period(DateRange.parse("2016-01-01/2016-06-30"))
                    .setting("Secret Clinic")
                    .build())
            .build();
    assertThat(QualificationPolicy.standard().assess(p, AS_OF).findings())
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("Secret"));
  }
}

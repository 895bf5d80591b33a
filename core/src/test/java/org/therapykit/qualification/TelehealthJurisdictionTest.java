package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/** Telehealth only with clients where the supervisee is licensed. */
class TelehealthJurisdictionTest {

  /**
   * The uncertified therapist (licensed US-NY 2020-01-01 to 2027-12-31), with telehealth clients.
   */
  private static Practitioner withClientsIn(String... jurisdictions) {
    Practitioner p = Fixtures.uncertifiedTherapist().build();
    return p.withSupervisedPractice(
        Fixtures.therapyPractice()
            .telehealthClientJurisdictions(
                java.util.Arrays.stream(jurisdictions).map(Jurisdiction::parse).toList())
            .build());
  }

  private static List<Finding> found(Practitioner p) {
    return QualificationPolicy.standard()
        .assess(p, Fixtures.AS_OF)
        .findings(FindingCode.TELEHEALTH_OUTSIDE_LICENSE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "US-NY, ''",
    "US-NJ, /supervisedPractice/0/telehealthClientJurisdictions/0",
    "US, /supervisedPractice/0/telehealthClientJurisdictions/0",
  })
  void aClientJurisdictionMustHaveALicenceDuringThePractice(String j, String path) {
    List<Finding> found = found(withClientsIn(j));
    if (path.isEmpty()) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.path()).isEqualTo(path);
                assertThat(f.message())
                    .isEqualTo(
                        "telehealth with clients in "
                            + j
                            + ", where no licence or registration was valid during"
                            + " 2021-01-04/2022-12-16");
              });
    }
  }

  @Test
  void anotherCountryIsReportedAndALicenceMustOverlapThePeriod() {
    Practitioner p = withClientsIn("US-NY", "GB");
    assertThat(found(p))
        .extracting(Finding::path)
        .containsExactly("/supervisedPractice/0/telehealthClientJurisdictions/1");
    Practitioner later =
        p.withLicenses(Fixtures.lcsw().withValidity(DateRange.parse("2023-01-01/2027-12-31")));
    assertThat(found(later)).hasSize(2);
  }

  @Test
  void onlyARecordWithTelehealthHoursListsClientJurisdictions() {
    assertThatThrownBy(
            () ->
                Fixtures.therapyPractice()
                    .telehealthHours(Hours.ZERO)
                    .addTelehealthClientJurisdiction(Jurisdiction.parse("US-NY"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("INCONSISTENT_VALUE /telehealthClientJurisdictions"));
  }
}

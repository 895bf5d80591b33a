package org.therapykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.therapykit.practitioner.Profession;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

class KernelValuesTest {

  @ParameterizedTest
  @CsvSource({"US-FL, US, FL", "GB, GB, ''", "CA-QC, CA, QC", "AU-NSW, AU, NSW"})
  void parsesAndPrintsJurisdictions(String text, String country, String subdivision) {
    Jurisdiction j = Jurisdiction.parse(text);
    assertThat(j.country()).isEqualTo(country);
    assertThat(j.subdivision().orElse("")).isEqualTo(subdivision);
    assertThat(j.toString()).isEqualTo(text);
    assertThat(Jurisdiction.parse(j.toString())).isEqualTo(j);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "us", "USA", "US-", "US-fl", "US-FLOR", "1A"})
  void rejectsMalformedJurisdictions(String text) {
    assertThatThrownBy(() -> Jurisdiction.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .allMatch(v -> v.code() == FindingCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @CsvSource({
    "ZZ, /country, ZZ is not an assigned ISO 3166-1 code",
    "ZZ-99, /country, ZZ is not an assigned ISO 3166-1 code",
    "US-XX, /subdivision, US-XX is not an assigned ISO 3166-2 code",
    "GB-NY, /subdivision, GB-NY is not an assigned ISO 3166-2 code"
  })
  void rejectsJurisdictionsThatAreNotAssigned(String text, String path, String message) {
    assertThatThrownBy(() -> Jurisdiction.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              assertThat(ive.type()).isEqualTo("Jurisdiction");
              assertThat(ive.violations())
                  .extracting(v -> v.code() + " " + v.path() + " " + v.message())
                  .containsExactly("NOT_ASSIGNED " + path + " " + message);
            });
  }

  @Test
  void aMalformedJurisdictionIsNotLookedUp() {
    assertThatThrownBy(() -> Jurisdiction.of("ZZ", "x"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("INVALID_FORMAT /subdivision"));
  }

  @Test
  void aCountryIncludesItsSubdivisions() {
    assertThat(Jurisdiction.of("US").includes(Jurisdiction.parse("US-FL"))).isTrue();
    assertThat(Jurisdiction.parse("US-FL").includes(Jurisdiction.of("US"))).isFalse();
    assertThat(Jurisdiction.parse("US-FL").includes(Jurisdiction.parse("US-NY"))).isFalse();
    assertThat(Jurisdiction.parse("US-FL").toCountry()).isEqualTo(Jurisdiction.of("US"));
    assertThat(Jurisdiction.of("GB").toCountry()).isEqualTo(Jurisdiction.of("GB"));
  }

  @ParameterizedTest
  @CsvSource({"2023-01-01/2025-12-31", "2024-01-01/..", "2024-02-29/2024-02-29"})
  void parsesAndPrintsDateRanges(String text) {
    assertThat(DateRange.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-01-01", "/2024-01-01", "2024-01-01/x", "2024-13-01/.."})
  void rejectsMalformedDateRanges(String text) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).violations().get(0).code())
        .isEqualTo(FindingCode.INVALID_FORMAT);
  }

  @Test
  void rejectsARangeEndingBeforeItStarts() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              assertThat(ive.type()).isEqualTo("DateRange");
              assertThat(ive.violations())
                  .extracting(v -> v.code() + " " + v.path())
                  .containsExactly("END_BEFORE_START /end");
            });
  }

  @Test
  void rangesIncludeBothEnds() {
    DateRange r = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(r.contains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(r.contains(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(r.contains(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(r.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(r.endsBefore(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(r.endsBefore(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(DateRange.startingOn(LocalDate.of(2024, 1, 1)).endsBefore(LocalDate.MAX)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"89.5, 8950", "90, 9000", "0.25, 25", "0, 0", "10000000, 1000000000"})
  void parsesAndPrintsHours(String text, long hundredths) {
    Hours h = Hours.parse(text);
    assertThat(h.hundredths()).isEqualTo(hundredths);
    assertThat(h.toString()).isEqualTo(text);
    assertThat(Hours.parse(h.toString())).isEqualTo(h);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "1e3", "0.125", "10000000.01", "abc", "1.", ".5"})
  void rejectsMalformedOrOutOfRangeHours(String text) {
    assertThatThrownBy(() -> Hours.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void hoursArithmeticIsExactAndSaturates() {
    assertThat(Hours.parse("89.5").isAtLeast(Hours.of(90))).isFalse();
    assertThat(Hours.parse("0.1").plus(Hours.parse("0.2"))).isEqualTo(Hours.parse("0.3"));
    assertThat(Hours.MAX.plus(Hours.of(1))).isEqualTo(Hours.MAX);
    assertThat(Hours.of(5).minus(Hours.of(7))).isEqualTo(Hours.ZERO);
    assertThat(Hours.of(300).percent(50)).isEqualTo(Hours.of(150));
    assertThat(Hours.of(3).min(Hours.of(2))).isEqualTo(Hours.of(2));
    assertThat(Hours.of(new BigDecimal("12.50"))).isEqualTo(Hours.parse("12.5"));
    assertThat(Hours.parse("12.5").toBigDecimal()).isEqualByComparingTo("12.5");
    assertThat(Hours.ZERO.isZero()).isTrue();
    assertThatThrownBy(() -> Hours.of(-1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Hours.of(10_000_001)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Hours.of(new BigDecimal("1e-100000000")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void identifiersHaveOneForm() {
    assertThat(PractitionerId.of("p-0042").toString()).isEqualTo("p-0042");
    assertThat(OrganizationId.of("org:clinic.7").value()).isEqualTo("org:clinic.7");
    assertThatThrownBy(() -> PractitionerId.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PractitionerId.of("-x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OrganizationId.of("a b")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PractitionerId.of("x".repeat(129)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void findsEnumConstantsByCode() {
    assertThat(Coded.parse(Profession.class, "clinical-social-worker"))
        .isEqualTo(Profession.CLINICAL_SOCIAL_WORKER);
    assertThatThrownBy(() -> Coded.parse(Profession.class, "CLINICAL_SOCIAL_WORKER"))
        .isInstanceOf(InvalidValueException.class);
  }
}

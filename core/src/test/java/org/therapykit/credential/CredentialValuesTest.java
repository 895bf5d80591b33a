package org.therapykit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.validation.InvalidValueException;

class CredentialValuesTest {
  private static Certification.Builder cst() {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(CertificationType.AASECT_CST)
        .number("CST-1")
        .validity(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)))
        .status(CertificationStatus.ACTIVE);
  }

  @Test
  void rejectsATypeTheBodyDoesNotAward() {
    assertThatThrownBy(() -> cst().body(CertifyingBody.ABS).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid Certification: UNKNOWN_BODY_TYPE_COMBINATION at /type");
  }

  @ParameterizedTest
  @EnumSource(CertifyingBody.class)
  void acceptsOtherFromAnyBody(CertifyingBody body) {
    assertThat(cst().body(body).type(CertificationType.OTHER).build().body()).isEqualTo(body);
  }

  @Test
  void everyTypeExceptOtherNamesItsBody() {
    for (CertificationType t : CertificationType.values()) {
      assertThat(t.body().isPresent()).isEqualTo(t != CertificationType.OTHER);
      t.body().ifPresent(b -> assertThat(t.isAwardedBy(b)).isTrue());
    }
    assertThat(CertificationType.AASECT_CST_SUPERVISOR.base())
        .contains(CertificationType.AASECT_CST);
    assertThat(CertificationType.AASECT_CST.base()).isEmpty();
  }

  @Test
  void reportsAllCertificationViolationsAtOnce() {
    assertThatThrownBy(
            () ->
                cst().body(CertifyingBody.COSRT).number("").requirementsVersion("2025 T 1").build())
        .hasMessage(
            "Invalid Certification: BLANK_VALUE at /number; INVALID_FORMAT at"
                + " /requirementsVersion; UNKNOWN_BODY_TYPE_COMBINATION at /type");
  }

  @Test
  void certificationsAreValidWithinTheirPeriodWhenActive() {
    Certification c = cst().build();
    assertThat(c.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(c.withStatus(CertificationStatus.SUSPENDED).isValidOn(LocalDate.of(2025, 1, 1)))
        .isFalse();
    assertThat(c.verification().source()).isEqualTo(VerificationSource.SELF_ATTESTED);
    assertThat(
            c.withVerification(Verification.primarySource(LocalDate.of(2026, 3, 1)))
                .verification()
                .lastVerified())
        .contains(LocalDate.of(2026, 3, 1));
  }

  @Test
  void rejectsTelehealthOrTeachingAboveTheTotalAndPracticeBeforeTheContract() {
    assertThatThrownBy(
            () ->
                SupervisedPractice.builder()
                    .discipline(Discipline.SEX_THERAPY)
                    .contractSigned(LocalDate.of(2021, 1, 1))
                    .period(DateRange.startingOn(LocalDate.of(2020, 12, 1)))
                    .practiceHours(Hours.of(10))
                    .telehealthHours(Hours.of(11))
                    .directTeachingHours(Hours.of(12))
                    .build())
        .hasMessage(
            "Invalid SupervisedPractice: PART_EXCEEDS_TOTAL at /telehealthHours;"
                + " PART_EXCEEDS_TOTAL at /directTeachingHours; INCONSISTENT_VALUE at /period");
  }

  @Test
  void rejectsZeroHourTraining() {
    assertThatThrownBy(
            () ->
                TrainingRecord.builder()
                    .category(TrainingCategory.ATTITUDE_REASSESSMENT)
                    .hours(Hours.ZERO)
                    .delivery(Delivery.IN_PERSON)
                    .completed(LocalDate.of(2020, 1, 1))
                    .provider(" ")
                    .build())
        .hasMessage("Invalid TrainingRecord: OUT_OF_RANGE at /hours; BLANK_VALUE at /provider");
  }

  @Test
  void membershipsAreActiveWithinTheirPeriod() {
    Membership m =
        Membership.of(
            CertifyingBody.AASECT,
            DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(m.isActiveOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(m.isActiveOn(LocalDate.of(2027, 1, 1))).isFalse();
  }
}

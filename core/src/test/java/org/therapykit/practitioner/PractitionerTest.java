package org.therapykit.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.validation.InvalidValueException;

class PractitionerTest {
  private static License license(String number) {
    return License.builder()
        .profession(Profession.PSYCHOLOGIST)
        .jurisdiction(Jurisdiction.parse("US-IL"))
        .number(number)
        .title("LCP")
        .validity(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  private static Certification cert(String number) {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(CertificationType.AASECT_CST)
        .number(number)
        .validity(DateRange.startingOn(LocalDate.of(2024, 1, 1)))
        .status(CertificationStatus.ACTIVE)
        .build();
  }

  @Test
  void reportsEveryViolationAtOnce() {
    assertThatThrownBy(
            () ->
                Practitioner.builder()
                    .id(PractitionerId.of("p-1"))
                    .displayName("  ")
                    .addLicense(license("A-1"))
                    .addLicense(license("A-2"))
                    .addLicense(license("A-1"))
                    .addCertification(cert("C-1"))
                    .addCertification(cert("C-1"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly(
                        "BLANK_VALUE /displayName",
                        "DUPLICATE_VALUE /licenses/2",
                        "DUPLICATE_VALUE /certifications/1"));
  }

  @Test
  void allowsTheSameNumberInAnotherJurisdiction() {
    Practitioner p =
        Practitioner.builder()
            .id(PractitionerId.of("p-1"))
            .displayName("Dr. Two States")
            .addLicense(license("A-1"))
            .addLicense(license("A-1").withJurisdiction(Jurisdiction.parse("US-WI")))
            .build();
    assertThat(p.licenses()).hasSize(2);
    assertThat(p.licensesValidOn(LocalDate.of(2026, 1, 1))).hasSize(2);
    assertThat(p.licensesValidOn(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void rejectsBlankOrOverlongText() {
    assertThatThrownBy(() -> license(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid License: BLANK_VALUE at /number");
    assertThatThrownBy(() -> license("x".repeat(65)))
        .hasMessage("Invalid License: OUT_OF_RANGE at /number");
    assertThatThrownBy(() -> license("A").withTitle(""))
        .hasMessage("Invalid License: BLANK_VALUE at /title");
  }

  @Test
  void licencesKnowWhetherTheyAllowIndependentPractice() {
    assertThat(license("A").allowsIndependentPsychotherapy()).isTrue();
    assertThat(license("A").withProvisional(true).allowsIndependentPsychotherapy()).isFalse();
    assertThat(
            license("A")
                .withProfession(Profession.MASTER_SOCIAL_WORKER)
                .allowsIndependentPsychotherapy())
        .isFalse();
    assertThat(license("A").isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(license("A").withStatus(LicenseStatus.SUSPENDED).isValidOn(LocalDate.of(2026, 1, 1)))
        .isFalse();
  }

  @Test
  void degreesCountFullYearsSinceAward() {
    Degree d =
        Degree.builder()
            .level(DegreeLevel.MASTER)
            .field("Counseling")
            .institution("State University")
            .awarded(LocalDate.of(2020, 6, 1))
            .build();
    assertThat(d.hasYearsSinceAward(2, LocalDate.of(2022, 6, 1))).isTrue();
    assertThat(d.hasYearsSinceAward(2, LocalDate.of(2022, 5, 31))).isFalse();
    assertThat(DegreeLevel.MEDICAL_DOCTORATE.isAtLeast(DegreeLevel.DOCTORATE)).isTrue();
    assertThat(DegreeLevel.DOCTORATE.isAtLeast(DegreeLevel.MEDICAL_DOCTORATE)).isTrue();
    assertThat(DegreeLevel.BACHELOR.isAtLeast(DegreeLevel.MASTER)).isFalse();
    assertThatThrownBy(() -> d.withInstitution(""))
        .hasMessage("Invalid Degree: BLANK_VALUE at /institution");
  }

  @Test
  void affiliationsHoldWithinTheirPeriod() {
    Affiliation a =
        Affiliation.builder()
            .organizationId(OrganizationId.of("org-1"))
            .organizationName("Northside Fertility Centre")
            .organizationKind(OrganizationKind.FERTILITY_CLINIC)
            .role(AffiliationRole.ON_STAFF)
            .build();
    assertThat(a.isCurrentOn(LocalDate.of(1990, 1, 1))).isTrue();
    Affiliation dated =
        a.withPeriod(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(dated.isCurrentOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThatThrownBy(() -> a.withOrganizationName(""))
        .hasMessage("Invalid Affiliation: BLANK_VALUE at /organizationName");
  }

  @Test
  void keepsSensitiveNothingAndPrintsStructure() {
    assertThat(license("A-1").toString()).contains("A-1").contains("PSYCHOLOGIST");
  }
}

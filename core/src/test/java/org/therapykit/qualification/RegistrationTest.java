package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Register;
import org.therapykit.practitioner.Registration;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/** Registrations on voluntary registers, distinct from licences. */
class RegistrationTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF; // 2026-06-01

  private static Registration registration(Register register, String validity) {
    return Registration.builder()
        .register(register)
        .number("R-1")
        .validity(DateRange.parse(validity))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  private static Practitioner cosrtAccredited(Registration... registrations) {
    return Practitioner.builder()
        .id(PractitionerId.of("p-uk"))
        .displayName("Test Fixture")
        .registrations(List.of(registrations))
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.COSRT)
                .type(CertificationType.COSRT_ACCREDITED)
                .number("C-1")
                .validity(DateRange.parse("2026-01-01/2026-12-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .build();
  }

  private static List<String> findings(QualificationAssessment a) {
    return a.findings().stream().map(f -> f.code() + " " + f.path()).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "UKCP, CERTIFIED_SEX_THERAPIST",
    "BACP, CERTIFIED_SEX_THERAPIST",
    "NCPS, CERTIFIED_SEX_THERAPIST",
    // an Australian register does not cover COSRT's United Kingdom
    "PACFA, NOT_QUALIFIED",
    // a social workers' register is not a psychotherapy register
    "AASW, NOT_QUALIFIED",
  })
  void aRegistrationOnAPsychotherapyRegisterStandsInForALicenceInItsCountry(
      Register register, Classification expected) {
    Practitioner p = cosrtAccredited(registration(register, "2025-04-01/2027-03-31"));
    assertThat(QualificationPolicy.standard().assess(p, AS_OF).classification())
        .isEqualTo(expected);
  }

  @Test
  void withoutARegistrationTheCertificateIsAClaimThatDoesNotAddUp() {
    QualificationAssessment a = QualificationPolicy.standard().assess(cosrtAccredited(), AS_OF);
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(findings(a)).contains("INCONSISTENT_CLAIM /certifications/0");
    QualificationAssessment aasw =
        QualificationPolicy.standard()
            .assess(cosrtAccredited(registration(Register.AASW, "2025-04-01/2027-03-31")), AS_OF);
    assertThat(aasw.findings(FindingCode.LICENSE_NOT_INDEPENDENT))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/registrations/0/register",
                "aasw registration does not allow independent psychotherapy"));
  }

  @Test
  void registrationsAreReportedAsLicencesAre() {
    assertThat(
            findings(
                QualificationPolicy.standard()
                    .assess(
                        cosrtAccredited(
                            registration(Register.UKCP, "2025-04-01/2026-07-31"),
                            registration(Register.BACP, "2024-04-01/2025-03-31")),
                        AS_OF)))
        .contains(
            "LICENSE_EXPIRING /registrations/0/validity",
            "LICENSE_EXPIRED /registrations/1/validity");
    // an earlier cycle under the same number is history, not an expired registration
    Practitioner renewed =
        cosrtAccredited(
            registration(Register.UKCP, "2024-04-01/2025-03-31"),
            registration(Register.UKCP, "2025-04-01/2027-03-31"));
    QualificationAssessment a = QualificationPolicy.standard().assess(renewed, AS_OF);
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    assertThat(findings(a)).noneMatch(f -> f.startsWith("LICENSE_"));
  }

  @Test
  void aRegistrationMeetsALicenceCriterion() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .licenses(List.of())
            .addRegistration(registration(Register.UKCP, "2025-04-01/2027-03-31"))
            .build();
    assertThat(
            AasectRequirementSets.CST_2025_T_1.evaluate(p, AS_OF).stream()
                .filter(r -> r.requirement() == Requirement.INDEPENDENT_LICENSE)
                .findFirst()
                .orElseThrow()
                .met())
        .isTrue();
  }

  @Test
  void overlappingCyclesOfOneRegistrationAreADuplicate() {
    assertThatThrownBy(
            () ->
                cosrtAccredited(
                    registration(Register.UKCP, "2024-04-01/2025-06-30"),
                    registration(Register.UKCP, "2025-04-01/2027-03-31")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("DUPLICATE_VALUE /registrations/1"));
  }

  @Test
  void readsAndWritesRegistrations() {
    Practitioner p = cosrtAccredited(registration(Register.UKCP, "2025-04-01/2027-03-31"));
    TherapyJson json = TherapyJson.strict();
    String text = json.write(p);
    assertThat(text)
        .contains(
            "\"registrations\":[{\"register\":\"ukcp\",\"number\":\"R-1\","
                + "\"validity\":\"2025-04-01/2027-03-31\",\"status\":\"active\"}]");
    assertThat(json.read(Practitioner.class, text)).isEqualTo(p);
    assertThat(Register.UKCP.jurisdiction().toString()).isEqualTo("GB");
    assertThat(Register.PACFA.jurisdiction().toString()).isEqualTo("AU");
  }
}

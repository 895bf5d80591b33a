package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/** Cycles of one credential, the first-certified date, and a supervisor's tenure. */
class CredentialHistoryTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static Certification cst(String validity) {
    return Fixtures.cst().withValidity(DateRange.parse(validity));
  }

  private static Certification cstStatus(String validity, CertificationStatus status) {
    return cst(validity).withStatus(status);
  }

  private static Certification supervisor(String validity) {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(CertificationType.AASECT_CST_SUPERVISOR)
        .number("CST-S-1")
        .validity(DateRange.parse(validity))
        .status(CertificationStatus.ACTIVE)
        .build();
  }

  @Test
  void aRenewedCertificationIsRecordedAsCyclesWithOneNumber() {
    Certification first = cstStatus("2020-03-01/2023-02-28", CertificationStatus.EXPIRED);
    Certification second = cst("2023-03-01/2026-02-28").withStatus(CertificationStatus.EXPIRED);
    Certification third = cst("2026-03-01/2029-02-28");
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addAllCertifications(List.of(third, first, second))
            .addMembership(Fixtures.aasectMembership())
            .build();
    assertThat(p.cyclesOf(first)).containsExactly(first, second, third);
    assertThat(p.certifiedSince(third)).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(p.isRenewed(first)).isTrue();
    assertThat(p.isRenewed(third)).isFalse();

    QualificationAssessment a = QualificationPolicy.standard().assess(p, AS_OF);
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    // the earlier cycles are history: no "expired" finding for them
    assertThat(a.findings(FindingCode.CERTIFICATION_EXPIRED)).isEmpty();
  }

  @Test
  void anUnrenewedExpiredCycleIsStillReported() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(cstStatus("2020-03-01/2023-02-28", CertificationStatus.EXPIRED))
            .addMembership(Fixtures.aasectMembership())
            .build();
    assertThat(QualificationPolicy.standard().assess(p, AS_OF).findings())
        .extracting(Finding::code, Finding::path)
        .contains(tuple(FindingCode.CERTIFICATION_EXPIRED, "/certifications/0/validity"));
  }

  @Test
  void aRenewedLicenceIsHistoryNotAnExpiredLicence() {
    License old =
        Fixtures.lcsw()
            .withValidity(DateRange.parse("2021-01-01/2023-12-31"))
            .withStatus(LicenseStatus.EXPIRED);
    License current = Fixtures.lcsw().withValidity(DateRange.parse("2024-01-01/2027-12-31"));
    Practitioner p =
        Practitioner.builder()
            .from(Fixtures.uncertifiedTherapist().build())
            .licenses(List.of(old, current))
            .build();
    assertThat(p.isRenewed(old)).isTrue();
    assertThat(
            QualificationPolicy.standard().assess(p, AS_OF).findings(FindingCode.LICENSE_EXPIRED))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    // overlapping cycles of one number
    "2020-03-01/2023-02-28, 2023-02-28/2026-02-27, 'duplicate certification (body and number): a renewal cycle must not overlap the others'",
    "2020-03-01/.., 2023-03-01/2026-02-28, 'duplicate certification (body and number): a renewal cycle must not overlap the others'",
  })
  void cyclesOfOneNumberMustNotOverlap(String earlier, String later, String message) {
    assertThatThrownBy(
            () ->
                Fixtures.uncertifiedTherapist()
                    .addAllCertifications(List.of(cst(earlier), cst(later)))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path, Finding::message)
                    .containsExactly(
                        tuple(FindingCode.DUPLICATE_VALUE, "/certifications/1", message)));
  }

  @Test
  void cyclesOfOneNumberMustBeOfOneType() {
    Certification csc = cst("2023-03-01/2026-02-28").withType(CertificationType.AASECT_CSC);
    assertThatThrownBy(
            () ->
                Fixtures.uncertifiedTherapist()
                    .addAllCertifications(List.of(cst("2020-03-01/2023-02-28"), csc))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path, Finding::message)
                    .containsExactly(
                        tuple(
                            FindingCode.DUPLICATE_VALUE,
                            "/certifications/1",
                            "duplicate certification (body and number): a renewal cycle must be of"
                                + " the same kind as the others")));
  }

  @Test
  void licenceCyclesMustBeOfOneProfessionAndNotOverlap() {
    License a = Fixtures.lcsw().withValidity(DateRange.parse("2021-01-01/2023-12-31"));
    License b = Fixtures.lcsw().withValidity(DateRange.parse("2023-12-31/2027-12-31"));
    assertThatThrownBy(
            () ->
                Practitioner.builder()
                    .from(Fixtures.uncertifiedTherapist().build())
                    .licenses(List.of(a, b))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(tuple(FindingCode.DUPLICATE_VALUE, "/licenses/1")));
  }

  @Test
  void theFirstCertifiedDateIsNotAfterTheCycleStart() {
    assertThatThrownBy(
            () -> cst("2024-03-01/2027-02-28").withFirstCertified(LocalDate.of(2024, 3, 2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(tuple(FindingCode.INCONSISTENT_VALUE, "/firstCertified")));
    Certification same = cst("2024-03-01/2027-02-28").withFirstCertified(LocalDate.of(2024, 3, 1));
    assertThat(same.firstCertified()).contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void theFirstCertifiedDateReachesBeforeTheRecordedCycles() {
    Certification current =
        cst("2024-03-01/2027-02-28").withFirstCertified(LocalDate.of(2015, 3, 1));
    Practitioner p = Fixtures.uncertifiedTherapist().addCertification(current).build();
    assertThat(p.certifiedSince(current)).isEqualTo(LocalDate.of(2015, 3, 1));
  }

  /** The CST since 2023-03-01, by its first-certified date; the supervisor certificate varies. */
  @ParameterizedTest(name = "supervisor since {0}: {1}")
  @CsvSource({
    "2025-02-28, '1 year 11 months 27 days'",
    "2025-02-01, '1 year 11 months'",
    "2025-03-01, ''",
    "2026-03-01, ''",
  })
  void aCstSupervisorNeedsTwoYearsAsACst(LocalDate supervisorSince, String apart) {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addAllCertifications(
                List.of(
                    cst("2024-03-01/2027-02-28").withFirstCertified(LocalDate.of(2023, 3, 1)),
                    supervisor(supervisorSince + "/" + supervisorSince.plusYears(3).minusDays(1))))
            .addMembership(Fixtures.aasectMembership())
            .build();
    List<Finding> tenure =
        QualificationPolicy.standard()
            .assess(p, supervisorSince.plusDays(30))
            .findings(FindingCode.SUPERVISOR_TENURE_SHORT);
    if (apart.isEmpty()) {
      assertThat(tenure).isEmpty();
      return;
    }
    assertThat(tenure)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/certifications/1",
                Severity.WARNING,
                "aasect-cst-supervisor needs 2 years as aasect-cst before it: aasect-cst since"
                    + " 2023-03-01, aasect-cst-supervisor since "
                    + supervisorSince
                    + ", "
                    + apart
                    + " apart"));
  }

  @Test
  void aSupervisorsTenureCountsFromTheFirstRecordedCycle() {
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addAllCertifications(
                List.of(
                    cst("2020-03-01/2023-02-28").withStatus(CertificationStatus.EXPIRED),
                    cst("2023-03-01/2026-02-28").withStatus(CertificationStatus.EXPIRED),
                    cst("2026-03-01/2029-02-28"),
                    supervisor("2022-06-01/2025-05-31").withNumber("CST-S-1"),
                    supervisor("2025-06-01/2028-05-31")))
            .addMembership(Fixtures.aasectMembership())
            .build();
    QualificationAssessment a = QualificationPolicy.standard().assess(p, AS_OF);
    assertThat(a.findings(FindingCode.SUPERVISOR_TENURE_SHORT)).isEmpty();
    assertThat(a.findings(FindingCode.INCONSISTENT_CLAIM)).isEmpty();
    assertThat(a.findings(FindingCode.CERTIFICATION_EXPIRED)).isEmpty();
  }

  @Test
  void aPolicyCanSetOrDropTheTenure() {
    StandardQualificationPolicy none =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("no-tenure")
            .supervisorTenures(ImmutableMap.of())
            .build();
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addAllCertifications(
                List.of(cst("2024-03-01/2027-02-28"), supervisor("2025-03-01/2028-02-28")))
            .addMembership(Fixtures.aasectMembership())
            .build();
    assertThat(none.assess(p, AS_OF).findings(FindingCode.SUPERVISOR_TENURE_SHORT)).isEmpty();
    assertThat(
            QualificationPolicy.standard()
                .assess(p, AS_OF)
                .findings(FindingCode.SUPERVISOR_TENURE_SHORT))
        .hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"AASECT_CST, P2Y", "AASECT_CST_SUPERVISOR, P-1D", "AASECT_CST_SUPERVISOR, P21Y"})
  void aTenureIsZeroToTwentyYearsForASupervisorType(CertificationType type, Period tenure) {
    assertThatThrownBy(
            () ->
                StandardQualificationPolicy.builder()
                    .from(QualificationPolicy.standard())
                    .id("bad")
                    .supervisorTenures(ImmutableMap.of(type, tenure))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(tuple(FindingCode.OUT_OF_RANGE, "/supervisorTenures")));
  }
}

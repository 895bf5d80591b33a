package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.credential.Delivery;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/** AASECT's renewal rule: 20 CE credits a cycle, other providers at half value, caps of 5. */
class ContinuingEducationTest {
  /** The cycle in force: 2024-03-01/2027-02-28; within 90 days of its end on this date. */
  private static final LocalDate EXPIRING = LocalDate.of(2027, 1, 15);

  private static ContinuingEducation ce(ContinuingEducationKind kind, String credits, String on) {
    return ContinuingEducation.builder()
        .kind(kind)
        .credits(Hours.parse(credits))
        .delivery(Delivery.IN_PERSON)
        .completed(LocalDate.parse(on))
        .build();
  }

  private static List<ContinuingEducation> records(String approved, String other, String sup) {
    List<ContinuingEducation> out = new ArrayList<>();
    if (!approved.equals("0")) {
      out.add(ce(ContinuingEducationKind.BODY_APPROVED, approved, "2025-05-01"));
    }
    if (!other.equals("0")) {
      out.add(ce(ContinuingEducationKind.OTHER_PROVIDER, other, "2025-06-01"));
    }
    if (!sup.equals("0")) {
      out.add(ce(ContinuingEducationKind.SUPERVISION_RECEIVED, sup, "2025-07-01"));
    }
    return out;
  }

  private static List<Finding> shortfalls(Practitioner p, LocalDate on) {
    return QualificationPolicy.standard().assess(p, on).findings(FindingCode.CE_CREDITS_SHORT);
  }

  @ParameterizedTest(name = "approved {0}, other {1}, supervision {2}: {3}")
  @CsvSource({
    // approved, other providers, supervision received, total counted ('' = no finding), parts
    "19.5, 0, 0, '19.5', '19.5 body-approved, 0 of at most 5 from other providers (0 at 50 %), 0 of at most 5 from supervision received'",
    "20, 0, 0, '', ''",
    "15, 10, 0, '', ''",
    "15, 9, 0, '19.5', '15 body-approved, 4.5 of at most 5 from other providers (9 at 50 %), 0 of at most 5 from supervision received'",
    "10, 40, 0, '15', '10 body-approved, 5 of at most 5 from other providers (40 at 50 %), 0 of at most 5 from supervision received'",
    "15, 0, 5, '', ''",
    "14, 0, 12, '19', '14 body-approved, 0 of at most 5 from other providers (0 at 50 %), 5 of at most 5 from supervision received'",
    "10, 10, 5, '', ''",
  })
  void aCycleExpiringSoonNeedsTwentyCredits(
      String approved, String other, String supervision, String total, String parts) {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .continuingEducation(records(approved, other, supervision))
            .build();
    List<Finding> found = shortfalls(p, EXPIRING);
    if (total.isEmpty()) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/certifications/0",
                Severity.WARNING,
                "aasect-cst expires after 2024-03-01/2027-02-28 with "
                    + total
                    + " of 20 CE credits: "
                    + parts));
  }

  @Test
  void aCycleNotYetExpiringIsNotJudged() {
    Practitioner p =
        Fixtures.certifiedTherapist().continuingEducation(records("2", "0", "0")).build();
    // 2026-06-01: the cycle ends 2027-02-28, beyond the 90-day window
    assertThat(shortfalls(p, Fixtures.AS_OF)).isEmpty();
    assertThat(shortfalls(p, EXPIRING)).hasSize(1);
  }

  @Test
  void withoutAnyCeRecordTheRuleIsSilent() {
    assertThat(shortfalls(Fixtures.certifiedTherapist().build(), EXPIRING)).isEmpty();
  }

  @Test
  void onlyCeCompletedInTheCycleAndByTheDateCounts() {
    Practitioner p =
        Fixtures.certifiedTherapist()
            .addAllContinuingEducation(
                List.of(
                    ce(
                        ContinuingEducationKind.BODY_APPROVED,
                        "10",
                        "2024-02-29"), // before the cycle
                    ce(ContinuingEducationKind.BODY_APPROVED, "10", "2024-03-01"), // first day
                    ce(
                        ContinuingEducationKind.BODY_APPROVED,
                        "9.5",
                        "2027-01-15"), // the day itself
                    ce(
                        ContinuingEducationKind.BODY_APPROVED,
                        "10",
                        "2027-01-16"))) // after the date
            .build();
    assertThat(shortfalls(p, EXPIRING))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("with 19.5 of 20 CE credits");
  }

  @Test
  void aRenewedCycleIsJudgedOnItsOwnCredits() {
    Certification first =
        Fixtures.cst()
            .withValidity(DateRange.parse("2021-03-01/2024-02-29"))
            .withStatus(CertificationStatus.EXPIRED);
    Practitioner p =
        Fixtures.uncertifiedTherapist()
            .addCertification(first)
            .addCertification(Fixtures.cst())
            .addMembership(Fixtures.aasectMembership())
            .addAllContinuingEducation(
                List.of(
                    ce(ContinuingEducationKind.BODY_APPROVED, "12", "2022-10-01"),
                    ce(ContinuingEducationKind.BODY_APPROVED, "25", "2025-10-01")))
            .build();
    QualificationAssessment a = QualificationPolicy.standard().assess(p, Fixtures.AS_OF);
    assertThat(a.findings(FindingCode.CE_CREDITS_SHORT))
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/certifications/0",
                "aasect-cst was renewed after 2021-03-01/2024-02-29 with 12 of 20 CE credits: 12"
                    + " body-approved, 0 of at most 5 from other providers (0 at 50 %), 0 of at"
                    + " most 5 from supervision received"));
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    // the current cycle, not expiring on AS_OF, is not judged; on EXPIRING it has 25
    assertThat(
            QualificationPolicy.standard()
                .assess(p, EXPIRING)
                .findings(FindingCode.CE_CREDITS_SHORT))
        .extracting(Finding::path)
        .containsExactly("/certifications/0");
  }

  @Test
  void aPolicyCanDropOrChangeTheRule() {
    Practitioner p =
        Fixtures.certifiedTherapist().continuingEducation(records("12", "0", "0")).build();
    StandardQualificationPolicy none =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("no-ce")
            .renewalRules(ImmutableMap.of())
            .build();
    assertThat(none.assess(p, EXPIRING).findings(FindingCode.CE_CREDITS_SHORT)).isEmpty();
    StandardQualificationPolicy twelve =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .id("twelve")
            .renewalRules(
                ImmutableMap.of(
                    org.therapykit.credential.CertifyingBody.AASECT,
                    RenewalRule.of(Hours.of(12), 100, Hours.of(0), Hours.of(0))))
            .build();
    assertThat(twelve.assess(p, EXPIRING).findings(FindingCode.CE_CREDITS_SHORT)).isEmpty();
  }

  @Test
  void aRuleNeedsCreditsAndAPercentage() {
    assertThatThrownBy(() -> RenewalRule.of(Hours.ZERO, 101, Hours.of(5), Hours.of(5)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(
                        tuple(FindingCode.OUT_OF_RANGE, "/creditsPerCycle"),
                        tuple(FindingCode.OUT_OF_RANGE, "/otherProviderPercent")));
  }

  @Test
  void creditsAreAboveZero() {
    assertThatThrownBy(() -> ce(ContinuingEducationKind.BODY_APPROVED, "0", "2025-01-01"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Finding::code, Finding::path)
                    .containsExactly(tuple(FindingCode.OUT_OF_RANGE, "/credits")));
  }
}

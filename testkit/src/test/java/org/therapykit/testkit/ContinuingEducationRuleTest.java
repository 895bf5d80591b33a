package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.Hours;
import org.therapykit.credential.Certification;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.credential.Delivery;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/** The renewal rule over generated certified therapists and generated CE records. */
class ContinuingEducationRuleTest {

  /** The record list: random CE in and around the cycle, plus {@code approved} in the cycle. */
  private static Practitioner withCe(Practitioner p, Certification c, Source s, int approved) {
    LocalDate start = c.validity().start();
    LocalDate end = c.validity().end().orElseThrow();
    List<ContinuingEducation> records =
        new ArrayList<>(
            Samples.list(
                s.between(0, 1_000_000),
                s.between(0, 12),
                TherapyGenerators.continuingEducation(start.minusYears(2), end.plusYears(1))));
    if (approved > 0) {
      records.add(
          ContinuingEducation.builder()
              .kind(ContinuingEducationKind.BODY_APPROVED)
              .credits(Hours.of(approved))
              .delivery(Delivery.ONLINE)
              .completed(start)
              .build());
    }
    return p.withContinuingEducation(records);
  }

  @Test
  void twentyApprovedCreditsInTheCycleAlwaysSuffice() {
    Source s = Source.of(15L);
    int checked = 0;
    for (Practitioner p :
        Samples.list(15L, 300, TherapyGenerators.practitioners().certifiedSexTherapists())) {
      for (Certification c : p.certifications()) {
        if (c.validity().end().isEmpty()
            || c.body() != org.therapykit.credential.CertifyingBody.AASECT) {
          continue;
        }
        LocalDate expiring = c.validity().end().get().minusDays(10);
        Practitioner with = withCe(p, c, s, 20);
        List<Finding> shortfalls =
            QualificationPolicy.standard()
                .assess(with, expiring)
                .findings(FindingCode.CE_CREDITS_SHORT);
        assertThat(shortfalls)
            .as("%s", with.continuingEducation())
            .noneMatch(f -> f.path().equals("/certifications/" + p.certifications().indexOf(c)));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void withOnlyTheRandomRecordsTheRuleReportsExactlyTheCyclesTheSourceCountsShort() {
    Source s = Source.of(16L);
    int shortfalls = 0;
    for (Practitioner p :
        Samples.list(16L, 300, TherapyGenerators.practitioners().certifiedSexTherapists())) {
      for (Certification c : p.certifications()) {
        if (c.validity().end().isEmpty()
            || c.body() != org.therapykit.credential.CertifyingBody.AASECT) {
          continue;
        }
        LocalDate end = c.validity().end().get();
        Practitioner with = withCe(p, c, s, 0);
        boolean expected = c.isValidOn(end) && BreakChecks.ceShort(with, c, end);
        assertThat(
                QualificationPolicy.standard()
                    .assess(with, end)
                    .findings(FindingCode.CE_CREDITS_SHORT))
            .as("%s", with.continuingEducation())
            .extracting(Finding::path)
            .filteredOn(("/certifications/" + p.certifications().indexOf(c))::equals)
            .hasSize(expected ? 1 : 0);
        shortfalls += expected ? 1 : 0;
      }
    }
    assertThat(shortfalls).isGreaterThan(20);
  }

  @Test
  void theGeneratorNeedsAnOrderedWindow() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThatThrownBy(() -> TherapyGenerators.continuingEducation(d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Samples.list(1L, 200, TherapyGenerators.continuingEducation(d, d.plusDays(30))))
        .allSatisfy(
            r -> {
              assertThat(r.completed()).isBetween(d, d.plusDays(30));
              assertThat(r.credits().isAtLeast(Hours.parse("0.25"))).isTrue();
              assertThat(Hours.of(12).isAtLeast(r.credits())).isTrue();
            });
  }
}

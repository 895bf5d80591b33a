package org.therapykit.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.ReferralId;
import org.therapykit.validation.InvalidValueException;

class ReferralTest {
  private static final LocalDate WRITTEN = LocalDate.of(2026, 2, 2);

  static Referral.Builder referral() {
    return Referral.builder()
        .id(ReferralId.of("ref-1"))
        .referrer(
            Party.builder()
                .role(PartyRole.GENERAL_PRACTITIONER)
                .organization(OrganizationId.of("org-gp"))
                .build())
        .recipient(Party.builder().role(PartyRole.PRACTICE).name("Example Practice").build())
        .authoredOn(WRITTEN)
        .reason(ReferralReason.DESIRE_CONCERN)
        .status(ReferralStatus.ACTIVE);
  }

  /** status, status date (or -), expiry (or -), date asked, active? */
  @ParameterizedTest
  @CsvSource({
    "ACTIVE, -, -, 2026-02-01, false",
    "ACTIVE, -, -, 2026-02-02, true",
    "ACTIVE, -, 2026-05-01, 2026-05-01, true",
    "ACTIVE, -, 2026-05-01, 2026-05-02, false",
    "COMPLETED, 2026-04-27, -, 2026-04-27, true",
    "COMPLETED, 2026-04-27, -, 2026-04-28, false",
    "COMPLETED, -, -, 2027-01-01, true",
    "REVOKED, 2026-03-01, -, 2026-02-28, true",
    "REVOKED, 2026-03-01, -, 2026-03-01, false",
    "REVOKED, -, -, 2026-02-10, false",
    "ON_HOLD, 2026-03-01, -, 2026-03-02, false",
    "DRAFT, -, -, 2026-03-01, false",
    "ENTERED_IN_ERROR, -, -, 2026-03-01, false"
  })
  void isActiveAccordingToStatusAndDates(
      ReferralStatus status, String statusDate, String expires, LocalDate on, boolean active) {
    Referral.Builder b = referral().status(status);
    if (!statusDate.equals("-")) {
      b.statusDate(LocalDate.parse(statusDate));
    }
    if (!expires.equals("-")) {
      b.expiresOn(LocalDate.parse(expires));
    }
    assertThat(b.build().isActiveOn(on)).isEqualTo(active);
  }

  @Test
  void rejectsDatesBeforeTheReferralWasWritten() {
    assertThatThrownBy(
            () ->
                referral().statusDate(WRITTEN.minusDays(1)).expiresOn(WRITTEN.minusDays(1)).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly(
                        "END_BEFORE_START /statusDate", "END_BEFORE_START /expiresOn"));
  }
}

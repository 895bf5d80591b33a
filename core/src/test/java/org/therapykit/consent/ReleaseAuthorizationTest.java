package org.therapykit.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.AuthorizationId;
import org.therapykit.ClientId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.validation.InvalidValueException;

class ReleaseAuthorizationTest {
  private static final ClientId B = ClientId.of("client-b");
  private static final LocalDate SIGNED = LocalDate.of(2026, 2, 16);
  private static final Party CLINIC =
      Party.builder()
          .role(PartyRole.FERTILITY_SPECIALIST)
          .organization(OrganizationId.of("org-fertility-01"))
          .build();
  private static final Party SPECIALIST =
      Party.builder()
          .role(PartyRole.FERTILITY_SPECIALIST)
          .practitioner(PractitionerId.of("p-fert-1"))
          .organization(OrganizationId.of("org-fertility-01"))
          .build();
  private static final Party GP =
      Party.builder().role(PartyRole.GENERAL_PRACTITIONER).name("Dr. Lee Sample").build();

  static ReleaseAuthorization.Builder release() {
    return ReleaseAuthorization.builder()
        .id(AuthorizationId.of("roi-b"))
        .subject(B)
        .discloser(
            Party.builder()
                .role(PartyRole.THERAPIST)
                .practitioner(PractitionerId.of("p-0007"))
                .build())
        .addRecipient(CLINIC)
        .addCategory(InformationCategory.GOALS_AND_PROGRESS)
        .addPurpose(DisclosurePurpose.CARE_COORDINATION)
        .expiresOn(LocalDate.of(2027, 2, 15))
        .signature(Signature.bySubject(SIGNED))
        .revocationStatement(true)
        .conditioningStatement(true)
        .redisclosureStatement(true);
  }

  private static List<String> violations(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void isInForceFromSignatureThroughExpiry() {
    ReleaseAuthorization a = release().build();
    assertThat(a.isComplete()).isTrue();
    assertThat(a.isInForceOn(SIGNED.minusDays(1))).isFalse();
    assertThat(a.isInForceOn(SIGNED)).isTrue();
    assertThat(a.isInForceOn(LocalDate.of(2027, 2, 15))).isTrue();
    assertThat(a.isExpiredOn(LocalDate.of(2027, 2, 16))).isTrue();
    assertThat(a.isInForceOn(LocalDate.of(2027, 2, 16))).isFalse();
  }

  @Test
  void anExpiryEventEndsItOnTheDayItOccurs() {
    ReleaseAuthorization byEvent =
        release()
            .expiresOn(java.util.Optional.empty())
            .expiryEvent(ExpiryEvent.END_OF_COURSE)
            .build();
    assertThat(byEvent.isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    ReleaseAuthorization ended = byEvent.withExpiryEventOccurredOn(LocalDate.of(2026, 5, 1));
    assertThat(ended.isInForceOn(LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(ended.isInForceOn(LocalDate.of(2026, 5, 1))).isFalse();
  }

  @Test
  void aRevocationTakesEffectOnItsDateAndIsNotRetroactive() {
    ReleaseAuthorization revoked = release().revokedOn(LocalDate.of(2026, 4, 1)).build();
    assertThat(revoked.isRevokedOn(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(revoked.isInForceOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(revoked.isRevokedOn(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(revoked.isInForceOn(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void aDefectiveFormIsInForceOnNoDate() {
    assertThat(release().revocationStatement(false).build().isInForceOn(SIGNED)).isFalse();
    assertThat(release().conditioningStatement(false).build().isComplete()).isFalse();
    assertThat(release().redisclosureStatement(false).build().isComplete()).isFalse();
  }

  @Test
  void coversRecipientCategoryPurposeAndDate() {
    ReleaseAuthorization a = release().build();
    LocalDate d = LocalDate.of(2026, 3, 31);
    assertThat(a.names(SPECIALIST)).isTrue();
    assertThat(
            a.covers(
                SPECIALIST,
                InformationCategory.GOALS_AND_PROGRESS,
                DisclosurePurpose.CARE_COORDINATION,
                d))
        .isTrue();
    assertThat(
            a.covers(
                GP, InformationCategory.GOALS_AND_PROGRESS, DisclosurePurpose.CARE_COORDINATION, d))
        .isFalse();
    assertThat(
            a.covers(
                SPECIALIST,
                InformationCategory.SEXUAL_HISTORY,
                DisclosurePurpose.CARE_COORDINATION,
                d))
        .isFalse();
    assertThat(
            a.covers(
                SPECIALIST, InformationCategory.GOALS_AND_PROGRESS, DisclosurePurpose.PAYMENT, d))
        .isFalse();
    assertThat(
            a.covers(
                SPECIALIST,
                InformationCategory.GOALS_AND_PROGRESS,
                DisclosurePurpose.CARE_COORDINATION,
                SIGNED.minusDays(1)))
        .isFalse();
  }

  @Test
  void psychotherapyNotesNeedAnAuthorisationOfTheirOwn() {
    assertThat(
            violations(
                () -> release().addCategory(InformationCategory.PSYCHOTHERAPY_NOTES).build()))
        .containsExactly("INCONSISTENT_VALUE /categories");
    ReleaseAuthorization notes =
        release().categories(List.of(InformationCategory.PSYCHOTHERAPY_NOTES)).build();
    assertThat(notes.categories()).containsExactly(InformationCategory.PSYCHOTHERAPY_NOTES);
  }

  @Test
  void reportsEveryMissingElementAtOnce() {
    assertThat(
            violations(
                () ->
                    release()
                        .recipients(List.of())
                        .categories(List.of())
                        .purposes(List.of())
                        .expiresOn(java.util.Optional.empty())
                        .expiryEventOccurredOn(SIGNED)
                        .build()))
        .containsExactly(
            "MISSING_VALUE /recipients",
            "MISSING_VALUE /categories",
            "MISSING_VALUE /purposes",
            "MISSING_CONDITIONAL_VALUE /expiresOn",
            "INCONSISTENT_VALUE /expiryEventOccurredOn");
  }

  @Test
  void rejectsDatesBeforeTheSignature() {
    LocalDate before = SIGNED.minusDays(1);
    assertThat(
            violations(
                () ->
                    release()
                        .expiresOn(before)
                        .expiryEvent(ExpiryEvent.OTHER)
                        .expiryEventOccurredOn(before)
                        .revokedOn(before)
                        .build()))
        .containsExactly(
            "END_BEFORE_START /expiresOn",
            "END_BEFORE_START /expiryEventOccurredOn",
            "END_BEFORE_START /revokedOn");
  }

  @Test
  void aRepresentativeDescribesTheirAuthority() {
    Signature rep =
        Signature.builder()
            .signedOn(SIGNED)
            .signer(Signer.PERSONAL_REPRESENTATIVE)
            .representativeAuthority("court-appointed guardian")
            .build();
    assertThat(release().signature(rep).build().signature().signer())
        .isEqualTo(Signer.PERSONAL_REPRESENTATIVE);
    assertThat(
            violations(
                () ->
                    Signature.builder()
                        .signedOn(SIGNED)
                        .signer(Signer.PERSONAL_REPRESENTATIVE)
                        .build()))
        .containsExactly("MISSING_CONDITIONAL_VALUE /representativeAuthority");
    assertThat(
            violations(
                () ->
                    Signature.builder()
                        .signedOn(SIGNED)
                        .signer(Signer.SUBJECT)
                        .representativeAuthority(" ")
                        .build()))
        .containsExactly(
            "BLANK_VALUE /representativeAuthority", "INCONSISTENT_VALUE /representativeAuthority");
  }

  @Test
  void eachPartnerConsentsForThemselves() {
    TreatmentConsent c = TreatmentConsent.of(B, SIGNED);
    assertThat(c.isInForceOn(SIGNED.minusDays(1))).isFalse();
    assertThat(c.isInForceOn(SIGNED)).isTrue();
    TreatmentConsent withdrawn = c.withWithdrawnOn(LocalDate.of(2026, 4, 20));
    assertThat(withdrawn.isInForceOn(LocalDate.of(2026, 4, 19))).isTrue();
    assertThat(withdrawn.isInForceOn(LocalDate.of(2026, 4, 20))).isFalse();
    assertThat(violations(() -> c.withWithdrawnOn(SIGNED.minusDays(1))))
        .containsExactly("END_BEFORE_START /withdrawnOn");
  }

  @Test
  void aDisclosureNamesWhatAndWhose() {
    assertThat(
            violations(
                () ->
                    Disclosure.builder()
                        .date(SIGNED)
                        .recipient(CLINIC)
                        .purpose(DisclosurePurpose.AT_CLIENT_REQUEST)
                        .build()))
        .containsExactly("MISSING_VALUE /categories", "MISSING_VALUE /subjects");
  }
}

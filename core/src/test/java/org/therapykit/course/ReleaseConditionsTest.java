package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.course.GoldenCase.A;
import static org.therapykit.course.GoldenCase.B;
import static org.therapykit.course.GoldenCase.CLINIC;
import static org.therapykit.course.GoldenCase.DISCLOSED;
import static org.therapykit.course.GoldenCase.S1;
import static org.therapykit.course.GoldenCase.S6;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.FertilityStage;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.RepresentativeBasis;
import org.therapykit.consent.Signature;
import org.therapykit.consent.Signer;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/**
 * Every condition of a release the disclosure rules check beyond the form itself (issue #13): the
 * discloser, the recipient's identity, expiry events the case records, withdrawal of consent to
 * therapy, a representative's authority — and that the case rules judge logged disclosures with the
 * same engine.
 */
class ReleaseConditionsTest {
  private static final GoldenCase G = GoldenCase.plain();
  private static final TherapyCase GOLDEN = GoldenCase.build();
  private static final DisclosureRules RULES = DisclosureRules.standard();

  /** The clinic asks for both partners' goals for care coordination: permitted on the golden. */
  private static DisclosureRequest request(LocalDate on) {
    return request(G.fertilitySpecialist(), on);
  }

  private static DisclosureRequest request(Party requester, LocalDate on) {
    return DisclosureRequest.builder()
        .requester(requester)
        .purpose(DisclosurePurpose.CARE_COORDINATION)
        .addSubjects(A, B)
        .addCategories(InformationCategory.GOALS_AND_PROGRESS)
        .date(on)
        .build();
  }

  private static List<String> codesAndPaths(DisclosureDecision d) {
    return d.findings().stream().map(f -> f.code() + " " + f.path()).toList();
  }

  private static TherapyCase withReleases(ReleaseAuthorization a, ReleaseAuthorization b) {
    return GOLDEN.withAuthorizations(a, b);
  }

  @Test
  void theGoldenRequestIsPermitted() {
    DisclosureDecision d = RULES.decide(GOLDEN, request(DISCLOSED));
    assertThat(d.outcome()).isEqualTo(DisclosureOutcome.PERMIT);
    assertThat(d.permittedCategories()).containsExactly(InformationCategory.GOALS_AND_PROGRESS);
  }

  /** Missing, contradictory or unknown parties, categories and purposes: denied, never thrown. */
  @Nested
  class BadInput {
    private DisclosureDecision decide(DisclosureRequest r) {
      return RULES.decide(GOLDEN, r);
    }

    @Test
    void aSubjectWhoIsNotAClientOfTheCaseDeniesTheWholeRequest() {
      DisclosureDecision d =
          decide(request(DISCLOSED).withSubjects(A, org.therapykit.ClientId.of("client-x")));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(d.permittedCategories()).isEmpty();
      assertThat(codesAndPaths(d)).contains("SUBJECT_NOT_IN_CASE /request/subjects/1");
    }

    @Test
    void aRequesterOfAnotherRoleOrNamedOnlyIsCoveredByNothing() {
      for (PartyRole role : PartyRole.values()) {
        Party someone = Party.builder().role(role).name("Dr. Rowan Placeholder").build();
        DisclosureDecision d = decide(request(someone, DISCLOSED));
        assertThat(d.outcome()).as("%s", role).isEqualTo(DisclosureOutcome.DENY);
        assertThat(d.permittedCategories()).isEmpty();
        assertThat(codesAndPaths(d))
            .as("%s", role)
            .contains("RECIPIENT_NOT_COVERED /request/requester");
      }
    }

    @Test
    void aRequesterWhoseIdsContradictTheReleaseIsDenied() {
      // the release names the clinic; a requester in the same role at another organisation, or at
      // the clinic in another role, is not it
      Party otherClinic =
          Party.builder()
              .from(G.fertilitySpecialist())
              .organization(OrganizationId.of("org-elsewhere"))
              .build();
      Party otherRole =
          Party.builder()
              .from(G.fertilitySpecialist())
              .role(PartyRole.GENERAL_PRACTITIONER)
              .build();
      for (Party p : List.of(otherClinic, otherRole)) {
        DisclosureDecision d = decide(request(p, DISCLOSED));
        assertThat(d.outcome()).as("%s", p).isEqualTo(DisclosureOutcome.DENY);
        assertThat(d.findings())
            .extracting(Finding::code)
            .contains(FindingCode.RECIPIENT_NOT_COVERED);
      }
    }

    @Test
    void aPartnerAskingAsAClientOfAnotherCaseIsNotTheClient() {
      Party stranger =
          Party.builder()
              .role(PartyRole.CLIENT_DESIGNEE)
              .client(org.therapykit.ClientId.of("client-x"))
              .build();
      DisclosureDecision d = decide(request(stranger, DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(d.findings())
          .extracting(Finding::code)
          .doesNotContain(FindingCode.DISCLOSURE_PERMITTED_TO_SUBJECT);
    }

    @Test
    void aPurposeOrCategoryNoReleaseNamesIsWithheld() {
      for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
        if (purpose == DisclosurePurpose.CARE_COORDINATION) {
          continue;
        }
        DisclosureDecision d = decide(request(DISCLOSED).withPurpose(purpose));
        assertThat(d.outcome()).as("%s", purpose).isEqualTo(DisclosureOutcome.DENY);
        assertThat(codesAndPaths(d))
            .as("%s", purpose)
            .contains("PURPOSE_NOT_COVERED /request/purpose");
      }
      DisclosureDecision d =
          decide(request(DISCLOSED).withCategories(InformationCategory.PSYCHOTHERAPY_NOTES));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d))
          .contains("PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION /request/categories/0");
    }

    @Test
    void aRequestWithoutSubjectsOrCategoriesCannotBeMadeAndSaysSo() {
      assertThat(violations(() -> request(DISCLOSED).withSubjects(List.of())))
          .containsExactly("MISSING_VALUE /subjects");
      assertThat(violations(() -> request(DISCLOSED).withCategories(List.of())))
          .containsExactly("MISSING_VALUE /categories");
    }

    private List<String> violations(Runnable makeRequest) {
      try {
        makeRequest.run();
      } catch (org.therapykit.validation.InvalidValueException e) {
        return e.violations().stream().map(f -> f.code() + " " + f.path()).toList();
      }
      throw new AssertionError("no InvalidValueException");
    }
  }

  @Nested
  class Discloser {
    @Test
    void aReleaseForAnotherPractitionerToDiscloseCoversNothing() {
      Party other =
          Party.builder().role(PartyRole.THERAPIST).practitioner(PractitionerId.of("p-9")).build();
      TherapyCase c = withReleases(G.releaseA().withDiscloser(other), G.releaseB());
      DisclosureDecision d = RULES.decide(c, request(DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d)).contains("DISCLOSER_NOT_COVERED /authorizations/0/discloser");
    }

    @Test
    void aDiscloserNamedByNameOnlyIsNotRecognised() {
      Party byName = Party.builder().role(PartyRole.THERAPIST).name("Dr. Amara Osei").build();
      TherapyCase c = withReleases(G.releaseA(), G.releaseB().withDiscloser(byName));
      DisclosureDecision d = RULES.decide(c, request(DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d)).contains("DISCLOSER_NOT_COVERED /authorizations/1/discloser");
    }

    @Test
    void aPracticeOfThePractitionerMayDiscloseWhileTheAffiliationLasts() {
      OrganizationId practice = OrganizationId.of("org-practice-7");
      Affiliation affiliation =
          Affiliation.builder()
              .organizationId(practice)
              .organizationName("Example Practice")
              .organizationKind(OrganizationKind.PRIVATE_PRACTICE)
              .role(AffiliationRole.ON_STAFF)
              .period(org.therapykit.DateRange.of(S1.minusYears(1), DISCLOSED))
              .build();
      Party byPractice = Party.builder().role(PartyRole.PRACTICE).organization(practice).build();
      TherapyCase c =
          withReleases(
                  G.releaseA().withDiscloser(byPractice), G.releaseB().withDiscloser(byPractice))
              .withPractitioner(GOLDEN.practitioner().withAffiliations(affiliation));
      assertThat(RULES.decide(c, request(DISCLOSED)).outcome()).isEqualTo(DisclosureOutcome.PERMIT);
      DisclosureDecision after = RULES.decide(c, request(DISCLOSED.plusDays(1)));
      assertThat(after.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(after))
          .contains(
              "DISCLOSER_NOT_COVERED /authorizations/0/discloser",
              "DISCLOSER_NOT_COVERED /authorizations/1/discloser");
    }
  }

  @Nested
  class Identity {
    private final Party namedClinic =
        Party.builder()
            .role(PartyRole.FERTILITY_SPECIALIST)
            .name("Example Fertility Centre")
            .build();

    @Test
    void aNameOnlyRecipientDoesNotCoverARequesterWithIds() {
      ReleaseAuthorization a = G.releaseA().withRecipients(namedClinic);
      ReleaseAuthorization b = G.releaseB().withRecipients(namedClinic);
      Party impostor =
          Party.builder()
              .role(PartyRole.FERTILITY_SPECIALIST)
              .name("example fertility centre ")
              .organization(OrganizationId.of("org-elsewhere"))
              .build();
      DisclosureDecision d = RULES.decide(withReleases(a, b), request(impostor, DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d))
          .contains(
              "RECIPIENT_IDENTITY_UNCONFIRMED /authorizations/0/recipients/0",
              "RECIPIENT_IDENTITY_UNCONFIRMED /authorizations/1/recipients/0");
      assertThat(d.findings().get(0).relatedPath()).contains("/request/requester");
    }

    @Test
    void aNameOnlyRecipientCoversARequesterKnownOnlyByTheSameName() {
      ReleaseAuthorization a = G.releaseA().withRecipients(namedClinic);
      ReleaseAuthorization b = G.releaseB().withRecipients(namedClinic);
      Party sameName =
          Party.builder()
              .role(PartyRole.FERTILITY_SPECIALIST)
              .name(" EXAMPLE Fertility Centre")
              .build();
      assertThat(RULES.decide(withReleases(a, b), request(sameName, DISCLOSED)).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
    }

    @Test
    void idsDecideOverAMatchingName() {
      // the golden releases name the clinic by name and id; the requester has the name only, or
      // the name and another organisation
      Party nameOnly =
          Party.builder()
              .role(PartyRole.FERTILITY_SPECIALIST)
              .name("Example Fertility Centre")
              .build();
      Party otherOrganisation = nameOnly.withOrganization(OrganizationId.of("org-elsewhere"));
      for (Party requester : List.of(nameOnly, otherOrganisation)) {
        DisclosureDecision d = RULES.decide(GOLDEN, request(requester, DISCLOSED));
        assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
        assertThat(codesAndPaths(d)).contains("RECIPIENT_NOT_COVERED /request/requester");
      }
      assertThat(
              RULES
                  .decide(GOLDEN, request(otherOrganisation.withOrganization(CLINIC), DISCLOSED))
                  .outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
    }
  }

  @Nested
  class RecordedExpiryEvents {
    private TherapyCase endingWithTheCourse(TherapyCase c) {
      return c.withAuthorizations(
          G.releaseA().withExpiryEvent(ExpiryEvent.END_OF_COURSE),
          G.releaseB().withExpiryEvent(ExpiryEvent.END_OF_COURSE));
    }

    @Test
    void theClosingSessionEndsAReleaseThatEndsWithTheCourse() {
      TherapyCase c = endingWithTheCourse(GOLDEN);
      assertThat(RULES.decide(c, request(S6.minusDays(1))).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
      DisclosureDecision d = RULES.decide(c, request(S6));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(d.findings())
          .filteredOn(f -> f.code() == FindingCode.EXPIRY_EVENT_RECORDED)
          .extracting(Finding::path, f -> f.relatedPath().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "/authorizations/0/expiryEvent", "/sessions/5/kind"),
              org.assertj.core.groups.Tuple.tuple(
                  "/authorizations/1/expiryEvent", "/sessions/5/kind"));
    }

    @Test
    void aCompletedPlanEndsAReleaseThatEndsWithTheCourse() {
      LocalDate completed = LocalDate.of(2026, 4, 20);
      ImmutableList<Session> noClosing =
          GOLDEN.sessions().stream()
              .map(s -> s.kind() == SessionKind.CLOSING ? s.withKind(SessionKind.TREATMENT) : s)
              .collect(ImmutableList.toImmutableList());
      TreatmentPlan plan =
          GoldenCase.plan()
              .withVersions(
                  GoldenCase.plan().current(),
                  PlanVersion.builder()
                      .from(GoldenCase.plan().current())
                      .number(2)
                      .effectiveFrom(completed)
                      .status(PlanStatus.COMPLETED)
                      .revisionReason(org.therapykit.plan.RevisionReason.STATUS_CHANGE)
                      .build());
      TherapyCase c = endingWithTheCourse(GOLDEN.withSessions(noClosing).withPlan(plan));
      assertThat(RULES.decide(c, request(completed.minusDays(1))).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
      DisclosureDecision d = RULES.decide(c, request(completed));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(d.findings())
          .filteredOn(f -> f.code() == FindingCode.EXPIRY_EVENT_RECORDED)
          .allMatch(f -> f.relatedPath().equals(java.util.Optional.of("/plan/versions/1/status")))
          .hasSize(2);
    }

    @Test
    void theEndOfFertilityTreatmentEndsTheGoldenReleasesFromItsDate() {
      LocalDate ended = LocalDate.of(2026, 3, 20);
      TherapyCase c =
          GOLDEN.withUnit(
              GOLDEN
                  .unit()
                  .withFertilityContext(
                      FertilityContext.builder()
                          .stage(FertilityStage.ENDED)
                          .clinic(CLINIC)
                          .endedOn(ended)
                          .build()));
      assertThat(RULES.decide(c, request(ended.minusDays(1))).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
      DisclosureDecision d = RULES.decide(c, request(DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d))
          .contains(
              "EXPIRY_EVENT_RECORDED /authorizations/0/expiryEvent",
              "EXPIRY_EVENT_RECORDED /authorizations/1/expiryEvent");
      assertThat(d.findings())
          .filteredOn(f -> f.code() == FindingCode.EXPIRY_EVENT_RECORDED)
          .allMatch(
              f -> f.relatedPath().equals(java.util.Optional.of("/unit/fertilityContext/stage")));
    }

    @Test
    void anEndOfFertilityTreatmentWithoutADateFailsClosed() {
      TherapyCase c =
          GOLDEN.withUnit(
              GOLDEN
                  .unit()
                  .withFertilityContext(
                      FertilityContext.builder().stage(FertilityStage.ENDED).build()));
      DisclosureDecision d = RULES.decide(c, request(S1));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(codesAndPaths(d)).contains("EXPIRY_EVENT_RECORDED /authorizations/0/expiryEvent");
    }
  }

  @Nested
  class Withdrawal {
    private final LocalDate withdrawn = LocalDate.of(2026, 3, 20);

    private TherapyCase withdrawnB() {
      return GOLDEN.withConsents(
          GoldenCase.consentA(), GoldenCase.consentB().withWithdrawnOn(withdrawn));
    }

    @Test
    void withdrawingConsentToTherapyEndsThePartnersEarlierReleases() {
      TherapyCase c = withdrawnB();
      assertThat(RULES.decide(c, request(withdrawn.minusDays(1))).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
      DisclosureDecision d = RULES.decide(c, request(DISCLOSED));
      assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
      assertThat(d.findings())
          .filteredOn(f -> f.code() == FindingCode.CONSENT_WITHDRAWN)
          .extracting(Finding::path, f -> f.relatedPath().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("/authorizations/1", "/consents/1/withdrawnOn"));
    }

    @Test
    void hostsWhoseLawKeepsReleasesInForceSaySo() {
      DisclosureRules keep = DisclosureRules.builder().releasesSurviveWithdrawal(true).build();
      assertThat(keep.decide(withdrawnB(), request(DISCLOSED)).outcome())
          .isEqualTo(DisclosureOutcome.PERMIT);
    }

    @Test
    void aReleaseSignedAfterWithdrawingStands() {
      TherapyCase c =
          withdrawnB()
              .withAuthorizations(
                  G.releaseA(),
                  G.releaseB().withSignature(Signature.bySubject(withdrawn.plusDays(1))));
      assertThat(RULES.decide(c, request(DISCLOSED)).outcome()).isEqualTo(DisclosureOutcome.PERMIT);
    }
  }

  @Nested
  class Representative {
    private Signature asSpouse(java.util.Optional<Party> representative) {
      return Signature.builder()
          .signedOn(S1)
          .signer(Signer.PERSONAL_REPRESENTATIVE)
          .representativeAuthority("spouse")
          .representative(representative)
          .build();
    }

    @Test
    void thePartnerSigningAsRepresentativeWithoutRecordedAuthorityCoversNothing() {
      Party partnerA = Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(A).build();
      for (Signature s :
          List.of(
              asSpouse(java.util.Optional.of(partnerA)), asSpouse(java.util.Optional.empty()))) {
        TherapyCase c = withReleases(G.releaseA(), G.releaseB().withSignature(s));
        DisclosureDecision d = RULES.decide(c, request(DISCLOSED));
        assertThat(d.outcome()).isEqualTo(DisclosureOutcome.DENY);
        assertThat(codesAndPaths(d))
            .contains("REPRESENTATIVE_AUTHORITY_NOT_RECORDED /authorizations/1/signature");
      }
    }

    @Test
    void aRecordedBasisOfAuthorityIsAccepted() {
      Party partnerA = Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(A).build();
      Signature s =
          asSpouse(java.util.Optional.of(partnerA))
              .withRepresentativeBasis(RepresentativeBasis.HEALTH_CARE_POWER_OF_ATTORNEY);
      TherapyCase c = withReleases(G.releaseA(), G.releaseB().withSignature(s));
      assertThat(RULES.decide(c, request(DISCLOSED)).outcome()).isEqualTo(DisclosureOutcome.PERMIT);
    }
  }

  @Nested
  class OneEngine {
    @Test
    void theCaseRulesJudgeALoggedDisclosureAsDecideWould() {
      Party other =
          Party.builder().role(PartyRole.THERAPIST).practitioner(PractitionerId.of("p-9")).build();
      TherapyCase c = withReleases(G.releaseA(), G.releaseB().withDiscloser(other));
      assertThat(RULES.decide(c, request(DISCLOSED)).outcome()).isEqualTo(DisclosureOutcome.DENY);
      CaseReport report = CaseRules.standard().validate(c);
      assertThat(report.findings())
          .extracting(f -> f.code() + " " + f.path())
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "DISCLOSER_NOT_COVERED /authorizations/1/discloser");
      assertThat(report.findings().get(1).relatedPath()).contains("/disclosures/0");
    }

    @Test
    void theCaseRulesUseTheirDisclosureRules() {
      TherapyCase c =
          GOLDEN.withConsents(
              GoldenCase.consentA(), GoldenCase.consentB().withWithdrawnOn(DISCLOSED));
      CaseRules keep =
          CaseRules.builder()
              .disclosureRules(DisclosureRules.builder().releasesSurviveWithdrawal(true).build())
              .build();
      assertThat(CaseRules.standard().validate(c).findings(FindingCode.CONSENT_WITHDRAWN))
          .hasSize(1);
      assertThat(keep.validate(c).findings(FindingCode.CONSENT_WITHDRAWN)).isEmpty();
    }

    @Test
    void theConsentPackageDoesNotDependOnTheCoursePackage() throws IOException {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/org/therapykit/consent"))) {
        assertThat(files.toList())
            .isNotEmpty()
            .allSatisfy(
                f ->
                    assertThat(Files.readString(f)).doesNotContain("import org.therapykit.course"));
      }
    }
  }
}

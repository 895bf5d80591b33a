package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.course.GoldenCase.A;
import static org.therapykit.course.GoldenCase.B;
import static org.therapykit.course.GoldenCase.DISCLOSED;
import static org.therapykit.course.GoldenCase.INTIMACY;
import static org.therapykit.course.GoldenCase.S1;
import static org.therapykit.course.GoldenCase.S2;
import static org.therapykit.course.GoldenCase.S6;
import static org.therapykit.course.GoldenCase.append;
import static org.therapykit.course.GoldenCase.replace;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.therapykit.AuthorizationId;
import org.therapykit.DateRange;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

class CaseRulesTest {
  private static final CaseRules RULES = CaseRules.standard();
  private static final GoldenCase G = GoldenCase.plain();
  private static final TherapyCase GOLDEN = GoldenCase.build();

  private static List<String> codesAndPaths(TherapyCase c) {
    return codesAndPaths(RULES.validate(c));
  }

  private static List<String> codesAndPaths(CaseReport report) {
    return report.findings().stream().map(f -> f.code() + " " + f.path()).toList();
  }

  private static TherapyCase withSession(int index, Session session) {
    return GOLDEN.withSessions(replace(GOLDEN.sessions(), index, session));
  }

  @Test
  void theGoldenCaseValidatesClean() {
    CaseReport report = RULES.validate(GOLDEN);
    assertThat(report.findings()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.caseId()).isEqualTo(GoldenCase.ID);
    assertThat(report.qualificationPolicyId()).isEqualTo("therapykit-aasect-2025");
  }

  @Test
  void theGoldenCaseIsWhatTheIssueDescribes() {
    assertThat(GOLDEN.unit().clients()).hasSize(2);
    assertThat(GOLDEN.unit().fertilityContext()).isPresent();
    assertThat(GOLDEN.referral().orElseThrow().referrer().role())
        .isEqualTo(PartyRole.FERTILITY_SPECIALIST);
    assertThat(GOLDEN.plan().orElseThrow().current().plannedSessions()).isEqualTo(6);
    assertThat(GOLDEN.intakes()).hasSize(2);
    assertThat(GOLDEN.consents()).hasSize(2);
    assertThat(GOLDEN.authorizations())
        .allMatch(a -> a.recipients().get(0).role() == PartyRole.FERTILITY_SPECIALIST);
    assertThat(GOLDEN.goals()).hasSize(3);
    assertThat(GOLDEN.goals()).filteredOn(g -> g.revisions().size() > 1).hasSize(1);
    assertThat(GOLDEN.homework())
        .extracting(h -> h.assignedInSession())
        .containsExactly(2, 3, 4, 5);
    assertThat(GOLDEN.homeworkAssignedIn(2)).hasSize(1);
    assertThat(GOLDEN.homeworkReviewedIn(3)).hasSize(1);
    assertThat(GOLDEN.homeworkReviewedIn(1)).isEmpty();
  }

  @Nested
  class SessionOrder {
    @Test
    void reportsASessionDatedBeforeThePreviousOne() {
      TherapyCase c = withSession(2, GOLDEN.sessions().get(2).withDate(LocalDate.of(2026, 2, 23)));
      assertThat(codesAndPaths(c)).containsExactly("SESSION_DATE_OUT_OF_ORDER /sessions/2/date");
      assertThat(RULES.validate(c).findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void allowsTwoSessionsOnTheSameDay() {
      TherapyCase c = withSession(1, GOLDEN.sessions().get(1).withDate(S1));
      assertThat(codesAndPaths(c)).isEmpty();
    }
  }

  @Nested
  class CredentialValidity {
    private Practitioner withLicenseEnding(LocalDate end) {
      Practitioner p = GoldenCase.therapist();
      License l = p.licenses().get(0);
      return p.withLicenses(l.withValidity(DateRange.of(l.validity().start(), end)));
    }

    @Test
    void reportsASessionAfterTheLicenceLapsed() {
      TherapyCase c = GOLDEN.withPractitioner(withLicenseEnding(LocalDate.of(2026, 4, 20)));
      CaseReport report = RULES.validate(c);
      assertThat(codesAndPaths(report))
          .containsExactly("SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/5/date");
      assertThat(report.findings().get(0).message()).contains("/practitioner/licenses/0");
    }

    @Test
    void acceptsARenewedLicence() {
      Practitioner lapsed = withLicenseEnding(LocalDate.of(2026, 4, 20));
      License renewal =
          lapsed
              .licenses()
              .get(0)
              .withNumber("071-009877")
              .withValidity(DateRange.parse("2026-04-21/2029-04-20"));
      TherapyCase c =
          GOLDEN.withPractitioner(lapsed.withLicenses(lapsed.licenses().get(0), renewal));
      assertThat(codesAndPaths(c)).isEmpty();
    }

    @Test
    void reportsASessionAfterTheCertificationLapsed() {
      Practitioner p = GoldenCase.therapist();
      Certification cst = p.certifications().get(0);
      TherapyCase c =
          GOLDEN.withPractitioner(
              p.withCertifications(cst.withValidity(DateRange.parse("2024-02-01/2026-04-20"))));
      // the licence is still in force, so the therapist is assessed on the evidence; the session
      // is reported once, for the lapsed certificate, and not again for its scope
      assertThat(codesAndPaths(c))
          .containsExactly("SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/5/date");
    }

    @Test
    void reportsEverySessionWhenNothingIsInForce() {
      Practitioner p = GoldenCase.therapist();
      TherapyCase c =
          GOLDEN.withPractitioner(
              p.withCertifications(
                      p.certifications().get(0).withStatus(CertificationStatus.SUSPENDED))
                  .withLicenses(
                      p.licenses().get(0).withValidity(DateRange.parse("2010-01-01/2020-12-31"))));
      CaseReport report = RULES.validate(c);
      assertThat(codesAndPaths(report))
          .containsExactly(
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/0/date",
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/1/date",
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/2/date",
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/3/date",
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/4/date",
              "SESSION_OUTSIDE_CREDENTIAL_VALIDITY /sessions/5/date");
      assertThat(report.findings().get(0).message()).contains("no licence or certification");
    }
  }

  @Nested
  class ReferralRule {
    private final Referral referral = G.referral();

    @Test
    void reportsASessionBeforeTheReferral() {
      TherapyCase c = GOLDEN.withReferral(referral.withAuthoredOn(LocalDate.of(2026, 2, 20)));
      assertThat(codesAndPaths(c)).containsExactly("SESSION_WITHOUT_REFERRAL /sessions/0/date");
    }

    @Test
    void reportsSessionsAfterARevocation() {
      TherapyCase c =
          GOLDEN.withReferral(
              referral.withStatus(ReferralStatus.REVOKED).withStatusDate(LocalDate.of(2026, 4, 1)));
      assertThat(codesAndPaths(c))
          .containsExactly(
              "SESSION_WITHOUT_REFERRAL /sessions/4/date",
              "SESSION_WITHOUT_REFERRAL /sessions/5/date");
    }

    @Test
    void reportsEverySessionWithoutAReferralWhenOneIsRequired() {
      TherapyCase c = GOLDEN.withReferral(java.util.Optional.empty());
      assertThat(codesAndPaths(c))
          .hasSize(6)
          .allMatch(s -> s.startsWith("SESSION_WITHOUT_REFERRAL /sessions/"));
    }

    @Test
    void needsNoReferralWhenTheRulesSaySo() {
      TherapyCase c = GOLDEN.withReferral(java.util.Optional.empty());
      CaseRules noReferral = CaseRules.builder().referralRequired(false).build();
      assertThat(noReferral.referralRequired()).isFalse();
      assertThat(codesAndPaths(noReferral.validate(c))).isEmpty();
    }
  }

  @Nested
  class ConsentRule {
    @Test
    void reportsAPartnerAttendingAfterWithdrawingConsent() {
      TherapyCase c =
          GOLDEN.withConsents(
              GoldenCase.consentA(),
              GoldenCase.consentB().withWithdrawnOn(LocalDate.of(2026, 4, 20)));
      assertThat(codesAndPaths(c))
          .containsExactly("SESSION_WITHOUT_CONSENT /sessions/5/attendees/1");
    }

    @Test
    void reportsAPartnerWhoConsentedLate() {
      TherapyCase c = GOLDEN.withConsents(GoldenCase.consentA(), TreatmentConsent.of(B, S2));
      assertThat(codesAndPaths(c))
          .containsExactly("SESSION_WITHOUT_CONSENT /sessions/0/attendees/1");
    }

    @Test
    void oneErrorPerAttendeeWithoutConsent() {
      TherapyCase c = GOLDEN.withConsents(ImmutableList.of());
      assertThat(codesAndPaths(c)).hasSize(12);
    }

    @Test
    void aPartnerWhoDoesNotAttendNeedsNoConsentForThatSession() {
      TherapyCase c =
          withSession(5, GOLDEN.sessions().get(5).withAttendees(A))
              .withConsents(
                  GoldenCase.consentA(),
                  GoldenCase.consentB().withWithdrawnOn(LocalDate.of(2026, 4, 20)));
      assertThat(codesAndPaths(c)).isEmpty();
    }
  }

  @Nested
  class IntakeRule {
    @Test
    void reportsAnIntakeCompletedAfterTheFirstSession() {
      TherapyCase c = GOLDEN.withIntakes(G.intakeA(), G.intakeB().withCompletedOn(S2));
      assertThat(codesAndPaths(c)).containsExactly("INTAKE_INCOMPLETE /intakes/1/completedOn");
      assertThat(RULES.validate(c).findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void reportsAnIntakeStillInProgress() {
      IntakeForm inProgress =
          IntakeForm.builder().client(B).status(IntakeStatus.IN_PROGRESS).build();
      TherapyCase c = GOLDEN.withIntakes(G.intakeA(), inProgress);
      assertThat(codesAndPaths(c)).containsExactly("INTAKE_INCOMPLETE /intakes/1/status");
    }

    @Test
    void reportsAMissingIntake() {
      TherapyCase c = GOLDEN.withIntakes(G.intakeA());
      assertThat(codesAndPaths(c)).containsExactly("INTAKE_MISSING /unit/clients/1");
    }

    @Test
    void asksNothingBeforeTheFirstSession() {
      TherapyCase c =
          TherapyCase.builder()
              .from(GOLDEN)
              .sessions(ImmutableList.of())
              .homework(ImmutableList.of())
              .intakes(ImmutableList.of())
              .build();
      assertThat(codesAndPaths(c)).isEmpty();
    }
  }

  @Nested
  class PlanRule {
    private final Session seventh =
        GoldenCase.session(7, LocalDate.of(2026, 5, 11), SessionKind.TREATMENT)
            .addAddressedGoal(INTIMACY)
            .build();

    @Test
    void reportsASessionBeyondThePlannedCount() {
      TherapyCase c = GOLDEN.withSessions(append(GOLDEN.sessions(), seventh));
      assertThat(codesAndPaths(c)).containsExactly("SESSION_BEYOND_PLAN /sessions/6/number");
    }

    @Test
    void acceptsMoreSessionsAfterARevision() {
      TreatmentPlan plan = GoldenCase.plan();
      TreatmentPlan revised =
          plan.withRevision(
              plan.nextVersion()
                  .effectiveFrom(S6)
                  .plannedSessions(8)
                  .revisionReason(RevisionReason.MORE_SESSIONS_NEEDED)
                  .build());
      TherapyCase c = GOLDEN.withSessions(append(GOLDEN.sessions(), seventh)).withPlan(revised);
      assertThat(codesAndPaths(c)).isEmpty();
    }

    @Test
    void aRevisionTakesEffectOnlyFromItsDate() {
      TreatmentPlan plan = GoldenCase.plan();
      TreatmentPlan revisedLate =
          plan.withRevision(
              plan.nextVersion()
                  .effectiveFrom(LocalDate.of(2026, 5, 12))
                  .plannedSessions(8)
                  .revisionReason(RevisionReason.MORE_SESSIONS_NEEDED)
                  .build());
      TherapyCase c = GOLDEN.withSessions(append(GOLDEN.sessions(), seventh)).withPlan(revisedLate);
      assertThat(codesAndPaths(c)).containsExactly("SESSION_BEYOND_PLAN /sessions/6/number");
    }

    @Test
    void reportsTreatmentSessionsWithoutAPlanInEffect() {
      TherapyCase c = GOLDEN.withPlan(java.util.Optional.empty());
      assertThat(codesAndPaths(c))
          .containsExactly(
              "SESSION_BEYOND_PLAN /sessions/1/number",
              "SESSION_BEYOND_PLAN /sessions/2/number",
              "SESSION_BEYOND_PLAN /sessions/3/number",
              "SESSION_BEYOND_PLAN /sessions/4/number",
              "SESSION_BEYOND_PLAN /sessions/5/number");
    }

    @Test
    void aRevokedPlanSetsNoCourse() {
      TreatmentPlan plan = GoldenCase.plan();
      TreatmentPlan revoked =
          plan.withRevision(
              plan.nextVersion()
                  .effectiveFrom(S6)
                  .status(PlanStatus.REVOKED)
                  .revisionReason(RevisionReason.STATUS_CHANGE)
                  .build());
      assertThat(codesAndPaths(GOLDEN.withPlan(revoked)))
          .containsExactly("SESSION_BEYOND_PLAN /sessions/5/number");
    }
  }

  @Nested
  class ScopeRule {
    @Test
    void reportsACounsellorWorkingOnASexualDysfunction() {
      // without the logged disclosure, whose releases name the golden practice as discloser
      TherapyCase c =
          GOLDEN.withPractitioner(GoldenCase.counsellor()).withDisclosures(ImmutableList.of());
      CaseReport report = RULES.validate(c);
      assertThat(codesAndPaths(report))
          .containsExactly(
              "GOAL_OUTSIDE_SCOPE /sessions/1/addressedGoals/2",
              "GOAL_OUTSIDE_SCOPE /sessions/2/addressedGoals/1",
              "GOAL_OUTSIDE_SCOPE /sessions/3/addressedGoals/2",
              "GOAL_OUTSIDE_SCOPE /sessions/4/addressedGoals/1",
              "GOAL_OUTSIDE_SCOPE /sessions/5/addressedGoals/2");
      Finding f = report.findings().get(0);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).doesNotContain("sexual-dysfunctions").contains("sex-counsellor");
    }

    @Test
    void usesTheQualificationPolicyOfTheRules() {
      QualificationPolicy nothingRecognised =
          StandardQualificationPolicy.builder()
              .from(QualificationPolicy.standard())
              .id("no-recognitions")
              .recognitions(ImmutableList.of())
              .build();
      CaseRules rules = CaseRules.builder().qualificationPolicy(nothingRecognised).build();
      CaseReport report = rules.validate(GOLDEN);
      assertThat(report.qualificationPolicyId()).isEqualTo("no-recognitions");
      // not qualified: every goal addressed in every session is outside scope
      assertThat(report.findings(FindingCode.GOAL_OUTSIDE_SCOPE)).hasSize(15);
      assertThat(report.findings()).hasSize(15);
    }
  }

  @Nested
  class HomeworkRule {
    @Test
    void reportsHomeworkForAPartnerWhoWasNotThere() {
      TherapyCase c = withSession(2, GOLDEN.sessions().get(2).withAttendees(A));
      assertThat(codesAndPaths(c))
          .containsExactly("HOMEWORK_ASSIGNEE_ABSENT /homework/1/assignees/1");
      assertThat(RULES.validate(c).findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }
  }

  @Nested
  class DisclosureRule {
    @Test
    void reportsADisclosureAfterTheSubjectRevoked() {
      TherapyCase c =
          GOLDEN.withAuthorizations(
              G.releaseA(), G.releaseB().withRevokedOn(LocalDate.of(2026, 3, 20)));
      assertThat(codesAndPaths(c))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "AUTHORIZATION_REVOKED /authorizations/1/revokedOn");
      assertThat(RULES.validate(c).findings().get(1).relatedPath()).contains("/disclosures/0");
    }

    @Test
    void aRevocationIsNotRetroactive() {
      TherapyCase c =
          GOLDEN.withAuthorizations(
              G.releaseA(), G.releaseB().withRevokedOn(DISCLOSED.plusDays(1)));
      assertThat(codesAndPaths(c)).isEmpty();
    }

    @Test
    void aRevocationTakesEffectOnItsDate() {
      TherapyCase c =
          GOLDEN.withAuthorizations(G.releaseA(), G.releaseB().withRevokedOn(DISCLOSED));
      assertThat(codesAndPaths(c))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "AUTHORIZATION_REVOKED /authorizations/1/revokedOn");
    }

    @Test
    void reportsADisclosureAfterExpiry() {
      ReleaseAuthorization expired = G.releaseB().withExpiresOn(DISCLOSED.minusDays(1));
      assertThat(codesAndPaths(GOLDEN.withAuthorizations(G.releaseA(), expired)))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "AUTHORIZATION_EXPIRED /authorizations/1/expiresOn");
      ReleaseAuthorization lastDay = G.releaseB().withExpiresOn(DISCLOSED);
      assertThat(codesAndPaths(GOLDEN.withAuthorizations(G.releaseA(), lastDay))).isEmpty();
    }

    @Test
    void reportsADisclosureAfterTheExpiryEvent() {
      ReleaseAuthorization ended =
          G.releaseA()
              .withExpiryEvent(ExpiryEvent.END_OF_FERTILITY_TREATMENT)
              .withExpiryEventOccurredOn(LocalDate.of(2026, 3, 25));
      assertThat(codesAndPaths(GOLDEN.withAuthorizations(ended, G.releaseB())))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "AUTHORIZATION_EXPIRED /authorizations/0/expiryEventOccurredOn");
    }

    @Test
    void onePartnersAuthorisationNeverReleasesTheOthersInformation() {
      // the case holds only partner A's release; the disclosure of both partners' goals is not
      // covered for B, and B's shared goals make A's share B's information too
      Disclosure underAOnly = G.disclosure().withAuthorizations(GoldenCase.RELEASE_A);
      TherapyCase c = GOLDEN.withDisclosures(underAOnly).withAuthorizations(G.releaseA());
      assertThat(codesAndPaths(c))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "PARTNER_NOT_AUTHORIZED /disclosures/0/subjects/1");
    }

    @Test
    void reportsACategoryNoAuthorisationCovers() {
      Disclosure more =
          G.disclosure()
              .withCategories(
                  InformationCategory.GOALS_AND_PROGRESS, InformationCategory.SEXUAL_HISTORY);
      // enum sets iterate (and are written) in declaration order: sexual-history comes first
      assertThat(more.categories())
          .containsExactly(
              InformationCategory.SEXUAL_HISTORY, InformationCategory.GOALS_AND_PROGRESS);
      assertThat(codesAndPaths(GOLDEN.withDisclosures(more)))
          .containsExactly(
              "DISCLOSURE_BEYOND_AUTHORIZATION /disclosures/0/categories/0",
              "CATEGORY_NOT_COVERED /disclosures/0/categories/0",
              "CATEGORY_NOT_COVERED /disclosures/0/categories/0");
      // one finding per subject, the subject as related path, not inside the message
      assertThat(RULES.validate(GOLDEN.withDisclosures(more)).findings())
          .extracting(f -> f.relatedPath().orElse(""))
          .containsExactly("", "/disclosures/0/subjects/0", "/disclosures/0/subjects/1");
    }

    @Test
    void reportsARecipientNoAuthorisationNames() {
      Party gp =
          Party.builder().role(PartyRole.GENERAL_PRACTITIONER).name("Dr. Lee Sample").build();
      assertThat(codesAndPaths(GOLDEN.withDisclosures(G.disclosure().withRecipient(gp))))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "RECIPIENT_NOT_COVERED /disclosures/0/recipient",
              "RECIPIENT_NOT_COVERED /disclosures/0/recipient");
    }

    @Test
    void reportsAPurposeNoAuthorisationLists() {
      Disclosure forPayment = G.disclosure().withPurpose(DisclosurePurpose.PAYMENT);
      assertThat(codesAndPaths(GOLDEN.withDisclosures(forPayment)))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "PURPOSE_NOT_COVERED /disclosures/0/purpose",
              "PURPOSE_NOT_COVERED /disclosures/0/purpose");
    }

    @Test
    void psychotherapyNotesNeedTheirOwnAuthorisation() {
      Disclosure notes = G.disclosure().withCategories(InformationCategory.PSYCHOTHERAPY_NOTES);
      assertThat(codesAndPaths(GOLDEN.withDisclosures(notes)))
          .containsExactly(
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0",
              "PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION /disclosures/0/categories/0",
              "PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION /disclosures/0/categories/0");

      AuthorizationId notesA = AuthorizationId.of("roi-a-notes");
      AuthorizationId notesB = AuthorizationId.of("roi-b-notes");
      TherapyCase c =
          GOLDEN
              .withAuthorizations(
                  G.releaseA(),
                  G.releaseB(),
                  G.release(notesA, A).withCategories(InformationCategory.PSYCHOTHERAPY_NOTES),
                  G.release(notesB, B).withCategories(InformationCategory.PSYCHOTHERAPY_NOTES))
              .withDisclosures(notes.withAuthorizations(notesA, notesB));
      assertThat(codesAndPaths(c)).isEmpty();
    }

    @Test
    void anAuthorisationNamingTheClinicCoversItsSpecialists() {
      Party named =
          Party.builder()
              .role(PartyRole.FERTILITY_SPECIALIST)
              .practitioner(PractitionerId.of("p-fert-2"))
              .organization(GoldenCase.CLINIC)
              .build();
      assertThat(codesAndPaths(GOLDEN.withDisclosures(G.disclosure().withRecipient(named))))
          .isEmpty();
    }
  }

  @Nested
  class DefectiveAuthorisation {
    @Test
    void reportsAMissingStatementAndTheDisclosureItCannotCover() {
      TherapyCase c =
          GOLDEN.withAuthorizations(G.releaseA(), G.releaseB().withRedisclosureStatement(false));
      assertThat(codesAndPaths(c))
          .containsExactly(
              "AUTHORIZATION_DEFECTIVE /authorizations/1/redisclosureStatement",
              "DISCLOSURE_WITHOUT_AUTHORIZATION /disclosures/0");
    }

    @Test
    void reportsEachMissingStatement() {
      ReleaseAuthorization bare =
          G.releaseB()
              .withRevocationStatement(false)
              .withConditioningStatement(false)
              .withRedisclosureStatement(false);
      TherapyCase c =
          GOLDEN.withAuthorizations(G.releaseA(), bare).withDisclosures(ImmutableList.of());
      assertThat(codesAndPaths(c))
          .containsExactly(
              "AUTHORIZATION_DEFECTIVE /authorizations/1/revocationStatement",
              "AUTHORIZATION_DEFECTIVE /authorizations/1/conditioningStatement",
              "AUTHORIZATION_DEFECTIVE /authorizations/1/redisclosureStatement");
    }
  }

  @Test
  void sortsFindingsBySeverityAndIsDeterministic() {
    TherapyCase c =
        GOLDEN
            .withIntakes(G.intakeA())
            .withConsents(GoldenCase.consentA())
            .withSessions(
                append(
                    GOLDEN.sessions(),
                    GoldenCase.session(7, S6.plusDays(14), SessionKind.TREATMENT).build()));
    CaseReport report = RULES.validate(c);
    assertThat(report.findings())
        .extracting(Finding::severity)
        .isSortedAccordingTo(Enum::compareTo);
    assertThat(report.findings(FindingCode.SESSION_WITHOUT_CONSENT)).hasSize(7);
    assertThat(report.findings(FindingCode.INTAKE_MISSING)).hasSize(1);
    assertThat(report.findings(FindingCode.SESSION_BEYOND_PLAN)).hasSize(1);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isClean()).isFalse();
    assertThat(RULES.validate(c)).isEqualTo(report);
  }

  @Test
  void rulesAreValuesWithDefaults() {
    assertThat(CaseRules.standard().referralRequired()).isTrue();
    assertThat(CaseRules.standard().qualificationPolicy().id())
        .isEqualTo(QualificationPolicy.standard().id());
    assertThat(CaseRules.standard()).isEqualTo(CaseRules.builder().build());
  }

  @Test
  void aCaseWithNoSessionsHasNothingToReport() {
    TherapyCase c =
        TherapyCase.builder()
            .id(GoldenCase.ID)
            .practitioner(GoldenCase.therapist())
            .unit(G.unit())
            .build();
    assertThat(codesAndPaths(c)).isEmpty();
  }

  @Test
  void aPlanVersionOnHoldStillCounts() {
    TreatmentPlan onHold =
        TreatmentPlan.of(
            PlanVersion.builder()
                .from(GoldenCase.plan().current())
                .status(PlanStatus.ON_HOLD)
                .build());
    assertThat(codesAndPaths(GOLDEN.withPlan(onHold))).isEmpty();
  }
}

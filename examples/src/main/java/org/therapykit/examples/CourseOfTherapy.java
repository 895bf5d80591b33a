package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.Signature;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistoryItem;
import org.therapykit.intake.HistorySection;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalAchievementStatus;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.GoalTarget;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.ProgressNote;
import org.therapykit.plan.PsychotherapyNote;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.SexualDysfunction;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.FindingCode;

/**
 * The walk-through of docs/course-of-therapy.md: a couple in fertility treatment, referred by their
 * fertility specialist, six planned sessions, intake, consents, a release to the specialist, three
 * goals of which one is revised, and homework across sessions. Every name and every line of text is
 * fictional.
 *
 * <p>The code between the {@code snippet} markers is copied verbatim into
 * docs/course-of-therapy.md; a test checks that the two agree and runs this program.
 */
public final class CourseOfTherapy {
  private CourseOfTherapy() {}

  /**
   * Builds the case, validates it, and prints the findings of the case and of one variant.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static Practitioner therapist() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0007"))
        .displayName("Dr. Amara Osei")
        .addLicense(
            License.builder()
                .profession(Profession.PSYCHOLOGIST)
                .jurisdiction(Jurisdiction.parse("US-IL"))
                .number("071-009876")
                .validity(DateRange.parse("2019-08-01/2027-07-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CST)
                .number("CST-20417")
                .validity(DateRange.parse("2024-02-01/2027-01-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .build();
  }

  static TherapyCase goldenCase() {
    Practitioner therapist = therapist();

    // snippet: course-referral
    ClientId alex = ClientId.of("client-a");
    ClientId sam = ClientId.of("client-b");
    OrganizationId clinic = OrganizationId.of("org-fertility-01");
    TreatedUnit couple =
        TreatedUnit.couple(
                Client.builder().id(alex).displayName("Alex Example").build(),
                Client.builder().id(sam).displayName("Sam Example").build())
            .withFertilityContext(
                FertilityContext.builder()
                    .stage(FertilityStage.IN_TREATMENT)
                    .clinic(clinic)
                    .build());

    Party specialist =
        Party.builder()
            .role(PartyRole.FERTILITY_SPECIALIST)
            .name("Dr. Rowan Placeholder")
            .organization(clinic)
            .build();
    Party practice =
        Party.builder()
            .role(PartyRole.THERAPIST)
            .name("Dr. Amara Osei")
            .practitioner(therapist.id())
            .build();
    Referral referral =
        Referral.builder()
            .id(ReferralId.of("ref-0001"))
            .referrer(specialist)
            .recipient(practice)
            .authoredOn(LocalDate.parse("2026-02-02"))
            .reason(ReferralReason.FERTILITY_RELATED)
            .status(ReferralStatus.ACTIVE)
            .build();
    // end snippet

    LocalDate s1 = LocalDate.parse("2026-02-16");
    LocalDate s2 = LocalDate.parse("2026-03-02");
    LocalDate s3 = LocalDate.parse("2026-03-16");
    LocalDate s4 = LocalDate.parse("2026-03-30");
    LocalDate s5 = LocalDate.parse("2026-04-13");
    LocalDate s6 = LocalDate.parse("2026-04-27");

    // snippet: course-intake
    IntakeForm intakeAlex =
        IntakeForm.builder()
            .client(alex)
            .status(IntakeStatus.COMPLETED)
            .completedOn(s1)
            .physicalHistory(
                HistorySection.builder()
                    .addItem(HistoryItem.of(HistoryTopic.FERTILITY_TREATMENT, Answer.YES))
                    .notes("second IVF cycle planned for the spring")
                    .build())
            .mentalHealthHistory(
                HistorySection.builder()
                    .addItem(HistoryItem.of(HistoryTopic.PRIOR_THERAPY, Answer.NO))
                    .build())
            .sexualHistory(
                HistorySection.builder()
                    .addItem(HistoryItem.of(HistoryTopic.TIMED_INTERCOURSE_PRESSURE, Answer.YES))
                    .addItem(HistoryItem.of(HistoryTopic.AROUSAL_CONCERN, Answer.YES))
                    .build())
            .addReason(ReasonForAttending.FERTILITY_STRESS)
            .addTopic("pressure on ovulation days")
            .build();
    IntakeForm intakeSam =
        IntakeForm.builder()
            .client(sam)
            .status(IntakeStatus.COMPLETED)
            .completedOn(s1)
            .sexualHistory(
                HistorySection.builder()
                    .addItem(HistoryItem.of(HistoryTopic.DESIRE_CONCERN, Answer.YES))
                    .build())
            .addReason(ReasonForAttending.LOSS_OF_INTIMACY)
            .addTopic("intimacy without a goal")
            .build();

    // each partner consents, and authorises the release of their own information
    TreatmentConsent consentAlex = TreatmentConsent.of(alex, s1);
    TreatmentConsent consentSam = TreatmentConsent.of(sam, s1);
    ReleaseAuthorization releaseAlex =
        ReleaseAuthorization.builder()
            .id(AuthorizationId.of("roi-a"))
            .subject(alex)
            .discloser(practice)
            .addRecipient(
                Party.builder().role(PartyRole.FERTILITY_SPECIALIST).organization(clinic).build())
            .addCategory(InformationCategory.GOALS_AND_PROGRESS)
            .addPurpose(DisclosurePurpose.CARE_COORDINATION)
            .expiresOn(LocalDate.parse("2027-02-15"))
            .expiryEvent(ExpiryEvent.END_OF_FERTILITY_TREATMENT)
            .signature(Signature.bySubject(s1))
            .revocationStatement(true)
            .conditioningStatement(true)
            .redisclosureStatement(true)
            .build();
    ReleaseAuthorization releaseSam =
        releaseAlex.withId(AuthorizationId.of("roi-b")).withSubject(sam);
    // end snippet

    // snippet: course-plan
    TreatmentPlan plan =
        TreatmentPlan.of(
            PlanVersion.builder()
                .number(1)
                .effectiveFrom(s1)
                .plannedSessions(6)
                .addReviewSession(4)
                .status(PlanStatus.ACTIVE)
                .build());

    GoalId communication = GoalId.of("goal-1");
    GoalId intimacy = GoalId.of("goal-2");
    GoalId erections = GoalId.of("goal-3");
    Goal talk =
        Goal.builder()
            .id(communication)
            .category(GoalCategory.COMMUNICATION)
            .addOwner(alex)
            .addOwner(sam)
            .addRevision(
                GoalRevision.builder()
                    .date(s1)
                    .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                    .description("talk about sex outside the fertile window without blame")
                    .build())
            .build();
    GoalRevision firstIntimacy =
        GoalRevision.builder()
            .date(s1)
            .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
            .achievementStatus(GoalAchievementStatus.IN_PROGRESS)
            .description("intimacy that is not timed to ovulation")
            .target(GoalTarget.builder().measure("intimate evenings per week").detail("1").build())
            .build();
    Goal closeness =
        Goal.builder()
            .id(intimacy)
            .category(GoalCategory.SEXUAL_INTIMACY)
            .addOwner(alex)
            .addOwner(sam)
            .addRevision(firstIntimacy)
            .build()
            // revised at the review session: never edited, a revision is added
            .withRevision(
                GoalRevision.builder()
                    .from(firstIntimacy)
                    .date(s4)
                    .achievementStatus(GoalAchievementStatus.IMPROVING)
                    .target(
                        GoalTarget.builder()
                            .measure("intimate evenings per week")
                            .detail("2")
                            .build())
                    .build());
    Goal erectile =
        Goal.builder()
            .id(erections)
            .category(GoalCategory.SEXUAL_DYSFUNCTION)
            .dysfunction(SexualDysfunction.ERECTILE_DISORDER)
            .addOwner(alex)
            .addRevision(
                GoalRevision.builder()
                    .date(s2)
                    .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                    .description("erections on scheduled days as on other days")
                    .build())
            .build();
    // end snippet

    // snippet: course-sessions
    Session intake =
        Session.builder()
            .number(1)
            .date(s1)
            .kind(SessionKind.INTAKE)
            .addAttendee(alex)
            .addAttendee(sam)
            .addAddressedGoal(communication)
            .addAddressedGoal(intimacy)
            .progressNote(ProgressNote.of("intake; histories taken; goals 1 and 2 agreed"))
            .build();
    Session treatment =
        Session.builder()
            .from(intake)
            .number(2)
            .date(s2)
            .kind(SessionKind.TREATMENT)
            .addAddressedGoal(erections)
            .progressNote(ProgressNote.of("sensate focus introduced"))
            .build();
    Session third =
        treatment
            .withNumber(3)
            .withDate(s3)
            .withAddressedGoals(intimacy, erections)
            .withProgressNote(ProgressNote.of("less pressure reported"))
            // kept apart from the record; released only under its own authorisation
            .withPsychotherapyNote(PsychotherapyNote.of("performance anxiety and the calendar"));
    Session review =
        treatment
            .withNumber(4)
            .withDate(s4)
            .withKind(SessionKind.REVIEW)
            .withProgressNote(ProgressNote.of("review: intimacy target raised"));
    Session fifth =
        third
            .withNumber(5)
            .withDate(s5)
            .withProgressNote(ProgressNote.of("second sensate-focus stage"))
            .withPsychotherapyNote(Optional.empty());
    Session closing =
        treatment
            .withNumber(6)
            .withDate(s6)
            .withKind(SessionKind.CLOSING)
            .withProgressNote(ProgressNote.of("closing; gains maintained"));

    HomeworkAssignment sensateFocus =
        HomeworkAssignment.builder()
            .id(HomeworkId.of("hw-1"))
            .kind(HomeworkKind.SENSATE_FOCUS)
            .description("non-genital touch, stage 1")
            .addAssignee(alex)
            .addAssignee(sam)
            .assignedInSession(2)
            .due(s3)
            .outcome(
                HomeworkOutcome.builder()
                    .reviewedInSession(3)
                    .status(HomeworkStatus.COMPLETED)
                    .build())
            .build();
    HomeworkAssignment checkIns =
        sensateFocus
            .withId(HomeworkId.of("hw-2"))
            .withKind(HomeworkKind.COMMUNICATION_EXERCISE)
            .withDescription("ten-minute check-ins")
            .withOutcome(
                HomeworkOutcome.builder()
                    .reviewedInSession(4)
                    .status(HomeworkStatus.PARTLY_COMPLETED)
                    .build())
            .withAssignedInSession(3)
            .withDue(s4);
    HomeworkAssignment forAlex =
        HomeworkAssignment.builder()
            .id(HomeworkId.of("hw-3"))
            .kind(HomeworkKind.SELF_EXPLORATION)
            .description("arousal awareness exercise")
            .addAssignee(alex)
            .assignedInSession(4)
            .due(s5)
            .outcome(
                HomeworkOutcome.builder()
                    .reviewedInSession(5)
                    .status(HomeworkStatus.COMPLETED)
                    .build())
            .build();
    HomeworkAssignment stageTwo =
        sensateFocus
            .withId(HomeworkId.of("hw-4"))
            .withDescription("sensate focus, stage 2")
            .withOutcome(
                HomeworkOutcome.builder()
                    .reviewedInSession(6)
                    .status(HomeworkStatus.COMPLETED)
                    .build())
            .withAssignedInSession(5)
            .withDue(s6);

    // what was sent to the fertility specialist, under whose authorisation
    Disclosure progressReport =
        Disclosure.builder()
            .date(LocalDate.parse("2026-03-31"))
            .recipient(specialist)
            .addCategory(InformationCategory.GOALS_AND_PROGRESS)
            .addSubject(alex)
            .addSubject(sam)
            .purpose(DisclosurePurpose.CARE_COORDINATION)
            .addAuthorization(releaseAlex.id())
            .addAuthorization(releaseSam.id())
            .build();
    // end snippet

    // snippet: course-case
    return TherapyCase.builder()
        .id(CaseId.of("case-0001"))
        .practitioner(therapist)
        .unit(couple)
        .referral(referral)
        .addIntakes(intakeAlex, intakeSam)
        .addConsents(consentAlex, consentSam)
        .addAuthorizations(releaseAlex, releaseSam)
        .addDisclosure(progressReport)
        .plan(plan)
        .addGoals(talk, closeness, erectile)
        .addSessions(intake, treatment, third, review, fifth, closing)
        .addHomework(sensateFocus, checkIns, forAlex, stageTwo)
        .build();
    // end snippet
  }

  static CaseReport run(PrintStream out) {
    TherapyCase therapyCase = goldenCase();
    // snippet: course-validate
    CaseReport report = CaseRules.standard().validate(therapyCase);
    out.println(report.isClean()); // true: no error, no warning

    // Sam withdraws consent before the closing session but attends it anyway
    TherapyCase withdrawn =
        therapyCase.withConsents(
            therapyCase.consents().get(0),
            therapyCase.consents().get(1).withWithdrawnOn(LocalDate.parse("2026-04-20")));
    CaseRules.standard()
        .validate(withdrawn)
        .findings()
        .forEach(out::println); // SESSION_WITHOUT_CONSENT at /sessions/5/attendees/1 (error): ...

    // a sex counsellor may not work on a sexual dysfunction
    CaseRules.standard()
        .validate(therapyCase.withPractitioner(counsellor()))
        .findings(FindingCode.GOAL_OUTSIDE_SCOPE)
        .forEach(out::println); // GOAL_OUTSIDE_SCOPE at /sessions/1/addressedGoals/2 (error): ...
    // end snippet
    return report;
  }

  static Practitioner counsellor() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0099"))
        .displayName("Jordan Counsellor")
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CSC)
                .number("CSC-3301")
                .validity(DateRange.parse("2025-01-01/2027-12-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .build();
  }
}

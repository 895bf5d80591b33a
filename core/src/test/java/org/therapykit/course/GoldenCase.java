package org.therapykit.course;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

/**
 * The golden case of issue #4, all names and text fictional: a couple in fertility treatment,
 * referred by their fertility specialist to a certified sex therapist; six planned sessions; intake
 * and consent by each partner at the first session; a release of goals and progress to the
 * specialist, signed by each partner; three goals, one revised at the review session; homework
 * across sessions. It validates clean; each rule test changes one thing.
 *
 * <p>{@link #marked()} builds the same case with every free-text field starting with {@link
 * #MARKER}, for the redaction tests.
 */
public final class GoldenCase {
  public static final String MARKER = "MARKER-SECRET";

  static final CaseId ID = CaseId.of("case-0001");
  static final ClientId A = ClientId.of("client-a");
  static final ClientId B = ClientId.of("client-b");
  static final GoalId COMMUNICATION = GoalId.of("goal-1");
  static final GoalId INTIMACY = GoalId.of("goal-2");
  static final GoalId ERECTILE = GoalId.of("goal-3");
  static final AuthorizationId RELEASE_A = AuthorizationId.of("roi-a");
  static final AuthorizationId RELEASE_B = AuthorizationId.of("roi-b");
  static final OrganizationId CLINIC = OrganizationId.of("org-fertility-01");
  static final PractitionerId THERAPIST = PractitionerId.of("p-0007");

  static final LocalDate REFERRED = LocalDate.of(2026, 2, 2);
  static final LocalDate S1 = LocalDate.of(2026, 2, 16);
  static final LocalDate S2 = LocalDate.of(2026, 3, 2);
  static final LocalDate S3 = LocalDate.of(2026, 3, 16);
  static final LocalDate S4 = LocalDate.of(2026, 3, 30);
  static final LocalDate S5 = LocalDate.of(2026, 4, 13);
  static final LocalDate S6 = LocalDate.of(2026, 4, 27);
  static final LocalDate DISCLOSED = LocalDate.of(2026, 3, 31);

  private final UnaryOperator<String> text;

  private GoldenCase(UnaryOperator<String> text) {
    this.text = text;
  }

  /** The golden case with plain text. */
  static GoldenCase plain() {
    return new GoldenCase(UnaryOperator.identity());
  }

  /** The golden case with {@link #MARKER} at the start of every free-text field. */
  public static GoldenCase marked() {
    return new GoldenCase(s -> MARKER + " " + s);
  }

  /** The golden case, built. */
  public static TherapyCase build() {
    return plain().therapyCase();
  }

  private String t(String s) {
    return text.apply(s);
  }

  // ---- people and parties ------------------------------------------------------------------

  static Practitioner therapist() {
    return Practitioner.builder()
        .id(THERAPIST)
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

  /** An AASECT-certified sexuality counsellor: may not work on sexual dysfunctions. */
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

  Party fertilitySpecialist() {
    return Party.builder()
        .role(PartyRole.FERTILITY_SPECIALIST)
        .name(t("Dr. Rowan Placeholder"))
        .organization(CLINIC)
        .build();
  }

  Party practice() {
    return Party.builder()
        .role(PartyRole.THERAPIST)
        .name(t("Dr. Amara Osei"))
        .practitioner(THERAPIST)
        .build();
  }

  TreatedUnit unit() {
    return TreatedUnit.builder()
        .kind(org.therapykit.client.UnitKind.COUPLE)
        .addClient(Client.builder().id(A).displayName(t("Alex Example")).build())
        .addClient(Client.builder().id(B).displayName(t("Sam Example")).build())
        .fertilityContext(
            FertilityContext.builder().stage(FertilityStage.IN_TREATMENT).clinic(CLINIC).build())
        .build();
  }

  Referral referral() {
    return Referral.builder()
        .id(ReferralId.of("ref-0001"))
        .referrer(fertilitySpecialist())
        .recipient(practice())
        .authoredOn(REFERRED)
        .reason(ReferralReason.FERTILITY_RELATED)
        .status(ReferralStatus.ACTIVE)
        .build();
  }

  // ---- intake, consent, release ------------------------------------------------------------

  IntakeForm intakeA() {
    return IntakeForm.builder()
        .client(A)
        .status(IntakeStatus.COMPLETED)
        .completedOn(S1)
        .physicalHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.FERTILITY_TREATMENT, Answer.YES))
                .addItem(
                    HistoryItem.builder()
                        .topic(HistoryTopic.CURRENT_MEDICATION)
                        .answer(Answer.NO)
                        .note(t("none at present"))
                        .build())
                .notes(t("second IVF cycle planned for the spring"))
                .build())
        .mentalHealthHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.PRIOR_THERAPY, Answer.NO))
                .addItem(HistoryItem.of(HistoryTopic.ANXIETY, Answer.YES))
                .build())
        .sexualHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.TIMED_INTERCOURSE_PRESSURE, Answer.YES))
                .addItem(HistoryItem.of(HistoryTopic.AROUSAL_CONCERN, Answer.YES))
                .notes(t("erections fail on scheduled days only"))
                .build())
        .addReason(ReasonForAttending.FERTILITY_STRESS)
        .addReason(ReasonForAttending.AROUSAL_DIFFICULTY)
        .reasonsText(t("sex has become a chore since treatment started"))
        .addTopic(t("pressure on ovulation days"))
        .addTopic(t("talking without blame"))
        .build();
  }

  IntakeForm intakeB() {
    return IntakeForm.builder()
        .client(B)
        .status(IntakeStatus.COMPLETED)
        .completedOn(S1)
        .physicalHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.FERTILITY_TREATMENT, Answer.YES))
                .addItem(HistoryItem.of(HistoryTopic.PREGNANCY_HISTORY, Answer.DECLINED))
                .build())
        .mentalHealthHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.LOW_MOOD, Answer.UNSURE))
                .build())
        .sexualHistory(
            HistorySection.builder()
                .addItem(HistoryItem.of(HistoryTopic.DESIRE_CONCERN, Answer.YES))
                .notes(t("desire returns on holidays"))
                .build())
        .addReason(ReasonForAttending.FERTILITY_STRESS)
        .addReason(ReasonForAttending.LOSS_OF_INTIMACY)
        .reasonsText(t("we only touch when the calendar says so"))
        .addTopic(t("intimacy without a goal"))
        .build();
  }

  static TreatmentConsent consentA() {
    return TreatmentConsent.of(A, S1);
  }

  static TreatmentConsent consentB() {
    return TreatmentConsent.of(B, S1);
  }

  ReleaseAuthorization release(AuthorizationId id, ClientId subject) {
    return ReleaseAuthorization.builder()
        .id(id)
        .subject(subject)
        .discloser(practice())
        .addRecipient(
            Party.builder()
                .role(PartyRole.FERTILITY_SPECIALIST)
                .name(t("Example Fertility Centre"))
                .organization(CLINIC)
                .build())
        .addCategory(InformationCategory.GOALS_AND_PROGRESS)
        .addPurpose(DisclosurePurpose.CARE_COORDINATION)
        .expiresOn(LocalDate.of(2027, 2, 15))
        .expiryEvent(ExpiryEvent.END_OF_FERTILITY_TREATMENT)
        .signature(Signature.bySubject(S1))
        .revocationStatement(true)
        .conditioningStatement(true)
        .redisclosureStatement(true)
        .build();
  }

  ReleaseAuthorization releaseA() {
    return release(RELEASE_A, A);
  }

  ReleaseAuthorization releaseB() {
    return release(RELEASE_B, B);
  }

  Disclosure disclosure() {
    return Disclosure.builder()
        .date(DISCLOSED)
        .recipient(fertilitySpecialist())
        .addCategory(InformationCategory.GOALS_AND_PROGRESS)
        .addSubject(A)
        .addSubject(B)
        .purpose(DisclosurePurpose.CARE_COORDINATION)
        .addAuthorization(RELEASE_A)
        .addAuthorization(RELEASE_B)
        .build();
  }

  // ---- plan, goals, sessions, homework -----------------------------------------------------

  static TreatmentPlan plan() {
    return TreatmentPlan.of(
        PlanVersion.builder()
            .number(1)
            .effectiveFrom(S1)
            .plannedSessions(6)
            .addReviewSession(4)
            .status(PlanStatus.ACTIVE)
            .build());
  }

  Goal communicationGoal() {
    return Goal.builder()
        .id(COMMUNICATION)
        .category(GoalCategory.COMMUNICATION)
        .addOwner(A)
        .addOwner(B)
        .addRevision(
            GoalRevision.builder()
                .date(S1)
                .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                .achievementStatus(GoalAchievementStatus.IN_PROGRESS)
                .description(t("talk about sex outside the fertile window without blame"))
                .target(
                    GoalTarget.builder()
                        .measure(t("unhurried check-in conversations per week"))
                        .detail(t("at least 1"))
                        .due(S6)
                        .build())
                .build())
        .build();
  }

  Goal intimacyGoal() {
    GoalRevision first =
        GoalRevision.builder()
            .date(S1)
            .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
            .achievementStatus(GoalAchievementStatus.IN_PROGRESS)
            .description(t("intimacy that is not timed to ovulation"))
            .target(
                GoalTarget.builder()
                    .measure(t("intimate evenings per week, not on fertile days"))
                    .detail(t("1"))
                    .due(S4)
                    .build())
            .build();
    GoalRevision revised =
        GoalRevision.builder()
            .from(first)
            .date(S4)
            .achievementStatus(GoalAchievementStatus.IMPROVING)
            .target(
                GoalTarget.builder()
                    .measure(t("intimate evenings per week, not on fertile days"))
                    .detail(t("2"))
                    .due(S6)
                    .build())
            .build();
    return Goal.builder()
        .id(INTIMACY)
        .category(GoalCategory.SEXUAL_INTIMACY)
        .addOwner(A)
        .addOwner(B)
        .addRevision(first)
        .build()
        .withRevision(revised);
  }

  Goal erectileGoal() {
    return Goal.builder()
        .id(ERECTILE)
        .category(GoalCategory.SEXUAL_DYSFUNCTION)
        .dysfunction(SexualDysfunction.ERECTILE_DISORDER)
        .addOwner(A)
        .addRevision(
            GoalRevision.builder()
                .date(S2)
                .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                .description(t("erections on scheduled days as on other days"))
                .build())
        .build();
  }

  static Session.Builder session(int number, LocalDate date, SessionKind kind) {
    return Session.builder().number(number).date(date).kind(kind).addAttendee(A).addAttendee(B);
  }

  ImmutableList<Session> sessions() {
    return ImmutableList.of(
        session(1, S1, SessionKind.INTAKE)
            .addAddressedGoal(COMMUNICATION)
            .addAddressedGoal(INTIMACY)
            .progressNote(ProgressNote.of(t("intake; histories taken; goals 1 and 2 agreed")))
            .build(),
        session(2, S2, SessionKind.TREATMENT)
            .addAddressedGoal(COMMUNICATION)
            .addAddressedGoal(INTIMACY)
            .addAddressedGoal(ERECTILE)
            .progressNote(ProgressNote.of(t("sensate focus introduced")))
            .build(),
        session(3, S3, SessionKind.TREATMENT)
            .addAddressedGoal(INTIMACY)
            .addAddressedGoal(ERECTILE)
            .progressNote(ProgressNote.of(t("less pressure reported")))
            .psychotherapyNote(PsychotherapyNote.of(t("performance anxiety tied to the calendar")))
            .build(),
        session(4, S4, SessionKind.REVIEW)
            .addAddressedGoal(COMMUNICATION)
            .addAddressedGoal(INTIMACY)
            .addAddressedGoal(ERECTILE)
            .progressNote(ProgressNote.of(t("review: intimacy target raised")))
            .build(),
        session(5, S5, SessionKind.TREATMENT)
            .addAddressedGoal(INTIMACY)
            .addAddressedGoal(ERECTILE)
            .progressNote(ProgressNote.of(t("second sensate-focus stage")))
            .build(),
        session(6, S6, SessionKind.CLOSING)
            .addAddressedGoal(COMMUNICATION)
            .addAddressedGoal(INTIMACY)
            .addAddressedGoal(ERECTILE)
            .progressNote(ProgressNote.of(t("closing; gains maintained")))
            .build());
  }

  HomeworkAssignment homework(
      String id, HomeworkKind kind, String what, int assigned, LocalDate due, ClientId... who) {
    return HomeworkAssignment.builder()
        .id(HomeworkId.of(id))
        .kind(kind)
        .description(t(what))
        .addAssignees(who)
        .assignedInSession(assigned)
        .due(due)
        .outcome(
            HomeworkOutcome.builder()
                .reviewedInSession(assigned + 1)
                .status(HomeworkStatus.COMPLETED)
                .note(t("went well"))
                .build())
        .build();
  }

  ImmutableList<HomeworkAssignment> homework() {
    return ImmutableList.of(
        homework("hw-1", HomeworkKind.SENSATE_FOCUS, "non-genital touch, stage 1", 2, S3, A, B),
        homework("hw-2", HomeworkKind.COMMUNICATION_EXERCISE, "ten-minute check-ins", 3, S4, A, B),
        homework("hw-3", HomeworkKind.SELF_EXPLORATION, "arousal awareness exercise", 4, S5, A),
        homework("hw-4", HomeworkKind.SENSATE_FOCUS, "sensate focus, stage 2", 5, S6, A, B));
  }

  public TherapyCase therapyCase() {
    return TherapyCase.builder()
        .id(ID)
        .practitioner(therapist())
        .unit(unit())
        .referral(referral())
        .addIntake(intakeA())
        .addIntake(intakeB())
        .addConsent(consentA())
        .addConsent(consentB())
        .addAuthorization(releaseA())
        .addAuthorization(releaseB())
        .addDisclosure(disclosure())
        .plan(plan())
        .addGoal(communicationGoal())
        .addGoal(intimacyGoal())
        .addGoal(erectileGoal())
        .sessions(sessions())
        .homework(homework())
        .build();
  }

  /** Returns a copy of a list with one element replaced. */
  static <T> ImmutableList<T> replace(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return ImmutableList.copyOf(copy);
  }

  /** Returns a copy of a list with one element appended. */
  static <T> ImmutableList<T> append(List<T> list, T value) {
    return ImmutableList.<T>builder().addAll(list).add(value).build();
  }
}

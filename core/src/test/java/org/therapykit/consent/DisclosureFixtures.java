package org.therapykit.consent;

import java.time.LocalDate;
import java.util.List;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.client.Client;
import org.therapykit.client.TreatedUnit;
import org.therapykit.course.TherapyCase;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.ProgressNote;
import org.therapykit.plan.PsychotherapyNote;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.practitioner.Practitioner;

/**
 * A small couple case for the disclosure rules (names and text fictional): clients {@code A} and
 * {@code B}; goal 0 shared by both, goal 1 A's alone; homework 0 for both, homework 1 for A;
 * session 0 (both attend, progress note), session 1 (A alone, progress and psychotherapy notes),
 * session 2 (both, progress note). The authorisations are what each test gives.
 */
final class DisclosureFixtures {
  static final CaseId CASE = CaseId.of("case-0005");
  static final ClientId A = ClientId.of("client-a");
  static final ClientId B = ClientId.of("client-b");
  static final ClientId STRANGER = ClientId.of("client-x");
  static final OrganizationId CLINIC = OrganizationId.of("org-fertility-01");
  static final PractitionerId THERAPIST_ID = PractitionerId.of("p-0007");

  static final LocalDate SIGNED = LocalDate.of(2026, 2, 16);
  static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /** The case's practitioner. */
  static final Party THERAPIST =
      Party.builder().role(PartyRole.THERAPIST).practitioner(THERAPIST_ID).build();

  /** Another therapist, not the case's. */
  static final Party OTHER_THERAPIST =
      Party.builder().role(PartyRole.THERAPIST).practitioner(PractitionerId.of("p-0999")).build();

  /** The therapist by name only: not recognised as the case's practitioner. */
  static final Party THERAPIST_BY_NAME =
      Party.builder().role(PartyRole.THERAPIST).name("Dr. Amara Osei").build();

  /** Anyone in the fertility-specialist role at the clinic: the class a release names. */
  static final Party CLINIC_SPECIALISTS =
      Party.builder().role(PartyRole.FERTILITY_SPECIALIST).organization(CLINIC).build();

  /** A fertility specialist at the clinic, the usual requester. */
  static final Party SPECIALIST =
      Party.builder()
          .role(PartyRole.FERTILITY_SPECIALIST)
          .name("Dr. Rowan Placeholder")
          .practitioner(PractitionerId.of("p-0301"))
          .organization(CLINIC)
          .build();

  /** The referring GP. */
  static final Party GP =
      Party.builder()
          .role(PartyRole.GENERAL_PRACTITIONER)
          .practitioner(PractitionerId.of("p-0400"))
          .build();

  /** A clinical supervisor. */
  static final Party SUPERVISOR =
      Party.builder().role(PartyRole.SUPERVISOR).practitioner(PractitionerId.of("p-0500")).build();

  /** Partner A as a requester or recipient. */
  static final Party PARTNER_A = Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(A).build();

  /** Partner B as a requester or recipient. */
  static final Party PARTNER_B = Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(B).build();

  private DisclosureFixtures() {}

  static TherapyCase caseWith(List<ReleaseAuthorization> authorizations) {
    LocalDate s1 = LocalDate.of(2026, 2, 16);
    LocalDate s2 = LocalDate.of(2026, 3, 2);
    LocalDate s3 = LocalDate.of(2026, 3, 16);
    return TherapyCase.builder()
        .id(CASE)
        .practitioner(Practitioner.builder().id(THERAPIST_ID).displayName("Dr. Amara Osei").build())
        .unit(TreatedUnit.couple(Client.of(A), Client.of(B)))
        .authorizations(authorizations)
        .addGoal(goal("goal-1", GoalCategory.COMMUNICATION, s1, A, B))
        .addGoal(goal("goal-2", GoalCategory.SEXUAL_INTIMACY, s2, A))
        .addSession(
            session(1, s1, SessionKind.INTAKE, A, B)
                .progressNote(ProgressNote.of("intake"))
                .build())
        .addSession(
            session(2, s2, SessionKind.TREATMENT, A)
                .progressNote(ProgressNote.of("individual session"))
                .psychotherapyNote(PsychotherapyNote.of("process notes"))
                .build())
        .addSession(
            session(3, s3, SessionKind.TREATMENT, A, B)
                .progressNote(ProgressNote.of("joint session"))
                .build())
        .addHomework(homework("hw-1", 1, A, B))
        .addHomework(homework("hw-2", 2, A))
        .build();
  }

  static TherapyCase caseWith(ReleaseAuthorization... authorizations) {
    return caseWith(List.of(authorizations));
  }

  private static Goal goal(String id, GoalCategory category, LocalDate set, ClientId... owners) {
    return Goal.builder()
        .id(GoalId.of(id))
        .category(category)
        .addOwners(owners)
        .addRevision(
            GoalRevision.builder()
                .date(set)
                .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                .description("a goal")
                .build())
        .build();
  }

  private static Session.Builder session(
      int number, LocalDate date, SessionKind kind, ClientId... attendees) {
    return Session.builder().number(number).date(date).kind(kind).addAttendees(attendees);
  }

  private static HomeworkAssignment homework(String id, int session, ClientId... assignees) {
    return HomeworkAssignment.builder()
        .id(HomeworkId.of(id))
        .kind(HomeworkKind.SENSATE_FOCUS)
        .description("an exercise")
        .addAssignees(assignees)
        .assignedInSession(session)
        .build();
  }

  /**
   * A release by {@code subject} to the clinic's fertility specialists of goals and progress for
   * care coordination, signed on {@link #SIGNED}, until 2027-02-15, complete.
   */
  static ReleaseAuthorization release(String id, ClientId subject) {
    return ReleaseAuthorization.builder()
        .id(AuthorizationId.of(id))
        .subject(subject)
        .discloser(THERAPIST)
        .addRecipient(CLINIC_SPECIALISTS)
        .addCategory(InformationCategory.GOALS_AND_PROGRESS)
        .addPurpose(DisclosurePurpose.CARE_COORDINATION)
        .expiresOn(LocalDate.of(2027, 2, 15))
        .signature(Signature.bySubject(SIGNED))
        .revocationStatement(true)
        .conditioningStatement(true)
        .redisclosureStatement(true)
        .build();
  }

  static DisclosureRequest.Builder request(
      Party requester, DisclosurePurpose purpose, ClientId... subjects) {
    return DisclosureRequest.builder()
        .requester(requester)
        .purpose(purpose)
        .addSubjects(subjects)
        .date(DAY);
  }
}

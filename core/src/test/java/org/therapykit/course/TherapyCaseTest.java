package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapykit.course.GoldenCase.A;
import static org.therapykit.course.GoldenCase.B;
import static org.therapykit.course.GoldenCase.replace;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.therapykit.AuthorizationId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.client.Client;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.validation.InvalidValueException;

class TherapyCaseTest {
  private static final GoldenCase G = GoldenCase.plain();
  private static final TherapyCase GOLDEN = GoldenCase.build();
  private static final ClientId STRANGER = ClientId.of("client-z");

  private static List<String> violations(Executable build) {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, build);
    assertThat(e.type()).isEqualTo("TherapyCase");
    return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void findsItsParts() {
    assertThat(GOLDEN.session(1)).contains(GOLDEN.sessions().get(0));
    assertThat(GOLDEN.session(0)).isEmpty();
    assertThat(GOLDEN.session(7)).isEmpty();
    assertThat(GOLDEN.goal(GoldenCase.INTIMACY)).isPresent();
    assertThat(GOLDEN.goal(GoalId.of("goal-x"))).isEmpty();
    assertThat(GOLDEN.authorization(GoldenCase.RELEASE_B).orElseThrow().subject()).isEqualTo(B);
    assertThat(GOLDEN.authorization(AuthorizationId.of("none"))).isEmpty();
    assertThat(GOLDEN.intakeOf(A)).isPresent();
    assertThat(GOLDEN.intakeOf(STRANGER)).isEmpty();
    assertThat(GOLDEN.homeworkAssignedIn(4))
        .extracting(HomeworkAssignment::id)
        .containsExactly(HomeworkId.of("hw-3"));
    assertThat(GOLDEN.homeworkReviewedIn(6))
        .extracting(HomeworkAssignment::id)
        .containsExactly(HomeworkId.of("hw-4"));
  }

  @Test
  void rejectsClientsWhoAreNotPartnersAllAtOnce() {
    assertThat(
            violations(
                () ->
                    TherapyCase.builder()
                        .from(GOLDEN)
                        .intakes(List.of(G.intakeA(), G.intakeB().withClient(STRANGER)))
                        .consents(
                            List.of(
                                GoldenCase.consentA(),
                                TreatmentConsent.of(STRANGER, GoldenCase.S1)))
                        .build()))
        .containsExactly(
            "UNKNOWN_REFERENCE /intakes/1/client", "UNKNOWN_REFERENCE /consents/1/client");
  }

  @Test
  void rejectsEveryKindOfDanglingReference() {
    TherapyCase.Builder b =
        TherapyCase.builder()
            .from(GOLDEN)
            .authorizations(List.of(G.releaseA(), G.releaseB().withSubject(STRANGER)))
            .disclosures(
                List.of(
                    G.disclosure()
                        .withSubjects(A, STRANGER)
                        .withAuthorizations(GoldenCase.RELEASE_A, AuthorizationId.of("roi-x"))))
            .goals(
                List.of(
                    G.communicationGoal().withOwners(A, STRANGER),
                    G.intimacyGoal(),
                    G.erectileGoal()))
            .sessions(
                replace(
                    GOLDEN.sessions(),
                    1,
                    GOLDEN
                        .sessions()
                        .get(1)
                        .withAttendees(A, STRANGER)
                        .withAddressedGoals(GoldenCase.COMMUNICATION, GoalId.of("goal-x"))))
            .homework(
                List.of(
                    G.homework().get(0).withAssignees(STRANGER),
                    G.homework()
                        .get(1)
                        .withOutcome(java.util.Optional.empty())
                        .withAssignedInSession(9),
                    G.homework()
                        .get(2)
                        .withOutcome(
                            HomeworkOutcome.builder()
                                .reviewedInSession(12)
                                .status(HomeworkStatus.NOT_DONE)
                                .build())));
    assertThat(violations(b::build))
        .containsExactly(
            "UNKNOWN_REFERENCE /authorizations/1/subject",
            "UNKNOWN_REFERENCE /disclosures/0/subjects/1",
            "UNKNOWN_REFERENCE /disclosures/0/authorizations/1",
            "UNKNOWN_REFERENCE /goals/0/owners/1",
            "UNKNOWN_REFERENCE /sessions/1/attendees/1",
            "UNKNOWN_REFERENCE /sessions/1/addressedGoals/1",
            "UNKNOWN_REFERENCE /homework/0/assignees/0",
            "UNKNOWN_REFERENCE /homework/1/assignedInSession",
            "UNKNOWN_REFERENCE /homework/2/outcome/reviewedInSession");
  }

  @Test
  void rejectsARecipientWhoIsNotAClientOfTheUnit() {
    org.therapykit.Party partnerZ =
        org.therapykit.Party.builder()
            .role(org.therapykit.PartyRole.CLIENT_DESIGNEE)
            .client(STRANGER)
            .build();
    org.therapykit.Party partnerB =
        org.therapykit.Party.builder()
            .role(org.therapykit.PartyRole.CLIENT_DESIGNEE)
            .client(B)
            .build();
    assertThat(
            violations(
                () ->
                    TherapyCase.builder()
                        .from(GOLDEN)
                        .authorizations(
                            List.of(G.releaseA().withRecipients(partnerB, partnerZ), G.releaseB()))
                        .disclosures(List.of(G.disclosure().withRecipient(partnerZ)))
                        .build()))
        .containsExactly(
            "UNKNOWN_REFERENCE /authorizations/0/recipients/1/client",
            "UNKNOWN_REFERENCE /disclosures/0/recipient/client");
  }

  @Test
  void rejectsDuplicates() {
    assertThat(
            violations(
                () ->
                    TherapyCase.builder()
                        .from(GOLDEN)
                        .intakes(List.of(G.intakeA(), G.intakeA()))
                        .authorizations(List.of(G.releaseA(), G.releaseA()))
                        .goals(
                            List.of(
                                G.communicationGoal(),
                                G.intimacyGoal(),
                                G.erectileGoal(),
                                G.intimacyGoal()))
                        .homework(
                            List.of(G.homework().get(0), G.homework().get(1), G.homework().get(0)))
                        .build()))
        .containsExactly(
            "DUPLICATE_VALUE /intakes/1",
            "DUPLICATE_VALUE /authorizations/1",
            // the disclosure's second authorisation (roi-b) is gone
            "UNKNOWN_REFERENCE /disclosures/0/authorizations/1",
            "DUPLICATE_VALUE /goals/3",
            "DUPLICATE_VALUE /homework/2");
  }

  @Test
  void rejectsSessionsOutOfNumberOrder() {
    assertThat(
            violations(
                () ->
                    GOLDEN.withSessions(
                        replace(GOLDEN.sessions(), 2, GOLDEN.sessions().get(2).withNumber(4)))))
        .containsExactly("INCONSISTENT_VALUE /sessions/2/number");
  }

  @Test
  void needsAnIdAPractitionerAndAUnit() {
    assertThatThrownBy(() -> TherapyCase.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactlyInAnyOrder(
                        "MISSING_VALUE /id", "MISSING_VALUE /practitioner", "MISSING_VALUE /unit"));
  }

  @Test
  void anIndividualCaseWorksTheSameWay() {
    TherapyCase individual =
        TherapyCase.builder()
            .id(GoldenCase.ID)
            .practitioner(GoldenCase.therapist())
            .unit(TreatedUnit.individual(Client.of(A)))
            .referral(G.referral())
            .addIntake(G.intakeA())
            .addConsent(GoldenCase.consentA())
            .plan(GoldenCase.plan())
            .addSession(
                GoldenCase.session(1, GoldenCase.S1, org.therapykit.plan.SessionKind.INTAKE)
                    .attendees(List.of(A))
                    .build())
            .build();
    assertThat(CaseRules.standard().validate(individual).findings()).isEmpty();
  }
}

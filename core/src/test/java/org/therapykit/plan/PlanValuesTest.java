package org.therapykit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.validation.InvalidValueException;

class PlanValuesTest {
  private static final ClientId A = ClientId.of("client-a");
  private static final LocalDate D1 = LocalDate.of(2026, 2, 16);
  private static final LocalDate D4 = LocalDate.of(2026, 3, 30);

  private static List<String> violations(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
    }
    throw new AssertionError("no exception");
  }

  private static PlanVersion.Builder v1() {
    return PlanVersion.builder()
        .number(1)
        .effectiveFrom(D1)
        .plannedSessions(6)
        .addReviewSession(4)
        .status(PlanStatus.ACTIVE);
  }

  @Test
  void aPlanIsRevisedByAddingAVersion() {
    TreatmentPlan plan = TreatmentPlan.of(v1().build());
    TreatmentPlan revised =
        plan.withRevision(
            plan.nextVersion()
                .effectiveFrom(D4)
                .plannedSessions(8)
                .revisionReason(RevisionReason.MORE_SESSIONS_NEEDED)
                .build());
    assertThat(revised.versions()).hasSize(2);
    assertThat(revised.current().number()).isEqualTo(2);
    assertThat(revised.current().reviewSessions()).containsExactly(4);
    assertThat(revised.start()).isEqualTo(D1);
    assertThat(revised.versionOn(D1.minusDays(1))).isEmpty();
    assertThat(revised.versionOn(D4.minusDays(1)).map(PlanVersion::number)).contains(1);
    assertThat(revised.versionOn(D4).map(PlanVersion::number)).contains(2);
    assertThat(plan.versions()).hasSize(1);
  }

  @Test
  void draftsAndErrorsNeverSetTheCourse() {
    TreatmentPlan plan = TreatmentPlan.of(v1().build());
    TreatmentPlan withDraft =
        plan.withRevision(
            plan.nextVersion()
                .effectiveFrom(D4)
                .status(PlanStatus.DRAFT)
                .revisionReason(RevisionReason.GOALS_REVISED)
                .build());
    assertThat(withDraft.versionOn(D4).map(PlanVersion::number)).contains(1);
    TreatmentPlan withError =
        plan.withRevision(
            plan.nextVersion()
                .effectiveFrom(D4)
                .status(PlanStatus.ENTERED_IN_ERROR)
                .revisionReason(RevisionReason.OTHER)
                .build());
    assertThat(withError.versionOn(D4).map(PlanVersion::number)).contains(1);
    assertThat(PlanStatus.REVOKED.isInEffect()).isFalse();
    assertThat(PlanStatus.COMPLETED.isInEffect()).isTrue();
  }

  @Test
  void rejectsMisnumberedOrBackdatedVersions() {
    PlanVersion first = v1().build();
    PlanVersion third =
        v1().number(3).effectiveFrom(D1.minusDays(1)).revisionReason(RevisionReason.OTHER).build();
    assertThat(
            violations(() -> TreatmentPlan.builder().addVersion(first).addVersion(third).build()))
        .containsExactly(
            "INCONSISTENT_VALUE /versions/1/number",
            "INCONSISTENT_VALUE /versions/1/effectiveFrom");
    assertThat(violations(() -> TreatmentPlan.builder().build()))
        .containsExactly("MISSING_VALUE /versions");
  }

  @Test
  void aVersionIsConsistent() {
    assertThat(
            violations(
                () -> v1().number(0).plannedSessions(101).reviewSessions(List.of(0, 5, 5)).build()))
        .containsExactly(
            "OUT_OF_RANGE /number",
            "OUT_OF_RANGE /plannedSessions",
            "OUT_OF_RANGE /reviewSessions/0",
            "INCONSISTENT_VALUE /reviewSessions/2");
    assertThat(violations(() -> v1().number(2).build()))
        .containsExactly("MISSING_CONDITIONAL_VALUE /revisionReason");
    // within the declared 1 to 100, but beyond this version's planned sessions: a relation
    assertThat(violations(() -> v1().reviewSessions(List.of(7)).build()))
        .containsExactly("INCONSISTENT_VALUE /reviewSessions/0");
  }

  private static GoalRevision revision(LocalDate date) {
    return GoalRevision.builder()
        .date(date)
        .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
        .description("intimacy not timed to ovulation")
        .build();
  }

  @Test
  void aGoalKeepsItsRevisions() {
    Goal g =
        Goal.builder()
            .id(GoalId.of("goal-2"))
            .category(GoalCategory.SEXUAL_INTIMACY)
            .addOwner(A)
            .addRevision(revision(D1))
            .build()
            .withRevision(revision(D4).withAchievementStatus(GoalAchievementStatus.IMPROVING));
    assertThat(g.revisions()).hasSize(2);
    assertThat(g.current().achievementStatus()).contains(GoalAchievementStatus.IMPROVING);
    assertThat(g.revisionOn(D1.minusDays(1))).isEmpty();
    assertThat(g.revisionOn(D4.minusDays(1)).orElseThrow().achievementStatus()).isEmpty();
    assertThat(g.practiceArea()).isEqualTo(PracticeArea.MINOR_SEXUAL_DIFFICULTIES);
    assertThat(violations(() -> g.withRevision(revision(D1.minusDays(1)))))
        .containsExactly("INCONSISTENT_VALUE /revisions/2/date");
  }

  @Test
  void aGoalNamesADysfunctionExactlyWhenItIsAbout() {
    Goal.Builder dysfunction =
        Goal.builder()
            .id(GoalId.of("goal-3"))
            .category(GoalCategory.SEXUAL_DYSFUNCTION)
            .addOwner(A)
            .addRevision(revision(D1));
    assertThat(violations(dysfunction::build))
        .containsExactly("MISSING_CONDITIONAL_VALUE /dysfunction");
    Goal ok = dysfunction.dysfunction(SexualDysfunction.ERECTILE_DISORDER).build();
    assertThat(ok.practiceArea()).isEqualTo(PracticeArea.SEXUAL_DYSFUNCTIONS);
    assertThat(violations(() -> ok.withCategory(GoalCategory.COMMUNICATION)))
        .containsExactly("INCONSISTENT_VALUE /dysfunction");
    assertThat(
            violations(
                () -> Goal.builder().id(GoalId.of("g")).category(GoalCategory.OTHER).build()))
        .containsExactly("MISSING_VALUE /owners", "MISSING_VALUE /revisions");
  }

  @Test
  void everyCategoryNeedsAnArea() {
    assertThat(GoalCategory.COMMUNICATION.practiceArea())
        .isEqualTo(PracticeArea.RELATIONSHIP_PROBLEMS);
    assertThat(GoalCategory.RELATIONSHIP.practiceArea())
        .isEqualTo(PracticeArea.RELATIONSHIP_PROBLEMS);
    assertThat(GoalCategory.SEXUAL_FREQUENCY.practiceArea())
        .isEqualTo(PracticeArea.MINOR_SEXUAL_DIFFICULTIES);
    assertThat(GoalCategory.OTHER.practiceArea()).isEqualTo(PracticeArea.IN_DEPTH_PSYCHOTHERAPY);
  }

  @Test
  void targetsAndRevisionsCheckTheirText() {
    assertThat(violations(() -> GoalTarget.builder().measure(" ").detail("z".repeat(201)).build()))
        .containsExactly("BLANK_VALUE /measure", "OUT_OF_RANGE /detail");
    assertThat(violations(() -> revision(D1).withDescription("")))
        .containsExactly("BLANK_VALUE /description");
  }

  @Test
  void aSessionKeepsItsTwoKindsOfNotesApart() {
    Session s =
        Session.builder()
            .number(3)
            .date(D1)
            .kind(SessionKind.TREATMENT)
            .addAttendee(A)
            .addAddressedGoal(GoalId.of("goal-1"))
            .progressNote(ProgressNote.of("less pressure reported"))
            .psychotherapyNote(PsychotherapyNote.of("anxiety tied to the calendar"))
            .build();
    assertThat(s.progressNote().map(ProgressNote::text)).contains("less pressure reported");
    assertThat(s.psychotherapyNote().map(PsychotherapyNote::text))
        .contains("anxiety tied to the calendar");
    assertThat(ProgressNote.builder().text("x").build()).isEqualTo(ProgressNote.of("x"));
    assertThat(PsychotherapyNote.builder().text("x").build()).isEqualTo(PsychotherapyNote.of("x"));
    assertThat(violations(() -> ProgressNote.of(" "))).containsExactly("BLANK_VALUE /text");
    assertThat(violations(() -> PsychotherapyNote.of("n".repeat(20_001))))
        .containsExactly("OUT_OF_RANGE /text");
    assertThat(
            violations(() -> Session.builder().number(0).date(D1).kind(SessionKind.INTAKE).build()))
        .containsExactly("OUT_OF_RANGE /number", "MISSING_VALUE /attendees");
  }

  @Test
  void homeworkIsReviewedAfterItIsAssigned() {
    HomeworkAssignment.Builder hw =
        HomeworkAssignment.builder()
            .id(HomeworkId.of("hw-1"))
            .kind(HomeworkKind.SENSATE_FOCUS)
            .description("stage 1")
            .addAssignee(A)
            .assignedInSession(2)
            .due(D4);
    HomeworkOutcome sameSession =
        HomeworkOutcome.builder().reviewedInSession(2).status(HomeworkStatus.COMPLETED).build();
    assertThat(violations(() -> hw.outcome(sameSession).build()))
        .containsExactly("INCONSISTENT_VALUE /outcome/reviewedInSession");
    assertThat(
            violations(
                () ->
                    HomeworkAssignment.builder()
                        .id(HomeworkId.of("hw-2"))
                        .kind(HomeworkKind.READING)
                        .description(" ")
                        .assignedInSession(0)
                        .build()))
        .containsExactly(
            "BLANK_VALUE /description",
            "MISSING_VALUE /assignees",
            "OUT_OF_RANGE /assignedInSession");
    assertThat(
            violations(
                () ->
                    HomeworkOutcome.builder()
                        .reviewedInSession(0)
                        .status(HomeworkStatus.NOT_DONE)
                        .note("")
                        .build()))
        .containsExactly("OUT_OF_RANGE /reviewedInSession", "BLANK_VALUE /note");
  }
}

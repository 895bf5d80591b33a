package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.course.GoldenCase.MARKER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.client.Client;
import org.therapykit.consent.Signature;
import org.therapykit.consent.Signer;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistoryItem;
import org.therapykit.intake.HistorySection;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.GoalTarget;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.ProgressNote;
import org.therapykit.plan.PsychotherapyNote;
import org.therapykit.validation.Finding;
import org.therapykit.validation.InvalidValueException;

/**
 * Sensitive text never leaves through {@code toString()}, an exception message or a finding: every
 * free-text field is filled with {@link GoldenCase#MARKER} and every path out is searched for it.
 */
class RedactionTest {
  private static final String LONG = (MARKER + " ").repeat(2000);
  private static final LocalDate DAY = LocalDate.of(2026, 2, 16);

  @Test
  void theMarkedCasePrintsNoSensitiveText() {
    TherapyCase marked = GoldenCase.marked().therapyCase();
    String printed = marked.toString();
    assertThat(printed).contains("<redacted>").doesNotContain(MARKER);
    // structured answers and reasons of the intake are health information too
    assertThat(marked.intakes().get(0).toString())
        .doesNotContain("YES")
        .doesNotContain("FERTILITY_STRESS")
        .doesNotContain("CURRENT_MEDICATION")
        .contains("topic=<redacted>");
    assertThat(marked.unit().toString()).doesNotContain("IN_TREATMENT");
    // the accessors still give the text to the host
    assertThat(marked.goals().get(0).current().description()).startsWith(MARKER);
  }

  @Test
  void codesThatNameAConcernAndThePractitionerOfACaseAreNotPrinted() {
    GoldenCase g = GoldenCase.marked();
    TherapyCase marked = g.therapyCase();
    String printed = marked.toString();
    org.therapykit.practitioner.Practitioner p = marked.practitioner();
    assertThat(printed)
        .contains("practitioner=<redacted>")
        .doesNotContain(p.displayName())
        .doesNotContain(p.licenses().get(0).number())
        .doesNotContain("ERECTILE_DISORDER")
        .doesNotContain("SENSATE_FOCUS")
        .doesNotContain(g.referral().reason().name());
    assertThat(marked.goals().stream().map(Object::toString))
        .allSatisfy(s -> assertThat(s).contains("category=<redacted>"));
    assertThat(g.homework().get(0).toString()).contains("kind=<redacted>");
    assertThat(g.referral().toString()).contains("reason=<redacted>");
    org.therapykit.directory.DirectoryQuery query =
        org.therapykit.directory.DirectoryGolden.query().withLanguage("fr");
    org.therapykit.directory.Location where = query.clientLocation();
    assertThat(query.toString())
        .contains("clientLocation=<redacted>", "concern=<redacted>", "language=<redacted>")
        .doesNotContain(where.locality().orElseThrow())
        .doesNotContain(String.valueOf(where.coordinates().orElseThrow().latitude()))
        .doesNotContain("SEXUAL_DYSFUNCTIONS");
    assertThat(org.therapykit.directory.DirectoryGolden.result().toString())
        .doesNotContain(where.locality().orElseThrow())
        .doesNotContain("SEXUAL_DYSFUNCTIONS")
        .doesNotContain("distanceKm=1");
    // equality still sees every attribute
    assertThat(marked.withPractitioner(GoldenCase.counsellor())).isNotEqualTo(marked);
    assertThat(query.withConcern(org.therapykit.qualification.PracticeArea.RELATIONSHIP_PROBLEMS))
        .isNotEqualTo(query);
  }

  @Test
  void everyMarkedValuePrintsNoSensitiveText() {
    GoldenCase g = GoldenCase.marked();
    List<Object> values = new ArrayList<>();
    values.add(g.unit().clients().get(0));
    values.add(g.fertilitySpecialist());
    values.add(g.referral());
    values.add(g.intakeA());
    values.add(g.intakeA().physicalHistory());
    values.add(g.intakeA().physicalHistory().items().get(1));
    values.add(g.releaseA());
    values.add(g.disclosure());
    values.add(g.intimacyGoal());
    values.add(g.intimacyGoal().current());
    values.add(g.intimacyGoal().current().target().orElseThrow());
    values.add(g.sessions().get(2));
    values.add(g.sessions().get(2).progressNote().orElseThrow());
    values.add(g.sessions().get(2).psychotherapyNote().orElseThrow());
    values.add(g.homework().get(0));
    values.add(g.homework().get(0).outcome().orElseThrow());
    values.add(
        Signature.builder()
            .signedOn(DAY)
            .signer(Signer.PERSONAL_REPRESENTATIVE)
            .representativeAuthority(MARKER)
            .build());
    for (Object v : values) {
      assertThat(v.toString()).as(v.getClass().getSimpleName()).doesNotContain(MARKER);
    }
  }

  @Test
  void noInvariantMessageRepeatsSensitiveText() {
    List<Supplier<Object>> breakers =
        List.of(
            () -> Client.builder().id(ClientId.of("c")).displayName(LONG).build(),
            () -> Party.builder().role(PartyRole.OTHER).name(LONG).build(),
            () ->
                IntakeForm.builder()
                    .client(ClientId.of("c"))
                    .status(IntakeStatus.COMPLETED)
                    .physicalHistory(
                        HistorySection.builder()
                            .addItem(
                                HistoryItem.builder()
                                    .topic(HistoryTopic.ANXIETY)
                                    .answer(Answer.YES)
                                    .note(LONG)
                                    .build())
                            .build())
                    .addReason(ReasonForAttending.SEXUAL_PAIN)
                    .reasonsText(LONG)
                    .addTopic(LONG)
                    .build(),
            () -> HistorySection.builder().notes(LONG).build(),
            () ->
                HistoryItem.builder()
                    .topic(HistoryTopic.TRAUMA)
                    .answer(Answer.YES)
                    .note(LONG)
                    .build(),
            () ->
                Signature.builder()
                    .signedOn(DAY)
                    .signer(Signer.SUBJECT)
                    .representativeAuthority(LONG)
                    .build(),
            () ->
                GoalRevision.builder()
                    .date(DAY)
                    .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                    .description(LONG)
                    .build(),
            () -> GoalTarget.builder().measure(LONG).detail(LONG).build(),
            () ->
                Goal.builder()
                    .id(GoalId.of("g"))
                    .category(GoalCategory.OTHER)
                    .addRevision(
                        GoalRevision.builder()
                            .date(DAY)
                            .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
                            .description(MARKER)
                            .build())
                    .build(),
            () -> ProgressNote.of(LONG + LONG + LONG),
            () -> PsychotherapyNote.of(LONG + LONG + LONG),
            () ->
                HomeworkAssignment.builder()
                    .id(HomeworkId.of("h"))
                    .kind(HomeworkKind.OTHER)
                    .description(LONG)
                    .assignedInSession(1)
                    .build(),
            () ->
                HomeworkOutcome.builder()
                    .reviewedInSession(0)
                    .status(HomeworkStatus.COMPLETED)
                    .note(LONG)
                    .build());
    for (Supplier<Object> breaker : breakers) {
      try {
        Object built = breaker.get();
        throw new AssertionError("expected an invalid value, got a " + built.getClass());
      } catch (InvalidValueException e) {
        assertThat(e.getMessage()).doesNotContain(MARKER);
        assertThat(e.violations()).isNotEmpty();
        for (Finding f : e.violations()) {
          assertThat(f.toString()).doesNotContain(MARKER);
        }
      }
    }
  }

  @Test
  void noFindingRepeatsSensitiveText() {
    GoldenCase g = GoldenCase.marked();
    TherapyCase marked = g.therapyCase();
    List<TherapyCase> variants =
        List.of(
            marked,
            marked.withPractitioner(GoldenCase.counsellor()),
            marked.withConsents(GoldenCase.consentA()),
            marked.withIntakes(g.intakeA()),
            marked.withPlan(java.util.Optional.empty()),
            marked.withReferral(java.util.Optional.empty()),
            marked.withAuthorizations(g.releaseA(), g.releaseB().withRedisclosureStatement(false)),
            marked.withDisclosures(
                g.disclosure()
                    .withCategories(
                        org.therapykit.consent.InformationCategory.PSYCHOTHERAPY_NOTES)),
            marked.withDisclosures(
                g.disclosure()
                    .withRecipient(
                        Party.builder().role(PartyRole.OTHER).name(MARKER + " other").build())));
    int findings = 0;
    for (TherapyCase c : variants) {
      CaseReport report = CaseRules.standard().validate(c);
      assertThat(report.toString()).doesNotContain(MARKER);
      findings += report.findings().size();
    }
    assertThat(findings).isGreaterThan(20);
  }
}

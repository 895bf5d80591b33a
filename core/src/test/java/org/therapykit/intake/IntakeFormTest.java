package org.therapykit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.ClientId;
import org.therapykit.validation.InvalidValueException;

class IntakeFormTest {
  private static final ClientId A = ClientId.of("client-a");
  private static final LocalDate DAY = LocalDate.of(2026, 2, 16);

  private static List<String> violations(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void isCompletedByTheEndOfItsCompletionDate() {
    IntakeForm f =
        IntakeForm.builder().client(A).status(IntakeStatus.COMPLETED).completedOn(DAY).build();
    assertThat(f.isCompletedBy(DAY)).isTrue();
    assertThat(f.isCompletedBy(DAY.minusDays(1))).isFalse();
    assertThat(f.withStatus(IntakeStatus.AMENDED).isCompletedBy(DAY)).isTrue();
    IntakeForm open = IntakeForm.builder().client(A).status(IntakeStatus.IN_PROGRESS).build();
    assertThat(open.isCompletedBy(DAY.plusYears(1))).isFalse();
    assertThat(open.physicalHistory().isEmpty()).isTrue();
    assertThat(open.history(HistorySectionKind.SEXUAL)).isEqualTo(open.sexualHistory());
    assertThat(open.history(HistorySectionKind.MENTAL_HEALTH))
        .isEqualTo(open.mentalHealthHistory());
    assertThat(open.history(HistorySectionKind.PHYSICAL)).isEqualTo(open.physicalHistory());
  }

  @Test
  void aCompletionDateGoesWithACompletedStatus() {
    assertThat(
            violations(() -> IntakeForm.builder().client(A).status(IntakeStatus.COMPLETED).build()))
        .containsExactly("MISSING_CONDITIONAL_VALUE /completedOn");
    assertThat(
            violations(
                () ->
                    IntakeForm.builder()
                        .client(A)
                        .status(IntakeStatus.STOPPED)
                        .completedOn(DAY)
                        .build()))
        .containsExactly("INCONSISTENT_VALUE /completedOn");
  }

  @Test
  void everyItemBelongsToItsSectionAndAllTextIsChecked() {
    assertThat(
            violations(
                () ->
                    IntakeForm.builder()
                        .client(A)
                        .status(IntakeStatus.IN_PROGRESS)
                        .physicalHistory(
                            HistorySection.builder()
                                .addItem(
                                    HistoryItem.of(HistoryTopic.FERTILITY_TREATMENT, Answer.YES))
                                .addItem(HistoryItem.of(HistoryTopic.ANXIETY, Answer.NO))
                                .build())
                        .mentalHealthHistory(
                            HistorySection.builder()
                                .addItem(HistoryItem.of(HistoryTopic.PAIN_DURING_SEX, Answer.NO))
                                .build())
                        .sexualHistory(
                            HistorySection.builder()
                                .addItem(HistoryItem.of(HistoryTopic.SURGERY, Answer.NO))
                                .build())
                        .reasonsText(" ")
                        .addTopic("fine")
                        .addTopic("x".repeat(501))
                        .build()))
        // the declared rules (text) come first, then the cross-field ones
        .containsExactly(
            "BLANK_VALUE /reasonsText",
            "OUT_OF_RANGE /topics/1",
            "INCONSISTENT_VALUE /physicalHistory/items/1/topic",
            "INCONSISTENT_VALUE /mentalHealthHistory/items/0/topic",
            "INCONSISTENT_VALUE /sexualHistory/items/0/topic");
  }

  @Test
  void aSectionAnswersEachTopicOnce() {
    HistorySection s =
        HistorySection.builder()
            .addItem(HistoryItem.of(HistoryTopic.LOW_MOOD, Answer.UNSURE))
            .notes("some notes")
            .build();
    assertThat(s.item(HistoryTopic.LOW_MOOD).map(HistoryItem::answer)).contains(Answer.UNSURE);
    assertThat(s.item(HistoryTopic.ANXIETY)).isEmpty();
    assertThat(s.isEmpty()).isFalse();
    assertThat(HistorySection.builder().notes("n").build().isEmpty()).isFalse();
    assertThat(HistorySection.empty().isEmpty()).isTrue();
    assertThat(
            violations(
                () ->
                    HistorySection.builder()
                        .addItem(HistoryItem.of(HistoryTopic.LOW_MOOD, Answer.YES))
                        .addItem(HistoryItem.of(HistoryTopic.LOW_MOOD, Answer.NO))
                        .notes("")
                        .build()))
        .containsExactly("BLANK_VALUE /notes", "DUPLICATE_VALUE /items/1");
    assertThat(
            violations(
                () ->
                    HistoryItem.builder()
                        .topic(HistoryTopic.TRAUMA)
                        .answer(Answer.DECLINED)
                        .note("y".repeat(1001))
                        .build()))
        .containsExactly("OUT_OF_RANGE /note");
  }

  @Test
  void topicsKnowTheirSection() {
    assertThat(HistoryTopic.FERTILITY_TREATMENT.section()).isEqualTo(HistorySectionKind.PHYSICAL);
    assertThat(HistoryTopic.PRIOR_THERAPY.section()).isEqualTo(HistorySectionKind.MENTAL_HEALTH);
    assertThat(HistoryTopic.TIMED_INTERCOURSE_PRESSURE.section())
        .isEqualTo(HistorySectionKind.SEXUAL);
    assertThat(IntakeStatus.COMPLETED.isCompleted()).isTrue();
    assertThat(IntakeStatus.ENTERED_IN_ERROR.isCompleted()).isFalse();
  }
}

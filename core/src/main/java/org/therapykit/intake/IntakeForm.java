package org.therapykit.intake;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.internal.Text;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * One partner's intake form: physical, mental-health and sexual history, reasons for attending, and
 * the topics they want to cover, such as the form of client {@code client-a}, {@link
 * IntakeStatus#COMPLETED} on {@code 2026-02-16}. Each partner fills in their own; intake is part of
 * the first session.
 *
 * <p>Everything the client wrote or answered is sensitive and redacted from {@link #toString()}:
 * history answers and notes, the reasons (structured and free text) and the topics. The client, the
 * status and the completion date are not.
 *
 * <p>Invariants: a completion date is present exactly when the status is completed or amended
 * ({@link FindingCode#MISSING_CONDITIONAL_VALUE} or {@link FindingCode#INCONSISTENT_VALUE} at
 * {@code /completedOn}); every history item's topic belongs to its section ({@link
 * FindingCode#INCONSISTENT_VALUE} at {@code /physicalHistory/items/0/topic}); the reasons text, if
 * present, is not blank and at most 2,000 characters; each topic is not blank and at most 500
 * characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IntakeForm implements WithIntakeForm, TherapyValue {
  IntakeForm() {}

  /**
   * Returns whose form it is.
   *
   * @return the client, not null
   */
  public abstract ClientId client();

  /**
   * Returns the completion state.
   *
   * @return the status, not null
   */
  public abstract IntakeStatus status();

  /**
   * Returns the date the form was completed, for a completed or amended form.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Returns the physical history. Defaults to an empty section.
   *
   * @return the section, not null
   */
  @Value.Default
  public HistorySection physicalHistory() {
    return HistorySection.empty();
  }

  /**
   * Returns the mental-health history. Defaults to an empty section.
   *
   * @return the section, not null
   */
  @Value.Default
  public HistorySection mentalHealthHistory() {
    return HistorySection.empty();
  }

  /**
   * Returns the sexual history. Defaults to an empty section.
   *
   * @return the section, not null
   */
  @Value.Default
  public HistorySection sexualHistory() {
    return HistorySection.empty();
  }

  /**
   * Returns the reasons for attending, as categories, in {@link ReasonForAttending} declaration
   * order.
   *
   * @return the reasons, not null; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract ImmutableSet<ReasonForAttending> reasons();

  /**
   * Returns the reasons for attending in the client's words.
   *
   * @return the text, or empty; redacted from {@code toString()}
   */
  @Text(max = 2000)
  @Value.Redacted
  public abstract Optional<String> reasonsText();

  /**
   * Returns the topics the client wants to cover, in their words.
   *
   * @return the topics, not null; redacted from {@code toString()}
   */
  @Text(max = 500)
  @Value.Redacted
  public abstract ImmutableList<String> topics();

  /**
   * Returns the section of a kind.
   *
   * @param kind the kind, not null
   * @return the section, not null
   */
  public HistorySection history(HistorySectionKind kind) {
    return switch (kind) {
      case PHYSICAL -> physicalHistory();
      case MENTAL_HEALTH -> mentalHealthHistory();
      case SEXUAL -> sexualHistory();
    };
  }

  /**
   * Returns whether the form had been completed by the end of a date: its status is completed or
   * amended and its completion date is not after {@code date}.
   *
   * @param date the date, not null
   * @return true if completed by then
   */
  public boolean isCompletedBy(LocalDate date) {
    return status().isCompleted() && completedOn().map(d -> !d.isAfter(date)).orElse(false);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IntakeForm}; client and status are required. */
  public static final class Builder extends ImmutableIntakeForm.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    if (status().isCompleted()) {
      v.require(
          completedOn().isPresent(),
          FindingCode.MISSING_CONDITIONAL_VALUE,
          "/completedOn",
          "a completed form needs its completion date");
    } else {
      v.require(
          completedOn().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/completedOn",
          "only a completed or amended form has a completion date");
    }
    sectionTopics(v, "/physicalHistory", HistorySectionKind.PHYSICAL);
    sectionTopics(v, "/mentalHealthHistory", HistorySectionKind.MENTAL_HEALTH);
    sectionTopics(v, "/sexualHistory", HistorySectionKind.SEXUAL);
    v.throwIfAny();
  }

  private void sectionTopics(Violations v, String path, HistorySectionKind kind) {
    ImmutableList<HistoryItem> items = history(kind).items();
    for (int i = 0; i < items.size(); i++) {
      v.require(
          items.get(i).topic().section() == kind,
          FindingCode.INCONSISTENT_VALUE,
          path + "/items/" + i + "/topic",
          "the topic belongs to another history section");
    }
  }
}

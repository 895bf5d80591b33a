package org.therapykit.intake;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * One structured answer of a history section, such as topic {@link HistoryTopic#PRIOR_THERAPY}
 * answered {@link Answer#NO}, with an optional note.
 *
 * <p>The topic is the question and is shown by {@link #toString()}; the answer and the note are a
 * client's health information and are redacted.
 *
 * <p>Invariants: the note, if present, is not blank and at most 1,000 characters. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class HistoryItem implements WithHistoryItem, TherapyValue {
  HistoryItem() {}

  /**
   * Returns the question.
   *
   * @return the topic, not null
   */
  @Value.Redacted
  public abstract HistoryTopic topic();

  /**
   * Returns the answer.
   *
   * @return the answer, not null; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract Answer answer();

  /**
   * Returns the client's note on the answer.
   *
   * @return the note, or empty; redacted from {@code toString()}
   */
  @Text(max = 1000)
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Obtains an item without a note.
   *
   * @param topic the question, not null
   * @param answer the answer, not null
   * @return the item, not null
   */
  public static HistoryItem of(HistoryTopic topic, Answer answer) {
    return builder().topic(topic).answer(answer).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HistoryItem}; topic and answer are required. */
  public static final class Builder extends ImmutableHistoryItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

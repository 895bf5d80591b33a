package org.therapykit.intake;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * One history section of an intake form (physical, mental-health or sexual): structured items plus
 * free text, such as item {@link HistoryTopic#FERTILITY_TREATMENT} answered {@link Answer#YES} and
 * a few lines of notes.
 *
 * <p>Which section it is follows from where the intake form holds it; the form checks that every
 * item's topic belongs there. The notes are redacted from {@link #toString()}.
 *
 * <p>Invariants: no topic appears twice ({@link FindingCode#DUPLICATE_VALUE}); the notes, if
 * present, are not blank and at most 5,000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HistorySection implements WithHistorySection, TherapyValue {
  HistorySection() {}

  /**
   * Returns the structured answers, in order.
   *
   * @return the items, not null
   */
  public abstract ImmutableList<HistoryItem> items();

  /**
   * Returns the free-text notes.
   *
   * @return the notes, or empty; redacted from {@code toString()}
   */
  @Text(max = 5000)
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * Returns the answer to a topic, if the section has one.
   *
   * @param topic the topic, not null
   * @return the item, or empty
   */
  public Optional<HistoryItem> item(HistoryTopic topic) {
    return items().stream().filter(i -> i.topic() == topic).findFirst();
  }

  /**
   * Returns whether the section has neither items nor notes.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return items().isEmpty() && notes().isEmpty();
  }

  /**
   * Returns an empty section.
   *
   * @return an empty section, not null
   */
  public static HistorySection empty() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HistorySection}; everything is optional. */
  public static final class Builder extends ImmutableHistorySection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this).unique("/items", items(), HistoryItem::topic, "topic");
    v.throwIfAny();
  }
}

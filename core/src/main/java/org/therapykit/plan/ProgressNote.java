package org.therapykit.plan;

import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A progress note: the clinical record of a session, such as "Reviewed sensate-focus week; both
 * partners report less pressure." Progress notes belong to the record and may be released under an
 * authorisation for {@link org.therapykit.consent.InformationCategory#PROGRESS_NOTES}.
 *
 * <p>Kept apart from {@link PsychotherapyNote}, which needs a stricter release. The text is
 * redacted from {@link #toString()}.
 *
 * <p>Invariants: the text is not blank and at most 20,000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressNote implements WithProgressNote, TherapyValue {
  ProgressNote() {}

  /**
   * Returns the text.
   *
   * @return the text, not null, not blank; redacted from {@code toString()}
   */
  @Text(max = 20_000)
  @Value.Parameter
  @Value.Redacted
  public abstract String text();

  /**
   * Obtains a note.
   *
   * @param text the text, not null, not blank, at most 20,000 characters
   * @return the note, not null
   * @throws org.therapykit.validation.InvalidValueException if the text is blank or too long
   */
  public static ProgressNote of(String text) {
    return ImmutableProgressNote.of(text);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressNote}; the text is required. */
  public static final class Builder extends ImmutableProgressNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

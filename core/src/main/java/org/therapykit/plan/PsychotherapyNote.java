package org.therapykit.plan;

import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A psychotherapy note: the practitioner's own notes analysing the conversation of a session, kept
 * separate from the rest of the record (45 CFR 164.501). Releasing one needs an authorisation for
 * {@link org.therapykit.consent.InformationCategory#PSYCHOTHERAPY_NOTES} alone.
 *
 * <p>Kept apart from {@link ProgressNote}. The text is redacted from {@link #toString()}.
 *
 * <p>Invariants: the text is not blank and at most 20,000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PsychotherapyNote implements WithPsychotherapyNote, TherapyValue {
  PsychotherapyNote() {}

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
  public static PsychotherapyNote of(String text) {
    return ImmutablePsychotherapyNote.of(text);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PsychotherapyNote}; the text is required. */
  public static final class Builder extends ImmutablePsychotherapyNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

/**
 * Intake forms: each partner's histories, reasons for attending and topics.
 *
 * <ul>
 *   <li>{@link org.therapykit.intake.IntakeForm}: one partner's form, such as the form of {@code
 *       client-a}, completed on {@code 2026-02-16}; {@link
 *       org.therapykit.intake.IntakeForm#isCompletedBy(java.time.LocalDate)} says whether it was
 *       done by a date.
 *   <li>{@link org.therapykit.intake.HistorySection}: physical, mental-health or sexual history,
 *       structured {@link org.therapykit.intake.HistoryItem}s (a {@link
 *       org.therapykit.intake.HistoryTopic} answered with an {@link org.therapykit.intake.Answer})
 *       plus notes.
 *   <li>{@link org.therapykit.intake.ReasonForAttending}: why a client attends, such as {@code
 *       fertility-stress}.
 *   <li>{@link org.therapykit.intake.IntakeStatus}: in-progress, completed, amended,
 *       entered-in-error, stopped (the FHIR {@code QuestionnaireResponse} codes).
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods. Null arguments are rejected with {@link java.lang.NullPointerException}; values
 * that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation. Answers, notes,
 * reasons and topics are redacted from {@code toString()} and never appear in a message.
 */
@NullMarked
@ValueStyle
package org.therapykit.intake;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

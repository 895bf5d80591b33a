/**
 * The course of therapy as planned and held: the treatment plan and its versions, goals and their
 * revisions, sessions with their notes, and homework.
 *
 * <ul>
 *   <li>{@link org.therapykit.plan.TreatmentPlan}: the plan with every {@link
 *       org.therapykit.plan.PlanVersion}, such as version 1 from {@code 2026-02-16} planning six
 *       sessions with a review at session 4.
 *   <li>{@link org.therapykit.plan.Goal}: a goal and its {@link org.therapykit.plan.GoalRevision}s,
 *       such as {@link org.therapykit.plan.GoalCategory#SEXUAL_INTIMACY} for both partners, revised
 *       at the review; {@link org.therapykit.plan.GoalCategory#practiceArea()} links it to the
 *       scope of practice.
 *   <li>{@link org.therapykit.plan.Session}: one session, such as session 3 on {@code 2026-03-16},
 *       attended by both partners, with a {@link org.therapykit.plan.ProgressNote} and, kept apart,
 *       a {@link org.therapykit.plan.PsychotherapyNote}.
 *   <li>{@link org.therapykit.plan.HomeworkAssignment}: work between sessions, such as sensate
 *       focus for both partners assigned in session 2, with its {@link
 *       org.therapykit.plan.HomeworkOutcome}.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods; plans and goals are revised by adding a version or revision, never by editing
 * one. Null arguments are rejected with {@link java.lang.NullPointerException}; values that would
 * break an invariant are rejected with {@link org.therapykit.validation.InvalidValueException}
 * carrying every violation. Goal descriptions and targets, notes, homework descriptions and outcome
 * notes are redacted from {@code toString()} and never appear in a message.
 */
@NullMarked
@ValueStyle
package org.therapykit.plan;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

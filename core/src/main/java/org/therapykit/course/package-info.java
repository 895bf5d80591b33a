/**
 * The course of therapy as a whole, and the rules that say whether it is in order.
 *
 * <ul>
 *   <li>{@link org.therapykit.course.TherapyCase}: the aggregate, such as case {@code case-0001}: a
 *       couple in fertility treatment, referred by their fertility specialist, six planned
 *       sessions, intake, consents, a release to the specialist, three goals and homework.
 *   <li>{@link org.therapykit.course.CaseRules}: the rules as data (is a referral required? which
 *       qualification policy?) and {@link
 *       org.therapykit.course.CaseRules#validate(org.therapykit.course.TherapyCase)}.
 *   <li>{@link org.therapykit.course.CaseReport}: the answer, such as {@code
 *       SESSION_WITHOUT_CONSENT at /sessions/0/attendees/1 (error)}, or no findings.
 * </ul>
 *
 * <p>The aggregate lives in {@code course} because {@code case} is a Java keyword.
 *
 * <h2>Package specification</h2>
 *
 * <p>All types are immutable and thread-safe. A case that would break referential integrity is
 * rejected with {@link org.therapykit.validation.InvalidValueException}; everything about time and
 * order is a finding of the rules, which never throw for a valid case and never read the clock.
 * Findings name a code and a JSON Pointer into the case, never a sensitive value.
 */
@NullMarked
@ValueStyle
package org.therapykit.course;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

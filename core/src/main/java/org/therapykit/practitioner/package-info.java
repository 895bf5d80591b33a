/**
 * Practitioners and what they hold: licences, degrees and affiliations.
 *
 * <ul>
 *   <li>{@link org.therapykit.practitioner.Practitioner}: a person with their evidence, such as
 *       "Dr. Amara Osei", clinical psychologist in {@code US-IL}.
 *   <li>{@link org.therapykit.practitioner.License}: a licence in one jurisdiction, such as an LCSW
 *       in {@code US-NY}; {@link org.therapykit.practitioner.Profession} says whether it allows
 *       independent psychotherapy.
 *   <li>{@link org.therapykit.practitioner.Degree}: a degree, such as an MSW from a clinical,
 *       human-service programme.
 *   <li>{@link org.therapykit.practitioner.Affiliation}: a tie to an organisation, such as on staff
 *       at a fertility clinic.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods. Null arguments are rejected with {@link java.lang.NullPointerException}; values
 * that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation.
 */
@NullMarked
@ValueStyle
package org.therapykit.practitioner;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

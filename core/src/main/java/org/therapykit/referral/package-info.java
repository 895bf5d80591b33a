/**
 * Referrals from health-care providers to a practitioner or organisation.
 *
 * <ul>
 *   <li>{@link org.therapykit.referral.Referral}: a referral, such as {@code ref-0001} by a
 *       fertility specialist to sex therapist {@code p-0007}, written {@code 2026-02-02}; {@link
 *       org.therapykit.referral.Referral#isActiveOn(java.time.LocalDate)} says whether it is in
 *       effect on a date.
 *   <li>{@link org.therapykit.referral.ReferralStatus}: draft, active, on-hold, revoked, completed,
 *       entered-in-error.
 *   <li>{@link org.therapykit.referral.ReferralReason}: the reason category, such as {@code
 *       fertility-related}.
 * </ul>
 *
 * <p>The referring provider and the recipient are {@link org.therapykit.Party} values.
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
package org.therapykit.referral;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

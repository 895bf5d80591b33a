/**
 * Consent to therapy, releases of information, and the log of disclosures made.
 *
 * <ul>
 *   <li>{@link org.therapykit.consent.TreatmentConsent}: one client's consent to therapy, such as
 *       {@code client-b}'s consent signed {@code 2026-02-16}; each partner consents for themselves.
 *   <li>{@link org.therapykit.consent.ReleaseAuthorization}: one client's authorisation to release
 *       {@link org.therapykit.consent.InformationCategory categories} of their information to named
 *       recipients for {@link org.therapykit.consent.DisclosurePurpose purposes} until an expiry
 *       date or {@link org.therapykit.consent.ExpiryEvent event}, such as {@code roi-b} to the
 *       fertility specialist; {@link
 *       org.therapykit.consent.ReleaseAuthorization#covers(org.therapykit.Party,
 *       InformationCategory, DisclosurePurpose, java.time.LocalDate)} answers whether one release
 *       is covered.
 *   <li>{@link org.therapykit.consent.Signature}: who signed ({@link
 *       org.therapykit.consent.Signer}) and when, such as the subject on {@code 2026-02-16}.
 *   <li>{@link org.therapykit.consent.Disclosure}: a record of information released, such as goals
 *       and progress sent to the fertility specialist on {@code 2026-03-31}.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods. Null arguments are rejected with {@link java.lang.NullPointerException}; values
 * that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation. Nothing here reads the
 * clock: every "in force" question takes the date.
 */
@NullMarked
@ValueStyle
package org.therapykit.consent;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

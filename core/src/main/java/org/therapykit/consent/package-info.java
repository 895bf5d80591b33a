/**
 * Consent to therapy, releases of information, the log of disclosures made, and disclosure
 * decisions: may this requester, for this purpose, on this date, see this category of this client's
 * information?
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
 *   <li>{@link org.therapykit.consent.DisclosureRequest}: a question before a release, such as the
 *       fertility clinic asking on {@code 2026-03-31} for client {@code client-a}'s goals and
 *       progress, for care coordination.
 *   <li>{@link org.therapykit.consent.DisclosureRules}: the rules as data (the minimum-necessary
 *       table, whether to withhold beyond it, whether supervisors are in the host's own programme)
 *       and {@link org.therapykit.consent.DisclosureRules#decide(CaseRecord, DisclosureRequest)},
 *       which denies by default and never throws. It reads a case through {@link
 *       org.therapykit.consent.CaseRecord}, which the course package's {@code TherapyCase}
 *       implements: the course package depends on this one, never the reverse.
 *   <li>{@link org.therapykit.consent.DisclosureDecision}: the answer, such as {@code PERMIT} of
 *       goals and progress resting on authorisations {@code roi-a} and {@code roi-b}, with findings
 *       for everything withheld; {@link org.therapykit.consent.DisclosureOutcome} is permit or
 *       deny.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods. Null arguments are rejected with {@link java.lang.NullPointerException}; values
 * that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation. Nothing here reads the
 * clock: every "in force" question takes the date, and a disclosure decision is judged at the
 * request's date. Decisions fail closed: what no authorisation (or documented exception) covers is
 * denied.
 */
@NullMarked
@ValueStyle
package org.therapykit.consent;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

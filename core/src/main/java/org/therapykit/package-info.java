/**
 * The shared kernel of TherapyKit: small values every other package uses.
 *
 * <ul>
 *   <li>{@link org.therapykit.Jurisdiction}: where a licence applies, such as {@code US-FL}.
 *   <li>{@link org.therapykit.DateRange}: an inclusive range of dates, such as {@code
 *       2023-01-01/2025-12-31}.
 *   <li>{@link org.therapykit.Hours}: exact clock hours, such as {@code 89.5}.
 *   <li>{@link org.therapykit.PractitionerId}, {@link org.therapykit.OrganizationId}, {@link
 *       org.therapykit.ClientId}, {@link org.therapykit.CaseId}, {@link org.therapykit.ReferralId},
 *       {@link org.therapykit.GoalId}, {@link org.therapykit.HomeworkId} and {@link
 *       org.therapykit.AuthorizationId}: opaque identifiers, such as {@code practitioner-0042}.
 *   <li>{@link org.therapykit.Party} and {@link org.therapykit.PartyRole}: a provider or
 *       organisation that refers, discloses or receives, such as a fertility specialist at clinic
 *       {@code org-fertility-01}.
 *   <li>{@link org.therapykit.Coded}: the stable lowercase wire code of every model enum.
 *   <li>{@link org.therapykit.TherapyKitException}: the root of every exception for bad input.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe. Methods reject null arguments with {@link
 * java.lang.NullPointerException} unless documented. A value that would break its invariants is
 * never created: the factory throws {@link org.therapykit.validation.InvalidValueException} with
 * every violation. Values with a text form have {@code parse(CharSequence)} and a {@code
 * toString()} that {@code parse} accepts.
 */
@NullMarked
@ValueStyle
package org.therapykit;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

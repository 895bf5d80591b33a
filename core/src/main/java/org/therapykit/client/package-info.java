/**
 * Clients and the unit being treated: an individual or a couple.
 *
 * <ul>
 *   <li>{@link org.therapykit.client.Client}: one person in therapy, such as client {@code
 *       client-a}.
 *   <li>{@link org.therapykit.client.TreatedUnit}: the individual or couple being treated, such as
 *       the couple {@code client-a} and {@code client-b}; {@link org.therapykit.client.UnitKind}
 *       says which.
 *   <li>{@link org.therapykit.client.FertilityContext}: optional fertility data on the unit, such
 *       as {@link org.therapykit.client.FertilityStage#IN_TREATMENT} at clinic {@code
 *       org-fertility-01}.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe, built with {@code builder()} and copied with {@code
 * with...} methods. Null arguments are rejected with {@link java.lang.NullPointerException}; values
 * that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation. Names and the
 * fertility context are redacted from {@code toString()}.
 */
@NullMarked
@ValueStyle
package org.therapykit.client;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

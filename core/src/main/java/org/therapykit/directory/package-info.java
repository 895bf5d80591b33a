/**
 * Finding a therapist: organisations and their locations, an in-memory directory of practitioners,
 * and referral queries answered with ranked, explained results.
 *
 * <ul>
 *   <li>{@link org.therapykit.directory.Organization} and {@link
 *       org.therapykit.directory.Location}: a fertility clinic in Chicago, {@code US-IL}, at {@code
 *       41.8925,-87.6237}.
 *   <li>{@link org.therapykit.directory.DirectoryQuery}: a couple in {@code US-IL}, referred by
 *       their fertility clinic, for a sexual dysfunction, on a date.
 *   <li>{@link org.therapykit.directory.DirectoryIndex}: built once from practitioners and
 *       organisations; {@code find(query)}.
 *   <li>{@link org.therapykit.directory.DirectoryResult}: {@link
 *       org.therapykit.directory.Candidate}s in rank order with {@link
 *       org.therapykit.directory.PlacementReason}s, and {@link org.therapykit.directory.Exclusion}s
 *       with {@link org.therapykit.directory.ExclusionReason}s.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All types are immutable and thread-safe except {@link
 * org.therapykit.directory.DirectoryIndex.Builder}. Nulls are rejected unless documented. Queries
 * never read the clock; the date is part of the query.
 */
@NullMarked
@ValueStyle
package org.therapykit.directory;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

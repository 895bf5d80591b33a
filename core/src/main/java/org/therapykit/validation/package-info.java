/**
 * Findings and the invariant exception: how TherapyKit reports what is wrong, and where.
 *
 * <ul>
 *   <li>{@link org.therapykit.validation.Finding}: one result of a check, such as {@code
 *       CERTIFICATION_EXPIRED at /certifications/0/validity (warning)}.
 *   <li>{@link org.therapykit.validation.FindingCode}: the registry of every code, append-only.
 *   <li>{@link org.therapykit.validation.Severity}: error, warning or info.
 *   <li>{@link org.therapykit.validation.InvalidValueException}: thrown when a value would break
 *       its invariants, carrying all violations.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All types are immutable and thread-safe. Nulls are rejected unless documented. Paths are RFC
 * 6901 JSON Pointers into the checked value's JSON form. No message or finding contains a sensitive
 * value.
 */
@NullMarked
@ValueStyle
package org.therapykit.validation;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

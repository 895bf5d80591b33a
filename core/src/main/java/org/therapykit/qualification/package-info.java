/**
 * The qualification rules: what a practitioner is on a date, and what they may treat.
 *
 * <ul>
 *   <li>{@link org.therapykit.qualification.QualificationPolicy}: the question, {@code
 *       assess(practitioner, asOf)}; {@code QualificationPolicy.standard()} is the default.
 *   <li>{@link org.therapykit.qualification.QualificationAssessment}: the answer, such as {@code
 *       CERTIFIED_SEX_THERAPIST} with scope {@code THERAPY} and findings.
 *   <li>{@link org.therapykit.qualification.Classification} and {@link
 *       org.therapykit.qualification.ScopeOfPractice}: certified sex therapist, sex therapist, sex
 *       counsellor, sexuality educator, not qualified; and what each may work on.
 *   <li>{@link org.therapykit.qualification.RequirementSet}: versioned requirement numbers, such as
 *       AASECT's {@code 2025.T.1}; {@link org.therapykit.qualification.AasectRequirementSets} holds
 *       AASECT's.
 *   <li>{@link org.therapykit.qualification.StandardQualificationPolicy}: the rule engine,
 *       configured by requirement sets and {@link org.therapykit.qualification.Recognition}s.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All types are immutable and thread-safe. Rules never throw for valid input and never read the
 * clock: the date is an argument. Findings never contain sensitive values.
 */
@NullMarked
@ValueStyle
package org.therapykit.qualification;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

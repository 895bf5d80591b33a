/**
 * Sexuality credentials: certifications, memberships, training and supervised practice.
 *
 * <ul>
 *   <li>{@link org.therapykit.credential.Certification}: a body's certification, such as AASECT
 *       Certified Sex Therapist {@code CST-20417} granted under {@code 2025.T.1}.
 *   <li>{@link org.therapykit.credential.CertificationType} and {@link
 *       org.therapykit.credential.CertifyingBody}: what the library knows of boards and their
 *       credentials.
 *   <li>{@link org.therapykit.credential.Membership}: membership a certification may depend on.
 *   <li>{@link org.therapykit.credential.TrainingRecord}: training hours by category and delivery,
 *       such as 12.5 online hours of core knowledge.
 *   <li>{@link org.therapykit.credential.SupervisedPractice}: practice and supervision hours under
 *       a supervision contract.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All values are immutable and thread-safe. Null arguments are rejected with {@link
 * java.lang.NullPointerException}; values that would break an invariant are rejected with {@link
 * org.therapykit.validation.InvalidValueException} carrying every violation.
 */
@NullMarked
@ValueStyle
package org.therapykit.credential;

import org.jspecify.annotations.NullMarked;
import org.therapykit.internal.ValueStyle;

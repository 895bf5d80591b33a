/**
 * Generators of TherapyKit values for hosts' property-based tests: valid by construction, realistic
 * and invented, reproducible from a seed, and shrinkable.
 *
 * <ul>
 *   <li>{@link org.therapykit.testkit.TherapyGenerators}: the one entry point, a generator per
 *       model type, such as {@code practitioners().certifiedSexTherapists().asOf(date)} or {@code
 *       certifications().expiredOn(date)}.
 *   <li>{@link org.therapykit.testkit.Generator}: the functional interface every generator
 *       implements ({@code T next(Source)}), with combinators ({@code map}, {@code flatMap}, {@code
 *       listOf}, {@code optional}, {@code oneOf}, {@code frequency}) and seeded streams for JUnit
 *       {@code @MethodSource}: {@code practitioners().stream(42L).limit(200)}.
 *   <li>{@link org.therapykit.testkit.Source}: the framework-neutral source of bounded choices,
 *       such as {@code between(1, 6)}; {@code Source.of(seed)} or the QuickTheories adapter in
 *       {@code org.therapykit.testkit.quicktheories} (artifact {@code
 *       therapykit-testkit-quicktheories}).
 *   <li>{@link org.therapykit.testkit.QualificationBreak}: named ways a valid practitioner breaks
 *       one qualification rule, such as {@code MEMBERSHIP_LAPSED}, for {@code
 *       practitioners().breaking(...)}.
 *   <li>{@link org.therapykit.testkit.CaseGenerator}: whole courses of therapy the case rules find
 *       nothing wrong with, such as {@code cases().couple().inFertilityTreatment().withSessions(3,
 *       8)}; {@link org.therapykit.testkit.CaseRuleBreak}: named ways a valid case breaks one case
 *       rule, such as {@code SESSION_WITHOUT_CONSENT}, for {@code cases().breaking(...)}.
 *   <li>{@link org.therapykit.testkit.Samples}: runs a check over seeded samples and reports a
 *       failure with its seed and index.
 *   <li>{@link org.therapykit.testkit.ValueContracts}: reusable contract checks a host runs over
 *       its own storage or serialisation of our values; {@link
 *       org.therapykit.testkit.JsonContracts}: JSON round trips and schema validity, the schema
 *       check a hook the host backs with its own validator.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>Generators and checks are immutable and thread-safe; a {@code Source} is not (use one per
 * thread). No public type here exposes a test framework's types. Null arguments are rejected with
 * {@link java.lang.NullPointerException} unless documented; bad bounds with {@link
 * java.lang.IllegalArgumentException}. Generated values are built only through the model's public
 * builders and factories, so they satisfy every invariant.
 */
@NullMarked
package org.therapykit.testkit;

import org.jspecify.annotations.NullMarked;

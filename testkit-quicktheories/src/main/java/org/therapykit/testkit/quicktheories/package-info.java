/**
 * The QuickTheories adapter: {@link
 * org.therapykit.testkit.quicktheories.QuickTheoriesGenerators#toGen(org.therapykit.testkit.Generator)}
 * turns any TherapyKit generator into a QuickTheories {@code Gen} that keeps integrated shrinking,
 * such as {@code qt().withFixedSeed(42L).forAll(toGen(practitioners().counsellors())).check(p ->
 * ...)}.
 *
 * <h2>Package specification</h2>
 *
 * <p>Needs {@code org.quicktheories:quicktheories} (0.26) on the class or module path; this module,
 * {@code therapykit-testkit-quicktheories}, brings it. Nulls are rejected with {@link
 * java.lang.NullPointerException}. Stateless and thread-safe.
 */
@NullMarked
package org.therapykit.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;

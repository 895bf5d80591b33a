/**
 * Generators of TherapyKit values for hosts' property-based tests.
 *
 * <p>{@link org.therapykit.testkit.Source} is the framework-neutral source of bounded random
 * choices every generator draws from.
 *
 * <h2>Package specification</h2>
 *
 * <p>Nulls are rejected unless documented.
 */
@NullMarked
package org.therapykit.testkit;

import org.jspecify.annotations.NullMarked;

/**
 * Runnable examples of embedding TherapyKit; each is a small program a host can copy.
 *
 * <h2>Package specification</h2>
 *
 * <p>Nulls are rejected unless documented.
 */
@NullMarked
package org.therapykit.examples;

import org.jspecify.annotations.NullMarked;

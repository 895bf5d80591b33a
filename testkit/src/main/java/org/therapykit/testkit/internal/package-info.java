/**
 * Implementation details of {@code therapykit-testkit}: the catalog of invented names and places,
 * the bounded draws, and the builders of practitioners for each classification and rule break. Not
 * exported by the module; do not use these types directly, they change without notice.
 */
@NullMarked
package org.therapykit.testkit.internal;

import org.jspecify.annotations.NullMarked;

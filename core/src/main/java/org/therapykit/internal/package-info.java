/**
 * Implementation details of {@code therapykit-core}. Not exported by the module; do not use these
 * types directly, they change without notice.
 */
@NullMarked
package org.therapykit.internal;

import org.jspecify.annotations.NullMarked;

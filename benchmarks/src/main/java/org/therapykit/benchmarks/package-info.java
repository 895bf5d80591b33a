/** JMH benchmarks of TherapyKit, each against a baseline in the same run. */
@NullMarked
package org.therapykit.benchmarks;

import org.jspecify.annotations.NullMarked;

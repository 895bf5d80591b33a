package org.therapykit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.therapykit.qualification.Classification;

/** Runs each benchmark method once, untimed, so none rots. */
class QualificationBenchmarkTest {
  @Test
  void assessRunsAndAssessesTheRealisticPractitioner() {
    assertThat(new QualificationBenchmark().assess().classification())
        .isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
  }
}

package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.therapykit.TestGenerators;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;

/**
 * Properties of the default policy over generated practitioners. (The testkit module publishes
 * richer generators; core cannot depend on it, so these use the small {@link TestGenerators}.)
 */
class QualificationProperties {
  private static final long SEED = 20261128L;
  private static final QualificationPolicy POLICY = QualificationPolicy.standard();

  @Test
  void anAssessmentNeverThrowsAndIsConsistent() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(TestGenerators.practitioners(), TestGenerators.dates())
        .checkAssert(
            (p, asOf) -> {
              QualificationAssessment a = POLICY.assess(p, asOf);
              assertThat(a.scope()).isEqualTo(a.classification().scope());
              assertThat(a.findings())
                  .extracting(Finding::severity)
                  .isSortedAccordingTo(Enum::compareTo);
              if (a.classification() == Classification.CERTIFIED_SEX_THERAPIST) {
                assertThat(p.licensesValidOn(asOf))
                    .anyMatch(License::allowsIndependentPsychotherapy);
              }
              assertThat(POLICY.assess(p, asOf)).isEqualTo(a);
            });
  }

  @Test
  void addingTrainingHoursNeverLowersAClassification() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(TestGenerators.practitioners(), TestGenerators.trainings(), TestGenerators.dates())
        .checkAssert(
            (p, extra, asOf) -> {
              Classification before = POLICY.assess(p, asOf).classification();
              Practitioner more =
                  p.withTrainings(
                      ImmutableList.<TrainingRecord>builder()
                          .addAll(p.trainings())
                          .add(extra)
                          .build());
              assertThat(POLICY.assess(more, asOf).classification()).isGreaterThanOrEqualTo(before);
            });
  }

  @Test
  void aLaterAssessmentDateNeverCountsFutureTraining() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(TestGenerators.practitioners(), TestGenerators.dates())
        .checkAssert(
            (p, asOf) -> {
              QualificationAssessment a = POLICY.assess(p, asOf);
              ImmutableList<TrainingRecord> past =
                  p.trainings().stream()
                      .filter(t -> !t.completed().isAfter(asOf))
                      .collect(ImmutableList.toImmutableList());
              assertThat(POLICY.assess(p.withTrainings(past), asOf).requirements())
                  .isEqualTo(a.requirements());
            });
  }
}

package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.properties.QtGens.toGen;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.BreakChecks;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.QualificationBreak;
import org.therapykit.testkit.TherapyGenerators;
import org.therapykit.validation.Finding;

/**
 * The project's properties of the default qualification policy, over the testkit's generators and
 * run by QuickTheories with fixed seeds (so a failure reproduces and shrinks). Formerly in core,
 * which cannot depend on the testkit.
 */
class QualificationProperties {
  private static final long SEED = 20261128L;
  private static final int EXAMPLES = 1000;
  private static final QualificationPolicy POLICY = QualificationPolicy.standard();

  /** A date from 2000 to 2035 paired with a practitioner whose evidence is dated around it. */
  private static Generator<Map.Entry<LocalDate, Practitioner>> dated(
      java.util.function.Function<LocalDate, Generator<Practitioner>> practitioners) {
    return TherapyGenerators.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2035, 12, 31))
        .flatMap(d -> practitioners.apply(d).map(p -> Map.entry(d, p)));
  }

  @Test
  void anAssessmentNeverThrowsAndIsConsistentOnAnyDate() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(toGen(TherapyGenerators.practitioners()), toGen(TherapyGenerators.dates()))
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
        .forAll(
            toGen(dated(d -> TherapyGenerators.practitioners().asOf(d))),
            toGen(TherapyGenerators.trainingRecords()))
        .checkAssert(
            (dp, extra) -> {
              LocalDate asOf = dp.getKey();
              Practitioner p = dp.getValue();
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
  void anAssessmentNeverCountsTrainingCompletedAfterItsDate() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(toGen(TherapyGenerators.practitioners()), toGen(TherapyGenerators.dates()))
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

  @ParameterizedTest
  @EnumSource(Classification.class)
  void everyClassificationGeneratorAgreesWithThePolicy(Classification c) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(toGen(dated(d -> TherapyGenerators.practitioners().classifiedAs(c).asOf(d))))
        .checkAssert(
            dp -> {
              QualificationAssessment a = POLICY.assess(dp.getValue(), dp.getKey());
              assertThat(a.classification()).isEqualTo(c);
              assertThat(a.hasErrors()).isFalse();
            });
  }

  @ParameterizedTest
  @EnumSource(QualificationBreak.class)
  void everyRuleBreakingGeneratorTriggersExactlyItsRule(QualificationBreak b) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(toGen(dated(d -> TherapyGenerators.practitioners().breaking(b).asOf(d))))
        .checkAssert(dp -> BreakChecks.assertBreaks(b, dp.getValue(), dp.getKey()));
  }

  @Test
  void aCertifiedTherapistWithoutTheCertificationIsNoLongerCertified() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            toGen(dated(d -> TherapyGenerators.practitioners().certifiedSexTherapists().asOf(d))))
        .checkAssert(
            dp -> {
              Practitioner without = dp.getValue().withCertifications(ImmutableList.of());
              assertThat(POLICY.assess(without, dp.getKey()).classification())
                  .isNotEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
            });
  }
}

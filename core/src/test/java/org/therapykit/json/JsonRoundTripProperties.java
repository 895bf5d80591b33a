package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.therapykit.TestGenerators;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/** Any valid value survives JSON unchanged, and writes the same bytes twice. */
class JsonRoundTripProperties {
  private static final TherapyJson JSON = TherapyJson.strict();

  @Test
  void practitionersRoundTrip() {
    qt().withFixedSeed(7L)
        .withExamples(2000)
        .forAll(TestGenerators.practitioners())
        .checkAssert(
            p -> {
              byte[] bytes = JSON.writeBytes(p);
              assertThat(JSON.read(Practitioner.class, bytes)).isEqualTo(p);
              assertThat(JSON.writeBytes(JSON.read(Practitioner.class, bytes))).isEqualTo(bytes);
            });
  }

  @Test
  void assessmentsRoundTrip() {
    qt().withFixedSeed(8L)
        .withExamples(1000)
        .forAll(TestGenerators.practitioners(), TestGenerators.dates())
        .checkAssert(
            (p, asOf) -> {
              QualificationAssessment a = QualificationPolicy.standard().assess(p, asOf);
              assertThat(JSON.read(QualificationAssessment.class, JSON.write(a))).isEqualTo(a);
            });
  }
}

package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.validation.FindingCode;

class QuickStartTest {
  @Test
  void assessesTheQuickStartPractitionerAsCertified() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QualificationAssessment a =
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(a.classification()).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
    assertThat(a.findings(FindingCode.CERTIFICATION_EXPIRING))
        .extracting(f -> f.path())
        .containsExactly("/certifications/0/validity");
    assertThat(a.findings(FindingCode.MEMBERSHIP_LAPSED)).isEmpty();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("CERTIFIED_SEX_THERAPIST" + System.lineSeparator());
  }
}

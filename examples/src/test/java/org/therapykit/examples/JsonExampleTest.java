package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.json.TherapyJson;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;

class JsonExampleTest {
  @Test
  void readsAssessesWritesAndReportsABadDocument() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String written = JsonExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    QualificationAssessment a = TherapyJson.strict().read(QualificationAssessment.class, written);
    assertThat(a.classification()).isEqualTo(Classification.NOT_QUALIFIED);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            written.substring(0, 60),
            "INVALID_VALUE /practitioner/licenses/0/status",
            "0 p-0112",
            "1 p-0113");
  }
}

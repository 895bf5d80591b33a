package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.therapykit.fhir.BundleAssessment;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.MappingCode;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Runs {@link FhirBridge}: what it prints is the golden file {@code fhir-bridge.txt} (regenerate
 * with {@code -Dtherapykit.update=true}), and what it returns is what the policy gives.
 */
class FhirBridgeTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/therapykit/examples/fhir-bridge.txt");

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FhirBridge.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void printsWhatTheGoldenFileHolds() throws IOException {
    String out = run();
    if (Boolean.getBoolean("therapykit.update")) {
      Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
    }
    assertThat(out).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(out)
        .startsWith(
            "== Practitioner (the first 24 lines)\n{\n  \"resourceType\": \"Practitioner\",")
        .contains("\nequal to the original: true\ncomplete (no findings): true\n")
        .contains("\np-0007: CERTIFIED_SEX_THERAPIST\np-0112: NOT_QUALIFIED\n")
        .contains("error UNKNOWN_CODE at Bundle.entry[3].resource.qualification[1].code: ")
        .doesNotContain("106H00000X");
  }

  @Test
  void assessesTheBundleAsThePolicyAssessesThePractitioners() {
    BundleAssessment assessed =
        FhirBridge.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    QualificationPolicy policy = QualificationPolicy.standard();
    assertThat(assessed.assessments())
        .containsExactly(
            policy.assess(FhirBridge.practitioner(), FhirBridge.AS_OF),
            policy.assess(FhirBridge.colleague(), FhirBridge.AS_OF));
    assertThat(assessed.assessments())
        .extracting(QualificationAssessment::classification)
        .containsExactly(Classification.CERTIFIED_SEX_THERAPIST, Classification.NOT_QUALIFIED);
    assertThat(assessed.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(MappingCode.UNKNOWN_CODE));
    assertThat(assessed.bundle().getEntry())
        .extracting(e -> e.getResource().fhirType())
        .containsExactly(
            "Basic", "PractitionerRole", "Basic", "PractitionerRole", "OperationOutcome");
    // each Basic reads back as the assessment it records
    FhirR4 fhir = FhirR4.create();
    for (int i = 0; i < 2; i++) {
      Resource basic = assessed.bundle().getEntry().get(2 * i).getResource();
      assertThat(fhir.fromFhir((Basic) basic).orElseThrow())
          .isEqualTo(assessed.assessments().get(i));
    }
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      FhirBridge.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("== Practitioner");
  }
}

package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.therapykit.examples.SampleFilesTest;
import org.therapykit.examples.cli.SamplePractitioners.Sample;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.Mapped;
import org.therapykit.fhir.PractitionerBundle;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;

/**
 * The FHIR sample inputs of {@code examples/samples/}, for {@code therapykit check}: {@code
 * fhir-bundle.json} is {@code FhirR4.encodePretty(fhir.toBundle(...))} of the first sample
 * practitioner of each classification, and {@code fhir-practitioner.json} is one sample
 * practitioner (with no affiliation, so the resource is the whole of them) as a pretty {@code
 * Practitioner}, byte for byte. Regenerate them with {@code -Dtherapykit.update=true}.
 */
class FhirSampleFilesTest {
  static final Path BUNDLE = SampleFilesTest.DIR.resolve("fhir-bundle.json");
  static final Path PRACTITIONER = SampleFilesTest.DIR.resolve("fhir-practitioner.json");

  static final FhirR4 FHIR = FhirR4.create();

  /**
   * The first sample practitioner of each classification, the widest first (certified sex
   * therapist, ..., not qualified).
   */
  static List<Sample> bundled() {
    List<Sample> all = SamplePractitioners.all();
    return widestFirst().stream()
        .map(c -> all.stream().filter(s -> s.expected() == c).findFirst().orElseThrow())
        .toList();
  }

  static List<Classification> widestFirst() {
    List<Classification> order = new ArrayList<>(List.of(Classification.values()));
    Collections.reverse(order);
    return order;
  }

  /** Helena Marsh: a certified sex therapist with no affiliation. */
  static Sample single() {
    return SamplePractitioners.all().stream()
        .filter(s -> s.practitioner().id().value().equals("sample-02"))
        .findFirst()
        .orElseThrow();
  }

  static Bundle bundle() {
    return FHIR.toBundle(bundled().stream().map(Sample::practitioner).toList());
  }

  static String bundleJson() {
    return FHIR.encodePretty(bundle()) + "\n";
  }

  static String practitionerJson() {
    return FHIR.encodePretty(FHIR.toFhir(single().practitioner()).practitioner()) + "\n";
  }

  private static void check(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("therapykit.update")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as(file.toString())
        .isEqualTo(expected);
  }

  @Test
  void theFhirSampleFilesAreTheGeneratedResources() throws IOException {
    check(BUNDLE, bundleJson());
    check(PRACTITIONER, practitionerJson());
    // pretty-printed, as HAPI writes them
    assertThat(Files.readString(BUNDLE)).startsWith("{\n  \"resourceType\": \"Bundle\",\n");
    assertThat(Files.readString(PRACTITIONER))
        .startsWith("{\n  \"resourceType\": \"Practitioner\",\n");
  }

  @Test
  void theSamplesCoverEveryClassificationAndReadBackAsTheyWere() throws IOException {
    List<Sample> bundled = bundled();
    assertThat(bundled).extracting(Sample::expected).containsExactlyElementsOf(widestFirst());
    assertThat(bundled).anySatisfy(s -> assertThat(s.practitioner().affiliations()).isNotEmpty());
    PractitionerBundle read = FHIR.readPractitioners(FHIR.parseBundle(Files.readString(BUNDLE)));
    assertThat(read.findings()).isEmpty();
    assertThat(read.practitioners())
        .containsExactlyElementsOf(bundled.stream().map(Sample::practitioner).toList());

    assertThat(single().practitioner().affiliations()).isEmpty();
    Mapped<Practitioner> one =
        FHIR.fromFhir(
            (org.hl7.fhir.r4.model.Practitioner) FHIR.parse(Files.readString(PRACTITIONER)),
            List.of(),
            List.of());
    assertThat(one.isComplete()).isTrue();
    assertThat(one.orElseThrow()).isEqualTo(single().practitioner());
  }

  @Test
  void everySamplePractitionerGoesToFhirAndBackUnchanged() {
    List<Practitioner> all = SamplePractitioners.all().stream().map(Sample::practitioner).toList();
    PractitionerBundle read =
        FHIR.readPractitioners(FHIR.parseBundle(FHIR.encodePretty(FHIR.toBundle(all))));
    assertThat(read.findings()).isEmpty();
    assertThat(read.practitioners()).containsExactlyElementsOf(all);
  }
}

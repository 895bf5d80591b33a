package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.course.CaseRules;
import org.therapykit.course.GoldenCase;
import org.therapykit.course.TherapyCase;
import org.therapykit.directory.DirectoryGolden;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * The JSON contract, checked both ways against files under {@code src/test/resources}: each file
 * parses to the value built in code, and each value writes to exactly the file's bytes.
 *
 * <p>To regenerate the files after a deliberate format change, run this test with {@code
 * -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  static final String DIR = "/org/therapykit/json/golden/";
  private static final TherapyJson PRETTY = TherapyJson.builder().prettyPrint(true).build();

  static Stream<Arguments> documents() {
    Stream<Arguments> practitioners =
        GoldenPractitioners.all().entrySet().stream()
            .map(e -> Arguments.of(GoldenPractitioners.fileName(e.getKey()), e.getValue()));
    QualificationAssessment assessment =
        QualificationPolicy.standard()
            .assess(GoldenPractitioners.notQualified(), GoldenPractitioners.AS_OF);
    QualificationAssessment certified =
        QualificationPolicy.standard()
            .assess(GoldenPractitioners.certified(), GoldenPractitioners.AS_OF);
    TherapyCase golden = GoldenCase.build();
    Stream<Arguments> disclosures =
        GoldenDisclosures.all().entrySet().stream()
            .map(e -> Arguments.of(e.getKey(), e.getValue()));
    return Stream.concat(
        Stream.concat(practitioners, disclosures),
        Stream.of(
            Arguments.of("assessment-not-qualified.json", assessment),
            Arguments.of("assessment-certified-sex-therapist.json", certified),
            Arguments.of("therapy-case.json", golden),
            Arguments.of("case-report.json", CaseRules.standard().validate(golden)),
            Arguments.of(
                "case-report-with-findings.json",
                CaseRules.standard().validate(golden.withReferral(Optional.empty()))),
            Arguments.of("practitioner-uk-registrant.json", GoldenPractitioners.ukRegistrant()),
            Arguments.of("referral.json", golden.referral().orElseThrow()),
            Arguments.of("release-authorization.json", golden.authorizations().get(0)),
            Arguments.of("treatment-plan.json", golden.plan().orElseThrow()),
            Arguments.of("organization.json", DirectoryGolden.organization()),
            Arguments.of(
                "practitioner-with-services.json", DirectoryGolden.practitionerWithServices()),
            Arguments.of("directory-query.json", DirectoryGolden.query()),
            Arguments.of("directory-result.json", DirectoryGolden.result())));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void writesExactlyTheGoldenFile(String name, TherapyDocument value) throws IOException {
    String written = PRETTY.write(value) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources" + DIR + name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(golden(name));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsTheGoldenFileToTheValue(String name, TherapyDocument value) throws IOException {
    Object read = TherapyJson.strict().read(rootType(value), golden(name));
    assertThat(read).isEqualTo(value);
  }

  static Class<? extends TherapyDocument> rootType(Object value) {
    return TherapyJson.documentKinds().keySet().stream()
        .filter(t -> t.isInstance(value))
        .findFirst()
        .orElseThrow();
  }

  /** The document kind (envelope property, and schema name) of a golden file's value. */
  static String kindOf(Object value) {
    return java.util.Objects.requireNonNull(TherapyJson.documentKinds().get(rootType(value)));
  }

  @Test
  void theGoldenPractitionersHaveTheirClassifications() {
    for (Map.Entry<Classification, Practitioner> e : GoldenPractitioners.all().entrySet()) {
      assertThat(
              QualificationPolicy.standard()
                  .assess(e.getValue(), GoldenPractitioners.AS_OF)
                  .classification())
          .as(e.getValue().displayName())
          .isEqualTo(e.getKey());
    }
  }

  @Test
  void compactAndPrettyFormsReadToTheSameValue() {
    for (Practitioner p : GoldenPractitioners.all().values()) {
      String compact = TherapyJson.strict().write(p);
      assertThat(compact).doesNotContain("\n").startsWith("{\"formatVersion\":\"1.1\",");
      assertThat(TherapyJson.strict().read(Practitioner.class, compact)).isEqualTo(p);
      assertThat(TherapyJson.strict().read(Practitioner.class, PRETTY.write(p))).isEqualTo(p);
    }
  }
}

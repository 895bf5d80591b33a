package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.examples.cli.TherapyKitCliTest.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.examples.cli.SamplePractitioners.Sample;
import org.therapykit.examples.cli.TherapyKitCliTest.Run;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.PractitionerBundle;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.BoardRequirementSets;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.StandardQualificationPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code therapykit check} on FHIR R4 input, detected by a top-level {@code resourceType}: the
 * pretty-printed sample Bundle and Practitioner of {@code examples/samples/} (as HAPI's {@code
 * encodePretty} writes them), the same compact, mapping findings with their locations, other
 * resources, and FHIR that HAPI cannot parse, in one line without a stack trace or an input value.
 */
class FhirCheckCliTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/therapykit/examples/cli/check-fhir-bundle-2026-11-28.txt");
  private static final FhirR4 FHIR = FhirSampleFilesTest.FHIR;
  private static final String BUNDLE = FhirSampleFilesTest.BUNDLE.toString();
  private static final String PRACTITIONER = FhirSampleFilesTest.PRACTITIONER.toString();
  private static final String AS_OF = SamplePractitioners.AS_OF.toString();
  private static final String SECRET = "Zq7-do-not-echo";

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  /** The table row of a practitioner, by name. */
  private static String row(String out, String name) {
    List<String> rows = out.lines().filter(l -> l.startsWith(name + " ")).toList();
    assertThat(rows).as(name).hasSize(1);
    return rows.get(0);
  }

  /** The classification column of a row, as the table writes it. */
  private static String classification(QualificationAssessment a) {
    return "  " + TableReport.label(a.classification()) + " ";
  }

  // ---- the pretty-printed sample Bundle -------------------------------------------------------

  @Test
  void checksEveryPractitionerOfThePrettySampleBundle() throws IOException {
    assertThat(Files.readString(FhirSampleFilesTest.BUNDLE))
        .startsWith("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n");
    Run run = run("check", "--as-of", AS_OF, BUNDLE);
    if (Boolean.getBoolean("therapykit.update")) {
      Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    List<Sample> samples = FhirSampleFilesTest.bundled();
    for (Sample s : samples) {
      QualificationAssessment expected =
          QualificationPolicy.standard().assess(s.practitioner(), SamplePractitioners.AS_OF);
      assertThat(expected.classification()).isEqualTo(s.expected());
      assertThat(row(run.out(), s.practitioner().displayName())).contains(classification(expected));
    }
    // one row per practitioner, in bundle order
    List<String> names = samples.stream().map(s -> s.practitioner().displayName()).toList();
    assertThat(run.out().lines().filter(l -> names.stream().anyMatch(n -> l.startsWith(n + " "))))
        .hasSize(samples.size());
    assertThat(run.out())
        .startsWith("therapykit check: as of 2026-11-28, policy therapykit-aasect-2025\n")
        .contains("input: " + BUNDLE + "\n")
        .contains("\nFHIR mapping findings: none\n")
        .contains("Summary: 5 practitioners as of 2026-11-28\n")
        .contains("\n  invalid records              0\n")
        .contains("\n  FHIR mapping findings        0\n");
  }

  @Test
  void givesTheClassificationsOfTheBridgesOwnAssess() throws IOException {
    Bundle bundle = FHIR.parseBundle(Files.readString(FhirSampleFilesTest.BUNDLE));
    List<QualificationAssessment> assessed =
        FHIR.assess(bundle, QualificationPolicy.standard(), SamplePractitioners.AS_OF)
            .assessments();
    Run json = run("check", "--as-of", AS_OF, "--format", "json", BUNDLE);
    List<String> lines = json.out().lines().toList();
    assertThat(lines).hasSize(assessed.size() + 1);
    for (int i = 0; i < assessed.size(); i++) {
      assertThat(TherapyJson.strict().read(QualificationAssessment.class, lines.get(i)))
          .isEqualTo(assessed.get(i));
    }
  }

  @Test
  void readsTheSameBundleCompactAndFromStandardInput(@TempDir Path dir) throws IOException {
    String compact = FHIR.encode(FhirSampleFilesTest.bundle());
    assertThat(compact).doesNotContain("\n");
    Path file = dir.resolve("compact.json");
    Files.writeString(file, compact);
    String pretty = run("check", "--as-of", AS_OF, BUNDLE).out();

    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(pretty.replace("input: " + BUNDLE, "input: " + file));

    Run stdin =
        run(
            new ByteArrayInputStream(
                ("\uFEFF" + Files.readString(FhirSampleFilesTest.BUNDLE))
                    .getBytes(StandardCharsets.UTF_8)),
            "check",
            "--as-of",
            AS_OF,
            "-");
    assertThat(stdin.err()).isEmpty();
    assertThat(stdin.code()).isEqualTo(ExitCodes.OK);
    assertThat(stdin.out()).isEqualTo(pretty.replace("input: " + BUNDLE, "input: standard input"));
  }

  @Test
  void takesTheDateFromTheClockAndThePolicyFromTheCommandLine() throws IOException {
    Run today = run("check", BUNDLE);
    assertThat(today.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    Run cosrt = run("check", "--policy", "cosrt", "--as-of", "2027-03-01", BUNDLE);
    assertThat(cosrt.code()).isEqualTo(ExitCodes.OK);
    assertThat(cosrt.out())
        .startsWith("therapykit check: as of 2027-03-01, policy standard-cosrt\n");
    StandardQualificationPolicy policy =
        BoardRequirementSets.policy("standard-cosrt", BoardRequirementSets.COSRT_2018);
    for (Sample s : FhirSampleFilesTest.bundled()) {
      assertThat(row(cosrt.out(), s.practitioner().displayName()))
          .contains(
              classification(
                  policy.assess(s.practitioner(), java.time.LocalDate.parse("2027-03-01"))));
    }
  }

  @Test
  void findsResourceTypeAnywhereAtTheTopLevelOnly(@TempDir Path dir) throws IOException {
    // resourceType last: still FHIR
    String json =
        FHIR.encode(FHIR.toFhir(FhirSampleFilesTest.single().practitioner()).practitioner());
    String last =
        json.replaceFirst("^\\{\"resourceType\":\"Practitioner\",", "{")
            .replaceFirst("}$", ",\"resourceType\":\"Practitioner\"}");
    assertThat(last).doesNotStartWith("{\"resourceType\"");
    Path file = dir.resolve("last.json");
    Files.writeString(file, last);
    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Helena Marsh, LCSW").contains("FHIR mapping findings: none");

    // a TherapyKit document with a member of that name inside: not FHIR, an unknown field
    String document =
        TherapyJson.strict()
            .write(FhirSampleFilesTest.single().practitioner())
            .replace("\"practitioner\":{", "\"practitioner\":{\"resourceType\":\"Practitioner\",");
    Path tk = dir.resolve("tk.json");
    Files.writeString(tk, document);
    Run therapyKit = run("check", "--as-of", AS_OF, tk.toString());
    assertThat(therapyKit.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(therapyKit.errLines())
        .singleElement()
        .asString()
        .startsWith(tk + ": record 0: UNKNOWN_FIELD at /practitioner/resourceType ");
  }

  @Test
  void readsFhirAndTherapyKitInputsInOneRun(@TempDir Path dir) throws IOException {
    Path ndjson = dir.resolve("staff.ndjson");
    Files.write(ndjson, SampleDirectoryTest.generated());
    Run run = run("check", "--as-of", AS_OF, ndjson.toString(), BUNDLE, PRACTITIONER);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("Summary: 53 practitioners as of 2026-11-28\n")
        .contains("FHIR mapping findings: none");
  }

  // ---- a single Practitioner ------------------------------------------------------------------

  @Test
  void checksASinglePrettyPractitioner() throws IOException {
    assertThat(Files.readString(FhirSampleFilesTest.PRACTITIONER))
        .startsWith("{\n  \"resourceType\": \"Practitioner\",\n");
    Run run = run("check", "--as-of", AS_OF, PRACTITIONER);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    Sample s = FhirSampleFilesTest.single();
    QualificationAssessment expected =
        QualificationPolicy.standard().assess(s.practitioner(), SamplePractitioners.AS_OF);
    assertThat(row(run.out(), "Helena Marsh, LCSW")).contains(classification(expected));
    assertThat(run.out())
        .contains("Summary: 1 practitioner as of 2026-11-28\n")
        .contains("FHIR mapping findings: none");

    Run json = run("check", "--as-of", AS_OF, "--format", "json", PRACTITIONER);
    List<String> lines = json.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(TherapyJson.strict().read(QualificationAssessment.class, lines.get(0)))
        .isEqualTo(expected);
    assertThat(lines.get(1))
        .isEqualTo("{\"input\":\"" + PRACTITIONER + "\",\"mappingFindings\":[]}");
  }

  @Test
  void reportsAPractitionerThatCannotBeMapped(@TempDir Path dir) throws IOException {
    org.hl7.fhir.r4.model.Practitioner p =
        FHIR.toFhir(FhirSampleFilesTest.single().practitioner()).practitioner();
    p.setName(List.of());
    Path file = dir.resolve("nameless.json");
    Files.writeString(file, FHIR.encodePretty(p));
    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "\nFHIR mapping findings:\n  "
                + file
                + ": error MISSING_ELEMENT at Practitioner.name: the practitioner has no name\n")
        .contains("Summary: 0 practitioners as of 2026-11-28\n")
        .contains("\n  invalid records              1\n");
  }

  // ---- mapping findings -----------------------------------------------------------------------

  /**
   * The sample bundle with a code the bridge does not know on a practitioner's second
   * qualification.
   */
  private static Path unknownCode(Path dir, int[] entry) throws IOException {
    Bundle bundle = FhirSampleFilesTest.bundle();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource r = bundle.getEntry().get(i).getResource();
      if (r instanceof org.hl7.fhir.r4.model.Practitioner p && p.getQualification().size() >= 2) {
        p.getQualification()
            .get(1)
            .setCode(new CodeableConcept(new Coding("urn:example:codes", SECRET, SECRET)));
        entry[0] = i;
        break;
      }
    }
    Path file = dir.resolve("unknown-code.json");
    Files.writeString(file, FHIR.encodePretty(bundle));
    return file;
  }

  @Test
  void reportsAnUnknownCodeWithItsLocationAndStillAssessesThePractitioner(@TempDir Path dir)
      throws IOException {
    int[] entry = new int[1];
    Path file = unknownCode(dir, entry);
    String location = "Bundle.entry[" + entry[0] + "].resource.qualification[1].code";
    PractitionerBundle read = FHIR.readPractitioners(FHIR.parseBundle(Files.readString(file)));
    assertThat(read.practitioners()).hasSize(5);

    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "\nFHIR mapping findings:\n  "
                + file
                + ": error UNKNOWN_CODE at "
                + location
                + ": the qualification's code is not one the bridge maps")
        .contains("Summary: 5 practitioners as of 2026-11-28\n")
        .contains("\n  invalid records              0\n")
        .contains("\n  FHIR mapping findings        1\n")
        .doesNotContain(SECRET);
    for (Practitioner p : read.practitioners()) {
      assertThat(row(run.out(), p.displayName()))
          .contains(
              classification(QualificationPolicy.standard().assess(p, SamplePractitioners.AS_OF)));
    }

    Run json = run("check", "--as-of", AS_OF, "--format", "json", file.toString());
    assertThat(json.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    List<String> lines = json.out().lines().toList();
    assertThat(lines).hasSize(6);
    JsonNode findings = JsonMapper.builder().build().readTree(lines.get(5));
    assertThat(findings.get("input").asString()).isEqualTo(file.toString());
    assertThat(findings.get("mappingFindings")).hasSize(1);
    JsonNode f = findings.get("mappingFindings").get(0);
    assertThat(f.get("code").asString()).isEqualTo("UNKNOWN_CODE");
    assertThat(f.get("location").asString()).isEqualTo(location);
    assertThat(f.get("severity").asString()).isEqualTo("error");
    assertThat(f.get("message").asString()).startsWith("the qualification's code is not one");
    assertThat(json.out()).doesNotContain(SECRET);
  }

  @Test
  void writesTheAssessmentsAsNewlineDelimitedJsonAndTheFindingsAsAnArray() {
    Run run = run("check", "--as-of", AS_OF, "--format", "json", BUNDLE);
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    List<Sample> samples = FhirSampleFilesTest.bundled();
    assertThat(lines).hasSize(samples.size() + 1);
    try (JsonRecords<QualificationAssessment> records =
        TherapyJson.strict()
            .readAll(
                QualificationAssessment.class,
                new ByteArrayInputStream(
                    String.join("\n", lines.subList(0, samples.size()))
                        .getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord<QualificationAssessment>> all = records.stream().toList();
      assertThat(all).hasSize(samples.size());
      for (int i = 0; i < all.size(); i++) {
        QualificationAssessment a = all.get(i).value().orElseThrow();
        assertThat(a.practitionerId()).isEqualTo(samples.get(i).practitioner().id());
        assertThat(a.classification()).isEqualTo(samples.get(i).expected());
        assertThat(a.asOf()).isEqualTo(SamplePractitioners.AS_OF);
      }
    }
    assertThat(lines.subList(0, samples.size()))
        .allMatch(l -> l.startsWith("{\"formatVersion\":\"1.1\",\"qualificationAssessment\":"));
    assertThat(lines.get(samples.size()))
        .isEqualTo("{\"input\":\"" + BUNDLE + "\",\"mappingFindings\":[]}");
  }

  // ---- FHIR that check does not read ----------------------------------------------------------

  @Test
  void namesAResourceTypeItDoesNotRead(@TempDir Path dir) throws IOException {
    Patient patient = new Patient();
    patient.setId("pat-1");
    patient.addName(new HumanName().setFamily(SECRET));
    Path file = dir.resolve("patient.json");
    Files.writeString(file, FHIR.encodePretty(patient));
    Run run = run("check", "--as-of", AS_OF, file.toString(), PRACTITIONER);
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines())
        .containsExactly(
            file
                + ": UNSUPPORTED_RESOURCE: a FHIR Patient resource; check reads a FHIR Bundle of"
                + " practitioners or a Practitioner");
    assertNoStackTrace(run);
    // the rest is still checked
    assertThat(run.out())
        .contains("Helena Marsh, LCSW")
        .contains("Summary: 1 practitioner as of 2026-11-28\n")
        .contains("\n  invalid records              1\n")
        .doesNotContain(SECRET);
  }

  @Test
  void skipsOtherResourcesOfABundleWithANote(@TempDir Path dir) throws IOException {
    Bundle bundle = FhirSampleFilesTest.bundle();
    Patient patient = new Patient();
    patient.setId("pat-1");
    patient.addName(new HumanName().setFamily(SECRET));
    bundle.addEntry().setFullUrl("urn:uuid:pat-1").setResource(patient);
    int index = bundle.getEntry().size() - 1;
    Path file = dir.resolve("with-patient.json");
    Files.writeString(file, FHIR.encodePretty(bundle));
    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            file
                + ": info UNSUPPORTED_RESOURCE at Bundle.entry["
                + index
                + "].resource: a Patient is not read as part of a practitioner; skipped")
        .contains("Summary: 5 practitioners as of 2026-11-28\n")
        .doesNotContain(SECRET);
  }

  @Test
  void acceptsAnEmptyBundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty-bundle.json");
    Files.writeString(file, FHIR.encodePretty(new Bundle().setType(Bundle.BundleType.COLLECTION)));
    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Summary: 0 practitioners as of 2026-11-28\n");
  }

  static Stream<Arguments> brokenFhir() {
    return Stream.of(
        Arguments.of(
            "truncated",
            "{\n  \"resourceType\": \"Practitioner\",\n  \"name\": [ {\n    \"text\": \""
                + SECRET
                + "\""),
        Arguments.of(
            "an unknown resource type", "{\"resourceType\": \"" + SECRET + "\", \"id\": \"x\"}"),
        Arguments.of("a resource type that is not a string", "{\"resourceType\": 42}"),
        Arguments.of(
            "an invalid value",
            "{\"resourceType\":\"Practitioner\",\"birthDate\":\"" + SECRET + "\"}"),
        Arguments.of(
            "not JSON after the resource type",
            "{\"resourceType\":\"Practitioner\", " + SECRET + "}"),
        Arguments.of(
            "two resources",
            "{\"resourceType\":\"Practitioner\",\"id\":\"a\"}\n{\"resourceType\":\"Practitioner\",\"id\":\"b\",\"name\":[{\"text\":\""
                + SECRET
                + "\"}]}\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFhir")
  void reportsFhirThatCannotBeParsedInOneLineWithoutAValue(
      String what, String text, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, text);
    Run run = run("check", "--as-of", AS_OF, file.toString(), PRACTITIONER);
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines()).singleElement().asString().startsWith(file + ": UNPARSABLE");
    assertNoStackTrace(run);
    assertThat(run.err()).doesNotContain(SECRET);
    assertThat(run.out())
        .doesNotContain(SECRET)
        .contains("Helena Marsh, LCSW")
        .contains("\n  invalid records              1\n");
  }

  @Test
  void rejectsAnElementOfTheWrongTypeWithoutEchoingIt(@TempDir Path dir) throws IOException {
    // the bridge parses strictly: a name that is a string, not an array, is not FHIR R4
    Path file = dir.resolve("wrong-type.json");
    Files.writeString(
        file, "{\"resourceType\":\"Practitioner\",\"id\":\"p-1\",\"name\":\"" + SECRET + "\"}");
    Run run = run("check", "--as-of", AS_OF, file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.err()).contains(file + ": UNPARSABLE").doesNotContain(SECRET);
    assertThat(run.out()).doesNotContain(SECRET);
  }

  @Test
  void saysWhatIsWrongWithBrokenFhir(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\n  \"resourceType\": \"Practitioner\",\n  \"name\": [ {\n");
    Run run = run("check", file.toString());
    assertThat(run.errLines())
        .containsExactly(file + ": UNPARSABLE: not a FHIR R4 resource in JSON that HAPI can parse");
    Run debug = run("check", "--debug", file.toString());
    assertThat(debug.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(debug.err()).contains("FhirInputException").contains("\tat ");
  }
}

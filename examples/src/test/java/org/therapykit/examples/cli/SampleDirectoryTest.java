package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.therapykit.directory.Organization;
import org.therapykit.examples.cli.SamplePractitioners.Sample;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/**
 * The bundled sample directory is {@link SamplePractitioners} written by {@code
 * TherapyJson.writeAll}, byte for byte; every record is valid and gets its expected classification;
 * and together they cover every classification, profession and the problems the table shows.
 *
 * <p>After changing {@link SamplePractitioners}, regenerate the file with {@code mvn -B verify
 * -Dtherapykit.update=true} (it also rewrites the golden table).
 */
class SampleDirectoryTest {
  private static final Path FILE =
      Path.of("src/main/resources/org/therapykit/examples/sample-directory.ndjson");

  static byte[] generated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<TherapyDocument> documents = new ArrayList<>();
    SamplePractitioners.all().forEach(sample -> documents.add(sample.practitioner()));
    documents.addAll(SamplePractitioners.organizations());
    TherapyJson.strict().writeAll(documents, out);
    return out.toByteArray();
  }

  @Test
  void theBundledFileIsTheGeneratedDirectory() throws IOException {
    byte[] expected = generated();
    if (Boolean.getBoolean("therapykit.update")) {
      Files.write(FILE, expected);
    }
    assertThat(Files.readAllBytes(FILE)).isEqualTo(expected);
    try (InputStream in =
        Objects.requireNonNull(
            SampleDirectoryTest.class.getResourceAsStream(Source.SAMPLE_RESOURCE))) {
      assertThat(in.readAllBytes()).isEqualTo(expected);
    }
  }

  @Test
  void everyRecordIsValidAndGetsItsExpectedClassification() throws IOException {
    List<Practitioner> read = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    try (InputStream in = Files.newInputStream(FILE);
        JsonRecords<TherapyDocument> records = TherapyJson.strict().readAllDocuments(in)) {
      for (JsonRecord<TherapyDocument> r : records) {
        assertThat(r.error()).as("record %s", r.index()).isEmpty();
        TherapyDocument document = r.value().orElseThrow();
        if (document instanceof Practitioner p) {
          read.add(p);
        } else {
          organizations.add((Organization) document);
        }
      }
    }
    assertThat(organizations).isEqualTo(SamplePractitioners.organizations());
    List<Sample> samples = SamplePractitioners.all();
    assertThat(read).hasSize(47).hasSameSizeAs(samples);
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      assertThat(read.get(i)).isEqualTo(s.practitioner());
      QualificationAssessment a =
          QualificationPolicy.standard().assess(s.practitioner(), SamplePractitioners.AS_OF);
      assertThat(a.classification())
          .as("%s %s", s.practitioner().id(), s.practitioner().displayName())
          .isEqualTo(s.expected());
    }
  }

  @Test
  void coversEveryClassificationProfessionAndTheInterestingProblems() {
    Set<Classification> classifications = EnumSet.noneOf(Classification.class);
    Set<Profession> professions = EnumSet.noneOf(Profession.class);
    Set<String> jurisdictions = new TreeSet<>();
    List<FindingCode> codes = new ArrayList<>();
    for (Sample s : SamplePractitioners.all()) {
      classifications.add(s.expected());
      for (License l : s.practitioner().licenses()) {
        professions.add(l.profession());
        jurisdictions.add(l.jurisdiction().toString());
      }
      QualificationPolicy.standard()
          .assess(s.practitioner(), SamplePractitioners.AS_OF)
          .findings()
          .stream()
          .map(Finding::code)
          .forEach(codes::add);
    }
    assertThat(classifications).containsExactlyInAnyOrder(Classification.values());
    assertThat(professions).containsExactlyInAnyOrder(Profession.values());
    assertThat(jurisdictions).contains("GB", "CA-QC", "CA-ON", "AU-NSW", "AU-VIC", "AU-QLD");
    assertThat(jurisdictions.stream().filter(j -> j.startsWith("US-")).count())
        .isGreaterThanOrEqualTo(15);
    assertThat(codes)
        .contains(
            FindingCode.CERTIFICATION_EXPIRING,
            FindingCode.CERTIFICATION_EXPIRED,
            FindingCode.CERTIFICATION_NOT_ACTIVE,
            FindingCode.CERTIFICATION_NOT_RECOGNISED,
            FindingCode.LICENSE_EXPIRING,
            FindingCode.LICENSE_EXPIRED,
            FindingCode.LICENSE_NOT_ACTIVE,
            FindingCode.LICENSE_NOT_INDEPENDENT,
            FindingCode.LICENSE_JURISDICTION_NOT_COVERED,
            FindingCode.MEMBERSHIP_LAPSED,
            FindingCode.INCONSISTENT_CLAIM,
            FindingCode.REQUIREMENT_NOT_MET);
    assertThat(codes.stream().filter(c -> c == FindingCode.INCONSISTENT_CLAIM).count())
        .isGreaterThanOrEqualTo(3);
  }
}

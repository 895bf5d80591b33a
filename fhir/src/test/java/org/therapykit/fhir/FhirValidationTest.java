package org.therapykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Every resource the bridge writes validates with HAPI's FhirInstanceValidator against base R4 plus
 * the shipped terminology, with no error: for 1,000 generated practitioners (with their roles and
 * organisations), their assessments, 200 generated couple cases, and the shipped CodeSystems,
 * ValueSets and Questionnaire. Warnings and information messages are allowed only of the kinds the
 * module README lists and explains; each run writes their counts to {@code
 * target/fhir-validation-messages.txt}.
 */
class FhirValidationTest {
  /** The kinds of non-error message the README explains; anything else fails the test. */
  private static final List<Pattern> EXPLAINED =
      List.of(
          Pattern.compile("information: Unknown extension https://therapykit\\.org/fhir/.*"),
          Pattern.compile(
              "information: Unknown extension"
                  + " http://hl7\\.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification"),
          Pattern.compile(
              "warning: CodeSystem is unknown and can't be validated: urn:iso:std:iso:3166:-2 .*"),
          Pattern.compile("warning: Constraint failed: dom-6: .*"),
          Pattern.compile(
              "information: None of the codings provided are in the value set 'Practice Setting"
                  + " Code Value Set' .*codes = https://therapykit\\.org/fhir/CodeSystem/"
                  + "classification#[a-z-]+\\)"),
          Pattern.compile(
              "warning: None of the codings provided are in the value set 'Consent Category Codes'.*"),
          Pattern.compile(
              "warning: The Coding provided \\(https://therapykit\\.org/fhir/CodeSystem/"
                  + "(disclosure-purpose|information-category)#[a-z-]+\\) was not found in the value"
                  + " set '(V3 Value SetPurposeOfUse|Consent Content Class)'.*"));

  private static final Map<String, Integer> SEEN = new TreeMap<>();

  @Test
  void aThousandPractitionersTheirRolesAndOrganisationsValidateWithoutError() {
    int resources = 0;
    for (List<Practitioner> batch : Fixtures.practitionerBatches(100)) {
      Bundle bundle = Fixtures.FHIR.toBundle(batch);
      resources += bundle.getEntry().size();
      assertValid(bundle);
    }
    assertThat(Fixtures.practitioners()).hasSizeGreaterThanOrEqualTo(1_000);
    assertThat(resources).isGreaterThan(1_000);
  }

  @Test
  void theirAssessmentsValidateWithoutError() {
    for (List<Practitioner> batch : Fixtures.practitionerBatches(250)) {
      BundleAssessment out =
          Fixtures.FHIR.assess(
              Fixtures.FHIR.toBundle(batch),
              QualificationPolicy.standard(),
              LocalDate.of(2026, 6, 1));
      assertThat(out.assessments()).hasSize(batch.size());
      assertThat(out.findings()).isEmpty();
      assertValid(out.bundle());
    }
  }

  @Test
  void twoHundredCoupleCasesValidateWithoutError() {
    assertThat(Fixtures.couples()).hasSizeGreaterThanOrEqualTo(200);
    for (TherapyCase c : Fixtures.couples()) {
      assertThat(c.unit().clients()).hasSize(2);
      assertValid(Fixtures.FHIR.toFhir(c).bundle());
    }
  }

  @Test
  void theShippedTerminologyAndQuestionnaireValidateWithoutError() {
    for (Resource r : FhirTerminology.resources()) {
      assertValid(r);
    }
  }

  @Test
  void anOperationOutcomeOfFindingsValidatesWithoutError() {
    Bundle in = Fixtures.FHIR.toBundle(Fixtures.practitioners().subList(0, 3));
    ((org.hl7.fhir.r4.model.Practitioner) in.getEntryFirstRep().getResource())
        .getQualificationFirstRep()
        .getCode()
        .getCodingFirstRep()
        .setCode("no-such-profession");
    BundleAssessment out =
        Fixtures.FHIR.assess(in, QualificationPolicy.standard(), LocalDate.of(2026, 6, 1));
    assertThat(out.findings()).isNotEmpty();
    assertValid(out.bundle());
  }

  private static void assertValid(org.hl7.fhir.instance.model.api.IBaseResource resource) {
    List<SingleValidationMessage> messages = Validation.validate(resource);
    assertThat(Validation.errors(messages)).isEmpty();
    Map<String, Integer> others = Validation.warnings(messages);
    List<String> unexplained = new ArrayList<>();
    for (Map.Entry<String, Integer> e : others.entrySet()) {
      synchronized (SEEN) {
        SEEN.merge(e.getKey(), e.getValue(), Integer::sum);
      }
      if (EXPLAINED.stream().noneMatch(p -> p.matcher(e.getKey()).matches())) {
        unexplained.add(e.getKey());
      }
    }
    assertThat(unexplained).as("messages the module README does not explain").isEmpty();
  }

  @AfterAll
  static void writeCounts() throws IOException {
    StringBuilder out = new StringBuilder();
    synchronized (SEEN) {
      SEEN.forEach((k, v) -> out.append(v).append(" × ").append(k).append('\n'));
    }
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(
          target.resolve("fhir-validation-messages.txt"), out, StandardCharsets.UTF_8);
    }
  }
}

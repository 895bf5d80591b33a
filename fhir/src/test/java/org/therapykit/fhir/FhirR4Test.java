package org.therapykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Severity;

/** The bridge's behaviour at its edges: bad input, partial mappings, privacy. */
class FhirR4Test {
  private static final FhirR4 FHIR = Fixtures.FHIR;

  private static Practitioner withLicences() {
    return Fixtures.practitioners().stream()
        .filter(p -> p.licenses().size() >= 1 && !p.degrees().isEmpty())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void textThatIsNotFhirIsOurOwnErrorWithoutTheInput() {
    assertThatThrownBy(
            () -> FHIR.parse("{\"resourceType\":\"Practitioner\",\"name\":\"Dr Secret\"}"))
        .isInstanceOfSatisfying(
            FhirInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(MappingCode.UNPARSABLE);
              assertThat(e.getMessage()).doesNotContain("Secret");
              assertThat(e.getCause()).isNull();
            });
    assertThatThrownBy(() -> FHIR.parse("not json at all")).isInstanceOf(FhirInputException.class);
    assertThatThrownBy(() -> FHIR.parseBundle(FHIR.encode(new Patient())))
        .isInstanceOf(FhirInputException.class)
        .hasMessageContaining("Patient");
  }

  @Test
  void prettyAndCompactJsonParseTheSame() {
    Bundle b = FHIR.toBundle(List.of(withLicences()));
    assertThat(FHIR.readPractitioners(FHIR.parseBundle(FHIR.encodePretty(b))).practitioners())
        .isEqualTo(FHIR.readPractitioners(FHIR.parseBundle(FHIR.encode(b))).practitioners())
        .containsExactly(withLicences());
  }

  @Test
  void anUnknownQualificationCodeIsReportedAndTheRestIsStillMapped() {
    Practitioner p = withLicences();
    Bundle b = FHIR.toBundle(List.of(p));
    org.hl7.fhir.r4.model.Practitioner fp =
        (org.hl7.fhir.r4.model.Practitioner) b.getEntryFirstRep().getResource();
    fp.getQualificationFirstRep().getCode().getCodingFirstRep().setCode("astrologer");
    PractitionerBundle read = FHIR.readPractitioners(b);
    assertThat(read.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(MappingCode.UNKNOWN_CODE);
              assertThat(f.location()).isEqualTo("Bundle.entry[0].resource.qualification[0].code");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).doesNotContain("astrologer");
            });
    Practitioner mapped = read.practitioners().get(0);
    assertThat(mapped.licenses()).hasSize(p.licenses().size() - 1);
    assertThat(mapped.degrees()).isEqualTo(p.degrees());
  }

  @Test
  void aPeriodWithoutStartIsReported() {
    Bundle b = FHIR.toBundle(List.of(withLicences()));
    org.hl7.fhir.r4.model.Practitioner fp =
        (org.hl7.fhir.r4.model.Practitioner) b.getEntryFirstRep().getResource();
    fp.getQualificationFirstRep()
        .setPeriod(
            new Period().setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2030-01-01")));
    assertThat(FHIR.readPractitioners(b).findings())
        .extracting(f -> f.code() + " " + f.location())
        .containsExactly("MISSING_ELEMENT Bundle.entry[0].resource.qualification[0].period.start");
  }

  @Test
  void aStatusEditedOnlyInNdhWinsWithAWarning() {
    Practitioner p =
        Fixtures.practitioners().stream()
            .filter(
                x ->
                    !x.licenses().isEmpty()
                        && x.licenses().get(0).status().code().equals("expired"))
            .findFirst()
            .orElseThrow();
    Bundle b = FHIR.toBundle(List.of(p));
    org.hl7.fhir.r4.model.Practitioner fp =
        (org.hl7.fhir.r4.model.Practitioner) b.getEntryFirstRep().getResource();
    Extension ndh = fp.getQualificationFirstRep().getExtensionByUrl(PractitionerMapping.NDH);
    ndh.getExtensionByUrl("status").setValue(new CodeType("revoked"));
    PractitionerBundle read = FHIR.readPractitioners(b);
    assertThat(read.practitioners().get(0).licenses().get(0).status().code()).isEqualTo("revoked");
    assertThat(read.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aMalformedTherapyKitExtensionIsReportedWithoutItsValue() {
    Bundle b = FHIR.toBundle(List.of(withLicences()));
    org.hl7.fhir.r4.model.Practitioner fp =
        (org.hl7.fhir.r4.model.Practitioner) b.getEntryFirstRep().getResource();
    Extension license =
        fp.getQualificationFirstRep()
            .getExtensionByUrl(FhirTerminology.BASE + "/StructureDefinition/license");
    license.addExtension(new Extension("provisional2", new StringType("SECRET-VALUE")));
    PractitionerBundle read = FHIR.readPractitioners(b);
    assertThat(read.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(MappingCode.INVALID_VALUE);
              assertThat(f.message()).doesNotContain("SECRET-VALUE");
            });
  }

  @Test
  void otherResourcesInAPractitionerBundleAreSkippedWithAnInfoFinding() {
    Bundle b = FHIR.toBundle(List.of(withLicences()));
    b.addEntry().setResource(new Patient().setId("someone"));
    BundleAssessment out = FHIR.assess(b, QualificationPolicy.standard(), LocalDate.of(2026, 6, 1));
    assertThat(out.assessments()).hasSize(1);
    assertThat(out.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(MappingCode.UNSUPPORTED_RESOURCE);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
    assertThat(out.bundle().getEntry())
        .last()
        .satisfies(e -> assertThat(e.getResource()).isInstanceOf(OperationOutcome.class));
  }

  @Test
  void theAssessmentBundleHoldsABasicAndASearchableRolePerPractitioner() {
    List<Practitioner> ps = Fixtures.practitioners().subList(0, 20);
    BundleAssessment out =
        FHIR.assess(FHIR.toBundle(ps), QualificationPolicy.standard(), LocalDate.of(2026, 6, 1));
    assertThat(out.bundle().getEntry()).hasSize(40);
    for (int i = 0; i < ps.size(); i++) {
      assertThat(out.assessments().get(i))
          .isEqualTo(QualificationPolicy.standard().assess(ps.get(i), LocalDate.of(2026, 6, 1)));
      org.hl7.fhir.r4.model.PractitionerRole role =
          (org.hl7.fhir.r4.model.PractitionerRole)
              out.bundle().getEntry().get(2 * i + 1).getResource();
      assertThat(role.getSpecialtyFirstRep().getCodingFirstRep().getCode())
          .isEqualTo(out.assessments().get(i).classification().code());
    }
  }

  @Test
  void psychotherapyNotesNeverLeave() {
    TherapyCase c =
        Fixtures.couples().stream()
            .filter(x -> x.sessions().stream().anyMatch(s -> s.psychotherapyNote().isPresent()))
            .findFirst()
            .orElseThrow();
    CaseBundle out = FHIR.toFhir(c);
    String json = FHIR.encode(out.bundle());
    c.sessions().stream()
        .flatMap(s -> s.psychotherapyNote().stream())
        .forEach(n -> assertThat(json).doesNotContain(n.text()));
    assertThat(out.findings()).isNotEmpty().allMatch(f -> f.code() == MappingCode.WITHHELD);
  }

  @Test
  void aCaseBundleWithoutItsBasicIsReported() {
    Bundle b = FHIR.toFhir(Fixtures.couples().get(0)).bundle();
    b.getEntry().remove(0);
    Mapped<TherapyCase> m = FHIR.readCase(b);
    assertThat(m.value()).isEmpty();
    assertThat(m.findings())
        .extracting(MappingFinding::code)
        .containsExactly(MappingCode.MISSING_ELEMENT);
    assertThatThrownBy(m::orElseThrow).hasMessageContaining("MISSING_ELEMENT");
  }

  @Test
  void aForeignConsentInACaseIsReportedAndTheCaseStillMapped() {
    TherapyCase c = Fixtures.couples().get(0);
    Bundle b = FHIR.toFhir(c).bundle();
    b.addEntry().setResource(new org.hl7.fhir.r4.model.Consent());
    Mapped<TherapyCase> m = FHIR.readCase(b);
    assertThat(m.value()).contains(Fixtures.withoutPsychotherapyNotes(c));
    assertThat(m.findings())
        .extracting(MappingFinding::code)
        .containsExactly(MappingCode.UNINTERPRETABLE_CONSENT);
  }

  @Test
  void mappingFindingsBecomeAnOperationOutcome() {
    OperationOutcome oo =
        FhirR4.outcome(
            List.of(
                MappingFinding.error(
                    MappingCode.UNKNOWN_CODE, "Practitioner.qualification[0].code", "m")));
    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Practitioner.qualification[0].code");
    assertThat(oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo("UNKNOWN_CODE");
  }

  @Test
  void aHostsOwnContextMustBeR4() {
    assertThat(FhirR4.using(ca.uhn.fhir.context.FhirContext.forR4Cached()).context()).isNotNull();
    assertThatThrownBy(() -> FhirR4.using(ca.uhn.fhir.context.FhirContext.forR5Cached()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

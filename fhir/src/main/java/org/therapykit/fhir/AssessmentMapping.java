package org.therapykit.fhir;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.ScopeOfPractice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * QualificationAssessment ↔ FHIR {@code Basic} (the stored, searchable record) + a {@code
 * PractitionerRole} whose specialty is the classification (what a directory searches).
 *
 * <p>Why {@code Basic}: R4 has no resource for "a rule's verdict about a practitioner"; {@code
 * Observation.subject} cannot refer to a Practitioner, while {@code Basic.subject} can refer to any
 * resource, and a server indexes {@code Basic} by {@code code}, {@code subject} and {@code created}
 * out of the box. Why the role as well: FHIR directories find practitioners through {@code
 * PractitionerRole.specialty}; the classification there makes "certified sex therapists" a plain
 * search without a custom search parameter.
 */
final class AssessmentMapping {
  static final Native PRACTITIONER_ID =
      new Native(
          "QualificationAssessment",
          "practitionerId",
          "Basic.subject",
          "`Practitioner/<id>` (the id the practitioner's own resource has) with the TherapyKit"
              + " identifier: the practitioner is not in the assessments' bundle, so the reference"
              + " is to where a server stores it");
  static final Native AS_OF =
      new Native("QualificationAssessment", "asOf", "Basic.created", "a date");
  static final Native CLASSIFICATION =
      new Native(
          "QualificationAssessment",
          "classification",
          "Basic.extension(classification).valueCoding; PractitionerRole.specialty",
          "CodeSystem `classification`");
  static final Native SCOPE =
      new Native(
          "QualificationAssessment",
          "scope",
          "Basic.extension(scope).valueCoding",
          "CodeSystem `scope-of-practice`; derived, written for readers, ignored on reading");

  static final ImmutableList<Native> NATIVES =
      ImmutableList.of(PRACTITIONER_ID, AS_OF, CLASSIFICATION, SCOPE);

  static final Carried REST =
      Carried.of("QualificationAssessment", "Basic.extension", "qualification-assessment");
  static final String CLASSIFICATION_URL =
      FhirTerminology.BASE + "/StructureDefinition/classification";
  static final String SCOPE_URL = FhirTerminology.BASE + "/StructureDefinition/scope";

  private AssessmentMapping() {}

  /** The assessment's resources: the Basic, then the role. */
  static AssessmentResources write(QualificationAssessment a) {
    ObjectNode wire = Trees.tree(a);
    String practitionerId = Elements.require(PRACTITIONER_ID.text(wire));
    String asOf = Elements.require(AS_OF.text(wire));
    String practitionerFhirId = Elements.fhirId("Practitioner", practitionerId);
    Basic basic = new Basic();
    basic.setId(Elements.fhirId("Basic", practitionerId, a.policyId(), asOf));
    basic.setCode(
        new CodeableConcept(
            FhirTerminology.coding(FhirTerminology.Concept.QUALIFICATION_ASSESSMENT)));
    basic.setSubject(
        new Reference("Practitioner/" + practitionerFhirId)
            .setIdentifier(Elements.identifier("practitioner", practitionerId)));
    basic.setCreatedElement(new DateType(asOf));
    Classification classification = a.classification();
    CLASSIFICATION.take(wire);
    SCOPE.take(wire);
    basic.addExtension(new Extension(CLASSIFICATION_URL, FhirTerminology.coding(classification)));
    basic.addExtension(new Extension(SCOPE_URL, FhirTerminology.coding(a.scope())));
    Extension rest = Trees.extension(REST.url(), wire);
    if (rest != null) {
      basic.addExtension(rest);
    }
    PractitionerRole role = new PractitionerRole();
    role.setId(Elements.fhirId("PractitionerRole", practitionerId, a.policyId(), asOf));
    role.setActive(classification != Classification.NOT_QUALIFIED);
    role.setPractitioner(
        new Reference("Practitioner/" + practitionerFhirId)
            .setIdentifier(Elements.identifier("practitioner", practitionerId)));
    role.addSpecialty(new CodeableConcept(FhirTerminology.coding(classification)));
    return new AssessmentResources(basic, role);
  }

  /** Reads an assessment back from its Basic. */
  static Mapped<QualificationAssessment> read(Basic basic) {
    List<MappingFinding> findings = new ArrayList<>();
    ObjectNode wire = Trees.NODES.objectNode();
    try {
      Extension rest = basic.getExtensionByUrl(REST.url());
      if (rest != null) {
        for (Map.Entry<String, JsonNode> f : Trees.fields(rest).properties()) {
          wire.set(f.getKey(), f.getValue());
        }
      }
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, "Basic.extension", p.detail()));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
    Reference subject = basic.getSubject();
    String id =
        subject.hasIdentifier()
                && (Elements.ID + "practitioner").equals(subject.getIdentifier().getSystem())
            ? subject.getIdentifier().getValue()
            : null;
    PRACTITIONER_ID.put(wire, id);
    if (basic.hasCreatedElement()) {
      AS_OF.put(wire, Elements.date(basic.getCreatedElement().getValueAsString()));
    }
    Extension c = basic.getExtensionByUrl(CLASSIFICATION_URL);
    if (c != null && c.getValue() instanceof Coding coding) {
      FhirTerminology.decode(Classification.class, coding)
          .ifPresent(v -> CLASSIFICATION.put(wire, v.code()));
    }
    Extension s = basic.getExtensionByUrl(SCOPE_URL);
    if (s != null && s.getValue() instanceof Coding coding) {
      FhirTerminology.decode(ScopeOfPractice.class, coding)
          .ifPresent(v -> SCOPE.put(wire, v.code()));
    }
    try {
      return new Mapped<>(
          Optional.of(Trees.value(wire, QualificationAssessment.class)),
          ImmutableList.copyOf(findings));
    } catch (Trees.Problem p) {
      findings.add(MappingFinding.error(MappingCode.INVALID_VALUE, "Basic", p.detail()));
      return new Mapped<>(Optional.empty(), ImmutableList.copyOf(findings));
    }
  }
}

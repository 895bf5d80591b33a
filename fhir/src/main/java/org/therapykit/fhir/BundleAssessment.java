package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.hl7.fhir.r4.model.Bundle;
import org.therapykit.qualification.QualificationAssessment;

/**
 * The result of {@link FhirR4#assess}: the assessments as TherapyKit values, the mapping findings,
 * and the output bundle a FHIR server can store.
 *
 * @param assessments one per practitioner that could be read, in bundle order, not null
 * @param findings what could not be mapped, not null
 * @param bundle a {@code collection} bundle: a {@code Basic} and a {@code PractitionerRole} per
 *     assessment, then an {@code OperationOutcome} of the findings if there are any; not null
 */
public record BundleAssessment(
    ImmutableList<QualificationAssessment> assessments,
    ImmutableList<MappingFinding> findings,
    Bundle bundle) {

  /**
   * Checks that no component is null.
   *
   * @param assessments see the record's description
   * @param findings see the record's description
   * @param bundle see the record's description
   */
  public BundleAssessment {
    requireNonNull(assessments, "assessments");
    requireNonNull(findings, "findings");
    requireNonNull(bundle, "bundle");
  }
}

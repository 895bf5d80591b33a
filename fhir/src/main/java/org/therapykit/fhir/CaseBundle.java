package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A course of therapy written as a FHIR {@code collection} bundle, and what was withheld from it.
 *
 * @param bundle the bundle: the case's {@code Basic}, the practitioner's resources, a {@code
 *     Patient} per client, the {@code Group} of the unit, the {@code ServiceRequest}, a {@code
 *     QuestionnaireResponse} per intake form, a {@code Consent} per consent and authorisation, a
 *     {@code CarePlan} per plan version, a {@code Goal}, an {@code Encounter} and a {@code Task}
 *     per goal, session and homework; not null
 * @param findings a {@code WITHHELD} finding per psychotherapy note left out; not null
 */
public record CaseBundle(Bundle bundle, ImmutableList<MappingFinding> findings) {

  /**
   * Checks that no component is null.
   *
   * @param bundle see the record's description
   * @param findings see the record's description
   */
  public CaseBundle {
    requireNonNull(bundle, "bundle");
    requireNonNull(findings, "findings");
  }
}

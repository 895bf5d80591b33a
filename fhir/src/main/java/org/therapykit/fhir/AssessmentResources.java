package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * The FHIR R4 resources of one qualification assessment: a {@code Basic} that records it whole
 * (code {@code qualification-assessment}, subject the practitioner, created the date, the
 * classification, scope, policy, requirement results and findings in extensions) and a {@code
 * PractitionerRole} whose {@code specialty} is the classification, active unless the practitioner
 * is not qualified.
 *
 * @param assessment the Basic, not null
 * @param role the role, not null
 */
public record AssessmentResources(Basic assessment, PractitionerRole role) {

  /**
   * Checks that no component is null.
   *
   * @param assessment see the record's description
   * @param role see the record's description
   */
  public AssessmentResources {
    requireNonNull(assessment, "assessment");
    requireNonNull(role, "role");
  }
}

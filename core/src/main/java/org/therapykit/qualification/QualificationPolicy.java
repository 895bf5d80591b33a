package org.therapykit.qualification;

import java.time.LocalDate;
import org.therapykit.practitioner.Practitioner;

/**
 * Decides what a practitioner is on a date: a certified sex therapist, a sex therapist without
 * certification, a sex counsellor, a sexuality educator, or none of these.
 *
 * <pre>{@code
 * QualificationAssessment a = QualificationPolicy.standard().assess(practitioner, asOf);
 * a.classification();  // CERTIFIED_SEX_THERAPIST
 * a.scope();           // THERAPY
 * }</pre>
 *
 * <p>A policy is a domain rule: {@link #assess} never throws for a valid practitioner; everything
 * it has to say is in the returned findings. It never reads the clock. Implementations must be
 * immutable and thread-safe. Hosts can supply their own, for example for another board or
 * jurisdiction, or build a {@link StandardQualificationPolicy} from their own {@link
 * RequirementSet}s.
 */
public interface QualificationPolicy {
  /**
   * Returns the policy's identifier, recorded in every assessment.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Assesses a practitioner on a date.
   *
   * @param practitioner the practitioner, not null
   * @param asOf the date of the assessment, not null
   * @return the assessment, not null
   */
  QualificationAssessment assess(Practitioner practitioner, LocalDate asOf);

  /**
   * Returns the default policy, {@code therapykit-aasect-2025}.
   *
   * <ul>
   *   <li>Requirement sets: {@link AasectRequirementSets#all()}.
   *   <li>Sex therapist certifications recognised, with where the licence must be: AASECT CST (US,
   *       Canada, Israel, Mexico, Puerto Rico), COSRT accreditation (GB), EFS-ESSM ECPS (European
   *       countries), SAS Clinical Psychosexual Therapist (AU), BESTCO (CA-ON), OPSQ sexologue with
   *       psychotherapy permit (CA-QC).
   *   <li>Counsellor certifications: AASECT CSC, OPSQ sexologue. Educator certifications: AASECT
   *       CSE, SAS Clinical Sexuality Educator.
   *   <li>AASECT certifications need an active AASECT membership. Expiry warnings 90 days ahead.
   * </ul>
   *
   * <p>Known but not recognised: supervisor credentials (they build on a base certification),
   * ISSWSH, SASH, TCA, and the non-clinical ABS and ACS certificates.
   *
   * <p>The result is a {@link StandardQualificationPolicy}; {@code
   * StandardQualificationPolicy.builder().from(QualificationPolicy.standard())} starts a host's own
   * policy from it.
   *
   * @return the default policy, not null
   */
  static StandardQualificationPolicy standard() {
    return StandardQualificationPolicy.defaultPolicy();
  }
}

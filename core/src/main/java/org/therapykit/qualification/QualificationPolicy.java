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
   * Returns the default policy: AASECT's published requirements for the US and its neighbours, and
   * the other boards' therapist credentials in their own jurisdictions; see {@link
   * StandardQualificationPolicy#aasect()}.
   *
   * @return the default policy, not null
   */
  static QualificationPolicy standard() {
    return StandardQualificationPolicy.aasect();
  }
}

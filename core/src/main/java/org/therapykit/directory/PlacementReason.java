package org.therapykit.directory;

import org.therapykit.Coded;

/**
 * Why a candidate has its place in a directory result, such as {@link
 * #ON_STAFF_AT_REFERRING_ORGANIZATION}. Codes are stable and append-only.
 */
public enum PlacementReason implements Coded {
  /** On staff at the organisation that made the referral (first tier). */
  ON_STAFF_AT_REFERRING_ORGANIZATION("on-staff-at-referring-organization"),
  /** In person at a hospital or sexual-health centre near the client (second tier). */
  HOSPITAL_OR_SEXUAL_HEALTH_CENTRE_NEARBY("hospital-or-sexual-health-centre-nearby"),
  /** In person elsewhere in the client's jurisdiction (third tier). */
  IN_PERSON_IN_CLIENT_JURISDICTION("in-person-in-client-jurisdiction"),
  /**
   * In person in another jurisdiction, within the distance the client will travel (fourth tier).
   */
  IN_PERSON_ACROSS_BORDER("in-person-across-border"),
  /** By telehealth, licensed in the client's jurisdiction (fifth and last tier). */
  TELEHEALTH("telehealth"),
  /** A certified sex therapist whose certification does not expire soon. */
  CERTIFIED("certified"),
  /** A certified sex therapist whose certification expires within the policy's warning window. */
  CERTIFICATION_EXPIRING_SOON("certification-expiring-soon"),
  /** A sex therapist without certification. */
  NOT_CERTIFIED("not-certified"),
  /** Nearer than the candidates after it in the same tier and standing. */
  DISTANCE("distance");

  private final String code;

  PlacementReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

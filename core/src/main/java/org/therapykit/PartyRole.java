package org.therapykit;

/**
 * The part a person or organisation plays toward a course of therapy, such as {@link
 * #FERTILITY_SPECIALIST} for the physician who refers a couple and receives progress reports.
 *
 * <p>Used for referring providers, referral recipients, the disclosers and recipients of a release
 * of information, and the requesters of a disclosure decision.
 */
public enum PartyRole implements Coded {
  /** A general practitioner or family physician. */
  GENERAL_PRACTITIONER("general-practitioner"),
  /** A fertility specialist (reproductive endocrinologist), or their fertility clinic. */
  FERTILITY_SPECIALIST("fertility-specialist"),
  /** A physician of another speciality, such as a urologist or gynaecologist. */
  PHYSICIAN("physician"),
  /** A sex therapist, sex counsellor or other mental-health practitioner. */
  THERAPIST("therapist"),
  /** A therapy practice, clinic, hospital or sexual-health centre as an organisation. */
  PRACTICE("practice"),
  /** A health plan or insurer. */
  HEALTH_PLAN("health-plan"),
  /**
   * The client themselves, or someone the client names who is not a provider, such as the other
   * partner of a couple (a {@link Party} with a {@linkplain Party#client() client id}).
   */
  CLIENT_DESIGNEE("client-designee"),
  /** Any other party. */
  OTHER("other"),
  /**
   * A clinical supervisor of the treating practitioner, such as an AASECT-certified supervisor
   * reviewing a supervisee's cases.
   */
  SUPERVISOR("supervisor");

  private final String code;

  PartyRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package org.therapykit.validation;

import org.therapykit.Coded;

/**
 * The registry of finding codes: every code TherapyKit reports, each documented once.
 *
 * <p>Codes are append-only: a code is never renamed, reused or removed, so hosts may store them and
 * switch on them. The wire form is {@link #code()}, upper snake case, independent of the Java
 * constant name. Tests and hosts should assert codes and paths, never message text.
 *
 * <p>Invariant codes (reported by {@link InvalidValueException}) come first, then the qualification
 * rules' codes, then the course-of-therapy codes (one more invariant code, {@link
 * #UNKNOWN_REFERENCE}, and the case rules' codes), then the disclosure decisions' codes. Each
 * case-rule and disclosure code's documentation names the shape of its path and its severity.
 */
public enum FindingCode implements Coded {
  // ---- invariants: a value that breaks one cannot be constructed -------------------------

  /** A required attribute was not supplied. */
  MISSING_VALUE("MISSING_VALUE"),
  /** A text attribute is empty or only whitespace. */
  BLANK_VALUE("BLANK_VALUE"),
  /** A text attribute does not have the documented form (for example a jurisdiction code). */
  INVALID_FORMAT("INVALID_FORMAT"),
  /**
   * A code has the documented form but is not one its standard assigns (for example the
   * jurisdiction {@code US-XX}: {@code US} is an ISO 3166 country, {@code XX} none of its
   * subdivisions).
   */
  NOT_ASSIGNED("NOT_ASSIGNED"),
  /** A number is negative or outside its documented range. */
  OUT_OF_RANGE("OUT_OF_RANGE"),
  /** A period ends before it starts. */
  END_BEFORE_START("END_BEFORE_START"),
  /** Two elements of a list share what must be unique (for example a licence number). */
  DUPLICATE_VALUE("DUPLICATE_VALUE"),
  /** A certification names a type its certifying body does not award. */
  UNKNOWN_BODY_TYPE_COMBINATION("UNKNOWN_BODY_TYPE_COMBINATION"),
  /** A part is larger than its whole (for example telehealth hours above all clinical hours). */
  PART_EXCEEDS_TOTAL("PART_EXCEEDS_TOTAL"),
  /** Two attributes contradict each other (for example a revocation date without revocation). */
  INCONSISTENT_VALUE("INCONSISTENT_VALUE"),
  /**
   * A value that other values make necessary is absent: a completed intake form without its
   * completion date, a plan revision without its reason, a party with neither a name nor an id.
   */
  MISSING_CONDITIONAL_VALUE("MISSING_CONDITIONAL_VALUE"),
  /** A date has the form {@code yyyy-MM-dd} but does not exist, such as {@code 2023-02-30}. */
  NO_SUCH_DATE("NO_SUCH_DATE"),

  // ---- qualification rules -------------------------------------------------------------

  /** A requirement of a requirement set is met; the message gives the numbers. */
  REQUIREMENT_MET("REQUIREMENT_MET"),
  /** A requirement of a requirement set is not met; the message gives the numbers. */
  REQUIREMENT_NOT_MET("REQUIREMENT_NOT_MET"),
  /** A certification's validity ended before the assessment date. */
  CERTIFICATION_EXPIRED("CERTIFICATION_EXPIRED"),
  /** A certification expires within the policy's warning window after the assessment date. */
  CERTIFICATION_EXPIRING("CERTIFICATION_EXPIRING"),
  /** A certification is suspended, revoked or lapsed, or not yet valid, on the assessment date. */
  CERTIFICATION_NOT_ACTIVE("CERTIFICATION_NOT_ACTIVE"),
  /**
   * A certification comes from a board whose credentials do not make anyone a certified sex
   * therapist (for example a sexology certificate that requires no clinical licence).
   */
  CERTIFICATION_NOT_RECOGNISED("CERTIFICATION_NOT_RECOGNISED"),
  /** A licence's validity ended before the assessment date. */
  LICENSE_EXPIRED("LICENSE_EXPIRED"),
  /** A licence expires within the policy's warning window after the assessment date. */
  LICENSE_EXPIRING("LICENSE_EXPIRING"),
  /** A licence is suspended, revoked or inactive, or not yet valid, on the assessment date. */
  LICENSE_NOT_ACTIVE("LICENSE_NOT_ACTIVE"),
  /** A licence does not allow independent psychotherapy practice (for example an LMSW). */
  LICENSE_NOT_INDEPENDENT("LICENSE_NOT_INDEPENDENT"),
  /** No valid licence lies in a jurisdiction where the certification is recognised. */
  LICENSE_JURISDICTION_NOT_COVERED("LICENSE_JURISDICTION_NOT_COVERED"),
  /** The membership a certification depends on is not active on the assessment date. */
  MEMBERSHIP_LAPSED("MEMBERSHIP_LAPSED"),
  /**
   * The membership a certification depends on ended before the assessment date but within the
   * body's grace period, so the certification still counts until the grace period ends.
   */
  MEMBERSHIP_IN_GRACE("MEMBERSHIP_IN_GRACE"),
  /**
   * A claim that does not add up: a therapist certification without a licence for independent
   * psychotherapy, or a supervisor certification without the certification it builds on.
   */
  INCONSISTENT_CLAIM("INCONSISTENT_CLAIM"),
  /**
   * A supervisor certification first awarded before the certification it builds on had been held
   * for the policy's tenure, such as an AASECT CST supervisor with less than two years as a CST.
   */
  SUPERVISOR_TENURE_SHORT("SUPERVISOR_TENURE_SHORT"),
  /**
   * A certification cycle that was renewed with fewer continuing-education credits than its body
   * asks, or that expires soon with fewer.
   */
  CE_CREDITS_SHORT("CE_CREDITS_SHORT"),
  /**
   * A note that post-degree experience was taken as the time since the degree's award, because the
   * practitioner has no clinical-experience records.
   */
  EXPERIENCE_APPROXIMATED("EXPERIENCE_APPROXIMATED"),
  /**
   * Core-knowledge training whose records name their areas, with fewer hours than the policy's area
   * list asks in one or more areas (AASECT: at least 3 hours in each of 17).
   */
  CORE_KNOWLEDGE_AREAS_SHORT("CORE_KNOWLEDGE_AREAS_SHORT"),
  /**
   * A month of supervision recorded a group larger than the policy allows (AASECT: 4 supervisees);
   * the path is the month ({@code /supervisedPractice/0/supervisionMonths/3}). Warning.
   */
  SUPERVISION_GROUP_TOO_LARGE("SUPERVISION_GROUP_TOO_LARGE"),
  /**
   * A month of supervision recorded more hours than the policy counts in one month (AASECT: 6);
   * only the cap counts. The path is the month. Warning.
   */
  SUPERVISION_MONTHLY_CAP_EXCEEDED("SUPERVISION_MONTHLY_CAP_EXCEEDED"),
  /**
   * The recorded supervision months of a discipline span fewer or more months than the policy asks
   * (AASECT CST: 18 to 24); the path is the discipline's last supervision month. Warning.
   */
  SUPERVISION_SPREAD_OUT_OF_RANGE("SUPERVISION_SPREAD_OUT_OF_RANGE"),
  /**
   * A recorded supervisor holds a credential the policy does not accept for supervising the
   * discipline; the path is the record's {@code /supervisor}. Warning.
   */
  SUPERVISOR_NOT_CERTIFIED("SUPERVISOR_NOT_CERTIFIED"),
  /**
   * Supervised practice with telehealth clients in a jurisdiction where none of the practitioner's
   * licences (or registrations) was valid during the practice; AASECT counts telehealth hours only
   * with clients where the supervisee is licensed. The path is the jurisdiction. Warning.
   */
  TELEHEALTH_OUTSIDE_LICENSE("TELEHEALTH_OUTSIDE_LICENSE"),

  // ---- course of therapy (#4) -----------------------------------------------------------

  /**
   * Invariant: an id or session number refers to something the value does not hold, such as a
   * session attendee who is not a client of the treated unit ({@code /sessions/2/attendees/1}) or
   * homework assigned in a session that is not recorded ({@code /homework/0/assignedInSession}).
   */
  UNKNOWN_REFERENCE("UNKNOWN_REFERENCE"),
  /**
   * A session was held on a date when no referral was active, under case rules that require one.
   * Path: the session's date, {@code /sessions/i/date}. Severity error.
   */
  SESSION_WITHOUT_REFERRAL("SESSION_WITHOUT_REFERRAL"),
  /**
   * A client attended a session without a consent to therapy of their own in force on its date.
   * Path: the attendee, {@code /sessions/i/attendees/j}. Severity error.
   */
  SESSION_WITHOUT_CONSENT("SESSION_WITHOUT_CONSENT"),
  /**
   * A client of the treated unit has no intake form, although the first session was held. Path: the
   * client, {@code /unit/clients/j}. Severity warning.
   */
  INTAKE_MISSING("INTAKE_MISSING"),
  /**
   * A client's intake form was not completed by the end of the first session. Path: {@code
   * /intakes/k/status} if it is not completed, {@code /intakes/k/completedOn} if it was completed
   * later. Severity warning.
   */
  INTAKE_INCOMPLETE("INTAKE_INCOMPLETE"),
  /**
   * A session's number exceeds the sessions planned by the plan version that set the course on its
   * date, or a session other than intake was held with no plan version in effect: more sessions
   * need a plan revision first. Path: {@code /sessions/i/number}. Severity warning.
   */
  SESSION_BEYOND_PLAN("SESSION_BEYOND_PLAN"),
  /**
   * A session worked on a goal whose practice area is outside the practitioner's scope of practice
   * on the session date (for example a sex counsellor working on a sexual dysfunction). Path:
   * {@code /sessions/i/addressedGoals/j}. Severity error.
   */
  GOAL_OUTSIDE_SCOPE("GOAL_OUTSIDE_SCOPE"),
  /**
   * Homework was assigned to a client who did not attend the session it was assigned in. Path:
   * {@code /homework/k/assignees/j}. Severity warning.
   */
  HOMEWORK_ASSIGNEE_ABSENT("HOMEWORK_ASSIGNEE_ABSENT"),
  /**
   * A client's information was disclosed without an authorisation of theirs, named by the
   * disclosure, in force on its date (none named, not yet signed, expired, revoked or defective).
   * Path: the subject, {@code /disclosures/k/subjects/j}. Severity error.
   */
  DISCLOSURE_WITHOUT_AUTHORIZATION("DISCLOSURE_WITHOUT_AUTHORIZATION"),
  /**
   * A disclosure went beyond the client's authorisations in force on its date. Path: {@code
   * /disclosures/k/recipient} if none names the recipient, {@code /disclosures/k/purpose} if none
   * for that recipient lists the purpose, else {@code /disclosures/k/categories/c} for each
   * category none of them lists. Severity error.
   */
  DISCLOSURE_BEYOND_AUTHORIZATION("DISCLOSURE_BEYOND_AUTHORIZATION"),
  /**
   * A session is dated before the session numbered before it. Path: {@code /sessions/i/date}.
   * Severity error.
   */
  SESSION_DATE_OUT_OF_ORDER("SESSION_DATE_OUT_OF_ORDER"),
  /**
   * A session was held on a date when the practitioner held no licence or certification in force,
   * or after a licence or certification in force at the first session had lapsed without a renewal
   * (same profession and jurisdiction, or same certification type). Path: {@code /sessions/i/date}.
   * Severity error.
   */
  SESSION_OUTSIDE_CREDENTIAL_VALIDITY("SESSION_OUTSIDE_CREDENTIAL_VALIDITY"),
  /**
   * A release authorisation lacks a statement HIPAA requires (right to revoke, conditioning,
   * redisclosure): it is defective and in force on no date. Path: the statement, such as {@code
   * /authorizations/k/redisclosureStatement}. Severity warning in a case report; error in a
   * disclosure decision, where it is a reason the authorisation does not cover the request.
   */
  AUTHORIZATION_DEFECTIVE("AUTHORIZATION_DEFECTIVE"),

  // ---- disclosure decisions (#5) ----------------------------------------------------------
  //
  // Paths starting with /request point into the decision's echo of the request (its JSON form);
  // every other path points into the case, such as /authorizations/k or /goals/k/owners/j.

  /**
   * The request names a client who is not a client of the case: there is no information about them
   * here, so the whole request is denied. Path: {@code /request/subjects/j}. Severity error.
   */
  SUBJECT_NOT_IN_CASE("SUBJECT_NOT_IN_CASE"),
  /**
   * A client whose information is requested has signed no release authorisation at all, and no
   * other client has one for the requester: deny by default. Path: {@code /request/subjects/j}.
   * Severity error.
   */
  NO_AUTHORIZATION("NO_AUTHORIZATION"),
  /**
   * One partner's authorisation never releases the other's information. Path {@code
   * /request/subjects/j}: another client of the case has authorised the requester, this client has
   * not. Or a path into the case, such as {@code /goals/k/owners/j}, {@code
   * /homework/k/assignees/j} or {@code /sessions/i/attendees/j}: a requested category is shared
   * with a client the request does not name (a goal both partners own, homework set for both, the
   * notes of a joint session), and that client's authorisations do not cover it; the path is their
   * place in the first shared record. Severity error.
   */
  PARTNER_NOT_AUTHORIZED("PARTNER_NOT_AUTHORIZED"),
  /**
   * The client has release authorisations, but none names the requester (or a class of persons that
   * includes them). Path: {@code /request/requester}; the message names the subject. Severity
   * error.
   */
  RECIPIENT_NOT_COVERED("RECIPIENT_NOT_COVERED"),
  /**
   * The client's authorisations for the requester do not list the purpose of the request. Path:
   * {@code /request/purpose}; the message names the subject. Severity error.
   */
  PURPOSE_NOT_COVERED("PURPOSE_NOT_COVERED"),
  /**
   * The client's authorisations for the requester and purpose do not list a requested category.
   * Path: {@code /request/categories/n}; the message names the subject. Severity error.
   */
  CATEGORY_NOT_COVERED("CATEGORY_NOT_COVERED"),
  /**
   * Psychotherapy notes were requested, and no authorisation of the client for the requester and
   * purpose names them: they need an authorisation of their own (45 CFR 164.508(a)(2)). Path:
   * {@code /request/categories/n}. Severity error.
   */
  PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION("PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION"),
  /**
   * The only authorisation that would cover the request was signed after the request's date. Path:
   * {@code /authorizations/k/signature/signedOn}. Severity error.
   */
  AUTHORIZATION_NOT_YET_SIGNED("AUTHORIZATION_NOT_YET_SIGNED"),
  /**
   * An authorisation that would cover the request had expired by its date: after the expiry date,
   * or on or after the day the expiry event occurred. Path: {@code /authorizations/k/expiresOn} or
   * {@code /authorizations/k/expiryEventOccurredOn}. Severity error.
   */
  AUTHORIZATION_EXPIRED("AUTHORIZATION_EXPIRED"),
  /**
   * An authorisation that would cover the request had been revoked by its date (a revocation takes
   * effect on the day it is received, and is not retroactive). Path: {@code
   * /authorizations/k/revokedOn}. Severity error.
   */
  AUTHORIZATION_REVOKED("AUTHORIZATION_REVOKED"),
  /**
   * A requested category is not one the purpose needs, by the rules' minimum-necessary table (45
   * CFR 164.502(b)). Path: {@code /request/categories/n}. Severity warning when the rules only flag
   * it (the default: the category is released if authorised); error when they withhold it.
   */
  MINIMUM_NECESSARY_EXCEEDED("MINIMUM_NECESSARY_EXCEEDED"),
  /**
   * The treating practitioner of the case uses the record for treatment, which needs no
   * authorisation (psychotherapy notes included: they are its originator). Path: {@code
   * /request/requester}. Severity info.
   */
  DISCLOSURE_PERMITTED_FOR_TREATMENT("DISCLOSURE_PERMITTED_FOR_TREATMENT"),
  /**
   * A supervisor in the host's own supervised training programme sees the record for supervision,
   * which needs no authorisation (45 CFR 164.508(a)(2)(i)(B)), when the rules say the host's
   * supervisors are in its own programme. Path: {@code /request/requester}. Severity info.
   */
  DISCLOSURE_PERMITTED_FOR_SUPERVISION("DISCLOSURE_PERMITTED_FOR_SUPERVISION"),
  /**
   * The requester is a client of the case and receives their own share of the information, which
   * needs no authorisation of their own (psychotherapy notes excepted). Path: {@code
   * /request/requester}. Severity info.
   */
  DISCLOSURE_PERMITTED_TO_SUBJECT("DISCLOSURE_PERMITTED_TO_SUBJECT"),
  /**
   * An authorisation that would cover the request authorises someone else to disclose: its
   * discloser is neither the case's practitioner (by practitioner id) nor a practice of theirs (by
   * the organisation id of an affiliation in force on the date), or names the discloser by name
   * only. Path: {@code /authorizations/k/discloser}. Severity error.
   */
  DISCLOSER_NOT_COVERED("DISCLOSER_NOT_COVERED"),
  /**
   * An authorisation of the client names the requester by name only, and the requester is
   * identified by ids: a name cannot confirm who they are, so the authorisation does not cover
   * them. Path: {@code /authorizations/k/recipients/r}; related path {@code /request/requester}.
   * Severity error.
   */
  RECIPIENT_IDENTITY_UNCONFIRMED("RECIPIENT_IDENTITY_UNCONFIRMED"),
  /**
   * An authorisation that would cover the request ends with an event ({@code expiryEvent}) that the
   * case records as having happened by the request's date: the course closed (a closing session, a
   * completed plan version) or fertility treatment ended. Path: {@code
   * /authorizations/k/expiryEvent}; related path: where the case records the event. Severity error.
   */
  EXPIRY_EVENT_RECORDED("EXPIRY_EVENT_RECORDED"),
  /**
   * The client withdrew consent to therapy on or before the request's date, after signing an
   * authorisation that would cover the request; withdrawal ends the client's earlier releases
   * unless the rules say otherwise ({@code releasesSurviveWithdrawal}). Path: {@code
   * /authorizations/k}; related path {@code /consents/j/withdrawnOn}. Severity error.
   */
  CONSENT_WITHDRAWN("CONSENT_WITHDRAWN"),
  /**
   * An authorisation that would cover the request was signed by a personal representative without a
   * recorded basis of authority ({@code representativeBasis}), where the representative is another
   * client of the case or, in a case with several clients, is not identified: a spouse or partner
   * is not a personal representative by default. Path: {@code /authorizations/k/signature}.
   * Severity error.
   */
  REPRESENTATIVE_AUTHORITY_NOT_RECORDED("REPRESENTATIVE_AUTHORITY_NOT_RECORDED");

  private final String code;

  FindingCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable wire code, such as {@code "CERTIFICATION_EXPIRED"}.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }
}

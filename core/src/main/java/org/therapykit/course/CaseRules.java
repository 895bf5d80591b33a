package org.therapykit.course;

import org.immutables.value.Value;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.qualification.QualificationPolicy;

/**
 * The rules a course of therapy is checked against, as data: whether a referral is required, and
 * the {@link QualificationPolicy} that says what the practitioner may treat on each session date.
 *
 * <pre>{@code
 * CaseReport report = CaseRules.standard().validate(therapyCase);
 * report.hasErrors();                                   // false for a case in order
 * report.findings(FindingCode.SESSION_WITHOUT_CONSENT); // where, if not
 * }</pre>
 *
 * <h2>The rules</h2>
 *
 * <p>Each rule adds findings with its own {@link org.therapykit.validation.FindingCode} and a JSON
 * Pointer into the case (field names are the accessor names):
 *
 * <ol>
 *   <li>{@code SESSION_DATE_OUT_OF_ORDER} (error): a session dated before the previous one.
 *   <li>{@code SESSION_OUTSIDE_CREDENTIAL_VALIDITY} (error): on a session's date the practitioner
 *       holds no licence or certification in force, or one in force at the first session has lapsed
 *       without renewal.
 *   <li>{@code SESSION_WITHOUT_REFERRAL} (error, if {@link #referralRequired()}): a session on a
 *       date the referral is not {@linkplain org.therapykit.referral.Referral#isActiveOn active},
 *       or with no referral. Intake is part of the first session, so every session counts.
 *   <li>{@code SESSION_WITHOUT_CONSENT} (error): an attendee without a consent to therapy of their
 *       own in force on the session date.
 *   <li>{@code INTAKE_MISSING} and {@code INTAKE_INCOMPLETE} (warnings): once a first session is
 *       held, every client's intake form must have been completed by its date.
 *   <li>{@code SESSION_BEYOND_PLAN} (warning): a session numbered beyond the sessions planned by
 *       the plan version in effect on its date, or a session after intake with no plan in effect.
 *   <li>{@code GOAL_OUTSIDE_SCOPE} (error): a session works on a goal whose {@linkplain
 *       org.therapykit.plan.Goal#practiceArea() practice area} the practitioner's scope on that
 *       date does not permit. Not evaluated for a session already reported outside credential
 *       validity, whose scope is moot: one cause, one finding.
 *   <li>{@code HOMEWORK_ASSIGNEE_ABSENT} (warning): homework assigned to a client who did not
 *       attend the session it was assigned in.
 *   <li>{@code AUTHORIZATION_DEFECTIVE} (error): an authorisation lacking a required statement
 *       ({@link org.therapykit.consent.ReleaseAuthorization#defects()}, the same findings the
 *       disclosure rules give).
 *   <li>{@code DISCLOSURE_WITHOUT_AUTHORIZATION} and {@code DISCLOSURE_BEYOND_AUTHORIZATION}
 *       (errors): each logged disclosure is judged by {@link #disclosureRules()} exactly as a
 *       request of the same recipient, purpose, subjects and categories on its date would be
 *       ({@link org.therapykit.consent.DisclosureRules#decide}): without authorisation at {@code
 *       /disclosures/k} if no category would have been permitted, else beyond authorisation at
 *       {@code /disclosures/k/categories/n} for each category that would not. The decision's error
 *       findings follow, re-rooted ({@code /request/requester} becomes {@code
 *       /disclosures/k/recipient}, {@code /request/...} becomes {@code /disclosures/k/...}; paths
 *       into the case stay, with related path {@code /disclosures/k}). So a report without errors
 *       never holds a logged disclosure that the disclosure rules would deny.
 * </ol>
 *
 * <p>{@link #validate(TherapyCase)} never throws for a valid case and never reads the clock: every
 * rule is judged at the dates recorded in the case. Findings are sorted by severity, errors first,
 * then in the order above; no message contains a sensitive value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseRules implements WithCaseRules {
  CaseRules() {}

  /**
   * Returns whether sessions need an active referral. Defaults to true (the usual case when a payer
   * or clinic requires a referral from a general practitioner or specialist).
   *
   * @return true if a referral is required
   */
  @Value.Default
  public boolean referralRequired() {
    return true;
  }

  /**
   * Returns the policy that decides the practitioner's scope of practice on each session date.
   * Defaults to {@link QualificationPolicy#standard()}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public QualificationPolicy qualificationPolicy() {
    return QualificationPolicy.standard();
  }

  /**
   * Returns the rules each logged disclosure is judged by. Defaults to {@link
   * DisclosureRules#standard()}.
   *
   * @return the rules, not null
   */
  @Value.Default
  public DisclosureRules disclosureRules() {
    return DisclosureRules.standard();
  }

  /**
   * Checks a case against these rules.
   *
   * @param therapyCase the case, not null
   * @return the report, not null
   */
  public CaseReport validate(TherapyCase therapyCase) {
    return new CaseValidator(this, therapyCase).run();
  }

  /**
   * Returns the default rules: a referral is required, and the standard qualification policy.
   *
   * @return the rules, not null
   */
  public static CaseRules standard() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CaseRules}; every attribute has a default. */
  public static final class Builder extends ImmutableCaseRules.Builder {
    Builder() {}
  }
}

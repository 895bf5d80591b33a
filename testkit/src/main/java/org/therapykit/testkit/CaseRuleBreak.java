package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * A named way for a valid course of therapy to break one case rule, such as {@link
 * #SESSION_WITHOUT_CONSENT}: a client attended a session without a consent to therapy of their own
 * in force on its date.
 *
 * <p>{@code TherapyGenerators.cases().breaking(CaseRuleBreak.SESSION_WITHOUT_CONSENT)} generates
 * cases whose report by {@code CaseRules.standard().validate(case)} contains one or more findings
 * with {@link #code()} and {@link #severity()}, each at one of {@link #paths()} ({@code *} stands
 * for a list index), and no finding of any other case-rule code (the two disclosure breaks are
 * followed by the disclosure rules' reasons, codes such as {@code CONSENT_WITHDRAWN} that are not
 * case-rule codes): the rest of the case is a coherent course, exactly as {@code cases()} generates
 * it. There is one constant per case-rule code, named after it, and none has an unavoidable
 * co-occurrence ({@link #coOccurring()} is empty for all).
 *
 * <p>How many findings a break yields depends on the case: a lapsed licence is reported for every
 * later session, a missing referral for every session. Each constant draws from several ways of
 * breaking its rule (listed on it), so a host's handling is tested against all of them.
 */
public enum CaseRuleBreak {
  /**
   * A session dated one to thirty days before the session numbered before it (any session after the
   * first). Reported once, at {@code /sessions/i/date}. Needs two sessions.
   */
  SESSION_DATE_OUT_OF_ORDER(FindingCode.SESSION_DATE_OUT_OF_ORDER, 2, "/sessions/*/date"),
  /**
   * The practitioner's licence, certification or both, in force at the first session, lapse between
   * two sessions without a renewal. Reported at {@code /sessions/i/date} for every session after
   * the lapse. Needs two sessions.
   */
  SESSION_OUTSIDE_CREDENTIAL_VALIDITY(
      FindingCode.SESSION_OUTSIDE_CREDENTIAL_VALIDITY, 2, "/sessions/*/date"),
  /**
   * No referral; or one written after the first session, revoked or put on hold (with or without a
   * status date), expired or completed before the last session, a draft, or entered in error.
   * Reported at {@code /sessions/i/date} for every session on a date it is not active.
   */
  SESSION_WITHOUT_REFERRAL(FindingCode.SESSION_WITHOUT_REFERRAL, 1, "/sessions/*/date"),
  /**
   * An attendee without a consent of their own in force: none at all, one signed after their first
   * session, or one withdrawn before their last. Reported at {@code /sessions/i/attendees/j} for
   * every session they attended without it.
   */
  SESSION_WITHOUT_CONSENT(FindingCode.SESSION_WITHOUT_CONSENT, 1, "/sessions/*/attendees/*"),
  /** A client of the unit without an intake form. Reported at {@code /unit/clients/j}. */
  INTAKE_MISSING(FindingCode.INTAKE_MISSING, 1, "/unit/clients/*"),
  /**
   * A client's intake form not completed (in progress, stopped or entered in error; at {@code
   * /intakes/k/status}) or completed after the first session (at {@code /intakes/k/completedOn}).
   */
  INTAKE_INCOMPLETE(
      FindingCode.INTAKE_INCOMPLETE, 1, "/intakes/*/status", "/intakes/*/completedOn"),
  /**
   * Sessions beyond the plan: no plan at all, a plan version planning fewer sessions than were held
   * under it, or a latest version that was revoked. Reported at {@code /sessions/i/number} for
   * every session after intake that no plan in effect covers. Needs two sessions.
   */
  SESSION_BEYOND_PLAN(FindingCode.SESSION_BEYOND_PLAN, 2, "/sessions/*/number"),
  /**
   * A certified sex counsellor (scope counselling on every session date) works on a goal of
   * category sexual dysfunction or other in one or more sessions; every other goal is within
   * counselling. Reported at {@code /sessions/i/addressedGoals/j} for each such session.
   */
  GOAL_OUTSIDE_SCOPE(FindingCode.GOAL_OUTSIDE_SCOPE, 1, "/sessions/*/addressedGoals/*"),
  /**
   * A couple; homework assigned in a session only one partner attended to the absent partner (alone
   * or with the other). Reported at {@code /homework/k/assignees/j}. Always a couple.
   */
  HOMEWORK_ASSIGNEE_ABSENT(FindingCode.HOMEWORK_ASSIGNEE_ABSENT, 1, "/homework/*/assignees/*"),
  /**
   * A logged disclosure the disclosure rules would have permitted nothing of on its date (no
   * release of the client in force: none, not yet signed, expired, revoked, or ended by its event).
   * Reported at {@code /disclosures/k}, followed by the rules' reasons: paths into the request are
   * re-rooted to the disclosure, and a reason about the case names the disclosure as its related
   * path unless it names a place of its own (a withdrawal, a recorded event).
   */
  DISCLOSURE_WITHOUT_AUTHORIZATION(
      FindingCode.DISCLOSURE_WITHOUT_AUTHORIZATION, 0, "/disclosures/*"),
  /**
   * A logged disclosure about one client under their release in force that asks for categories it
   * does not list: reported at {@code /disclosures/k/categories/c}, one finding per such category,
   * followed by the rules' reasons.
   */
  DISCLOSURE_BEYOND_AUTHORIZATION(
      FindingCode.DISCLOSURE_BEYOND_AUTHORIZATION, 0, "/disclosures/*/categories/*"),
  /**
   * An authorisation, named by no disclosure, that lacks one, two or all three required statements.
   * Reported at {@code /authorizations/k/revocationStatement}, {@code .../conditioningStatement}
   * and {@code .../redisclosureStatement}, one finding per missing statement.
   */
  AUTHORIZATION_DEFECTIVE(
      FindingCode.AUTHORIZATION_DEFECTIVE,
      0,
      "/authorizations/*/revocationStatement",
      "/authorizations/*/conditioningStatement",
      "/authorizations/*/redisclosureStatement");

  private static final ImmutableSet<FindingCode> WARNINGS =
      ImmutableSet.of(
          FindingCode.INTAKE_MISSING,
          FindingCode.INTAKE_INCOMPLETE,
          FindingCode.SESSION_BEYOND_PLAN,
          FindingCode.HOMEWORK_ASSIGNEE_ABSENT);

  private final FindingCode code;
  private final int minimumSessions;
  private final ImmutableSet<String> paths;

  CaseRuleBreak(FindingCode code, int minimumSessions, String... paths) {
    this.code = code;
    this.minimumSessions = minimumSessions;
    this.paths = ImmutableSet.copyOf(paths);
  }

  /**
   * Returns the finding code the break triggers.
   *
   * @return the code, not null
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the severity of the triggered findings under {@code CaseRules.standard()}.
   *
   * @return {@link Severity#ERROR} or {@link Severity#WARNING}, not null
   */
  public Severity severity() {
    return WARNINGS.contains(code) ? Severity.WARNING : Severity.ERROR;
  }

  /**
   * Returns the JSON Pointer templates where the findings are reported, with {@code *} standing for
   * a list index, such as {@code /sessions/*}{@code /attendees/*}.
   *
   * @return the templates, not null, not empty
   */
  public ImmutableSet<String> paths() {
    return paths;
  }

  /**
   * Returns the fewest sessions a case with this break has: 0, 1 or 2.
   *
   * @return the number of sessions
   */
  public int minimumSessions() {
    return minimumSessions;
  }

  /**
   * Returns whether the break needs a couple: true only for {@link #HOMEWORK_ASSIGNEE_ABSENT}.
   *
   * @return true if every case with this break treats a couple
   */
  public boolean requiresCouple() {
    return this == HOMEWORK_ASSIGNEE_ABSENT;
  }

  /**
   * Returns the other codes that unavoidably come with this break as findings.
   *
   * @return the codes, empty for every break, not null
   */
  public ImmutableSet<FindingCode> coOccurring() {
    return ImmutableSet.of();
  }

  /**
   * Returns whether a finding is one this break triggers: same code and severity, at one of {@link
   * #paths()}.
   *
   * @param finding the finding, not null
   * @return true if it matches
   */
  public boolean matches(Finding finding) {
    return finding.code() == code
        && finding.severity() == severity()
        && paths.stream().anyMatch(finding.pointer()::matches);
  }

  /**
   * Returns the break that triggers a case-rule code, such as {@code
   * of(FindingCode.INTAKE_MISSING)}.
   *
   * @param code one of the twelve codes in {@link #codes()}, not null
   * @return the break, not null
   * @throws IllegalArgumentException if the code is not a case-rule code
   */
  public static CaseRuleBreak of(FindingCode code) {
    checkArgument(code != null, "code must not be null");
    return Arrays.stream(values())
        .filter(b -> b.code == code)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no case rule break triggers " + code + " alone"));
  }

  /**
   * Returns every code some break triggers: the twelve codes the case rules report.
   *
   * @return the codes, in declaration order, not null
   */
  public static ImmutableSet<FindingCode> codes() {
    return Arrays.stream(values()).map(CaseRuleBreak::code).collect(ImmutableSet.toImmutableSet());
  }
}

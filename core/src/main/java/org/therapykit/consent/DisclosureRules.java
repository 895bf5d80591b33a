package org.therapykit.consent;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The rules that decide whether information may be disclosed, as data, and the one function a host
 * calls before it shows or sends anything: {@link #decide(CaseRecord, DisclosureRequest)}.
 *
 * <pre>{@code
 * DisclosureDecision decision = DisclosureRules.standard().decide(therapyCase, request);
 * decision.isPermitted();          // false unless something covers the request
 * decision.permittedCategories();  // exactly what may be released, never more than asked
 * decision.findings();             // why the rest may not
 * }</pre>
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li><b>Deny by default; fail closed.</b> A category is permitted only if something below covers
 *       it for every client whose information it is; anything not covered, unknown or missing is
 *       denied. A subject who is not a client of the case denies the whole request ({@code
 *       SUBJECT_NOT_IN_CASE}).
 *   <li><b>Treatment.</b> The case's practitioner (requester role {@code therapist} with the case
 *       practitioner's id) may use the whole record for {@link DisclosurePurpose#TREATMENT},
 *       psychotherapy notes included: the case has one practitioner, who wrote its notes (45 CFR
 *       164.508(a)(2)(i)(A)). Any other provider needs authorisations, even for treatment: stricter
 *       than HIPAA's treatment permission, as the professional codes ask for each client's written
 *       consent ({@code DISCLOSURE_PERMITTED_FOR_TREATMENT}).
 *   <li><b>Supervision</b>, only if {@link #supervisionInOwnProgramme()}: a requester in role
 *       {@code supervisor} may see the record for {@link DisclosurePurpose#SUPERVISION},
 *       psychotherapy notes included (164.508(a)(2)(i)(B)). Off by default: the library cannot tell
 *       whether a supervisor belongs to the host's own training programme, so supervision needs
 *       authorisations unless the host says so ({@code DISCLOSURE_PERMITTED_FOR_SUPERVISION}).
 *   <li><b>Each client controls their own information.</b> Otherwise every client whose information
 *       a category releases must have an authorisation of their own, in force on the date
 *       ({@linkplain ReleaseAuthorization#isInForceOn complete, signed, not expired, not revoked}),
 *       that {@linkplain ReleaseAuthorization#covers covers} the requester, the category and the
 *       purpose. One partner's authorisation never releases the other's information. Those clients
 *       are the request's subjects plus everyone the requested information is shared with in the
 *       case: the other owners of a subject's goals ({@link
 *       InformationCategory#GOALS_AND_PROGRESS}), the other assignees of their homework ({@link
 *       InformationCategory#HOMEWORK}), and the other attendees of their sessions with a progress
 *       or psychotherapy note ({@link InformationCategory#PROGRESS_NOTES}, {@link
 *       InformationCategory#PSYCHOTHERAPY_NOTES}). Intake histories, reasons and topics belong to
 *       one client each.
 *   <li><b>A client's own share.</b> A requester who is a client of the case (role {@code
 *       client-designee} with their client id) needs no authorisation of their own to receive their
 *       own information, psychotherapy notes excepted (HIPAA gives no right of access to them, 45
 *       CFR 164.524(a)(1)(i)); the other partner's share still needs the other partner's
 *       authorisation ({@code DISCLOSURE_PERMITTED_TO_SUBJECT}).
 *   <li><b>Psychotherapy notes</b> are covered only by an authorisation that names them, which
 *       names nothing else ({@code PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION}).
 *   <li><b>Time.</b> Expiry and revocation take effect from their dates and are not retroactive: a
 *       request dated before them is judged as if they had not happened ({@code
 *       AUTHORIZATION_EXPIRED}, {@code AUTHORIZATION_REVOKED}, {@code
 *       AUTHORIZATION_NOT_YET_SIGNED}, {@code AUTHORIZATION_DEFECTIVE}).
 *   <li><b>Minimum necessary</b> (45 CFR 164.502(b)): requested categories the purpose does not
 *       need, by {@link #minimumNecessary()}, are flagged ({@code MINIMUM_NECESSARY_EXCEEDED},
 *       warning) and still released if covered, because HIPAA exempts disclosures under an
 *       authorisation and for treatment from the standard and an authorisation is the client's own
 *       choice. With {@link #withholdBeyondMinimumNecessary()} they are withheld (error).
 * </ol>
 *
 * <p>Why a category is not covered is reported for each client once, at the first point where the
 * client's authorisations fall short: none at all ({@code NO_AUTHORIZATION}), only the other
 * partner's ({@code PARTNER_NOT_AUTHORIZED}), none naming the requester ({@code
 * RECIPIENT_NOT_COVERED}), none for the purpose ({@code PURPOSE_NOT_COVERED}), none listing the
 * category ({@code CATEGORY_NOT_COVERED}), or every one that would cover it not in force on the
 * date. The codes, paths and severities are documented in {@link
 * org.therapykit.validation.FindingCode}.
 *
 * <p>{@link #decide} never throws for valid arguments and never reads the clock: the request
 * carries the date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosureRules implements WithDisclosureRules {
  private static final ImmutableMap<DisclosurePurpose, ImmutableSet<InformationCategory>> STANDARD =
      standardTable();

  DisclosureRules() {}

  /**
   * Returns the minimum-necessary table: for each purpose, the categories it needs. A purpose not
   * in the table needs none, so every category requested for it is flagged. Defaults to:
   *
   * <ul>
   *   <li>{@code care-coordination}: the three histories, reasons and topics, goals and progress;
   *   <li>{@code referral-report} and {@code payment}: reasons and topics, goals and progress;
   *   <li>{@code at-client-request}, {@code treatment} and {@code supervision}: every category;
   *   <li>{@code other}: none.
   * </ul>
   *
   * @return the table, not null
   */
  @Value.Default
  public ImmutableMap<DisclosurePurpose, ImmutableSet<InformationCategory>> minimumNecessary() {
    return STANDARD;
  }

  /**
   * Returns whether requested categories beyond the minimum necessary are withheld (an error
   * finding) rather than only flagged (a warning). Defaults to false.
   *
   * @return true to withhold them
   */
  @Value.Default
  public boolean withholdBeyondMinimumNecessary() {
    return false;
  }

  /**
   * Returns whether requesters in role {@code supervisor} are supervisors in the host's own
   * supervised training programme, who may see the record for {@link DisclosurePurpose#SUPERVISION}
   * without an authorisation. Defaults to false: supervision then needs authorisations like any
   * other disclosure.
   *
   * @return true if the host's supervisors are in its own programme
   */
  @Value.Default
  public boolean supervisionInOwnProgramme() {
    return false;
  }

  /**
   * Returns whether a client's releases stay in force after they withdraw consent to therapy. Off
   * by default: withdrawal ends every release the client signed on or before the day of withdrawal
   * ({@code CONSENT_WITHDRAWN}); a release signed afterwards (say, to send the record to a new
   * therapist) is unaffected. HIPAA itself does not tie the two together, so a host whose law or
   * policy keeps releases in force after withdrawal turns this on.
   *
   * @return true if releases survive the withdrawal of consent to therapy
   */
  @Value.Default
  public boolean releasesSurviveWithdrawal() {
    return false;
  }

  /**
   * Returns the categories a purpose needs, by {@link #minimumNecessary()}.
   *
   * @param purpose the purpose, not null
   * @return the categories, not null, possibly empty
   */
  public ImmutableSet<InformationCategory> needs(DisclosurePurpose purpose) {
    ImmutableSet<InformationCategory> needed = minimumNecessary().get(purpose);
    return needed == null ? ImmutableSet.of() : needed;
  }

  /**
   * Decides whether a request may be granted from a case.
   *
   * @param therapyCase the case holding the information and the authorisations, not null
   * @param request the request, not null
   * @return the decision, not null; never more than the request asks for
   */
  public DisclosureDecision decide(CaseRecord therapyCase, DisclosureRequest request) {
    return new DisclosureDecider(this, therapyCase, request).run();
  }

  /**
   * Returns the default rules: the standard minimum-necessary table, flagged not withheld, and no
   * supervision without authorisation.
   *
   * @return the rules, not null
   */
  public static DisclosureRules standard() {
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

  /** Builds {@link DisclosureRules}; every attribute has a default. */
  public static final class Builder extends ImmutableDisclosureRules.Builder {
    Builder() {}
  }

  private static ImmutableMap<DisclosurePurpose, ImmutableSet<InformationCategory>>
      standardTable() {
    ImmutableSet<InformationCategory> summary =
        ImmutableSet.of(
            InformationCategory.REASONS_AND_TOPICS, InformationCategory.GOALS_AND_PROGRESS);
    ImmutableSet<InformationCategory> all = ImmutableSet.copyOf(InformationCategory.values());
    Map<DisclosurePurpose, ImmutableSet<InformationCategory>> table =
        new EnumMap<>(DisclosurePurpose.class);
    table.put(
        DisclosurePurpose.CARE_COORDINATION,
        ImmutableSet.of(
            InformationCategory.SEXUAL_HISTORY,
            InformationCategory.MENTAL_HEALTH_HISTORY,
            InformationCategory.PHYSICAL_HISTORY,
            InformationCategory.REASONS_AND_TOPICS,
            InformationCategory.GOALS_AND_PROGRESS));
    table.put(DisclosurePurpose.REFERRAL_REPORT, summary);
    table.put(DisclosurePurpose.AT_CLIENT_REQUEST, all);
    table.put(DisclosurePurpose.PAYMENT, summary);
    table.put(DisclosurePurpose.TREATMENT, all);
    table.put(DisclosurePurpose.SUPERVISION, all);
    return ImmutableMap.copyOf(table);
  }
}

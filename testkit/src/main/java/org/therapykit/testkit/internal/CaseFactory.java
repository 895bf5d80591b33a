package org.therapykit.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.client.TreatedUnit;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.credential.Certification;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.testkit.CaseRuleBreak;
import org.therapykit.testkit.Source;

/**
 * Builds one coherent course of therapy, or one that breaks a single case rule. The timeline comes
 * first (sessions and who attends), then the rule that a break bends (if it moves a date), then
 * everything the rules check is derived from the final dates: the practitioner's credentials in
 * force throughout, a referral active on every session, consents and intakes by the first session,
 * a plan whose versions cover every session held under them, goals within scope, homework only for
 * those present, disclosures only under authorisations in force that cover them. A break then
 * changes exactly one of those. One instance per generated case.
 */
public final class CaseFactory {
  /** The categories that are one client's own information: their intake form's. */
  private static final List<InformationCategory> OWN_INTAKE_INFORMATION =
      List.of(
          InformationCategory.SEXUAL_HISTORY,
          InformationCategory.MENTAL_HEALTH_HISTORY,
          InformationCategory.PHYSICAL_HISTORY,
          InformationCategory.REASONS_AND_TOPICS);

  private static final ImmutableList<GoalCategory> COUNSELLING_GOALS =
      Arrays.stream(GoalCategory.values())
          .filter(c -> ScopeOfPractice.COUNSELLING.permits(c.practiceArea()))
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<GoalCategory> THERAPY_ONLY_GOALS =
      Arrays.stream(GoalCategory.values())
          .filter(c -> !ScopeOfPractice.COUNSELLING.permits(c.practiceArea()))
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<ReferralReason> OTHER_REASONS =
      Arrays.stream(ReferralReason.values())
          .filter(r -> r != ReferralReason.FERTILITY_RELATED)
          .collect(ImmutableList.toImmutableList());

  private final Source s;
  private final LocalDate asOf;
  private final Optional<CaseRuleBreak> broken;
  private int authorizationCount;

  private CaseFactory(Source s, LocalDate asOf, Optional<CaseRuleBreak> broken) {
    this.s = s;
    this.asOf = asOf;
    this.broken = broken;
  }

  /**
   * Builds a case.
   *
   * @param s the source
   * @param asOf the date every clean case's events fall on or before
   * @param minSessions the fewest sessions
   * @param maxSessions the most sessions, at least {@code minSessions} and the break's minimum
   * @param kind the unit kind, or empty for either
   * @param fertility whether the unit must be in fertility treatment
   * @param broken the rule to break, or empty for a clean case
   * @return the case
   */
  public static org.therapykit.course.TherapyCase build(
      Source s,
      LocalDate asOf,
      int minSessions,
      int maxSessions,
      Optional<UnitKind> kind,
      boolean fertility,
      Optional<CaseRuleBreak> broken) {
    return new CaseFactory(s, asOf, broken).run(minSessions, maxSessions, kind, fertility);
  }

  private boolean is(CaseRuleBreak b) {
    return broken.equals(Optional.of(b));
  }

  private org.therapykit.course.TherapyCase run(
      int minSessions, int maxSessions, Optional<UnitKind> kind, boolean fertilityForced) {
    CaseId id = Course.caseId(s);
    int n =
        s.between(
            Math.max(minSessions, broken.map(CaseRuleBreak::minimumSessions).orElse(0)),
            maxSessions);
    boolean couple =
        kind.isPresent()
            ? kind.get() == UnitKind.COUPLE
            : broken.map(CaseRuleBreak::requiresCouple).orElse(false) || s.chance(60);
    boolean fertility = fertilityForced || s.chance(30);
    OrganizationId clinic = Course.clinic(s);
    TreatedUnit unit = Course.unit(s, couple, fertility, clinic);
    List<ClientId> clients = unit.clientIds().asList();

    // ---- the timeline: dates and attendees --------------------------------------------------
    int lapseAt = is(CaseRuleBreak.SESSION_OUTSIDE_CREDENTIAL_VALIDITY) ? s.between(1, n - 1) : -1;
    int[] gaps = new int[n];
    int span = 0;
    for (int i = 1; i < n; i++) {
      gaps[i] = i == lapseAt ? s.between(1, 35) : s.between(0, 35);
      span += gaps[i];
    }
    LocalDate last = Draw.dateBackFrom(s, asOf, asOf.minusDays(400));
    List<LocalDate> dates = new ArrayList<>();
    LocalDate cursor = last.minusDays(span);
    for (int i = 0; i < n; i++) {
      cursor = cursor.plusDays(gaps[i]);
      dates.add(cursor);
    }
    List<ImmutableSet<ClientId>> attendees = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      attendees.add(
          couple && !s.chance(75)
              ? ImmutableSet.of(s.pick(clients))
              : ImmutableSet.copyOf(clients));
    }
    int absentAt = -1;
    ClientId present = clients.get(0);
    ClientId absent = clients.get(clients.size() - 1);
    if (is(CaseRuleBreak.HOMEWORK_ASSIGNEE_ABSENT)) {
      absentAt = s.between(0, n - 1);
      boolean second = s.bool();
      present = clients.get(second ? 1 : 0);
      absent = clients.get(second ? 0 : 1);
      attendees.set(absentAt, ImmutableSet.of(present));
    }
    boolean inOrder = true;
    if (is(CaseRuleBreak.SESSION_DATE_OUT_OF_ORDER)) {
      int i = s.between(1, n - 1);
      dates.set(i, dates.get(i - 1).minusDays(s.between(1, 30)));
      inOrder = false;
    }
    LocalDate start = n == 0 ? last : Collections.min(dates);
    LocalDate end = n == 0 ? last : Collections.max(dates);

    // ---- the practitioner, in force from the first to the last day ----------------------------
    Practitioner practitioner =
        PractitionerFactory.throughout(
            s,
            start,
            asOf,
            Optional.empty(),
            is(CaseRuleBreak.GOAL_OUTSIDE_SCOPE)
                ? Classification.SEX_COUNSELLOR
                : Classification.CERTIFIED_SEX_THERAPIST);
    if (lapseAt > 0) {
      practitioner = lapse(practitioner, start, dates.get(lapseAt - 1), dates.get(lapseAt));
    }
    Party practice = Course.practice(practitioner);

    // ---- referral ---------------------------------------------------------------------------
    PartyRole referrerRole =
        fertility
            ? PartyRole.FERTILITY_SPECIALIST
            : s.pick(ImmutableList.of(PartyRole.GENERAL_PRACTITIONER, PartyRole.PHYSICIAN));
    Party referrer =
        Course.party(s, referrerRole, fertility ? Optional.of(clinic) : Optional.empty());
    LocalDate authored = Draw.dateBackFrom(s, start, start.minusDays(90));
    Referral.Builder rb =
        Referral.builder()
            .id(Course.referralId(s))
            .referrer(referrer)
            .recipient(practice)
            .authoredOn(authored)
            .reason(fertility ? ReferralReason.FERTILITY_RELATED : s.pick(OTHER_REASONS));
    if (s.chance(25)) {
      rb.status(ReferralStatus.COMPLETED).statusDate(Draw.date(s, end, asOf));
    } else {
      rb.status(ReferralStatus.ACTIVE);
    }
    if (s.chance(20)) {
      rb.expiresOn(Draw.date(s, end, end.plusDays(365)));
    }
    Referral referral = rb.build();

    // ---- intake and consent by the first session -------------------------------------------
    LocalDate firstListed = n > 0 ? dates.get(0) : asOf;
    List<IntakeForm> intakes = new ArrayList<>();
    List<TreatmentConsent> consents = new ArrayList<>();
    for (ClientId c : clients) {
      if (n == 0 && s.chance(30)) {
        intakes.add(Course.intake(s, c, s.pick(Course.INCOMPLETE), Optional.empty(), fertility));
      } else {
        IntakeStatus status = s.chance(20) ? IntakeStatus.AMENDED : IntakeStatus.COMPLETED;
        LocalDate done = Draw.dateBackFrom(s, firstListed, authored);
        intakes.add(Course.intake(s, c, status, Optional.of(done), fertility));
      }
    }
    for (ClientId c : clients) {
      LocalDate signed = Draw.dateBackFrom(s, start, authored);
      LocalDate from = signed;
      for (int i = 0; i < n; i++) {
        if (attendees.get(i).contains(c) && !dates.get(i).isBefore(from)) {
          from = dates.get(i).plusDays(1);
        }
      }
      Optional<LocalDate> withdrawn =
          s.chance(15) && !from.isAfter(asOf)
              ? Optional.of(Draw.date(s, from, asOf))
              : Optional.empty();
      consents.add(Course.consent(s, c, signed, withdrawn));
    }

    // ---- goals within the practitioner's scope ---------------------------------------------
    List<GoalCategory> allowed =
        is(CaseRuleBreak.GOAL_OUTSIDE_SCOPE)
            ? COUNSELLING_GOALS
            : ImmutableList.copyOf(GoalCategory.values());
    List<Goal> goals = new ArrayList<>();
    int goalCount = s.between(0, 3);
    for (int g = 1; g <= goalCount; g++) {
      LocalDate setOn = Draw.date(s, start, end);
      goals.add(
          Course.goal(s, Course.goalId(g), s.pick(allowed), Course.some(s, clients), setOn, end));
    }
    Optional<GoalId> outOfScope = Optional.empty();
    if (is(CaseRuleBreak.GOAL_OUTSIDE_SCOPE)) {
      Goal g =
          Course.goal(
              s,
              Course.goalId(goalCount + 1),
              s.pick(THERAPY_ONLY_GOALS),
              Course.some(s, clients),
              start,
              end);
      goals.add(s.between(0, goals.size()), g);
      outOfScope = Optional.of(g.id());
    }

    // ---- sessions and homework -------------------------------------------------------------
    int scopeSession = outOfScope.isPresent() ? s.between(0, n - 1) : -1;
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SessionKind sessionKind =
          i == 0
              ? SessionKind.INTAKE
              : i == n - 1 && n >= 3 && s.chance(30)
                  ? SessionKind.CLOSING
                  : s.chance(25) ? SessionKind.REVIEW : SessionKind.TREATMENT;
      List<GoalId> addressed = new ArrayList<>();
      for (Goal g : goals) {
        boolean add;
        if (outOfScope.equals(Optional.of(g.id()))) {
          add = i == scopeSession || s.chance(25);
        } else {
          add = !g.revisions().get(0).date().isAfter(dates.get(i)) && s.bool();
        }
        if (add) {
          addressed.add(g.id());
        }
      }
      sessions.add(
          Session.builder()
              .number(i + 1)
              .date(dates.get(i))
              .kind(sessionKind)
              .attendees(attendees.get(i))
              .addressedGoals(addressed)
              .progressNote(Course.progressNote(s))
              .psychotherapyNote(Course.psychotherapyNote(s))
              .build());
    }
    List<HomeworkAssignment> homework = new ArrayList<>();
    int hw = 0;
    for (int i = 0; i < n; i++) {
      int count = s.chance(40) ? s.between(1, 2) : 0;
      for (int h = 0; h < count; h++) {
        Set<ClientId> assignees = Course.some(s, attendees.get(i));
        Optional<Integer> reviewed =
            i + 1 < n && s.chance(70) ? Optional.of(s.between(i + 2, n)) : Optional.empty();
        homework.add(
            Course.homework(s, Course.homeworkId(++hw), assignees, i + 1, dates.get(i), reviewed));
      }
    }
    if (absentAt >= 0) {
      Set<ClientId> assignees = s.bool() ? ImmutableSet.of(absent) : ImmutableSet.copyOf(clients);
      Optional<Integer> reviewed =
          absentAt + 1 < n && s.bool() ? Optional.of(s.between(absentAt + 2, n)) : Optional.empty();
      homework.add(
          s.between(0, homework.size()),
          Course.homework(
              s, Course.homeworkId(++hw), assignees, absentAt + 1, dates.get(absentAt), reviewed));
    }

    // ---- plan ------------------------------------------------------------------------------
    Optional<TreatmentPlan> plan = plan(n, dates, inOrder, start, end, authored);

    // ---- releases of information and the disclosures they cover ------------------------------
    List<ReleaseAuthorization> authorizations = new ArrayList<>();
    List<Disclosure> disclosures = new ArrayList<>();
    int groups = s.between(0, 2);
    for (int g = 0; g < groups; g++) {
      Party recipient =
          switch (s.between(0, 2)) {
            case 0 -> referrer;
            case 1 -> classOf(referrer);
            default -> Course.party(s, PartyRole.HEALTH_PLAN, Optional.empty());
          };
      Course.Terms terms = Course.terms(s, recipient);
      Map<ClientId, ReleaseAuthorization> signed = new LinkedHashMap<>();
      LocalDate base = Draw.date(s, start, asOf);
      for (ClientId c : Course.some(s, clients)) {
        ReleaseAuthorization a = release(c, practice, terms, base, fertility);
        signed.put(c, a);
        authorizations.add(a);
      }
      int count = s.between(0, 2);
      for (int k = 0; k < count; k++) {
        ReleaseAuthorization first = s.pick(ImmutableList.copyOf(signed.values()));
        LocalDate from = first.signature().signedOn();
        LocalDate to = Course.lastDayInForce(first).filter(d -> d.isBefore(asOf)).orElse(asOf);
        if (to.isBefore(from)) {
          continue;
        }
        LocalDate on = Draw.date(s, from, to);
        List<ReleaseAuthorization> inForce =
            signed.values().stream().filter(a -> a.isInForceOn(on)).toList();
        List<InformationCategory> categories = new ArrayList<>(terms.categories());
        if (inForce.size() < clients.size()) {
          // goals, homework and joint sessions' notes are every partner's information: without
          // a release of each partner in force, only a client's own intake information
          categories.retainAll(OWN_INTAKE_INFORMATION);
          if (categories.isEmpty()) {
            continue;
          }
        }
        disclosures.add(
            Disclosure.builder()
                .date(on)
                .recipient(memberOf(recipient))
                .categories(Course.some(s, categories))
                .subjects(inForce.stream().map(ReleaseAuthorization::subject).toList())
                .purpose(s.pick(terms.purposes().asList()))
                .authorizations(inForce.stream().map(ReleaseAuthorization::id).toList())
                .build());
      }
    }
    disclosures.sort(Comparator.comparing(Disclosure::date));
    Set<Disclosure> clean = Collections.newSetFromMap(new IdentityHashMap<>());
    clean.addAll(disclosures);

    // ---- the breaks that change one thing of a clean course --------------------------------
    Optional<Referral> referralOf = Optional.of(referral);
    if (broken.isPresent()) {
      switch (broken.get()) {
        case SESSION_WITHOUT_REFERRAL -> referralOf = breakReferral(referral, start, end);
        case SESSION_WITHOUT_CONSENT -> breakConsent(consents, clients, dates, attendees);
        case INTAKE_MISSING -> intakes.remove(s.between(0, intakes.size() - 1));
        case INTAKE_INCOMPLETE -> breakIntake(intakes, dates.get(0));
        case DISCLOSURE_WITHOUT_AUTHORIZATION ->
            unauthorised(authorizations, disclosures, clients, practice, start);
        case DISCLOSURE_BEYOND_AUTHORIZATION ->
            excessive(authorizations, disclosures, clients, consents, practice, start);
        case AUTHORIZATION_DEFECTIVE -> defective(authorizations, clients, practice, start);
        default -> {}
      }
    }

    org.therapykit.course.TherapyCase built =
        org.therapykit.course.TherapyCase.builder()
            .id(id)
            .practitioner(practitioner)
            .unit(unit)
            .referral(referralOf)
            .intakes(intakes)
            .consents(consents)
            .authorizations(authorizations)
            .disclosures(disclosures)
            .plan(plan)
            .goals(goals)
            .sessions(sessions)
            .homework(homework)
            .build();
    // the course logs only disclosures the disclosure rules permit in full (what the case records
    // later, a closing session or a withdrawal, can end a release before its own end), besides
    // those a break adds
    return built.withDisclosures(
        built.disclosures().stream()
            .filter(
                d ->
                    !clean.contains(d)
                        || DisclosureRules.standard()
                            .decide(built, d.asRequest())
                            .permittedCategories()
                            .containsAll(d.categories()))
            .toList());
  }

  // ---- pieces ------------------------------------------------------------------------------

  /** Anyone in the party's role at its organisation: the class of persons a release may name. */
  private Party classOf(Party p) {
    Party.Builder b = Party.builder().role(p.role()).organization(p.organization());
    if (p.organization().isEmpty() || s.bool()) {
      p.name().ifPresent(b::name);
    }
    return b.build();
  }

  /** The recipient, or a named person in its role at the organisation it names. */
  private Party memberOf(Party recipient) {
    if (recipient.practitioner().isPresent()
        || recipient.organization().isEmpty()
        || !s.chance(40)) {
      return recipient;
    }
    return Party.builder()
        .role(recipient.role())
        .name(Credentials.displayName(s, recipient.role() != PartyRole.HEALTH_PLAN))
        .organization(recipient.organization())
        .build();
  }

  private ReleaseAuthorization release(
      ClientId subject, Party discloser, Course.Terms terms, LocalDate base, boolean fertility) {
    LocalDate signed = Draw.dateBackFrom(s, base, base.minusDays(14));
    Optional<LocalDate> expires =
        s.chance(75) ? Optional.of(signed.plusDays(s.between(30, 730))) : Optional.empty();
    Optional<ExpiryEvent> event =
        expires.isEmpty() || s.chance(30)
            ? Optional.of(
                fertility
                    ? ExpiryEvent.END_OF_FERTILITY_TREATMENT
                    : s.pick(ImmutableList.of(ExpiryEvent.END_OF_COURSE, ExpiryEvent.OTHER)))
            : Optional.empty();
    // what ends it early is recorded by the case's date
    LocalDate latest = signed.plusDays(400).isBefore(asOf) ? signed.plusDays(400) : asOf;
    Optional<LocalDate> occurred =
        event.isPresent() && s.chance(15)
            ? Optional.of(Draw.date(s, signed, latest))
            : Optional.empty();
    Optional<LocalDate> revoked =
        s.chance(10) ? Optional.of(Draw.date(s, signed, latest)) : Optional.empty();
    return Course.authorization(
        s,
        Course.authorizationId(++authorizationCount),
        subject,
        discloser,
        terms,
        signed,
        expires,
        event,
        occurred,
        revoked);
  }

  /**
   * A plan whose versions cover every session held under them. Version 1 takes effect by the first
   * session (or at the second, after an intake session); later versions take effect between then
   * and the last session; each plans at least as many sessions as the highest-numbered session it
   * governs. The {@link CaseRuleBreak#SESSION_BEYOND_PLAN} break removes the plan, plans too few
   * sessions in the latest version, or revokes it.
   */
  private Optional<TreatmentPlan> plan(
      int n,
      List<LocalDate> dates,
      boolean inOrder,
      LocalDate start,
      LocalDate end,
      LocalDate authored) {
    int variant = is(CaseRuleBreak.SESSION_BEYOND_PLAN) ? s.between(0, 2) : -1;
    if (variant == 0) {
      return Optional.empty();
    }
    if (n == 0) {
      if (s.chance(40)) {
        return Optional.empty();
      }
      int planned = s.between(1, 12);
      return Optional.of(
          TreatmentPlan.of(
              version(1, Draw.date(s, start, asOf), planned, PlanStatus.ACTIVE, Optional.empty())));
    }
    List<LocalDate> effective = new ArrayList<>();
    effective.add(
        inOrder && n >= 2 && s.chance(25) ? dates.get(1) : Draw.dateBackFrom(s, start, authored));
    int extra = n >= 2 && s.chance(30) ? s.between(1, 2) : 0;
    for (int k = 0; k < extra; k++) {
      LocalDate previous = effective.get(effective.size() - 1);
      effective.add(Draw.date(s, previous, end.isAfter(previous) ? end : previous));
    }
    int versions = effective.size();
    int[] highest = new int[versions];
    for (int i = 0; i < n; i++) {
      int governing = -1;
      for (int k = 0; k < versions; k++) {
        if (!effective.get(k).isAfter(dates.get(i))) {
          governing = k;
        }
      }
      if (governing >= 0) {
        highest[governing] = Math.max(highest[governing], i + 1);
      }
    }
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    int previousPlanned = 0;
    for (int k = 0; k < versions; k++) {
      int planned;
      if (variant == 1 && k == versions - 1) {
        planned = s.between(1, highest[k] - 1);
      } else if (highest[k] > 0) {
        planned = Math.min(100, highest[k] + s.between(0, 4));
      } else {
        planned = Math.max(1, Math.min(100, previousPlanned + s.between(0, 4)));
      }
      PlanStatus status;
      if (variant == 2 && k == versions - 1) {
        status = PlanStatus.REVOKED;
      } else if (k == versions - 1 && s.chance(30)) {
        status = s.bool() ? PlanStatus.COMPLETED : PlanStatus.ON_HOLD;
      } else {
        status = PlanStatus.ACTIVE;
      }
      Optional<RevisionReason> reason =
          k == 0
              ? Optional.empty()
              : Optional.of(
                  planned > previousPlanned && s.chance(70)
                      ? RevisionReason.MORE_SESSIONS_NEEDED
                      : s.pick(RevisionReason.class));
      plan.addVersion(version(k + 1, effective.get(k), planned, status, reason));
      previousPlanned = planned;
    }
    return Optional.of(plan.build());
  }

  private PlanVersion version(
      int number, LocalDate from, int planned, PlanStatus status, Optional<RevisionReason> reason) {
    PlanVersion.Builder v =
        PlanVersion.builder()
            .number(number)
            .effectiveFrom(from)
            .plannedSessions(planned)
            .status(status)
            .revisionReason(reason);
    if (s.chance(40)) {
      int review = s.between(1, planned);
      v.addReviewSession(review);
      if (review < planned && s.bool()) {
        v.addReviewSession(s.between(review + 1, planned));
      }
    }
    return v.build();
  }

  /** Ends the credentials in force at the first session between two sessions, without renewal. */
  private Practitioner lapse(Practitioner p, LocalDate first, LocalDate before, LocalDate after) {
    LocalDate last = Draw.dateBackFrom(s, after.minusDays(1), before);
    int what = s.between(0, 2); // 0 licence, 1 certification, 2 both
    List<License> licenses = new ArrayList<>();
    for (License l : p.licenses()) {
      licenses.add(
          what != 1 && l.isValidOn(first)
              ? l.withValidity(DateRange.of(l.validity().start(), last))
              : l);
    }
    List<Certification> certifications = new ArrayList<>();
    for (Certification c : p.certifications()) {
      certifications.add(
          what != 0 && c.isValidOn(first)
              ? c.withValidity(DateRange.of(c.validity().start(), last))
              : c);
    }
    return p.withLicenses(licenses).withCertifications(certifications);
  }

  private Optional<Referral> breakReferral(Referral r, LocalDate start, LocalDate end) {
    boolean spread = end.isAfter(r.authoredOn());
    int variant = s.between(0, 5);
    return switch (variant) {
      case 1 ->
          Optional.of(
              Referral.builder()
                  .from(r)
                  .status(ReferralStatus.ACTIVE)
                  .statusDate(Optional.empty())
                  .expiresOn(Optional.empty())
                  .authoredOn(Draw.date(s, start.plusDays(1), end.plusDays(30)))
                  .build());
      case 2 ->
          Optional.of(
              r.withStatus(s.bool() ? ReferralStatus.REVOKED : ReferralStatus.ON_HOLD)
                  .withStatusDate(
                      s.bool()
                          ? Optional.of(Draw.date(s, r.authoredOn(), end))
                          : Optional.empty()));
      case 3 ->
          spread
              ? Optional.of(r.withExpiresOn(Draw.date(s, r.authoredOn(), end.minusDays(1))))
              : Optional.empty();
      case 4 ->
          Optional.of(
              r.withStatus(s.bool() ? ReferralStatus.DRAFT : ReferralStatus.ENTERED_IN_ERROR));
      case 5 ->
          spread
              ? Optional.of(
                  r.withStatus(ReferralStatus.COMPLETED)
                      .withStatusDate(Draw.date(s, r.authoredOn(), end.minusDays(1))))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private void breakConsent(
      List<TreatmentConsent> consents,
      List<ClientId> clients,
      List<LocalDate> dates,
      List<ImmutableSet<ClientId>> attendees) {
    List<ClientId> attending =
        clients.stream().filter(c -> attendees.stream().anyMatch(a -> a.contains(c))).toList();
    ClientId c = s.pick(attending);
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (int i = 0; i < dates.size(); i++) {
      if (attendees.get(i).contains(c)) {
        first = dates.get(i).isBefore(first) ? dates.get(i) : first;
        last = dates.get(i).isAfter(last) ? dates.get(i) : last;
      }
    }
    int k = indexOf(consents, c);
    TreatmentConsent consent = consents.get(k);
    switch (s.between(0, 2)) {
      case 1 ->
          consents.set(
              k,
              Course.consent(
                  s, c, Draw.date(s, first.plusDays(1), last.plusDays(30)), Optional.empty()));
      case 2 ->
          consents.set(
              k, consent.withWithdrawnOn(Draw.date(s, consent.signature().signedOn(), last)));
      default -> consents.remove(k);
    }
  }

  private static int indexOf(List<TreatmentConsent> consents, ClientId c) {
    for (int k = 0; k < consents.size(); k++) {
      if (consents.get(k).client().equals(c)) {
        return k;
      }
    }
    throw new IllegalStateException("no consent of " + c);
  }

  private void breakIntake(List<IntakeForm> intakes, LocalDate firstSession) {
    int k = s.between(0, intakes.size() - 1);
    IntakeForm form = intakes.get(k);
    if (s.bool()) {
      intakes.set(k, form.withCompletedOn(firstSession.plusDays(s.between(1, 60))));
    } else {
      intakes.set(
          k,
          IntakeForm.builder()
              .from(form)
              .status(s.pick(Course.INCOMPLETE))
              .completedOn(Optional.empty())
              .build());
    }
  }

  private Party outsider(Source source) {
    return Course.party(
        source,
        source.pick(
            ImmutableList.of(
                PartyRole.GENERAL_PRACTITIONER,
                PartyRole.FERTILITY_SPECIALIST,
                PartyRole.PHYSICIAN)),
        Optional.empty());
  }

  /** Adds a disclosure about one client that no authorisation of theirs in force allows. */
  private void unauthorised(
      List<ReleaseAuthorization> authorizations,
      List<Disclosure> disclosures,
      List<ClientId> clients,
      Party practice,
      LocalDate start) {
    ClientId c = s.pick(clients);
    LocalDate on = Draw.date(s, start, asOf);
    Course.Terms terms = Course.terms(s, outsider(s));
    int variant = s.between(0, 4);
    Optional<ReleaseAuthorization> a = Optional.empty();
    if (variant == 1) { // expired before the disclosure
      LocalDate expired = on.minusDays(s.between(1, 60));
      LocalDate signed = expired.minusDays(s.between(0, 365));
      a =
          Optional.of(
              fresh(c, practice, terms, signed, Optional.of(expired), false, Optional.empty()));
    } else if (variant == 2) { // revoked on or before the disclosure
      LocalDate revoked = on.minusDays(s.between(0, 60));
      LocalDate signed = revoked.minusDays(s.between(0, 365));
      a =
          Optional.of(
              fresh(
                  c,
                  practice,
                  terms,
                  signed,
                  Optional.of(revoked.plusDays(s.between(1, 365))),
                  false,
                  Optional.of(revoked)));
    } else if (variant == 3) { // its expiry event occurred on or before the disclosure
      LocalDate occurred = on.minusDays(s.between(0, 60));
      LocalDate signed = occurred.minusDays(s.between(0, 365));
      a =
          Optional.of(
              Course.authorization(
                  s,
                  Course.authorizationId(++authorizationCount),
                  c,
                  practice,
                  terms,
                  signed,
                  Optional.empty(),
                  Optional.of(s.pick(ExpiryEvent.class)),
                  Optional.of(occurred),
                  Optional.empty()));
    } else if (variant == 4 && on.isBefore(asOf)) { // signed after the disclosure
      LocalDate signed = Draw.date(s, on.plusDays(1), asOf);
      a =
          Optional.of(
              fresh(
                  c,
                  practice,
                  terms,
                  signed,
                  Optional.of(signed.plusDays(s.between(30, 730))),
                  false,
                  Optional.empty()));
    }
    Disclosure.Builder d =
        Disclosure.builder()
            .date(on)
            .recipient(terms.recipient())
            .categories(Course.some(s, terms.categories()))
            .addSubject(c)
            .purpose(s.pick(terms.purposes().asList()));
    if (a.isPresent()) {
      authorizations.add(s.between(0, authorizations.size()), a.get());
      d.addAuthorization(a.get().id());
    }
    disclosures.add(s.between(0, disclosures.size()), d.build());
  }

  private ReleaseAuthorization fresh(
      ClientId c,
      Party practice,
      Course.Terms terms,
      LocalDate signed,
      Optional<LocalDate> expires,
      boolean event,
      Optional<LocalDate> revoked) {
    return Course.authorization(
        s,
        Course.authorizationId(++authorizationCount),
        c,
        practice,
        terms,
        signed,
        expires,
        event ? Optional.of(ExpiryEvent.END_OF_COURSE) : Optional.empty(),
        Optional.empty(),
        revoked);
  }

  /** Adds a disclosure about one client beyond their authorisation in force on its date. */
  private void excessive(
      List<ReleaseAuthorization> authorizations,
      List<Disclosure> disclosures,
      List<ClientId> clients,
      List<TreatmentConsent> consents,
      Party practice,
      LocalDate start) {
    ClientId c = s.pick(clients);
    LocalDate on = Draw.date(s, start, asOf);
    LocalDate signed = Draw.dateBackFrom(s, on, on.minusDays(200));
    // signed after any withdrawal of consent by the client, so that withdrawal does not end it
    for (TreatmentConsent k : consents) {
      if (k.client().equals(c) && k.withdrawnOn().isPresent()) {
        LocalDate w = k.withdrawnOn().get();
        if (!w.isBefore(signed)) {
          signed = w.plusDays(1);
          on = on.isBefore(signed) ? signed : on;
        }
      }
    }
    Optional<LocalDate> expires = Optional.of(on.plusDays(s.between(0, 365)));
    Party recipient = outsider(s);
    // the client's own intake information the release lists, and a category it does not
    InformationCategory own = s.pick(OWN_INTAKE_INFORMATION);
    List<InformationCategory> rest = new ArrayList<>(Arrays.asList(InformationCategory.values()));
    rest.remove(own);
    rest.remove(InformationCategory.PSYCHOTHERAPY_NOTES);
    InformationCategory other = s.pick(rest);
    Course.Terms terms =
        new Course.Terms(
            recipient,
            ImmutableSet.of(own),
            Course.some(s, Arrays.asList(DisclosurePurpose.values())));
    ReleaseAuthorization a = fresh(c, practice, terms, signed, expires, false, Optional.empty());
    authorizations.add(s.between(0, authorizations.size()), a);
    disclosures.add(
        s.between(0, disclosures.size()),
        Disclosure.builder()
            .date(on)
            .recipient(recipient)
            .categories(ImmutableSet.of(own, other))
            .addSubject(c)
            .purpose(s.pick(terms.purposes().asList()))
            .addAuthorization(a.id())
            .build());
  }

  /** Adds an authorisation, named by no disclosure, that lacks one or more statements. */
  private void defective(
      List<ReleaseAuthorization> authorizations,
      List<ClientId> clients,
      Party practice,
      LocalDate start) {
    ClientId c = s.pick(clients);
    LocalDate signed = Draw.date(s, start, asOf);
    ReleaseAuthorization a =
        fresh(
            c,
            practice,
            Course.terms(s, outsider(s)),
            signed,
            Optional.of(signed.plusDays(s.between(30, 730))),
            false,
            Optional.empty());
    int missing = s.between(1, 7);
    authorizations.add(
        s.between(0, authorizations.size()),
        ReleaseAuthorization.builder()
            .from(a)
            .revocationStatement((missing & 1) == 0)
            .conditioningStatement((missing & 2) == 0)
            .redisclosureStatement((missing & 4) == 0)
            .build());
  }
}

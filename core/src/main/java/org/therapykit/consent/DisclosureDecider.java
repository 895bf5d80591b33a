package org.therapykit.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.therapykit.AuthorizationId;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/** One run of {@link DisclosureRules} over one case and one request. */
final class DisclosureDecider {
  /** Marks a client's own share, released to them without an authorisation. */
  private static final int OWN_SHARE = -1;

  /** Marks a (client, category) pair that nothing covers. */
  private static final int NOT_COVERED = -2;

  private final DisclosureRules rules;
  private final CaseRecord c;
  private final DisclosureRequest r;
  private final Party requester;
  private final LocalDate date;
  private final List<InformationCategory> categories;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Integer> reportedAuthorizations = new HashSet<>();
  private final Map<Integer, List<Finding>> problems = new HashMap<>();

  DisclosureDecider(DisclosureRules rules, CaseRecord therapyCase, DisclosureRequest request) {
    this.rules = rules;
    this.c = therapyCase;
    this.r = request;
    this.requester = request.requester();
    this.date = request.date();
    this.categories = request.categories().asList();
  }

  DisclosureDecision run() {
    boolean unknownSubject = checkSubjects();
    Set<InformationCategory> withheld = checkMinimumNecessary();
    Set<InformationCategory> permitted = EnumSet.noneOf(InformationCategory.class);
    Set<Integer> relied = new TreeSet<>();
    if (unknownSubject) {
      // no information about that subject is here: fail closed, release nothing
      permitted.clear();
    } else if (isTreatingPractitionerForTreatment()) {
      permitted.addAll(categories);
      add(
          FindingCode.DISCLOSURE_PERMITTED_FOR_TREATMENT,
          "/request/requester",
          Severity.INFO,
          "the case's practitioner uses the record for treatment; no authorisation is needed");
    } else if (isSupervisorForSupervision()) {
      permitted.addAll(categories);
      add(
          FindingCode.DISCLOSURE_PERMITTED_FOR_SUPERVISION,
          "/request/requester",
          Severity.INFO,
          "a supervisor in the host's own training programme; no authorisation is needed");
    } else {
      byAuthorization(withheld, permitted, relied);
    }
    permitted.removeAll(withheld);
    findings.sort(Comparator.comparing(Finding::severity));
    ImmutableSet.Builder<AuthorizationId> ids = ImmutableSet.builder();
    if (!permitted.isEmpty()) {
      relied.forEach(k -> ids.add(c.authorizations().get(k).id()));
    }
    return DisclosureDecision.builder()
        .caseId(c.id())
        .request(r)
        .outcome(permitted.isEmpty() ? DisclosureOutcome.DENY : DisclosureOutcome.PERMIT)
        .permittedCategories(permitted)
        .authorizations(ids.build())
        .findings(findings)
        .build();
  }

  // ---- request checks ------------------------------------------------------------------------

  private boolean checkSubjects() {
    ImmutableSet<ClientId> clients = c.unit().clientIds();
    boolean unknown = false;
    int j = 0;
    for (ClientId subject : r.subjects()) {
      if (!clients.contains(subject)) {
        unknown = true;
        add(
            FindingCode.SUBJECT_NOT_IN_CASE,
            "/request/subjects/" + j,
            Severity.ERROR,
            "not a client of the case: no information about them is here, so nothing is released");
      }
      j++;
    }
    return unknown;
  }

  private Set<InformationCategory> checkMinimumNecessary() {
    Set<InformationCategory> withheld = EnumSet.noneOf(InformationCategory.class);
    ImmutableSet<InformationCategory> needed = rules.needs(r.purpose());
    boolean withhold = rules.withholdBeyondMinimumNecessary();
    for (int n = 0; n < categories.size(); n++) {
      InformationCategory category = categories.get(n);
      if (!needed.contains(category)) {
        add(
            FindingCode.MINIMUM_NECESSARY_EXCEEDED,
            "/request/categories/" + n,
            withhold ? Severity.ERROR : Severity.WARNING,
            "purpose "
                + r.purpose().code()
                + " does not need category "
                + category.code()
                + (withhold ? "; withheld" : "; released only if authorised"));
        if (withhold) {
          withheld.add(category);
        }
      }
    }
    return withheld;
  }

  private boolean isTreatingPractitionerForTreatment() {
    return r.purpose() == DisclosurePurpose.TREATMENT
        && requester.role() == PartyRole.THERAPIST
        && requester.practitioner().equals(Optional.of(c.practitioner().id()));
  }

  private boolean isSupervisorForSupervision() {
    return rules.supervisionInOwnProgramme()
        && r.purpose() == DisclosurePurpose.SUPERVISION
        && requester.role() == PartyRole.SUPERVISOR;
  }

  // ---- authorisations ------------------------------------------------------------------------

  private void byAuthorization(
      Set<InformationCategory> withheld, Set<InformationCategory> permitted, Set<Integer> relied) {
    // for every category, the clients whose information it releases, with the coverage of each
    List<Map<ClientId, Integer>> coverage = new ArrayList<>();
    List<Map<ClientId, String>> shared = new ArrayList<>();
    boolean ownShare = false;
    for (InformationCategory category : categories) {
      Map<ClientId, String> sharedWith = sharedWith(category);
      Map<ClientId, Integer> covered = new LinkedHashMap<>();
      for (ClientId subject : r.subjects()) {
        covered.put(subject, coverage(subject, category));
      }
      for (ClientId other : sharedWith.keySet()) {
        covered.put(other, coverage(other, category));
      }
      coverage.add(covered);
      shared.add(sharedWith);
      if (!covered.containsValue(NOT_COVERED) && !withheld.contains(category)) {
        permitted.add(category);
        for (int k : covered.values()) {
          if (k >= 0) {
            relied.add(k);
          } else {
            ownShare = true;
          }
        }
      }
    }
    if (ownShare) {
      add(
          FindingCode.DISCLOSURE_PERMITTED_TO_SUBJECT,
          "/request/requester",
          Severity.INFO,
          "the requester is a client of the case and receives their own share without an"
              + " authorisation of their own");
    }
    explainSubjects(coverage);
    explainShared(coverage, shared);
  }

  /** Returns the index of the first authorisation covering a client's category, or a marker. */
  private int coverage(ClientId client, InformationCategory category) {
    if (category != InformationCategory.PSYCHOTHERAPY_NOTES
        && requester.client().equals(Optional.of(client))) {
      return OWN_SHARE;
    }
    ImmutableList<ReleaseAuthorization> all = c.authorizations();
    for (int k = 0; k < all.size(); k++) {
      ReleaseAuthorization a = all.get(k);
      if (a.subject().equals(client)
          && a.names(requester)
          && a.categories().contains(category)
          && a.purposes().contains(r.purpose())
          && problems(k).isEmpty()) {
        return k;
      }
    }
    return NOT_COVERED;
  }

  /**
   * Returns the clients, other than the request's subjects, with whom the subjects share the
   * category's information in the case, each with a pointer to the first record they share.
   */
  private Map<ClientId, String> sharedWith(InformationCategory category) {
    Map<ClientId, String> others = new LinkedHashMap<>();
    switch (category) {
      case GOALS_AND_PROGRESS -> {
        for (int k = 0; k < c.goals().size(); k++) {
          Goal g = c.goals().get(k);
          collect(others, g.owners(), "/goals/" + k + "/owners/");
        }
      }
      case HOMEWORK -> {
        for (int k = 0; k < c.homework().size(); k++) {
          HomeworkAssignment h = c.homework().get(k);
          collect(others, h.assignees(), "/homework/" + k + "/assignees/");
        }
      }
      case PROGRESS_NOTES, PSYCHOTHERAPY_NOTES -> {
        for (int i = 0; i < c.sessions().size(); i++) {
          Session s = c.sessions().get(i);
          boolean hasNote =
              category == InformationCategory.PROGRESS_NOTES
                  ? s.progressNote().isPresent()
                  : s.psychotherapyNote().isPresent();
          if (hasNote) {
            collect(others, s.attendees(), "/sessions/" + i + "/attendees/");
          }
        }
      }
      default -> {
        // histories, reasons and topics: each client's own intake form
      }
    }
    return others;
  }

  private void collect(Map<ClientId, String> others, ImmutableSet<ClientId> sharers, String at) {
    if (sharers.stream().noneMatch(r.subjects()::contains)) {
      return;
    }
    int j = 0;
    for (ClientId sharer : sharers) {
      if (!r.subjects().contains(sharer)) {
        others.putIfAbsent(sharer, at + j);
      }
      j++;
    }
  }

  // ---- why not -------------------------------------------------------------------------------

  private void explainSubjects(List<Map<ClientId, Integer>> coverage) {
    int j = 0;
    for (ClientId subject : r.subjects()) {
      List<Integer> uncovered = new ArrayList<>();
      for (int n = 0; n < categories.size(); n++) {
        if (isNotCovered(coverage.get(n), subject)) {
          uncovered.add(n);
        }
      }
      if (!uncovered.isEmpty()) {
        explainSubject(subject, j, uncovered);
      }
      j++;
    }
  }

  private void explainSubject(ClientId subject, int j, List<Integer> uncovered) {
    String at = "/request/subjects/" + j;
    String forSubject = at;
    ImmutableList<ReleaseAuthorization> all = c.authorizations();
    List<Integer> own = new ArrayList<>();
    List<Integer> forRequester = new ArrayList<>();
    boolean otherNamesRequester = false;
    for (int k = 0; k < all.size(); k++) {
      ReleaseAuthorization a = all.get(k);
      boolean names = a.names(requester);
      if (a.subject().equals(subject)) {
        own.add(k);
        if (names) {
          forRequester.add(k);
        }
      } else if (names) {
        otherNamesRequester = true;
      }
    }
    if (forRequester.isEmpty()) {
      if (unconfirmedIdentity(own)) {
        return;
      }
      if (otherNamesRequester) {
        add(
            FindingCode.PARTNER_NOT_AUTHORIZED,
            at,
            Severity.ERROR,
            "another client has authorised the requester, this client has not; one partner's"
                + " consent never releases the other's information");
      } else if (own.isEmpty()) {
        add(
            FindingCode.NO_AUTHORIZATION,
            at,
            Severity.ERROR,
            "the client has signed no release of information; nothing is released by default");
      } else {
        add(
            FindingCode.RECIPIENT_NOT_COVERED,
            "/request/requester",
            forSubject,
            "no authorisation of the client (the related subject) names the requester");
      }
      return;
    }
    List<Integer> forPurpose = new ArrayList<>();
    for (int k : forRequester) {
      if (all.get(k).purposes().contains(r.purpose())) {
        forPurpose.add(k);
      }
    }
    if (forPurpose.isEmpty()) {
      add(
          FindingCode.PURPOSE_NOT_COVERED,
          "/request/purpose",
          forSubject,
          "no authorisation of the client (the related subject) for the requester lists purpose "
              + r.purpose().code());
      return;
    }
    for (int n : uncovered) {
      InformationCategory category = categories.get(n);
      List<Integer> scope = inScope(forPurpose, category);
      if (scope.isEmpty()) {
        notListed(n, category, forSubject);
      } else {
        notInForce(scope);
      }
    }
  }

  private void explainShared(
      List<Map<ClientId, Integer>> coverage, List<Map<ClientId, String>> shared) {
    for (int n = 0; n < categories.size(); n++) {
      InformationCategory category = categories.get(n);
      for (Map.Entry<ClientId, String> e : shared.get(n).entrySet()) {
        if (!isNotCovered(coverage.get(n), e.getKey())) {
          continue;
        }
        add(
            FindingCode.PARTNER_NOT_AUTHORIZED,
            e.getValue(),
            Severity.ERROR,
            "category "
                + category.code()
                + " of the requested subjects is shared with this client, whose authorisations do"
                + " not cover the request; one partner's consent never releases the other's"
                + " information");
        List<Integer> scope = new ArrayList<>();
        for (int k = 0; k < c.authorizations().size(); k++) {
          ReleaseAuthorization a = c.authorizations().get(k);
          if (a.subject().equals(e.getKey())
              && a.names(requester)
              && a.purposes().contains(r.purpose())
              && a.categories().contains(category)) {
            scope.add(k);
          }
        }
        notInForce(scope);
      }
    }
  }

  private static boolean isNotCovered(Map<ClientId, Integer> coverage, ClientId client) {
    Integer k = coverage.get(client);
    return k != null && k == NOT_COVERED;
  }

  private List<Integer> inScope(List<Integer> candidates, InformationCategory category) {
    List<Integer> scope = new ArrayList<>();
    for (int k : candidates) {
      if (c.authorizations().get(k).categories().contains(category)) {
        scope.add(k);
      }
    }
    return scope;
  }

  private void notListed(int n, InformationCategory category, String forSubject) {
    if (category == InformationCategory.PSYCHOTHERAPY_NOTES) {
      add(
          FindingCode.PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION,
          "/request/categories/" + n,
          forSubject,
          "psychotherapy notes need an authorisation of their own, and none of the client's (the"
              + " related subject) for the requester and purpose names them");
    } else {
      add(
          FindingCode.CATEGORY_NOT_COVERED,
          "/request/categories/" + n,
          forSubject,
          "no authorisation of the client (the related subject) for the requester and purpose"
              + " lists category "
              + category.code());
    }
  }

  /**
   * Reports, for the client's authorisations, each recipient named by name only whose name is the
   * requester's while the requester has ids: a name cannot confirm them.
   */
  private boolean unconfirmedIdentity(List<Integer> own) {
    boolean any = false;
    for (int k : own) {
      ImmutableList<Party> recipients = c.authorizations().get(k).recipients();
      for (int n = 0; n < recipients.size(); n++) {
        if (recipients.get(n).matchesOnlyByName(requester)) {
          any = true;
          findings.add(
              Finding.of(
                  FindingCode.RECIPIENT_IDENTITY_UNCONFIRMED,
                  "/authorizations/" + k + "/recipients/" + n,
                  "/request/requester",
                  Severity.ERROR,
                  "the authorisation names this recipient by name only and the requester is"
                      + " identified by ids; a name cannot confirm them"));
        }
      }
    }
    return any;
  }

  /** Says why each authorisation that would cover a category is not in force on the date. */
  private void notInForce(List<Integer> scope) {
    for (int k : scope) {
      if (reportedAuthorizations.add(k)) {
        findings.addAll(problems(k));
      }
    }
  }

  /** Returns why the authorisation is not in force for this request, or nothing if it is. */
  private List<Finding> problems(int k) {
    return problems.computeIfAbsent(k, this::findProblems);
  }

  private List<Finding> findProblems(int k) {
    ReleaseAuthorization a = c.authorizations().get(k);
    String at = "/authorizations/" + k;
    List<Finding> p = new ArrayList<>();
    for (Finding defect : a.defects()) {
      p.add(defect.withPathPrefix(at));
    }
    if (date.isBefore(a.signature().signedOn())) {
      p.add(
          Finding.error(
              FindingCode.AUTHORIZATION_NOT_YET_SIGNED,
              at + "/signature/signedOn",
              "the authorisation was signed after the date of the request"));
    }
    if (a.isRevokedOn(date)) {
      p.add(
          Finding.error(
              FindingCode.AUTHORIZATION_REVOKED,
              at + "/revokedOn",
              "the authorisation was revoked on or before the date of the request"));
    }
    if (a.expiresOn().filter(date::isAfter).isPresent()) {
      p.add(
          Finding.error(
              FindingCode.AUTHORIZATION_EXPIRED,
              at + "/expiresOn",
              "the authorisation expired before the date of the request"));
    } else if (a.expiryEventOccurredOn().filter(e -> !date.isBefore(e)).isPresent()) {
      p.add(
          Finding.error(
              FindingCode.AUTHORIZATION_EXPIRED,
              at + "/expiryEventOccurredOn",
              "the expiry event occurred on or before the date of the request"));
    }
    recordedEvent(a)
        .filter(e -> e.hadHappenedBy(date))
        .ifPresent(
            e ->
                p.add(
                    Finding.of(
                        FindingCode.EXPIRY_EVENT_RECORDED,
                        at + "/expiryEvent",
                        e.path(),
                        Severity.ERROR,
                        e.date().isPresent()
                            ? "the case records the event that ends the authorisation, on or"
                                + " before the date of the request"
                            : "the case records the event that ends the authorisation, without"
                                + " its date; it is taken to have happened")));
    withdrawal(a, at, p);
    if (!isCaseDiscloser(a.discloser())) {
      p.add(
          Finding.error(
              FindingCode.DISCLOSER_NOT_COVERED,
              at + "/discloser",
              a.discloser().hasId()
                  ? "the authorisation lets someone other than the case's practitioner or their"
                      + " practice disclose"
                  : "the authorisation names the discloser by name only; record the"
                      + " practitioner's or the practice's id"));
    }
    if (needsRecordedBasis(a.signature())) {
      p.add(
          Finding.error(
              FindingCode.REPRESENTATIVE_AUTHORITY_NOT_RECORDED,
              at + "/signature",
              "a personal representative signed without a recorded basis of authority, in a case"
                  + " where they may be the other partner; a spouse or partner is not a personal"
                  + " representative by default"));
    }
    return p;
  }

  private Optional<CaseRecord.RecordedEvent> recordedEvent(ReleaseAuthorization a) {
    if (a.expiryEvent().isEmpty()) {
      return Optional.empty();
    }
    return switch (a.expiryEvent().get()) {
      case END_OF_COURSE -> c.courseEnd();
      case END_OF_FERTILITY_TREATMENT -> c.fertilityTreatmentEnd();
      case OTHER -> Optional.empty();
    };
  }

  private void withdrawal(ReleaseAuthorization a, String at, List<Finding> p) {
    if (rules.releasesSurviveWithdrawal()) {
      return;
    }
    ImmutableList<TreatmentConsent> consents = c.consents();
    for (int j = 0; j < consents.size(); j++) {
      TreatmentConsent consent = consents.get(j);
      Optional<LocalDate> withdrawn = consent.withdrawnOn();
      if (consent.client().equals(a.subject())
          && withdrawn.isPresent()
          && !date.isBefore(withdrawn.get())
          && !withdrawn.get().isBefore(a.signature().signedOn())) {
        p.add(
            Finding.of(
                FindingCode.CONSENT_WITHDRAWN,
                at,
                "/consents/" + j + "/withdrawnOn",
                Severity.ERROR,
                "the client withdrew consent to therapy after signing the authorisation, on or"
                    + " before the date of the request; withdrawal ends their earlier releases"));
        return;
      }
    }
  }

  /**
   * Returns whether the discloser a release names is the case's practitioner or a practice of
   * theirs. Ids decide; every id the discloser has must fit, and a discloser named by name only is
   * not recognised.
   */
  private boolean isCaseDiscloser(Party discloser) {
    if (!discloser.hasId() || discloser.client().isPresent()) {
      return false;
    }
    boolean practitioner = discloser.practitioner().map(c.practitioner().id()::equals).orElse(true);
    boolean practice =
        discloser
            .organization()
            .map(
                o ->
                    c.practitioner().affiliations().stream()
                        .anyMatch(f -> f.organizationId().equals(o) && isCurrent(f)))
            .orElse(true);
    return practitioner && practice;
  }

  private boolean isCurrent(Affiliation f) {
    return f.period().map(p -> p.contains(date)).orElse(true);
  }

  /**
   * Returns whether a personal representative's signature needs a recorded basis of authority: in a
   * case with several clients (the representative may be the other partner), or when the
   * representative is a client of the case.
   */
  private boolean needsRecordedBasis(Signature s) {
    if (s.signer() != Signer.PERSONAL_REPRESENTATIVE || s.representativeBasis().isPresent()) {
      return false;
    }
    return c.unit().clients().size() > 1 || s.representative().flatMap(Party::client).isPresent();
  }

  private void add(FindingCode code, String path, Severity severity, String message) {
    findings.add(Finding.of(code, path, severity, message));
  }

  private void add(FindingCode code, String path, String relatedPath, String message) {
    findings.add(Finding.of(code, path, relatedPath, Severity.ERROR, message));
  }
}

package org.therapykit.course;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.InformationCategory;
import org.therapykit.credential.Certification;
import org.therapykit.intake.IntakeForm;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.referral.Referral;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/** One run of {@link CaseRules} over one case. */
final class CaseValidator {
  private final CaseRules rules;
  private final TherapyCase c;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<LocalDate, QualificationAssessment> assessments = new HashMap<>();

  CaseValidator(CaseRules rules, TherapyCase therapyCase) {
    this.rules = rules;
    this.c = therapyCase;
  }

  CaseReport run() {
    checkSessionOrder();
    boolean[] outsideCredentials = checkCredentials();
    checkReferral();
    checkConsent();
    checkIntake();
    checkPlan();
    checkScope(outsideCredentials);
    checkHomework();
    checkAuthorizations();
    checkDisclosures();
    findings.sort(Comparator.comparing(Finding::severity));
    return CaseReport.builder()
        .caseId(c.id())
        .qualificationPolicyId(rules.qualificationPolicy().id())
        .findings(findings)
        .build();
  }

  // ---- sessions: order and credentials ------------------------------------------------------

  private void checkSessionOrder() {
    ImmutableList<Session> sessions = c.sessions();
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).date().isBefore(sessions.get(i - 1).date())) {
        add(
            FindingCode.SESSION_DATE_OUT_OF_ORDER,
            "/sessions/" + i + "/date",
            Severity.ERROR,
            "session " + (i + 1) + " is dated before session " + i);
      }
    }
  }

  /** Reports sessions outside credential validity; returns, per session, whether it was one. */
  private boolean[] checkCredentials() {
    ImmutableList<Session> sessions = c.sessions();
    boolean[] outside = new boolean[sessions.size()];
    if (sessions.isEmpty()) {
      return outside;
    }
    Practitioner p = c.practitioner();
    LocalDate first = sessions.get(0).date();
    for (int i = 0; i < sessions.size(); i++) {
      LocalDate date = sessions.get(i).date();
      Optional<String> problem = credentialProblem(p, first, date);
      if (problem.isPresent()) {
        outside[i] = true;
        add(
            FindingCode.SESSION_OUTSIDE_CREDENTIAL_VALIDITY,
            "/sessions/" + i + "/date",
            Severity.ERROR,
            problem.get());
      }
    }
    return outside;
  }

  private static Optional<String> credentialProblem(
      Practitioner p, LocalDate first, LocalDate date) {
    boolean anyInForce =
        p.licenses().stream().anyMatch(l -> l.isValidOn(date))
            || p.certifications().stream().anyMatch(x -> x.isValidOn(date));
    if (!anyInForce) {
      return Optional.of(
          "no licence or certification of the practitioner is in force on the session date");
    }
    for (int k = 0; k < p.licenses().size(); k++) {
      License l = p.licenses().get(k);
      if (l.isValidOn(first)
          && !l.isValidOn(date)
          && p.licenses().stream()
              .noneMatch(
                  m ->
                      m.profession() == l.profession()
                          && m.jurisdiction().equals(l.jurisdiction())
                          && m.isValidOn(date))) {
        return Optional.of(
            "/practitioner/licenses/"
                + k
                + ", in force at the first session, is not in force on the session date and has"
                + " no renewal");
      }
    }
    for (int k = 0; k < p.certifications().size(); k++) {
      Certification x = p.certifications().get(k);
      if (x.isValidOn(first)
          && !x.isValidOn(date)
          && p.certifications().stream()
              .noneMatch(m -> m.type() == x.type() && m.isValidOn(date))) {
        return Optional.of(
            "/practitioner/certifications/"
                + k
                + ", in force at the first session, is not in force on the session date and has"
                + " no renewal");
      }
    }
    return Optional.empty();
  }

  // ---- referral and consent ----------------------------------------------------------------

  private void checkReferral() {
    if (!rules.referralRequired()) {
      return;
    }
    Optional<Referral> referral = c.referral();
    for (int i = 0; i < c.sessions().size(); i++) {
      LocalDate date = c.sessions().get(i).date();
      if (referral.isEmpty()) {
        add(
            FindingCode.SESSION_WITHOUT_REFERRAL,
            "/sessions/" + i + "/date",
            Severity.ERROR,
            "the case has no referral and the rules require one");
      } else if (!referral.get().isActiveOn(date)) {
        add(
            FindingCode.SESSION_WITHOUT_REFERRAL,
            "/sessions/" + i + "/date",
            Severity.ERROR,
            "the referral (status "
                + referral.get().status().code()
                + ") is not active on the session date");
      }
    }
  }

  private void checkConsent() {
    for (int i = 0; i < c.sessions().size(); i++) {
      Session s = c.sessions().get(i);
      int j = 0;
      for (ClientId attendee : s.attendees()) {
        boolean consented =
            c.consents().stream()
                .anyMatch(k -> k.client().equals(attendee) && k.isInForceOn(s.date()));
        if (!consented) {
          add(
              FindingCode.SESSION_WITHOUT_CONSENT,
              "/sessions/" + i + "/attendees/" + j,
              Severity.ERROR,
              "the attendee has no consent to therapy in force on the session date");
        }
        j++;
      }
    }
  }

  // ---- intake and plan ---------------------------------------------------------------------

  private void checkIntake() {
    if (c.sessions().isEmpty()) {
      return;
    }
    LocalDate first = c.sessions().get(0).date();
    for (int j = 0; j < c.unit().clients().size(); j++) {
      ClientId client = c.unit().clients().get(j).id();
      int k = indexOfIntake(client);
      if (k < 0) {
        add(
            FindingCode.INTAKE_MISSING,
            "/unit/clients/" + j,
            Severity.WARNING,
            "the client has no intake form; intake is due by the end of the first session");
        continue;
      }
      IntakeForm form = c.intakes().get(k);
      if (!form.status().isCompleted()) {
        add(
            FindingCode.INTAKE_INCOMPLETE,
            "/intakes/" + k + "/status",
            Severity.WARNING,
            "the intake form is "
                + form.status().code()
                + "; it is due by the end of the first session");
      } else if (!form.isCompletedBy(first)) {
        add(
            FindingCode.INTAKE_INCOMPLETE,
            "/intakes/" + k + "/completedOn",
            Severity.WARNING,
            "the intake form was completed after the first session");
      }
    }
  }

  private int indexOfIntake(ClientId client) {
    for (int k = 0; k < c.intakes().size(); k++) {
      if (c.intakes().get(k).client().equals(client)) {
        return k;
      }
    }
    return -1;
  }

  private void checkPlan() {
    for (int i = 0; i < c.sessions().size(); i++) {
      Session s = c.sessions().get(i);
      Optional<PlanVersion> version =
          c.plan().flatMap(p -> p.versionOn(s.date())).filter(v -> v.status().isInEffect());
      String at = "/sessions/" + i + "/number";
      if (version.isEmpty()) {
        if (s.kind() != SessionKind.INTAKE) {
          add(
              FindingCode.SESSION_BEYOND_PLAN,
              at,
              Severity.WARNING,
              "no plan version is in effect on the session date");
        }
      } else if (s.number() > version.get().plannedSessions()) {
        add(
            FindingCode.SESSION_BEYOND_PLAN,
            at,
            Severity.WARNING,
            "session "
                + s.number()
                + " is beyond the "
                + version.get().plannedSessions()
                + " sessions planned by plan version "
                + version.get().number());
      }
    }
  }

  // ---- scope and homework ------------------------------------------------------------------

  private void checkScope(boolean[] outsideCredentials) {
    Map<GoalId, PracticeArea> goals = new HashMap<>();
    for (Goal g : c.goals()) {
      goals.put(g.id(), g.practiceArea());
    }
    for (int i = 0; i < c.sessions().size(); i++) {
      Session s = c.sessions().get(i);
      if (outsideCredentials[i] || s.addressedGoals().isEmpty()) {
        continue;
      }
      QualificationAssessment a = assessment(s.date());
      int j = 0;
      for (GoalId id : s.addressedGoals()) {
        // the case's invariants guarantee that every addressed goal exists
        PracticeArea area = Objects.requireNonNull(goals.get(id));
        if (!a.scope().permits(area)) {
          add(
              FindingCode.GOAL_OUTSIDE_SCOPE,
              "/sessions/" + i + "/addressedGoals/" + j,
              Severity.ERROR,
              // the practice area would name the client's concern: the path points to the goal
              "the goal needs a practice area outside the practitioner's scope; on the session"
                  + " date the practitioner is "
                  + a.classification().code()
                  + " (scope "
                  + a.scope().code()
                  + ")");
        }
        j++;
      }
    }
  }

  private QualificationAssessment assessment(LocalDate date) {
    return assessments.computeIfAbsent(
        date, d -> rules.qualificationPolicy().assess(c.practitioner(), d));
  }

  private void checkHomework() {
    for (int k = 0; k < c.homework().size(); k++) {
      HomeworkAssignment h = c.homework().get(k);
      // the case's invariants guarantee that the assigning session exists
      Session s = c.sessions().get(h.assignedInSession() - 1);
      int j = 0;
      for (ClientId assignee : h.assignees()) {
        if (!s.attendees().contains(assignee)) {
          add(
              FindingCode.HOMEWORK_ASSIGNEE_ABSENT,
              "/homework/" + k + "/assignees/" + j,
              Severity.WARNING,
              "the assignee did not attend session "
                  + h.assignedInSession()
                  + ", in which the homework was assigned");
        }
        j++;
      }
    }
  }

  // ---- releases of information -------------------------------------------------------------

  private void checkAuthorizations() {
    for (int k = 0; k < c.authorizations().size(); k++) {
      for (Finding defect : c.authorizations().get(k).defects()) {
        findings.add(defect.withPathPrefix("/authorizations/" + k));
      }
    }
  }

  /** Judges each logged disclosure with the disclosure rules, as a request on its date. */
  private void checkDisclosures() {
    for (int k = 0; k < c.disclosures().size(); k++) {
      Disclosure d = c.disclosures().get(k);
      String at = "/disclosures/" + k;
      DisclosureDecision decision = rules.disclosureRules().decide(c, d.asRequest());
      if (decision.permittedCategories().containsAll(d.categories())) {
        continue;
      }
      if (decision.permittedCategories().isEmpty()) {
        add(
            FindingCode.DISCLOSURE_WITHOUT_AUTHORIZATION,
            at,
            Severity.ERROR,
            "the disclosure rules would have permitted none of the disclosed categories on the"
                + " disclosure date");
      } else {
        int n = 0;
        for (InformationCategory category : d.categories()) {
          if (!decision.permittedCategories().contains(category)) {
            add(
                FindingCode.DISCLOSURE_BEYOND_AUTHORIZATION,
                at + "/categories/" + n,
                Severity.ERROR,
                "the disclosure rules would not have permitted category "
                    + category.code()
                    + " on the disclosure date");
          }
          n++;
        }
      }
      for (Finding f : decision.findings()) {
        // a defective form is reported once, by checkAuthorizations
        if (f.isError() && f.code() != FindingCode.AUTHORIZATION_DEFECTIVE) {
          Finding reason = reRoot(f, at);
          // a reason about the case itself (a withdrawal, say) is given once for all disclosures
          if (!findings.contains(reason)) {
            findings.add(reason);
          }
        }
      }
    }
  }

  /** Re-roots a finding of a decision on a logged disclosure into the case. */
  private static Finding reRoot(Finding f, String at) {
    return Finding.of(f.code(), reRoot(f.path(), at), f.severity(), f.message())
        .withRelatedPath(
            f.relatedPath()
                .map(p -> reRoot(p, at))
                .or(() -> f.path().startsWith("/request") ? Optional.empty() : Optional.of(at)));
  }

  /** Maps a path into the request to the logged disclosure; a path into the case stays. */
  private static String reRoot(String p, String at) {
    if (!p.startsWith("/request")) {
      return p;
    }
    String rest = p.substring("/request".length());
    return at + (rest.startsWith("/requester") ? "/recipient" + rest.substring(10) : rest);
  }

  private void add(FindingCode code, String path, Severity severity, String message) {
    findings.add(Finding.of(code, path, severity, message));
  }
}

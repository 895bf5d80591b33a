package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.credential.Certification;
import org.therapykit.intake.IntakeForm;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;

/**
 * The checks {@link CaseRuleBreak}'s and {@link CaseGenerator}'s documentation promise, shared by
 * the tests and property suites. Where a rule must report is computed here from the rule's
 * documented definition and the model's own methods ({@code isActiveOn}, {@code isInForceOn},
 * {@code covers} ...), independently of the testkit and of the validator.
 */
public final class CaseBreakChecks {
  private static final CaseRules RULES = CaseRules.standard();
  private static final QualificationPolicy POLICY = QualificationPolicy.standard();

  private CaseBreakChecks() {}

  /** Asserts that the default rules find nothing wrong with a case. */
  public static void assertClean(TherapyCase c) {
    CaseReport report = RULES.validate(c);
    assertThat(report.findings()).as("findings of %s", c.id()).isEmpty();
  }

  /** Asserts what {@link CaseRuleBreak}'s documentation promises for one case. */
  public static void assertBreaks(CaseRuleBreak b, TherapyCase c) {
    CaseReport report = RULES.validate(c);
    String why = report.findings().toString();
    // a disclosure break is followed by the disclosure rules' reasons, each about the disclosure
    List<Finding> own =
        report.findings().stream().filter(f -> f.code() == b.code() || !isReason(f)).toList();
    assertThat(own).as(why).isNotEmpty().allMatch(b::matches);
    List<String> actual = own.stream().map(Finding::path).sorted().toList();
    assertThat(actual).as(why).isEqualTo(expectedPaths(b, c).stream().sorted().toList());
    if (b.requiresCouple()) {
      assertThat(c.unit().clients()).hasSize(2);
    }
    assertThat(c.sessions().size()).isGreaterThanOrEqualTo(b.minimumSessions());
  }

  /**
   * A reason the disclosure rules give for a logged disclosure they would not permit: a finding
   * whose code is not one of the case rules' own.
   */
  public static boolean isReason(Finding f) {
    return !CaseRuleBreak.codes().contains(f.code());
  }

  /** Where the rule a break breaks must report, from its definition alone. */
  public static List<String> expectedPaths(CaseRuleBreak b, TherapyCase c) {
    List<String> out = new ArrayList<>();
    List<Session> sessions = c.sessions();
    switch (b) {
      case SESSION_DATE_OUT_OF_ORDER -> {
        for (int i = 1; i < sessions.size(); i++) {
          add(out, sessions.get(i).date().isBefore(sessions.get(i - 1).date()), i, "/date");
        }
      }
      case SESSION_OUTSIDE_CREDENTIAL_VALIDITY -> {
        Practitioner p = c.practitioner();
        LocalDate first = sessions.get(0).date();
        for (int i = 0; i < sessions.size(); i++) {
          LocalDate d = sessions.get(i).date();
          boolean none =
              p.licenses().stream().noneMatch(l -> l.isValidOn(d))
                  && p.certifications().stream().noneMatch(x -> x.isValidOn(d));
          boolean lapsed = false;
          for (License l : p.licenses()) {
            lapsed |=
                l.isValidOn(first)
                    && p.licenses().stream()
                        .noneMatch(
                            m ->
                                m.profession() == l.profession()
                                    && m.jurisdiction().equals(l.jurisdiction())
                                    && m.isValidOn(d));
          }
          for (Certification x : p.certifications()) {
            lapsed |=
                x.isValidOn(first)
                    && p.certifications().stream()
                        .noneMatch(m -> m.type() == x.type() && m.isValidOn(d));
          }
          add(out, none || lapsed, i, "/date");
        }
      }
      case SESSION_WITHOUT_REFERRAL -> {
        for (int i = 0; i < sessions.size(); i++) {
          LocalDate d = sessions.get(i).date();
          add(out, !c.referral().map(r -> r.isActiveOn(d)).orElse(false), i, "/date");
        }
      }
      case SESSION_WITHOUT_CONSENT -> {
        for (int i = 0; i < sessions.size(); i++) {
          Session s = sessions.get(i);
          int j = 0;
          for (ClientId a : s.attendees()) {
            boolean consented =
                c.consents().stream()
                    .anyMatch(k -> k.client().equals(a) && k.isInForceOn(s.date()));
            add(out, !consented, i, "/attendees/" + j);
            j++;
          }
        }
      }
      case INTAKE_MISSING -> {
        for (int j = 0; j < c.unit().clients().size(); j++) {
          if (c.intakeOf(c.unit().clients().get(j).id()).isEmpty()) {
            out.add("/unit/clients/" + j);
          }
        }
      }
      case INTAKE_INCOMPLETE -> {
        LocalDate first = sessions.get(0).date();
        for (int k = 0; k < c.intakes().size(); k++) {
          IntakeForm f = c.intakes().get(k);
          if (!f.status().isCompleted()) {
            out.add("/intakes/" + k + "/status");
          } else if (f.completedOn().orElseThrow().isAfter(first)) {
            out.add("/intakes/" + k + "/completedOn");
          }
        }
      }
      case SESSION_BEYOND_PLAN -> {
        for (int i = 0; i < sessions.size(); i++) {
          Session s = sessions.get(i);
          Optional<PlanVersion> v =
              c.plan().flatMap(p -> p.versionOn(s.date())).filter(x -> x.status().isInEffect());
          boolean beyond =
              v.isEmpty() ? s.kind() != SessionKind.INTAKE : s.number() > v.get().plannedSessions();
          add(out, beyond, i, "/number");
        }
      }
      case GOAL_OUTSIDE_SCOPE -> {
        for (int i = 0; i < sessions.size(); i++) {
          Session s = sessions.get(i);
          int j = 0;
          for (GoalId id : s.addressedGoals()) {
            Goal g = c.goal(id).orElseThrow();
            add(
                out,
                !POLICY.assess(c.practitioner(), s.date()).scope().permits(g.practiceArea()),
                i,
                "/addressedGoals/" + j);
            j++;
          }
        }
      }
      case HOMEWORK_ASSIGNEE_ABSENT -> {
        for (int k = 0; k < c.homework().size(); k++) {
          HomeworkAssignment h = c.homework().get(k);
          Session s = c.session(h.assignedInSession()).orElseThrow();
          int j = 0;
          for (ClientId a : h.assignees()) {
            if (!s.attendees().contains(a)) {
              out.add("/homework/" + k + "/assignees/" + j);
            }
            j++;
          }
        }
      }
      case DISCLOSURE_WITHOUT_AUTHORIZATION, DISCLOSURE_BEYOND_AUTHORIZATION ->
          disclosures(b, c, out);
      case AUTHORIZATION_DEFECTIVE -> {
        for (int k = 0; k < c.authorizations().size(); k++) {
          ReleaseAuthorization a = c.authorizations().get(k);
          String at = "/authorizations/" + k;
          if (!a.revocationStatement()) {
            out.add(at + "/revocationStatement");
          }
          if (!a.conditioningStatement()) {
            out.add(at + "/conditioningStatement");
          }
          if (!a.redisclosureStatement()) {
            out.add(at + "/redisclosureStatement");
          }
        }
      }
    }
    return out;
  }

  private static void disclosures(CaseRuleBreak b, TherapyCase c, List<String> out) {
    // one engine: what the disclosure rules would decide for each logged disclosure
    for (int k = 0; k < c.disclosures().size(); k++) {
      Disclosure d = c.disclosures().get(k);
      String at = "/disclosures/" + k;
      DisclosureDecision decision = DisclosureRules.standard().decide(c, d.asRequest());
      if (decision.permittedCategories().isEmpty()) {
        if (b == CaseRuleBreak.DISCLOSURE_WITHOUT_AUTHORIZATION) {
          out.add(at);
        }
      } else if (b == CaseRuleBreak.DISCLOSURE_BEYOND_AUTHORIZATION) {
        int n = 0;
        for (InformationCategory category : d.categories()) {
          if (!decision.permittedCategories().contains(category)) {
            out.add(at + "/categories/" + n);
          }
          n++;
        }
      }
    }
  }

  private static void add(List<String> out, boolean condition, int session, String tail) {
    if (condition) {
      out.add("/sessions/" + session + tail);
    }
  }
}

package org.therapykit.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.testkit.Source;

/**
 * Single course-of-therapy values outside a case, for the facade's stand-alone generators: any
 * valid value, dated between 1990 and 2035, with ids that refer to nothing in particular.
 */
public final class CourseValues {
  /** The earliest date a stand-alone value is dated. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** The latest date a stand-alone value is dated around. */
  public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private CourseValues() {}

  /**
   * Draws one or two client ids (partners have consecutive ids).
   *
   * @param s the source
   * @return the ids
   */
  public static ImmutableList<ClientId> partners(Source s) {
    ClientId a = Course.clientId(s);
    if (!s.bool()) {
      return ImmutableList.of(a);
    }
    int n = Integer.parseInt(a.value().substring("client-".length()));
    return ImmutableList.of(
        a, ClientId.of(String.format(java.util.Locale.ROOT, "client-%05d", n + 1)));
  }

  /**
   * Draws a party in any role: a person or organisation with an organisation id, a person known by
   * name only, or a therapist known to the host by practitioner id.
   *
   * @param s the source
   * @return the party
   */
  public static Party party(Source s) {
    PartyRole role = s.pick(PartyRole.class);
    return switch (s.between(0, 4)) {
      case 3 -> Party.builder().role(role).name(Credentials.displayName(s, s.bool())).build();
      case 4 ->
          Party.builder()
              .role(role)
              .practitioner(Credentials.practitionerId(s))
              .name(Credentials.displayName(s, s.bool()))
              .build();
      default -> Course.party(s, role, Optional.empty());
    };
  }

  /**
   * Draws a referral: any status, with a status date and an expiry date consistent with it.
   *
   * @param s the source
   * @param authored the date written
   * @param status the status
   * @return the referral
   */
  public static Referral referral(Source s, LocalDate authored, ReferralStatus status) {
    Referral.Builder b =
        Referral.builder()
            .id(Course.referralId(s))
            .referrer(
                Course.party(
                    s,
                    s.pick(
                        ImmutableList.of(
                            PartyRole.GENERAL_PRACTITIONER,
                            PartyRole.FERTILITY_SPECIALIST,
                            PartyRole.PHYSICIAN)),
                    Optional.empty()))
            .recipient(
                s.bool()
                    ? Course.party(s, PartyRole.PRACTICE, Optional.empty())
                    : Party.builder()
                        .role(PartyRole.THERAPIST)
                        .practitioner(Credentials.practitionerId(s))
                        .name(Credentials.displayName(s, s.bool()))
                        .build())
            .authoredOn(authored)
            .reason(s.pick(ReferralReason.class))
            .status(status);
    boolean dated =
        status == ReferralStatus.ON_HOLD
            || status == ReferralStatus.REVOKED
            || status == ReferralStatus.COMPLETED;
    if (dated && s.chance(80)) {
      b.statusDate(authored.plusDays(s.between(0, 365)));
    }
    if (s.chance(25)) {
      b.expiresOn(authored.plusDays(s.between(0, 730)));
    }
    return b.build();
  }

  /**
   * Draws an intake form of any status.
   *
   * @param s the source
   * @return the form
   */
  public static IntakeForm intake(Source s) {
    ClientId c = Course.clientId(s);
    IntakeStatus status = s.pick(IntakeStatus.class);
    Optional<LocalDate> done =
        status.isCompleted() ? Optional.of(Draw.date(s, EARLIEST, LATEST)) : Optional.empty();
    return Course.intake(s, c, status, done, s.chance(30));
  }

  /**
   * Draws a consent to therapy, withdrawn one time in five.
   *
   * @param s the source
   * @return the consent
   */
  public static TreatmentConsent consent(Source s) {
    LocalDate signed = Draw.date(s, EARLIEST, LATEST);
    Optional<LocalDate> withdrawn =
        s.chance(20) ? Optional.of(signed.plusDays(s.between(0, 730))) : Optional.empty();
    return Course.consent(s, Course.clientId(s), signed, withdrawn);
  }

  /**
   * Draws a disclosure log entry, about one or two clients, naming zero to two authorisations; it
   * is not checked against any authorisation.
   *
   * @param s the source
   * @return the disclosure
   */
  public static Disclosure disclosure(Source s) {
    Disclosure.Builder b =
        Disclosure.builder()
            .date(Draw.date(s, EARLIEST, LATEST))
            .recipient(party(s))
            .categories(
                s.chance(15)
                    ? ImmutableSet.of(InformationCategory.PSYCHOTHERAPY_NOTES)
                    : Course.some(s, Course.RECORD_CATEGORIES))
            .subjects(partners(s))
            .purpose(s.pick(DisclosurePurpose.class));
    int named = s.between(0, 2);
    for (int i = 1; i <= named; i++) {
      b.addAuthorization(Course.authorizationId(s.between(1, 20)));
    }
    return b.build();
  }

  /**
   * Draws a treatment plan of one to three versions, any statuses.
   *
   * @param s the source
   * @return the plan
   */
  public static TreatmentPlan plan(Source s) {
    int versions = s.between(1, 3);
    LocalDate from = Draw.date(s, EARLIEST, LATEST);
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    int planned = s.between(1, 12);
    for (int v = 1; v <= versions; v++) {
      if (v > 1) {
        from = from.plusDays(s.between(0, 120));
        planned = Math.max(1, Math.min(100, planned + s.between(-2, 6)));
      }
      PlanVersion.Builder b =
          PlanVersion.builder()
              .number(v)
              .effectiveFrom(from)
              .plannedSessions(planned)
              .status(s.chance(70) ? PlanStatus.ACTIVE : s.pick(PlanStatus.class))
              .revisionReason(
                  v == 1 ? Optional.empty() : Optional.of(s.pick(RevisionReason.class)));
      if (s.bool()) {
        b.addReviewSession(s.between(1, planned));
      }
      plan.addVersion(b.build());
    }
    return plan.build();
  }

  /**
   * Draws a session numbered 1 to 20, attended by one or two clients, working on zero to three
   * goals.
   *
   * @param s the source
   * @return the session
   */
  public static Session session(Source s) {
    int number = s.between(1, 20);
    List<GoalId> goals = new ArrayList<>();
    int count = s.between(0, 3);
    for (int g = 1; g <= count; g++) {
      goals.add(Course.goalId(g));
    }
    return Session.builder()
        .number(number)
        .date(Draw.date(s, EARLIEST, LATEST))
        .kind(number == 1 ? SessionKind.INTAKE : s.pick(SessionKind.class))
        .attendees(Course.some(s, partners(s)))
        .addressedGoals(goals)
        .progressNote(Course.progressNote(s))
        .psychotherapyNote(Course.psychotherapyNote(s))
        .build();
  }

  /**
   * Draws a homework assignment, assigned in session 1 to 12 and reviewed later or not yet.
   *
   * @param s the source
   * @return the assignment
   */
  public static HomeworkAssignment homework(Source s) {
    int assigned = s.between(1, 12);
    Optional<Integer> reviewed =
        s.chance(60) ? Optional.of(assigned + s.between(1, 3)) : Optional.empty();
    return Course.homework(
        s,
        Course.homeworkId(s.between(1, 99)),
        Course.some(s, partners(s)),
        assigned,
        Draw.date(s, EARLIEST, LATEST),
        reviewed);
  }
}

package org.therapykit.course;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.Party;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.CaseRecord;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.intake.IntakeForm;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyDocument;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.referral.Referral;
import org.therapykit.validation.FindingCode;

/**
 * A course of therapy: the referral, the practitioner, the treated unit, each partner's intake form
 * and consent, releases of information and the disclosures made under them, the plan with its
 * versions, goals, sessions and homework. Example: case {@code case-0001}, a couple in fertility
 * treatment referred by their fertility specialist to sex therapist {@code p-0007}, six planned
 * sessions, three goals.
 *
 * <p>A case is a record; whether it is in order is asked of {@link
 * CaseRules#validate(TherapyCase)}, which returns findings and never throws. Structure is enforced
 * here, time and order there.
 *
 * <p>Invariants (referential integrity; all reported at once): every client id in intakes,
 * consents, authorisations (subjects and recipients), goals, sessions, homework and disclosures
 * (subjects and recipient) is a client of the unit ({@link FindingCode#UNKNOWN_REFERENCE}, such as
 * {@code /sessions/2/attendees/1}); at most one intake form per client, and goal, homework and
 * authorisation ids are unique ({@link FindingCode#DUPLICATE_VALUE}); sessions are listed in order
 * and numbered 1 to n ({@link FindingCode#INCONSISTENT_VALUE} at {@code /sessions/i/number}); goals
 * addressed, authorisations named by disclosures, and the sessions homework was assigned and
 * reviewed in exist ({@link FindingCode#UNKNOWN_REFERENCE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TherapyCase implements WithTherapyCase, TherapyDocument, CaseRecord {
  TherapyCase() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  @Override
  public abstract CaseId id();

  /**
   * Returns the practitioner conducting the course, with their credentials.
   *
   * @return the practitioner, not null
   */
  @Override
  @Value.Redacted
  public abstract Practitioner practitioner();

  /**
   * Returns the individual or couple being treated.
   *
   * @return the unit, not null
   */
  @Override
  public abstract TreatedUnit unit();

  /**
   * Returns the referral, if there is one.
   *
   * @return the referral, or empty
   */
  public abstract Optional<Referral> referral();

  /**
   * Returns the intake forms, at most one per client.
   *
   * @return the forms, not null
   */
  public abstract ImmutableList<IntakeForm> intakes();

  /**
   * Returns the consents to therapy; a client may have several (for example consenting again after
   * a withdrawal).
   *
   * @return the consents, not null
   */
  @Override
  public abstract ImmutableList<TreatmentConsent> consents();

  /**
   * Returns the releases of information.
   *
   * @return the authorisations, not null
   */
  @Override
  public abstract ImmutableList<ReleaseAuthorization> authorizations();

  /**
   * Returns the log of information released.
   *
   * @return the disclosures, not null
   */
  public abstract ImmutableList<Disclosure> disclosures();

  /**
   * Returns the treatment plan, once there is one.
   *
   * @return the plan, or empty
   */
  @Override
  public abstract Optional<TreatmentPlan> plan();

  /**
   * Returns the goals, including completed and cancelled ones.
   *
   * @return the goals, not null
   */
  @Override
  public abstract ImmutableList<Goal> goals();

  /**
   * Returns the sessions held, in order: session {@code n} is at index {@code n - 1}.
   *
   * @return the sessions, not null
   */
  @Override
  public abstract ImmutableList<Session> sessions();

  /**
   * Returns the homework assignments.
   *
   * @return the assignments, not null
   */
  @Override
  public abstract ImmutableList<HomeworkAssignment> homework();

  /**
   * Returns the session with a number.
   *
   * @param number the session number
   * @return the session, or empty if there is no such session
   */
  public Optional<Session> session(int number) {
    return number >= 1 && number <= sessions().size()
        ? Optional.of(sessions().get(number - 1))
        : Optional.empty();
  }

  /**
   * Returns the goal with an id.
   *
   * @param id the id, not null
   * @return the goal, or empty
   */
  public Optional<Goal> goal(GoalId id) {
    return goals().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /**
   * Returns the authorisation with an id.
   *
   * @param id the id, not null
   * @return the authorisation, or empty
   */
  public Optional<ReleaseAuthorization> authorization(AuthorizationId id) {
    return authorizations().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns a client's intake form.
   *
   * @param client the client, not null
   * @return the form, or empty
   */
  public Optional<IntakeForm> intakeOf(ClientId client) {
    return intakes().stream().filter(f -> f.client().equals(client)).findFirst();
  }

  /**
   * Returns the homework assigned in a session.
   *
   * @param sessionNumber the session number
   * @return the assignments, in order, not null
   */
  public ImmutableList<HomeworkAssignment> homeworkAssignedIn(int sessionNumber) {
    return homeworkWhere(h -> h.assignedInSession() == sessionNumber);
  }

  /**
   * Returns the homework reviewed in a session.
   *
   * @param sessionNumber the session number
   * @return the assignments, in order, not null
   */
  public ImmutableList<HomeworkAssignment> homeworkReviewedIn(int sessionNumber) {
    return homeworkWhere(
        h -> h.outcome().map(o -> o.reviewedInSession() == sessionNumber).orElse(false));
  }

  private ImmutableList<HomeworkAssignment> homeworkWhere(Predicate<HomeworkAssignment> p) {
    return homework().stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TherapyCase}; id, practitioner and unit are required, the rest optional. */
  public static final class Builder extends ImmutableTherapyCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    ImmutableSet<ClientId> clients = unit().clientIds();

    for (int k = 0; k < intakes().size(); k++) {
      client(v, clients, "/intakes/" + k + "/client", intakes().get(k).client());
    }
    v.unique("/intakes", intakes(), IntakeForm::client, "intake form of a client");
    for (int k = 0; k < consents().size(); k++) {
      client(v, clients, "/consents/" + k + "/client", consents().get(k).client());
    }
    for (int k = 0; k < authorizations().size(); k++) {
      ReleaseAuthorization a = authorizations().get(k);
      client(v, clients, "/authorizations/" + k + "/subject", a.subject());
      for (int r = 0; r < a.recipients().size(); r++) {
        recipient(v, clients, "/authorizations/" + k + "/recipients/" + r, a.recipients().get(r));
      }
      int at = k;
      a.signature()
          .representative()
          .ifPresent(
              p -> recipient(v, clients, "/authorizations/" + at + "/signature/representative", p));
    }
    v.unique("/authorizations", authorizations(), ReleaseAuthorization::id, "authorisation id");

    Set<AuthorizationId> authorizationIds =
        authorizations().stream()
            .map(ReleaseAuthorization::id)
            .collect(ImmutableSet.toImmutableSet());
    for (int k = 0; k < disclosures().size(); k++) {
      Disclosure d = disclosures().get(k);
      clients(v, clients, "/disclosures/" + k + "/subjects", d.subjects());
      recipient(v, clients, "/disclosures/" + k + "/recipient", d.recipient());
      int j = 0;
      for (AuthorizationId a : d.authorizations()) {
        v.require(
            authorizationIds.contains(a),
            FindingCode.UNKNOWN_REFERENCE,
            "/disclosures/" + k + "/authorizations/" + j,
            "no authorisation of the case has this id");
        j++;
      }
    }

    for (int k = 0; k < goals().size(); k++) {
      clients(v, clients, "/goals/" + k + "/owners", goals().get(k).owners());
    }
    v.unique("/goals", goals(), Goal::id, "goal id");
    Set<GoalId> goalIds = goals().stream().map(Goal::id).collect(ImmutableSet.toImmutableSet());

    for (int i = 0; i < sessions().size(); i++) {
      Session s = sessions().get(i);
      String at = "/sessions/" + i;
      v.require(
          s.number() == i + 1,
          FindingCode.INCONSISTENT_VALUE,
          at + "/number",
          "sessions are listed in order and numbered 1 to n");
      clients(v, clients, at + "/attendees", s.attendees());
      int j = 0;
      for (GoalId g : s.addressedGoals()) {
        v.require(
            goalIds.contains(g),
            FindingCode.UNKNOWN_REFERENCE,
            at + "/addressedGoals/" + j,
            "no goal of the case has this id");
        j++;
      }
    }

    for (int k = 0; k < homework().size(); k++) {
      HomeworkAssignment h = homework().get(k);
      String at = "/homework/" + k;
      clients(v, clients, at + "/assignees", h.assignees());
      v.require(
          h.assignedInSession() <= sessions().size(),
          FindingCode.UNKNOWN_REFERENCE,
          at + "/assignedInSession",
          "no session of the case has this number");
      v.require(
          h.outcome().map(o -> o.reviewedInSession() <= sessions().size()).orElse(true),
          FindingCode.UNKNOWN_REFERENCE,
          at + "/outcome/reviewedInSession",
          "no session of the case has this number");
    }
    v.unique("/homework", homework(), HomeworkAssignment::id, "homework id");
    v.throwIfAny();
  }

  private static void client(Violations v, Set<ClientId> clients, String path, ClientId id) {
    v.require(
        clients.contains(id),
        FindingCode.UNKNOWN_REFERENCE,
        path,
        "not a client of the treated unit");
  }

  private static void recipient(Violations v, Set<ClientId> clients, String path, Party party) {
    party.client().ifPresent(id -> client(v, clients, path + "/client", id));
  }

  private static void clients(
      Violations v, Set<ClientId> clients, String path, Iterable<ClientId> ids) {
    int j = 0;
    for (ClientId id : ids) {
      client(v, clients, path + "/" + j, id);
      j++;
    }
  }
}

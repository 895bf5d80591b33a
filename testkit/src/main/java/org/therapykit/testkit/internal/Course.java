package org.therapykit.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.RepresentativeBasis;
import org.therapykit.consent.Signature;
import org.therapykit.consent.Signer;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistoryItem;
import org.therapykit.intake.HistorySection;
import org.therapykit.intake.HistorySectionKind;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalAchievementStatus;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.GoalTarget;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.ProgressNote;
import org.therapykit.plan.PsychotherapyNote;
import org.therapykit.plan.SexualDysfunction;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.testkit.Source;

/**
 * Builds single values of the course-of-therapy model from choices, always through the public
 * builders, so every value is valid by construction. Free text is obviously synthetic (see {@link
 * CourseCatalog#text}); names, organisations and ids are invented.
 */
public final class Course {
  /** Information categories other than psychotherapy notes, in declaration order. */
  public static final ImmutableList<InformationCategory> RECORD_CATEGORIES =
      ImmutableList.of(
          InformationCategory.GOALS_AND_PROGRESS,
          InformationCategory.HOMEWORK,
          InformationCategory.PROGRESS_NOTES,
          InformationCategory.REASONS_AND_TOPICS,
          InformationCategory.SEXUAL_HISTORY,
          InformationCategory.MENTAL_HEALTH_HISTORY,
          InformationCategory.PHYSICAL_HISTORY);

  /** Incomplete intake states. */
  public static final ImmutableList<IntakeStatus> INCOMPLETE =
      ImmutableList.of(
          IntakeStatus.IN_PROGRESS, IntakeStatus.STOPPED, IntakeStatus.ENTERED_IN_ERROR);

  private Course() {}

  // ---- ids ---------------------------------------------------------------------------------

  /**
   * Draws a client id such as {@code client-04217}.
   *
   * @param s the source
   * @return the id
   */
  public static ClientId clientId(Source s) {
    return ClientId.of(String.format(Locale.ROOT, "client-%05d", s.between(1, 99_998)));
  }

  /**
   * Draws a case id such as {@code case-00042}.
   *
   * @param s the source
   * @return the id
   */
  public static CaseId caseId(Source s) {
    return CaseId.of(String.format(Locale.ROOT, "case-%05d", s.between(1, 99_999)));
  }

  /**
   * Draws a referral id such as {@code ref-0042}.
   *
   * @param s the source
   * @return the id
   */
  public static ReferralId referralId(Source s) {
    return ReferralId.of(String.format(Locale.ROOT, "ref-%04d", s.between(1, 9_999)));
  }

  /**
   * Returns goal id {@code goal-n}.
   *
   * @param n the number
   * @return the id
   */
  public static GoalId goalId(int n) {
    return GoalId.of("goal-" + n);
  }

  /**
   * Returns homework id {@code hw-n}.
   *
   * @param n the number
   * @return the id
   */
  public static HomeworkId homeworkId(int n) {
    return HomeworkId.of("hw-" + n);
  }

  /**
   * Returns authorisation id {@code roi-n}.
   *
   * @param n the number
   * @return the id
   */
  public static AuthorizationId authorizationId(int n) {
    return AuthorizationId.of("roi-" + n);
  }

  // ---- choices -----------------------------------------------------------------------------

  /**
   * Draws a non-empty subset, in the order given; shrinks toward the first element alone.
   *
   * @param <T> the element type
   * @param s the source
   * @param values the values, not empty
   * @return the subset
   */
  public static <T> ImmutableSet<T> some(Source s, Collection<T> values) {
    checkArgument(!values.isEmpty(), "nothing to choose from");
    List<T> all = new ArrayList<>(values);
    Set<T> out = new LinkedHashSet<>();
    for (T v : all) {
      if (s.bool()) {
        out.add(v);
      }
    }
    if (out.isEmpty()) {
      out.add(s.pick(all));
    }
    return ImmutableSet.copyOf(out);
  }

  // ---- clients and parties -----------------------------------------------------------------

  /**
   * Builds a client, with an invented name six times in ten.
   *
   * @param s the source
   * @param id the id
   * @return the client
   */
  public static Client client(Source s, ClientId id) {
    Client.Builder b = Client.builder().id(id);
    if (s.chance(60)) {
      b.displayName(Credentials.displayName(s, false));
    }
    return b.build();
  }

  /**
   * Builds an individual or a couple (partners with consecutive ids), in a fertility context or
   * not.
   *
   * @param s the source
   * @param couple whether a couple
   * @param fertility whether in fertility treatment
   * @param clinic the fertility clinic, used when {@code fertility}
   * @return the unit
   */
  public static TreatedUnit unit(
      Source s, boolean couple, boolean fertility, OrganizationId clinic) {
    int n = s.between(1, 99_998);
    ClientId a = ClientId.of(String.format(Locale.ROOT, "client-%05d", n));
    TreatedUnit.Builder b =
        TreatedUnit.builder()
            .kind(
                couple
                    ? org.therapykit.client.UnitKind.COUPLE
                    : org.therapykit.client.UnitKind.INDIVIDUAL)
            .addClient(client(s, a));
    if (couple) {
      b.addClient(client(s, ClientId.of(String.format(Locale.ROOT, "client-%05d", n + 1))));
    }
    if (fertility) {
      b.fertilityContext(
          FertilityContext.builder()
              .stage(FertilityStage.IN_TREATMENT)
              .clinic(s.chance(85) ? Optional.of(clinic) : Optional.<OrganizationId>empty())
              .build());
    }
    return b.build();
  }

  /**
   * Draws a fertility clinic's id, such as {@code org-fertility-042}.
   *
   * @param s the source
   * @return the id
   */
  public static OrganizationId clinic(Source s) {
    return OrganizationId.of(String.format(Locale.ROOT, "org-fertility-%03d", s.between(1, 999)));
  }

  /**
   * Builds a provider or organisation in a role: an invented person ("Dr." for physicians) at an
   * invented organisation, or the organisation alone.
   *
   * @param s the source
   * @param role the role
   * @param organization the organisation, or empty to draw one
   * @return the party
   */
  public static Party party(Source s, PartyRole role, Optional<OrganizationId> organization) {
    boolean doctor =
        role == PartyRole.GENERAL_PRACTITIONER
            || role == PartyRole.FERTILITY_SPECIALIST
            || role == PartyRole.PHYSICIAN;
    Party.Builder b =
        Party.builder()
            .role(role)
            .organization(organization.orElseGet(() -> Credentials.organizationId(s)));
    if (role == PartyRole.HEALTH_PLAN || role == PartyRole.PRACTICE || s.chance(30)) {
      b.name(String.format(Locale.ROOT, organisationName(role), s.pick(Catalog.PLACES)));
    } else {
      b.name(Credentials.displayName(s, doctor));
    }
    return b.build();
  }

  private static String organisationName(PartyRole role) {
    return switch (role) {
      case FERTILITY_SPECIALIST -> "%s Fertility Centre";
      case HEALTH_PLAN -> "%s Mutual Health Plan";
      case THERAPIST, PRACTICE -> "%s Couples & Sex Therapy Practice";
      case GENERAL_PRACTITIONER -> "%s Family Medicine";
      default -> "%s General Hospital";
    };
  }

  /**
   * Returns the practitioner as a party: role therapist, their id and display name.
   *
   * @param p the practitioner
   * @return the party
   */
  public static Party practice(Practitioner p) {
    return Party.builder()
        .role(PartyRole.THERAPIST)
        .name(p.displayName())
        .practitioner(p.id())
        .build();
  }

  // ---- intake and consent ------------------------------------------------------------------

  /**
   * Builds an intake form with synthetic histories, reasons and topics.
   *
   * @param s the source
   * @param client the client
   * @param status the status
   * @param completedOn the completion date, present exactly for a completed status
   * @param fertility whether the unit is in fertility treatment
   * @return the form
   */
  public static IntakeForm intake(
      Source s,
      ClientId client,
      IntakeStatus status,
      Optional<LocalDate> completedOn,
      boolean fertility) {
    IntakeForm.Builder b =
        IntakeForm.builder()
            .client(client)
            .status(status)
            .completedOn(completedOn)
            .physicalHistory(section(s, HistorySectionKind.PHYSICAL, fertility))
            .mentalHealthHistory(section(s, HistorySectionKind.MENTAL_HEALTH, false))
            .sexualHistory(section(s, HistorySectionKind.SEXUAL, fertility));
    if (fertility) {
      b.addReason(ReasonForAttending.FERTILITY_STRESS);
    }
    if (s.bool()) {
      b.addAllReasons(some(s, List.of(ReasonForAttending.values())));
    }
    if (s.chance(60)) {
      b.reasonsText(CourseCatalog.text(s, "reasons", CourseCatalog.REASONS));
    }
    int topics = s.between(0, 2);
    for (int i = 0; i < topics; i++) {
      b.addTopic(CourseCatalog.text(s, "topic", CourseCatalog.TOPICS));
    }
    return b.build();
  }

  private static HistorySection section(Source s, HistorySectionKind kind, boolean fertility) {
    HistorySection.Builder b = HistorySection.builder();
    if (fertility && kind == HistorySectionKind.PHYSICAL) {
      b.addItem(HistoryItem.of(HistoryTopic.FERTILITY_TREATMENT, Answer.YES));
    } else if (fertility && kind == HistorySectionKind.SEXUAL) {
      b.addItem(HistoryItem.of(HistoryTopic.TIMED_INTERCOURSE_PRESSURE, s.pick(Answer.class)));
    }
    for (HistoryTopic t : HistoryTopic.values()) {
      if (t.section() != kind
          || (t == HistoryTopic.FERTILITY_TREATMENT && fertility)
          || (t == HistoryTopic.TIMED_INTERCOURSE_PRESSURE && fertility)
          || !s.chance(25)) {
        continue;
      }
      HistoryItem.Builder item = HistoryItem.builder().topic(t).answer(s.pick(Answer.class));
      if (s.chance(20)) {
        item.note(CourseCatalog.text(s, "answer note", CourseCatalog.ITEM_NOTES));
      }
      b.addItem(item.build());
    }
    if (s.chance(30)) {
      b.notes(CourseCatalog.text(s, "history note", CourseCatalog.HISTORY_NOTES));
    }
    return b.build();
  }

  /**
   * Draws a signature on a date: the subject's own, or (one time in twenty) a personal
   * representative's with a synthetic description of their authority.
   *
   * @param s the source
   * @param signedOn the date
   * @return the signature
   */
  public static Signature signature(Source s, LocalDate signedOn) {
    if (!s.chance(5)) {
      return Signature.bySubject(signedOn);
    }
    return Signature.builder()
        .signedOn(signedOn)
        .signer(Signer.PERSONAL_REPRESENTATIVE)
        .representativeAuthority(CourseCatalog.text(s, "authority", CourseCatalog.AUTHORITY))
        .representativeBasis(s.pick(ImmutableList.copyOf(RepresentativeBasis.values())))
        .build();
  }

  /**
   * Builds a consent to therapy.
   *
   * @param s the source
   * @param client the client
   * @param signedOn the signature date
   * @param withdrawnOn the withdrawal date, not before {@code signedOn}, or empty
   * @return the consent
   */
  public static TreatmentConsent consent(
      Source s, ClientId client, LocalDate signedOn, Optional<LocalDate> withdrawnOn) {
    return TreatmentConsent.builder()
        .client(client)
        .signature(signature(s, signedOn))
        .withdrawnOn(withdrawnOn)
        .build();
  }

  // ---- release of information --------------------------------------------------------------

  /** The terms of a release of information, before it is signed by each subject. */
  public record Terms(
      Party recipient,
      ImmutableSet<InformationCategory> categories,
      ImmutableSet<org.therapykit.consent.DisclosurePurpose> purposes) {}

  /**
   * Draws the terms of a release: to a recipient, psychotherapy notes alone one time in ten, else
   * some record categories (goals and progress first), for some purposes.
   *
   * @param s the source
   * @param recipient the recipient
   * @return the terms
   */
  public static Terms terms(Source s, Party recipient) {
    ImmutableSet<InformationCategory> categories =
        s.chance(10)
            ? ImmutableSet.of(InformationCategory.PSYCHOTHERAPY_NOTES)
            : some(s, RECORD_CATEGORIES);
    ImmutableList<org.therapykit.consent.DisclosurePurpose> purposes =
        recipient.role() == PartyRole.HEALTH_PLAN
            ? ImmutableList.of(org.therapykit.consent.DisclosurePurpose.PAYMENT)
            : ImmutableList.copyOf(org.therapykit.consent.DisclosurePurpose.values());
    return new Terms(recipient, categories, some(s, purposes));
  }

  /**
   * Builds a complete release authorisation signed on a date; its expiry date, event and revocation
   * are given.
   *
   * @param s the source
   * @param id the id
   * @param subject the subject
   * @param discloser the discloser
   * @param terms the recipient, categories and purposes
   * @param signedOn the signature date
   * @param expiresOn the expiry date, or empty (then {@code event} is present)
   * @param event the expiry event, or empty
   * @param occurredOn the date the event occurred, or empty
   * @param revokedOn the revocation date, or empty
   * @return the authorisation
   */
  public static ReleaseAuthorization authorization(
      Source s,
      AuthorizationId id,
      ClientId subject,
      Party discloser,
      Terms terms,
      LocalDate signedOn,
      Optional<LocalDate> expiresOn,
      Optional<ExpiryEvent> event,
      Optional<LocalDate> occurredOn,
      Optional<LocalDate> revokedOn) {
    return ReleaseAuthorization.builder()
        .id(id)
        .subject(subject)
        .discloser(discloser)
        .addRecipient(terms.recipient())
        .categories(terms.categories())
        .purposes(terms.purposes())
        .expiresOn(expiresOn)
        .expiryEvent(event)
        .expiryEventOccurredOn(occurredOn)
        .signature(signature(s, signedOn))
        .revokedOn(revokedOn)
        .revocationStatement(true)
        .conditioningStatement(true)
        .redisclosureStatement(true)
        .build();
  }

  /**
   * Returns the last day an authorisation is in force, from its signature on: the day before it
   * expires, is revoked or its event occurs.
   *
   * @param a the authorisation, complete
   * @return the last day, or empty if it is never in force or never ends
   */
  public static Optional<LocalDate> lastDayInForce(ReleaseAuthorization a) {
    Optional<LocalDate> last = a.expiresOn();
    for (Optional<LocalDate> ending : List.of(a.expiryEventOccurredOn(), a.revokedOn())) {
      if (ending.isPresent()) {
        LocalDate before = ending.get().minusDays(1);
        last = Optional.of(last.filter(l -> l.isBefore(before)).orElse(before));
      }
    }
    return last;
  }

  // ---- plan, goals, sessions, homework -----------------------------------------------------

  /**
   * Builds a goal with one to three revisions dated from {@code setOn} to {@code latest}.
   *
   * @param s the source
   * @param id the id
   * @param category the category
   * @param owners the owners, not empty
   * @param setOn the first revision's date
   * @param latest the latest date a later revision may have, not before {@code setOn}
   * @return the goal
   */
  public static Goal goal(
      Source s,
      GoalId id,
      GoalCategory category,
      Set<ClientId> owners,
      LocalDate setOn,
      LocalDate latest) {
    Goal.Builder b = Goal.builder().id(id).category(category).owners(owners);
    if (category == GoalCategory.SEXUAL_DYSFUNCTION) {
      b.dysfunction(s.pick(SexualDysfunction.class));
    }
    b.addRevision(revision(s, category, setOn, true));
    int more = s.chance(30) ? s.between(1, 2) : 0;
    LocalDate d = setOn;
    for (int i = 0; i < more; i++) {
      d = Draw.date(s, d, latest);
      b.addRevision(revision(s, category, d, false));
    }
    return b.build();
  }

  private static GoalRevision revision(
      Source s, GoalCategory category, LocalDate date, boolean first) {
    GoalRevision.Builder r =
        GoalRevision.builder()
            .date(date)
            .lifecycleStatus(
                first
                    ? (s.chance(80) ? GoalLifecycleStatus.ACTIVE : GoalLifecycleStatus.ACCEPTED)
                    : s.pick(GoalLifecycleStatus.class))
            .description(
                CourseCatalog.text(
                    s,
                    "goal",
                    CourseCatalog.GOALS.getOrDefault(
                        category, CourseCatalog.GOALS.values().iterator().next())));
    if (!first || s.chance(50)) {
      r.achievementStatus(s.pick(GoalAchievementStatus.class));
    }
    if (s.chance(50)) {
      GoalTarget.Builder t =
          GoalTarget.builder().measure(CourseCatalog.text(s, "measure", CourseCatalog.MEASURES));
      if (s.bool()) {
        t.detail(CourseCatalog.text(s, "target", CourseCatalog.DETAILS));
      }
      if (s.bool()) {
        t.due(date.plusDays(s.between(14, 180)));
      }
      r.target(t.build());
    }
    return r.build();
  }

  /**
   * Draws a progress note, seven times in ten.
   *
   * @param s the source
   * @return the note, or empty
   */
  public static Optional<ProgressNote> progressNote(Source s) {
    return s.chance(70)
        ? Optional.of(
            ProgressNote.of(CourseCatalog.text(s, "progress note", CourseCatalog.PROGRESS)))
        : Optional.empty();
  }

  /**
   * Draws a psychotherapy note, three times in twenty.
   *
   * @param s the source
   * @return the note, or empty
   */
  public static Optional<PsychotherapyNote> psychotherapyNote(Source s) {
    return s.chance(15)
        ? Optional.of(
            PsychotherapyNote.of(
                CourseCatalog.text(s, "psychotherapy note", CourseCatalog.PSYCHOTHERAPY)))
        : Optional.empty();
  }

  /**
   * Builds a homework assignment.
   *
   * @param s the source
   * @param id the id
   * @param assignees the assignees, not empty
   * @param assignedIn the assigning session number
   * @param assignedOn the assigning session's date
   * @param reviewedIn the reviewing session number, after {@code assignedIn}, or empty
   * @return the assignment
   */
  public static HomeworkAssignment homework(
      Source s,
      HomeworkId id,
      Set<ClientId> assignees,
      int assignedIn,
      LocalDate assignedOn,
      Optional<Integer> reviewedIn) {
    HomeworkKind kind = s.pick(HomeworkKind.class);
    HomeworkAssignment.Builder b =
        HomeworkAssignment.builder()
            .id(id)
            .kind(kind)
            .description(
                CourseCatalog.text(
                    s,
                    "homework",
                    ImmutableList.of(CourseCatalog.HOMEWORK.getOrDefault(kind, "practice"))))
            .assignees(assignees)
            .assignedInSession(assignedIn);
    if (s.bool()) {
      b.due(assignedOn.plusDays(s.between(3, 21)));
    }
    if (reviewedIn.isPresent()) {
      HomeworkOutcome.Builder o =
          HomeworkOutcome.builder()
              .reviewedInSession(reviewedIn.get())
              .status(s.pick(HomeworkStatus.class));
      if (s.bool()) {
        o.note(CourseCatalog.text(s, "outcome note", CourseCatalog.OUTCOMES));
      }
      b.outcome(o.build());
    }
    return b.build();
  }
}

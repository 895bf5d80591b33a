package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.Signature;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.intake.IntakeForm;
import org.therapykit.intake.IntakeStatus;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.GoalLifecycleStatus;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.HomeworkOutcome;
import org.therapykit.plan.HomeworkStatus;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.RevisionReason;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.SexualDysfunction;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.Finding;

/**
 * Properties of the case rules over generated cases. (The testkit publishes generators for hosts;
 * core cannot depend on it, so these are local.)
 */
public class CaseProperties {
  private static final long SEED = 20260404L;
  private static final LocalDate BASE = LocalDate.of(2025, 3, 3);
  private static final ClientId A = ClientId.of("client-a");
  private static final ClientId B = ClientId.of("client-b");
  private static final OrganizationId CLINIC = OrganizationId.of("org-fertility-01");
  private static final CaseRules RULES = CaseRules.standard();

  /** Bounded random choices from a QuickTheories source, so generated cases shrink. */
  private static final class Pick {
    private final RandomnessSource in;

    Pick(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return integers().between(min, max).generate(in);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T one(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E one(Class<E> type) {
      return one(List.of(type.getEnumConstants()));
    }

    /** A non-empty subset, in the order given. */
    <T> ImmutableSet<T> some(List<T> values) {
      Set<T> out = new LinkedHashSet<>();
      for (T v : values) {
        if (chance(50)) {
          out.add(v);
        }
      }
      if (out.isEmpty()) {
        out.add(one(values));
      }
      return ImmutableSet.copyOf(out);
    }
  }

  // ---- shared pieces ---------------------------------------------------------------------------

  private static Party specialist() {
    return Party.builder()
        .role(PartyRole.FERTILITY_SPECIALIST)
        .name("Dr. Generated Specialist")
        .organization(CLINIC)
        .build();
  }

  private static Party practice() {
    return Party.builder().role(PartyRole.THERAPIST).practitioner(PractitionerId.of("p-1")).build();
  }

  /** A certified therapist or a certified counsellor, credentials valid 2025-01-01 to 2028. */
  private static Practitioner practitioner(boolean therapist) {
    DateRange valid = DateRange.parse("2025-01-01/2028-12-31");
    Practitioner.Builder b =
        Practitioner.builder()
            .id(PractitionerId.of("p-1"))
            .displayName("Generated Practitioner")
            .addMembership(Membership.of(CertifyingBody.AASECT, valid));
    if (therapist) {
      b.addLicense(
              License.builder()
                  .profession(Profession.CLINICAL_SOCIAL_WORKER)
                  .jurisdiction(Jurisdiction.parse("US-NY"))
                  .number("LCSW-1")
                  .validity(valid)
                  .status(LicenseStatus.ACTIVE)
                  .build())
          .addCertification(certification(CertificationType.AASECT_CST, valid));
    } else {
      b.addCertification(certification(CertificationType.AASECT_CSC, valid));
    }
    return b.build();
  }

  private static Certification certification(CertificationType type, DateRange validity) {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(type)
        .number(type.code() + "-1")
        .validity(validity)
        .status(CertificationStatus.ACTIVE)
        .build();
  }

  private static GoalRevision revision(LocalDate date, GoalLifecycleStatus status) {
    return GoalRevision.builder()
        .date(date)
        .lifecycleStatus(status)
        .description("generated goal")
        .build();
  }

  private static Goal goal(String id, GoalCategory category, Set<ClientId> owners, LocalDate d) {
    Goal.Builder b =
        Goal.builder()
            .id(GoalId.of(id))
            .category(category)
            .owners(owners)
            .addRevision(revision(d, GoalLifecycleStatus.ACTIVE));
    if (category == GoalCategory.SEXUAL_DYSFUNCTION) {
      b.dysfunction(SexualDysfunction.DELAYED_EJACULATION);
    }
    return b.build();
  }

  // ---- cases built only from valid steps -----------------------------------------------------

  /**
   * A course run by the book: referral before the first session, intake and consent of every client
   * by the first session, the plan revised before it runs out, goals within the practitioner's
   * scope, homework only for those present, disclosures only under authorisations in force that
   * cover them.
   */
  public static Gen<TherapyCase> validCourses() {
    return in -> {
      Pick pick = new Pick(in);
      boolean couple = pick.chance(70);
      List<ClientId> clients = couple ? List.of(A, B) : List.of(A);
      boolean therapist = pick.chance(60);
      boolean referralRequired = pick.chance(80);
      LocalDate start = BASE.plusDays(pick.between(0, 500));

      int n = pick.between(1, 12);
      List<LocalDate> dates = new ArrayList<>();
      LocalDate d = start;
      for (int i = 0; i < n; i++) {
        dates.add(d);
        d = d.plusDays(pick.between(0, 28));
      }

      TherapyCase.Builder b =
          TherapyCase.builder()
              .id(CaseId.of("case-" + pick.between(1, 999)))
              .practitioner(practitioner(therapist))
              .unit(
                  couple
                      ? TreatedUnit.couple(Client.of(A), Client.of(B))
                      : TreatedUnit.individual(Client.of(A)));
      if (referralRequired || pick.chance(50)) {
        b.referral(
            Referral.builder()
                .id(ReferralId.of("ref-1"))
                .referrer(specialist())
                .recipient(practice())
                .authoredOn(start.minusDays(pick.between(0, 60)))
                .reason(pick.one(ReferralReason.class))
                .status(ReferralStatus.ACTIVE)
                .build());
      }
      for (ClientId c : clients) {
        b.addIntake(
            IntakeForm.builder()
                .client(c)
                .status(pick.chance(80) ? IntakeStatus.COMPLETED : IntakeStatus.AMENDED)
                .completedOn(start.minusDays(pick.between(0, 14)))
                .build());
        b.addConsent(TreatmentConsent.of(c, start.minusDays(pick.between(0, 14))));
      }

      // the plan: version 1 at the first session; revised before a session would exceed it
      int planned = pick.between(1, n + 2);
      TreatmentPlan plan =
          TreatmentPlan.of(
              PlanVersion.builder()
                  .number(1)
                  .effectiveFrom(start)
                  .plannedSessions(planned)
                  .status(PlanStatus.ACTIVE)
                  .build());
      if (n > planned) {
        plan =
            plan.withRevision(
                plan.nextVersion()
                    .effectiveFrom(dates.get(planned))
                    .plannedSessions(n + pick.between(0, 3))
                    .revisionReason(RevisionReason.MORE_SESSIONS_NEEDED)
                    .build());
      }
      b.plan(plan);

      // goals the practitioner may work on
      List<GoalCategory> allowed = new ArrayList<>(List.of(GoalCategory.values()));
      if (!therapist) {
        allowed.remove(GoalCategory.SEXUAL_DYSFUNCTION);
        allowed.remove(GoalCategory.OTHER);
      }
      List<GoalId> goalIds = new ArrayList<>();
      int goals = pick.between(0, 4);
      for (int g = 0; g < goals; g++) {
        Goal goal = goal("goal-" + g, pick.one(allowed), pick.some(clients), start);
        if (pick.chance(40)) {
          goal =
              goal.withRevision(
                  revision(
                      start.plusDays(pick.between(0, 90)), pick.one(GoalLifecycleStatus.class)));
        }
        b.addGoal(goal);
        goalIds.add(goal.id());
      }

      // sessions and homework for those present
      int hw = 0;
      for (int i = 0; i < n; i++) {
        Set<ClientId> attendees = pick.some(clients);
        Session.Builder s =
            Session.builder()
                .number(i + 1)
                .date(dates.get(i))
                .kind(
                    i == 0
                        ? SessionKind.INTAKE
                        : pick.one(List.of(SessionKind.TREATMENT, SessionKind.REVIEW)))
                .attendees(attendees);
        if (!goalIds.isEmpty()) {
          s.addressedGoals(pick.some(goalIds));
        }
        b.addSession(s.build());
        int assignments = pick.between(0, 2);
        for (int h = 0; h < assignments; h++) {
          HomeworkAssignment.Builder a =
              HomeworkAssignment.builder()
                  .id(HomeworkId.of("hw-" + hw++))
                  .kind(pick.one(HomeworkKind.class))
                  .description("generated homework")
                  .assignees(pick.some(new ArrayList<>(attendees)))
                  .assignedInSession(i + 1);
          if (i + 1 < n && pick.chance(70)) {
            a.outcome(
                HomeworkOutcome.builder()
                    .reviewedInSession(pick.between(i + 2, n))
                    .status(pick.one(HomeworkStatus.class))
                    .build());
          }
          b.addHomework(a.build());
        }
      }

      // releases and the disclosures they cover
      List<ReleaseAuthorization> releases = new ArrayList<>();
      for (ClientId c : clients) {
        if (!pick.chance(70)) {
          continue;
        }
        LocalDate signed = start.plusDays(pick.between(0, 30));
        boolean notes = pick.chance(15);
        ReleaseAuthorization.Builder r =
            ReleaseAuthorization.builder()
                .id(AuthorizationId.of("roi-" + c.value()))
                .subject(c)
                .discloser(practice())
                .addRecipient(
                    Party.builder()
                        .role(PartyRole.FERTILITY_SPECIALIST)
                        .organization(CLINIC)
                        .build())
                .categories(
                    notes
                        ? List.of(InformationCategory.PSYCHOTHERAPY_NOTES)
                        : pick.some(
                            List.of(
                                InformationCategory.GOALS_AND_PROGRESS,
                                InformationCategory.HOMEWORK,
                                InformationCategory.SEXUAL_HISTORY,
                                InformationCategory.PROGRESS_NOTES)))
                .purposes(
                    pick.some(
                        List.of(DisclosurePurpose.CARE_COORDINATION, DisclosurePurpose.PAYMENT)))
                .expiresOn(signed.plusDays(pick.between(30, 800)))
                .signature(Signature.bySubject(signed))
                .revocationStatement(true)
                .conditioningStatement(true)
                .redisclosureStatement(true);
        if (pick.chance(30)) {
          r.expiryEvent(ExpiryEvent.END_OF_FERTILITY_TREATMENT);
        }
        if (pick.chance(20)) {
          r.revokedOn(signed.plusDays(pick.between(0, 200)));
        }
        releases.add(r.build());
      }
      b.authorizations(releases);
      int disclosures = releases.isEmpty() ? 0 : pick.between(0, 3);
      for (int k = 0; k < disclosures; k++) {
        LocalDate on = start.plusDays(pick.between(0, 400));
        ReleaseAuthorization first = pick.one(releases);
        List<ReleaseAuthorization> usable = new ArrayList<>();
        for (ReleaseAuthorization r : releases) {
          if (r.isInForceOn(on)
              && r.categories().equals(first.categories())
              && r.purposes().containsAll(first.purposes())) {
            usable.add(r);
          }
        }
        if (usable.isEmpty()) {
          continue;
        }
        List<InformationCategory> categories = new ArrayList<>(first.categories());
        if (usable.size() < clients.size()) {
          // one partner's release never covers what the other shares (goals, homework, notes of
          // joint sessions): without both releases, only a client's own intake history
          categories.retainAll(List.of(InformationCategory.SEXUAL_HISTORY));
          if (categories.isEmpty()) {
            continue;
          }
        }
        DisclosurePurpose purpose = pick.one(new ArrayList<>(first.purposes()));
        b.addDisclosure(
            Disclosure.builder()
                .date(on)
                .recipient(specialist())
                .categories(pick.some(categories))
                .subjects(usable.stream().map(ReleaseAuthorization::subject).toList())
                .purpose(purpose)
                .authorizations(usable.stream().map(ReleaseAuthorization::id).toList())
                .build());
      }
      TherapyCase built = b.build();
      return referralRequired ? built : built.withReferral(java.util.Optional.empty());
    };
  }

  @Test
  void aCaseBuiltOnlyFromValidStepsHasNoErrorOrWarning() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(validCourses())
        .checkAssert(
            c -> {
              CaseRules rules =
                  c.referral().isPresent()
                      ? RULES
                      : CaseRules.builder().referralRequired(false).build();
              CaseReport report = rules.validate(c);
              assertThat(report.findings()).as("findings of %s", c.id()).isEmpty();
              assertThat(report.hasErrors()).isFalse();
            });
  }

  @Test
  void validCoursesCoverTheModel() {
    // a guard against a vacuous property: the valid courses use every part of the model
    int[] counts = new int[7];
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(validCourses())
        .checkAssert(
            c -> {
              counts[0]++;
              counts[1] += c.disclosures().isEmpty() ? 0 : 1;
              counts[2] += c.plan().orElseThrow().versions().size() > 1 ? 1 : 0;
              counts[3] += c.practitioner().licenses().isEmpty() ? 1 : 0;
              counts[4] += c.unit().clients().size() == 1 ? 1 : 0;
              counts[5] += c.homework().stream().anyMatch(h -> h.outcome().isPresent()) ? 1 : 0;
              counts[6] += c.goals().stream().anyMatch(g -> g.revisions().size() > 1) ? 1 : 0;
            });
    assertThat(counts[0]).isEqualTo(1000);
    for (int i = 1; i < counts.length; i++) {
      assertThat(counts[i]).as("count %s", i).isGreaterThan(50);
    }
  }

  // ---- any valid case value -------------------------------------------------------------------

  /** Any case that meets the invariants: dates, statuses, attendance and releases at random. */
  public static Gen<TherapyCase> anyCases() {
    return in -> {
      Pick pick = new Pick(in);
      boolean couple = pick.chance(60);
      List<ClientId> clients = couple ? List.of(A, B) : List.of(A);
      LocalDate start = BASE.plusDays(pick.between(0, 900));

      Practitioner.Builder p =
          Practitioner.builder().id(PractitionerId.of("p-9")).displayName("Any Practitioner");
      for (int l = 0; l < pick.between(0, 2); l++) {
        LocalDate from = BASE.plusDays(pick.between(-400, 900));
        p.addLicense(
            License.builder()
                .profession(pick.one(Profession.class))
                .jurisdiction(Jurisdiction.parse(pick.one(List.of("US-NY", "US-IL", "GB"))))
                .number("L-" + l)
                .validity(DateRange.of(from, from.plusDays(pick.between(0, 900))))
                .status(pick.one(LicenseStatus.class))
                .build());
      }
      for (int k = 0; k < pick.between(0, 2); k++) {
        CertificationType type =
            pick.one(
                List.of(
                    CertificationType.AASECT_CST,
                    CertificationType.AASECT_CSC,
                    CertificationType.AASECT_CSE));
        LocalDate from = BASE.plusDays(pick.between(-400, 900));
        p.addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(type)
                .number("C-" + k)
                .validity(DateRange.of(from, from.plusDays(pick.between(0, 1200))))
                .status(pick.one(CertificationStatus.class))
                .build());
      }
      if (pick.chance(70)) {
        LocalDate from = BASE.plusDays(pick.between(-400, 900));
        p.addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.of(from, from.plusDays(365))));
      }

      TherapyCase.Builder b =
          TherapyCase.builder()
              .id(CaseId.of("case-any"))
              .practitioner(p.build())
              .unit(
                  couple
                      ? TreatedUnit.couple(Client.of(A), Client.of(B))
                      : TreatedUnit.individual(Client.of(A)));
      if (pick.chance(70)) {
        LocalDate written = start.plusDays(pick.between(-60, 60));
        Referral.Builder r =
            Referral.builder()
                .id(ReferralId.of("ref-any"))
                .referrer(specialist())
                .recipient(practice())
                .authoredOn(written)
                .reason(pick.one(ReferralReason.class))
                .status(pick.one(ReferralStatus.class));
        if (pick.chance(50)) {
          r.statusDate(written.plusDays(pick.between(0, 200)));
        }
        if (pick.chance(30)) {
          r.expiresOn(written.plusDays(pick.between(0, 200)));
        }
        b.referral(r.build());
      }
      for (ClientId c : clients) {
        if (pick.chance(80)) {
          IntakeStatus status = pick.one(IntakeStatus.class);
          IntakeForm.Builder f = IntakeForm.builder().client(c).status(status);
          if (status.isCompleted()) {
            f.completedOn(start.plusDays(pick.between(-30, 60)));
          }
          b.addIntake(f.build());
        }
        for (int k = 0; k < pick.between(0, 2); k++) {
          LocalDate signed = start.plusDays(pick.between(-30, 120));
          TreatmentConsent consent = TreatmentConsent.of(c, signed);
          b.addConsent(
              pick.chance(30)
                  ? consent.withWithdrawnOn(signed.plusDays(pick.between(0, 120)))
                  : consent);
        }
      }
      if (pick.chance(80)) {
        int versions = pick.between(1, 3);
        LocalDate from = start.plusDays(pick.between(-10, 30));
        TreatmentPlan.Builder plan = TreatmentPlan.builder();
        for (int v = 1; v <= versions; v++) {
          from = from.plusDays(pick.between(0, 60));
          plan.addVersion(
              PlanVersion.builder()
                  .number(v)
                  .effectiveFrom(from)
                  .plannedSessions(pick.between(1, 10))
                  .status(pick.one(PlanStatus.class))
                  .revisionReason(
                      v == 1
                          ? java.util.Optional.empty()
                          : java.util.Optional.of(pick.one(RevisionReason.class)))
                  .build());
        }
        b.plan(plan.build());
      }
      List<GoalId> goalIds = new ArrayList<>();
      for (int g = 0; g < pick.between(0, 4); g++) {
        Goal goal = goal("goal-" + g, pick.one(GoalCategory.class), pick.some(clients), start);
        b.addGoal(goal);
        goalIds.add(goal.id());
      }
      int n = pick.between(0, 10);
      for (int i = 0; i < n; i++) {
        Session.Builder s =
            Session.builder()
                .number(i + 1)
                .date(start.plusDays(pick.between(-20, 300)))
                .kind(pick.one(SessionKind.class))
                .attendees(pick.some(clients));
        if (!goalIds.isEmpty() && pick.chance(70)) {
          s.addressedGoals(pick.some(goalIds));
        }
        b.addSession(s.build());
      }
      for (int h = 0; n > 0 && h < pick.between(0, 4); h++) {
        int assigned = pick.between(1, n);
        HomeworkAssignment.Builder a =
            HomeworkAssignment.builder()
                .id(HomeworkId.of("hw-" + h))
                .kind(pick.one(HomeworkKind.class))
                .description("any homework")
                .assignees(pick.some(clients))
                .assignedInSession(assigned);
        if (assigned < n && pick.chance(50)) {
          a.outcome(
              HomeworkOutcome.builder()
                  .reviewedInSession(pick.between(assigned + 1, n))
                  .status(pick.one(HomeworkStatus.class))
                  .build());
        }
        b.addHomework(a.build());
      }
      List<AuthorizationId> ids = new ArrayList<>();
      for (int k = 0; k < pick.between(0, 3); k++) {
        LocalDate signed = start.plusDays(pick.between(-30, 200));
        boolean notes = pick.chance(20);
        ReleaseAuthorization.Builder r =
            ReleaseAuthorization.builder()
                .id(AuthorizationId.of("roi-" + k))
                .subject(pick.one(clients))
                .discloser(
                    pick.chance(85)
                        ? Party.builder()
                            .role(PartyRole.THERAPIST)
                            .practitioner(PractitionerId.of("p-9"))
                            .build()
                        : practice())
                .addRecipient(pick.chance(50) ? specialist() : practice())
                .categories(
                    notes
                        ? EnumSet.of(InformationCategory.PSYCHOTHERAPY_NOTES)
                        : pick.some(
                            List.of(
                                InformationCategory.SEXUAL_HISTORY,
                                InformationCategory.GOALS_AND_PROGRESS,
                                InformationCategory.HOMEWORK)))
                .purposes(pick.some(List.of(DisclosurePurpose.values())))
                .signature(Signature.bySubject(signed))
                .revocationStatement(pick.chance(90))
                .conditioningStatement(pick.chance(90))
                .redisclosureStatement(pick.chance(90));
        if (pick.chance(70)) {
          r.expiresOn(signed.plusDays(pick.between(0, 400)));
        } else {
          r.expiryEvent(pick.one(ExpiryEvent.class));
          if (pick.chance(50)) {
            r.expiryEventOccurredOn(signed.plusDays(pick.between(0, 400)));
          }
        }
        if (pick.chance(30)) {
          r.revokedOn(signed.plusDays(pick.between(0, 300)));
        }
        ReleaseAuthorization release = r.build();
        b.addAuthorization(release);
        ids.add(release.id());
        if (pick.chance(30)) {
          // a disclosure asking for one category more than the release lists
          Set<InformationCategory> more = EnumSet.copyOf(release.categories());
          more.add(
              more.contains(InformationCategory.HOMEWORK)
                  ? InformationCategory.PHYSICAL_HISTORY
                  : InformationCategory.HOMEWORK);
          b.addDisclosure(
              Disclosure.builder()
                  .date(signed)
                  .recipient(release.recipients().get(0))
                  .categories(more)
                  .subjects(List.of(release.subject()))
                  .purpose(release.purposes().iterator().next())
                  .authorizations(List.of(release.id()))
                  .build());
        }
      }
      for (int k = 0; k < pick.between(0, 3); k++) {
        Disclosure.Builder dis =
            Disclosure.builder()
                .date(start.plusDays(pick.between(-30, 400)))
                .recipient(pick.chance(70) ? specialist() : practice())
                .categories(
                    pick.chance(50)
                        ? pick.some(List.of(InformationCategory.values()))
                        : pick.some(
                            List.of(
                                InformationCategory.SEXUAL_HISTORY,
                                InformationCategory.GOALS_AND_PROGRESS,
                                InformationCategory.HOMEWORK,
                                InformationCategory.PROGRESS_NOTES)))
                .subjects(pick.some(clients))
                .purpose(pick.one(DisclosurePurpose.class));
        if (!ids.isEmpty()) {
          dis.authorizations(pick.some(ids));
        }
        b.addDisclosure(dis.build());
      }
      return b.build();
    };
  }

  @Test
  void theValidatorNeverThrowsForAValidCase() {
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(anyCases(), integers().between(0, 1))
        .checkAssert(
            (c, referral) -> {
              CaseRules rules = CaseRules.builder().referralRequired(referral == 1).build();
              CaseReport report = rules.validate(c);
              assertThat(report.findings())
                  .extracting(Finding::severity)
                  .isSortedAccordingTo(Enum::compareTo);
              assertThat(report.findings()).allMatch(f -> f.path().startsWith("/"));
              assertThat(rules.validate(c)).isEqualTo(report);
            });
  }

  @Test
  void theGeneratorsReachEveryRule() {
    // a guard against a vacuous property: across the arbitrary cases, every case-rule code occurs
    Set<org.therapykit.validation.FindingCode> seen =
        EnumSet.noneOf(org.therapykit.validation.FindingCode.class);
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(anyCases())
        .checkAssert(c -> RULES.validate(c).findings().forEach(f -> seen.add(f.code())));
    assertThat(seen)
        .contains(
            org.therapykit.validation.FindingCode.SESSION_WITHOUT_REFERRAL,
            org.therapykit.validation.FindingCode.SESSION_WITHOUT_CONSENT,
            org.therapykit.validation.FindingCode.INTAKE_MISSING,
            org.therapykit.validation.FindingCode.INTAKE_INCOMPLETE,
            org.therapykit.validation.FindingCode.SESSION_BEYOND_PLAN,
            org.therapykit.validation.FindingCode.GOAL_OUTSIDE_SCOPE,
            org.therapykit.validation.FindingCode.HOMEWORK_ASSIGNEE_ABSENT,
            org.therapykit.validation.FindingCode.DISCLOSER_NOT_COVERED,
            org.therapykit.validation.FindingCode.DISCLOSURE_WITHOUT_AUTHORIZATION,
            org.therapykit.validation.FindingCode.DISCLOSURE_BEYOND_AUTHORIZATION,
            org.therapykit.validation.FindingCode.SESSION_DATE_OUT_OF_ORDER,
            org.therapykit.validation.FindingCode.SESSION_OUTSIDE_CREDENTIAL_VALIDITY,
            org.therapykit.validation.FindingCode.AUTHORIZATION_DEFECTIVE);
  }
}

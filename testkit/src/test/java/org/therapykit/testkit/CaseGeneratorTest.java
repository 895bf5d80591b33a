package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.PartyRole;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.TherapyCase;
import org.therapykit.intake.HistoryItem;
import org.therapykit.intake.IntakeForm;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.referral.ReferralReason;
import org.therapykit.validation.FindingCode;

/**
 * {@link CaseGenerator} keeps its promises: valid, clean, coherent courses by default, each
 * customisation respected, and every break triggering exactly its rule.
 */
class CaseGeneratorTest {
  private static final QualificationPolicy POLICY = QualificationPolicy.standard();

  static Stream<Arguments> customisations() {
    return Stream.of(
        Arguments.of(TherapyGenerators.cases()),
        Arguments.of(TherapyGenerators.cases().couple().inFertilityTreatment()),
        Arguments.of(TherapyGenerators.cases().individual().withSessions(1, 3)),
        Arguments.of(TherapyGenerators.cases().withSessions(20, 40)),
        Arguments.of(TherapyGenerators.cases().asOf(LocalDate.of(2000, 1, 1))),
        Arguments.of(TherapyGenerators.cases().asOf(LocalDate.of(2099, 12, 31)).couple()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("customisations")
  void everyCaseIsACoherentCourseTheRulesFindNothingWrongWith(CaseGenerator cases) {
    Samples.check(
        cases.toString().hashCode(),
        300,
        cases,
        c -> {
          CaseBreakChecks.assertClean(c);
          assertThat(TherapyCase.builder().from(c).build()).isEqualTo(c);
          assertCoherent(c);
        });
  }

  /** What the class documentation promises beyond the rules. */
  static void assertCoherent(TherapyCase c) {
    for (Session s : c.sessions()) {
      Classification on = POLICY.assess(c.practitioner(), s.date()).classification();
      assertThat(on).isEqualTo(Classification.CERTIFIED_SEX_THERAPIST);
      for (org.therapykit.GoalId g : s.addressedGoals()) {
        assertThat(c.goal(g).orElseThrow().revisions().get(0).date()).isBeforeOrEqualTo(s.date());
      }
    }
    if (!c.sessions().isEmpty()) {
      assertThat(c.sessions().get(0).kind()).isEqualTo(SessionKind.INTAKE);
      assertThat(c.intakes()).hasSameSizeAs(c.unit().clients());
    }
    assertThat(c.consents()).hasSameSizeAs(c.unit().clients());
    for (HomeworkAssignment h : c.homework()) {
      assertThat(c.session(h.assignedInSession()).orElseThrow().attendees())
          .containsAll(h.assignees());
    }
    for (Disclosure d : c.disclosures()) {
      for (org.therapykit.ClientId subject : d.subjects()) {
        assertThat(d.authorizations())
            .anyMatch(
                id -> {
                  ReleaseAuthorization a = c.authorization(id).orElseThrow();
                  return a.subject().equals(subject)
                      && d.categories().stream()
                          .allMatch(k -> a.covers(d.recipient(), k, d.purpose(), d.date()));
                });
      }
    }
    assertSynthetic(c);
  }

  /** Every sensitive free-text field carries obviously synthetic text. */
  static void assertSynthetic(TherapyCase c) {
    List<String> texts = new ArrayList<>();
    for (IntakeForm f : c.intakes()) {
      f.reasonsText().ifPresent(texts::add);
      texts.addAll(f.topics());
      for (var section : List.of(f.physicalHistory(), f.mentalHealthHistory(), f.sexualHistory())) {
        section.notes().ifPresent(texts::add);
        section.items().stream()
            .map(HistoryItem::note)
            .flatMap(Optional::stream)
            .forEach(texts::add);
      }
    }
    for (Goal g : c.goals()) {
      for (GoalRevision r : g.revisions()) {
        texts.add(r.description());
        r.target()
            .ifPresent(
                t -> {
                  texts.add(t.measure());
                  t.detail().ifPresent(texts::add);
                });
      }
    }
    for (Session s : c.sessions()) {
      s.progressNote().ifPresent(n -> texts.add(n.text()));
      s.psychotherapyNote().ifPresent(n -> texts.add(n.text()));
    }
    for (HomeworkAssignment h : c.homework()) {
      texts.add(h.description());
      h.outcome().flatMap(o -> o.note()).ifPresent(texts::add);
    }
    assertThat(texts).allMatch(t -> t.matches("synthetic [a-z ]+ [0-9]{1,3}: .+"));
  }

  @Test
  void keepsEachCustomisation() {
    Samples.check(
        1L,
        200,
        TherapyGenerators.cases().couple().inFertilityTreatment().withSessions(3, 8),
        c -> {
          assertThat(c.unit().kind()).isEqualTo(UnitKind.COUPLE);
          assertThat(c.unit().fertilityContext().orElseThrow().stage())
              .isEqualTo(FertilityStage.IN_TREATMENT);
          assertThat(c.referral().orElseThrow().reason())
              .isEqualTo(ReferralReason.FERTILITY_RELATED);
          assertThat(c.referral().orElseThrow().referrer().role())
              .isEqualTo(PartyRole.FERTILITY_SPECIALIST);
          assertThat(c.sessions()).hasSizeBetween(3, 8);
        });
    LocalDate asOf = LocalDate.of(2031, 3, 15);
    Samples.check(
        2L,
        200,
        TherapyGenerators.cases().individual().asOf(asOf),
        c -> {
          assertThat(c.unit().kind()).isEqualTo(UnitKind.INDIVIDUAL);
          assertThat(c.sessions()).allMatch(s -> !s.date().isAfter(asOf));
          assertThat(c.disclosures()).allMatch(d -> !d.date().isAfter(asOf));
          assertThat(c.authorizations()).allMatch(a -> !a.signature().signedOn().isAfter(asOf));
          assertThat(c.consents()).allMatch(k -> !k.signature().signedOn().isAfter(asOf));
          assertThat(c.consents())
              .allMatch(k -> k.withdrawnOn().map(w -> !w.isAfter(asOf)).orElse(true));
          assertThat(c.authorizations())
              .allMatch(a -> a.revokedOn().map(r -> !r.isAfter(asOf)).orElse(true))
              .allMatch(a -> a.expiryEventOccurredOn().map(o -> !o.isAfter(asOf)).orElse(true));
          assertThat(c.goals())
              .allMatch(g -> g.revisions().stream().allMatch(r -> !r.date().isAfter(asOf)));
          c.plan()
              .ifPresent(
                  p -> assertThat(p.versions()).allMatch(v -> !v.effectiveFrom().isAfter(asOf)));
          c.referral()
              .flatMap(r -> r.statusDate())
              .ifPresent(d -> assertThat(d).isBeforeOrEqualTo(asOf));
          assertThat(c.intakes())
              .allMatch(f -> f.completedOn().map(d -> !d.isAfter(asOf)).orElse(true));
          assertThat(c.sessions()).hasSizeBetween(0, 10);
        });
  }

  @Test
  void theDefaultMixReachesEveryPartOfACourse() {
    List<TherapyCase> all = Samples.list(3L, 500, TherapyGenerators.cases());
    assertThat(all).anyMatch(c -> c.unit().kind() == UnitKind.COUPLE);
    assertThat(all).anyMatch(c -> c.unit().kind() == UnitKind.INDIVIDUAL);
    assertThat(all).anyMatch(c -> c.unit().fertilityContext().isPresent());
    assertThat(all).anyMatch(c -> c.sessions().isEmpty());
    assertThat(all).anyMatch(c -> c.sessions().size() == 10);
    assertThat(all).anyMatch(c -> c.plan().map(p -> p.versions().size() == 3).orElse(false));
    assertThat(all).anyMatch(c -> c.plan().isEmpty());
    assertThat(all).anyMatch(c -> !c.disclosures().isEmpty());
    assertThat(all).anyMatch(c -> c.disclosures().stream().anyMatch(d -> d.subjects().size() == 2));
    assertThat(all).anyMatch(c -> c.consents().stream().anyMatch(k -> k.withdrawnOn().isPresent()));
    assertThat(all)
        .anyMatch(c -> c.authorizations().stream().anyMatch(a -> a.revokedOn().isPresent()));
    assertThat(all).anyMatch(c -> c.homework().stream().anyMatch(h -> h.outcome().isPresent()));
    assertThat(all).anyMatch(c -> c.goals().stream().anyMatch(g -> g.revisions().size() > 1));
    assertThat(all)
        .anyMatch(c -> c.sessions().stream().anyMatch(s -> s.psychotherapyNote().isPresent()));
  }

  @ParameterizedTest
  @EnumSource(CaseRuleBreak.class)
  void everyBreakTriggersExactlyItsRuleWhereDocumented(CaseRuleBreak b) {
    Samples.check(
        b.name().hashCode(),
        150,
        TherapyGenerators.cases().breaking(b),
        c -> CaseBreakChecks.assertBreaks(b, c));
  }

  @ParameterizedTest
  @EnumSource(CaseRuleBreak.class)
  void everyBreakReachesEveryDocumentedPathShape(CaseRuleBreak b) {
    Set<String> shapes = new java.util.TreeSet<>();
    Samples.check(
        100L + b.name().hashCode(),
        300,
        TherapyGenerators.cases().breaking(b),
        c ->
            CaseBreakChecks.expectedPaths(b, c)
                .forEach(p -> shapes.add(p.replaceAll("/[0-9]+", "/*"))));
    assertThat(shapes).containsExactlyInAnyOrderElementsOf(b.paths());
  }

  @Test
  void breakingACodeIsBreakingItsConstant() {
    for (CaseRuleBreak b : CaseRuleBreak.values()) {
      assertThat(Samples.list(5L, 20, TherapyGenerators.cases().breaking(b.code())))
          .isEqualTo(Samples.list(5L, 20, TherapyGenerators.cases().breaking(b)));
    }
  }

  @Test
  void theTwelveCodesAreExactlyTheCaseRuleCodes() {
    Set<FindingCode> caseRules =
        EnumSet.range(FindingCode.SESSION_WITHOUT_REFERRAL, FindingCode.AUTHORIZATION_DEFECTIVE);
    assertThat(CaseRuleBreak.codes()).containsExactlyInAnyOrderElementsOf(caseRules);
    assertThat(CaseRuleBreak.values()).allMatch(b -> b.coOccurring().isEmpty());
    assertThatThrownBy(() -> CaseRuleBreak.of(FindingCode.UNKNOWN_REFERENCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.cases().breaking(FindingCode.MEMBERSHIP_LAPSED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsImpossibleCustomisations() {
    CaseGenerator cases = TherapyGenerators.cases();
    assertThatThrownBy(() -> cases.withSessions(-1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.withSessions(4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.withSessions(0, 61))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.asOf(LocalDate.of(1999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.individual().breaking(CaseRuleBreak.HOMEWORK_ASSIGNEE_ABSENT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.breaking(CaseRuleBreak.HOMEWORK_ASSIGNEE_ABSENT).individual())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> cases.withSessions(0, 1).breaking(CaseRuleBreak.SESSION_DATE_OUT_OF_ORDER))
        .isInstanceOf(IllegalArgumentException.class);
    // a break raises the fewest sessions; the homework break makes a couple
    Samples.check(
        6L,
        50,
        cases.withSessions(0, 2).breaking(CaseRuleBreak.SESSION_BEYOND_PLAN),
        c -> assertThat(c.sessions()).hasSize(2));
    Samples.check(
        7L,
        50,
        cases.breaking(CaseRuleBreak.HOMEWORK_ASSIGNEE_ABSENT),
        c -> assertThat(c.unit().kind()).isEqualTo(UnitKind.COUPLE));
  }

  @Test
  void describesItselfAsTheExpressionThatBuiltIt() {
    assertThat(TherapyGenerators.cases()).hasToString("cases()");
    assertThat(
            TherapyGenerators.cases()
                .couple()
                .withSessions(3, 8)
                .breaking(FindingCode.INTAKE_MISSING)
                .asOf(LocalDate.of(2030, 1, 1)))
        .hasToString(
            "cases().couple().withSessions(3, 8).breaking(INTAKE_MISSING).asOf(2030-01-01)");
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(Samples.list(42L, 100, TherapyGenerators.cases()))
        .isEqualTo(Samples.list(42L, 100, TherapyGenerators.cases()));
  }
}

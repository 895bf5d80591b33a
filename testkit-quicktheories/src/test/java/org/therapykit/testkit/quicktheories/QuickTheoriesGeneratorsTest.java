package org.therapykit.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.quicktheories.QuickTheoriesGenerators.toGen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.testkit.CaseGenerator;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.PractitionerGenerator;
import org.therapykit.testkit.TherapyGenerators;

class QuickTheoriesGeneratorsTest {
  /**
   * Enough to reach the smallest case, far below QuickTheories' default, to keep the suite fast.
   */
  private static final int SHRINK_CYCLES = 20_000;

  /** Records what QuickTheories reports instead of throwing. */
  private static final class Capture implements Reporter {
    final List<Object> smallest = new ArrayList<>();
    final AtomicLong seed = new AtomicLong();

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      this.seed.set(seed);
      this.smallest.add(smallest);
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> examples,
        AsString<Object> toString) {
      this.seed.set(seed);
      this.smallest.add(smallest);
    }

    @Override
    public void valuesExhausted(int examplesUsed) {}
  }

  @Test
  void runsATherapyGeneratorAsAQuickTheoriesGen() {
    QualificationPolicy policy = QualificationPolicy.standard();
    qt().withFixedSeed(7L)
        .withExamples(300)
        .forAll(toGen(TherapyGenerators.practitioners().counsellors()))
        .check(
            p ->
                policy.assess(p, PractitionerGenerator.DEFAULT_AS_OF).classification()
                    == Classification.SEX_COUNSELLOR);
  }

  @Test
  void shrinksAPlantedFailureOnHoursToTheBoundary() {
    Capture capture = new Capture();
    qt().withFixedSeed(42L)
        .withExamples(1000)
        .withReporter(capture)
        .forAll(toGen(TherapyGenerators.hours(0, 1000)))
        .check(h -> h.compareTo(Hours.of(500)) < 0);
    assertThat(capture.smallest).containsExactly(Hours.of(500));
    assertThat(capture.seed.get()).isEqualTo(42L);
  }

  @Test
  void shrinksAPractitionerWithTooManyLicencesToAMinimalOne() {
    Capture capture = new Capture();
    qt().withFixedSeed(20260601L)
        .withExamples(2000)
        .withReporter(capture)
        .forAll(toGen(TherapyGenerators.practitioners()))
        .check(p -> p.licenses().size() <= 2);
    assertThat(capture.smallest).hasSize(1);
    Practitioner p = (Practitioner) capture.smallest.get(0);
    // the smallest counterexample: exactly one licence too many, and nothing else at all
    assertThat(p.licenses()).hasSize(3);
    assertThat(p.licenses())
        .allSatisfy(
            l -> {
              assertThat(l.profession()).isEqualTo(Profession.PSYCHOLOGIST);
              assertThat(l.jurisdiction()).isEqualTo(Jurisdiction.parse("US-AL"));
              assertThat(l.isValidOn(PractitionerGenerator.DEFAULT_AS_OF)).isTrue();
            });
    assertThat(p.licenses())
        .extracting(License::number)
        .containsExactly("LP-000001", "LP-000001-2", "LP-000001-3");
    assertThat(p.degrees()).isEmpty();
    assertThat(p.certifications()).isEmpty();
    assertThat(p.memberships()).isEmpty();
    assertThat(p.trainings()).isEmpty();
    assertThat(p.supervisedPractice()).isEmpty();
    assertThat(p.affiliations()).isEmpty();
    assertThat(p.id().value()).isEqualTo("p-000001");
  }

  @Test
  void shrinksACaseWithTooManySessionsToAMinimalOne() {
    Capture capture = new Capture();
    qt().withFixedSeed(20260404L)
        .withExamples(500)
        .withShrinkCycles(SHRINK_CYCLES)
        .withReporter(capture)
        .forAll(toGen(TherapyGenerators.cases()))
        .check(c -> c.sessions().size() <= 4);
    assertThat(capture.smallest).hasSize(1);
    TherapyCase c = (TherapyCase) capture.smallest.get(0);
    LocalDate asOf = CaseGenerator.DEFAULT_AS_OF;
    // exactly one session too many, all on the case's date; everything else at its simplest
    assertThat(c.sessions()).hasSize(5);
    assertThat(c.sessions()).allSatisfy(s -> assertThat(s.date()).isEqualTo(asOf));
    assertThat(c.sessions())
        .extracting(Session::kind)
        .containsExactly(
            SessionKind.INTAKE,
            SessionKind.TREATMENT,
            SessionKind.TREATMENT,
            SessionKind.TREATMENT,
            SessionKind.TREATMENT);
    assertThat(c.sessions())
        .allSatisfy(
            s -> {
              assertThat(s.addressedGoals()).isEmpty();
              assertThat(s.progressNote()).isEmpty();
              assertThat(s.psychotherapyNote()).isEmpty();
            });
    assertThat(c.unit().kind()).isEqualTo(UnitKind.INDIVIDUAL);
    assertThat(c.unit().fertilityContext()).isEmpty();
    assertThat(c.unit().clients().get(0).displayName()).isEmpty();
    assertThat(c.goals()).isEmpty();
    assertThat(c.homework()).isEmpty();
    assertThat(c.authorizations()).isEmpty();
    assertThat(c.disclosures()).isEmpty();
    PlanVersion plan = c.plan().orElseThrow().versions().get(0);
    assertThat(c.plan().orElseThrow().versions()).hasSize(1);
    assertThat(plan.plannedSessions()).isEqualTo(5);
    assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plan.reviewSessions()).isEmpty();
    assertThat(c.referral().orElseThrow().status()).isEqualTo(ReferralStatus.ACTIVE);
    assertThat(c.referral().orElseThrow().authoredOn()).isEqualTo(asOf);
    assertThat(c.consents())
        .containsExactly(TreatmentConsent.of(c.unit().clients().get(0).id(), asOf));
    assertThat(c.intakes().get(0).completedOn()).contains(asOf);
    assertThat(c.practitioner().licenses()).hasSize(1);
    assertThat(c.practitioner().certifications()).hasSize(1);
    assertThat(c.practitioner().trainings()).isEmpty();
    // still a coherent course: the rules find nothing wrong with it
    assertThat(CaseRules.standard().validate(c).findings()).isEmpty();
  }

  @Test
  void shrinksTotalTrainingHoursToAMinimalList() {
    Capture capture = new Capture();
    Generator<List<TrainingRecord>> trainings =
        TherapyGenerators.trainingRecords().listOf(0, 12).map(List::copyOf);
    qt().withFixedSeed(3L)
        .withExamples(1000)
        .withReporter(capture)
        .forAll(toGen(trainings))
        .check(ts -> total(ts).compareTo(Hours.of(100)) < 0);
    assertThat(capture.smallest).hasSize(1);
    @SuppressWarnings("unchecked")
    List<TrainingRecord> shrunk = (List<TrainingRecord>) capture.smallest.get(0);
    // the total lands exactly on the boundary, and every other choice is at its simplest
    assertThat(total(shrunk)).isEqualTo(Hours.of(100));
    assertThat(shrunk)
        .allSatisfy(
            t -> {
              assertThat(t.category()).isEqualTo(TrainingCategory.CORE_KNOWLEDGE);
              assertThat(t.delivery()).isEqualTo(Delivery.IN_PERSON);
              assertThat(t.completed()).isEqualTo(LocalDate.of(1990, 1, 1));
              assertThat(t.provider()).isEmpty();
              assertThat(t.title()).isEmpty();
            });
  }

  private static Hours total(List<TrainingRecord> records) {
    return records.stream().map(TrainingRecord::hours).reduce(Hours.ZERO, Hours::plus);
  }

  @Test
  void reportsTheSeedWithTheSmallestValueByDefault() {
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(1234L)
                    .withExamples(500)
                    .forAll(toGen(TherapyGenerators.hours(0, 100)))
                    .check(h -> h.compareTo(Hours.of(10)) < 0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Smallest found falsifying value(s)")
        .hasMessageContaining("10")
        .hasMessageContaining("Seed was 1234");
  }

  @Test
  void aSourceRejectsBadBounds() {
    Generator<Integer> bad = s -> s.between(2, 1);
    assertThatThrownBy(() -> qt().withExamples(1).forAll(toGen(bad)).check(x -> true))
        .hasStackTraceContaining("max < min");
  }

  @Test
  void customisedGeneratorsKeepTheirPromiseUnderQuickTheories() {
    qt().withFixedSeed(5L)
        .withExamples(300)
        .forAll(
            toGen(
                TherapyGenerators.licenses()
                    .independent()
                    .inJurisdiction(Jurisdiction.parse("US-NY"))))
        .checkAssert(
            (License l) -> {
              assertThat(l.allowsIndependentPsychotherapy()).isTrue();
              assertThat(l.jurisdiction()).isEqualTo(Jurisdiction.parse("US-NY"));
            });
  }
}

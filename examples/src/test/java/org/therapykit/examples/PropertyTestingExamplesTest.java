package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.quicktheories.QuickTheoriesGenerators.toGen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.PractitionerId;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.PractitionerGenerator;
import org.therapykit.testkit.TherapyGenerators;
import org.therapykit.testkit.ValueContracts;
import org.therapykit.validation.FindingCode;

/**
 * The README's "Property-based testing with TherapyKit" examples, written the way a host would: the
 * host's code under test is {@link PractitionerDirectory}, a directory that stores practitioners
 * and shows a "Certified sex therapist" badge.
 */
class PropertyTestingExamplesTest {
  /** The host's code under test: stores practitioners, shows a badge. */
  static final class PractitionerDirectory {
    private final Map<PractitionerId, Practitioner> byId = new HashMap<>();
    private final QualificationPolicy policy = QualificationPolicy.standard();

    PractitionerId save(Practitioner practitioner) {
      byId.put(practitioner.id(), Practitioner.builder().from(practitioner).build());
      return practitioner.id();
    }

    Practitioner load(PractitionerId id) {
      return Objects.requireNonNull(byId.get(id), "no practitioner " + id);
    }

    Optional<String> badge(PractitionerId id, LocalDate date) {
      return policy.assess(load(id), date).classification()
              == Classification.CERTIFIED_SEX_THERAPIST
          ? Optional.of("Certified sex therapist")
          : Optional.empty();
    }
  }

  private final PractitionerDirectory directory = new PractitionerDirectory();

  // snippet: junit-method-source
  static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  static Stream<Practitioner> certifiedTherapists() {
    PractitionerGenerator certified =
        TherapyGenerators.practitioners().certifiedSexTherapists().asOf(TODAY);
    // a fixed seed: the same 200 practitioners on every run, on every machine
    return certified.stream(20260601L).limit(200);
  }

  @ParameterizedTest
  @MethodSource("certifiedTherapists")
  void showsTheBadgeForEveryCertifiedTherapist(Practitioner practitioner) {
    directory.save(practitioner);
    assertThat(directory.badge(practitioner.id(), TODAY)).contains("Certified sex therapist");
  }

  // end snippet

  // snippet: quicktheories-property
  @Test
  void neverShowsTheBadgeWhenTheAasectMembershipHasLapsed() {
    qt().withFixedSeed(42L) // a failure reports "Seed was 42" and the smallest practitioner
        .withExamples(1000)
        .forAll(
            toGen(
                TherapyGenerators.practitioners()
                    .breaking(FindingCode.MEMBERSHIP_LAPSED)
                    .asOf(TODAY)))
        .checkAssert(
            practitioner -> {
              directory.save(practitioner);
              assertThat(directory.badge(practitioner.id(), TODAY)).isEmpty();
            });
  }

  // end snippet

  // snippet: value-contracts
  @Test
  void storesPractitionersWithoutLosingAnything() {
    ValueContracts.of(TherapyGenerators.practitioners())
        .withSeed(7L)
        .withSamples(500)
        .withInvariant(p -> Practitioner.builder().from(p).build()) // re-runs the model's checks
        .checkRoundTrip(directory::save, directory::load)
        .checkEqualValuesHashEqually(p -> directory.load(directory.save(p)));
  }
  // end snippet
}

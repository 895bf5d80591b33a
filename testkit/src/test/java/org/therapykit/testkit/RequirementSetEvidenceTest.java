package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.AasectRequirementSets;
import org.therapykit.qualification.BoardRequirementSets;
import org.therapykit.qualification.Criterion;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.RequirementSet;

/**
 * The testkit walks a set's criteria the way the rules do: evidence generated for a set meets it,
 * and evidence generated to fail one requirement fails exactly that one, for every requirement of
 * every shipped set and for sets a host builds.
 */
class RequirementSetEvidenceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static ImmutableList<RequirementSet> shipped() {
    return ImmutableList.<RequirementSet>builder()
        .addAll(AasectRequirementSets.all())
        .addAll(BoardRequirementSets.all())
        .build();
  }

  static Stream<Arguments> everyRequirementOfEveryShippedSet() {
    return shipped().stream()
        .flatMap(set -> set.criteria().stream().map(c -> Arguments.of(set, c.requirement())));
  }

  private static List<Requirement> unmet(RequirementSet set, Practitioner p, LocalDate asOf) {
    return set.evaluate(p, asOf).stream()
        .filter(r -> !r.met())
        .map(RequirementResult::requirement)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void everyRequirementOfAShippedSetCanFailAlone(RequirementSet set) {
    assertThat(EvidenceGenerator.failable(set))
        .containsExactlyElementsOf(set.criteria().stream().map(Criterion::requirement).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void evidenceForAShippedSetMeetsEveryRequirement(RequirementSet set) {
    for (LocalDate asOf : List.of(AS_OF, LocalDate.of(2019, 3, 1))) {
      for (Practitioner p : Samples.list(21L, 100, TherapyGenerators.meeting(set).asOf(asOf))) {
        assertThat(unmet(set, p, asOf)).as("%s on %s", p.id(), asOf).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyRequirementOfEveryShippedSet")
  void aBreakOfOneRequirementYieldsExactlyThatRequirementUnmet(
      RequirementSet set, Requirement requirement) {
    for (Practitioner p :
        Samples.list(22L, 100, TherapyGenerators.meeting(set).failing(requirement))) {
      assertThat(unmet(set, p, AS_OF)).as("%s", p.id()).containsExactly(requirement);
    }
  }

  @Test
  void theSameHoldsForSetsAHostBuilds() {
    Source s = Source.of(23L);
    int sets = 0;
    int failures = 0;
    for (RequirementSet set : Samples.list(23L, 300, TherapyGenerators.requirementSets())) {
      sets++;
      for (Practitioner p :
          Samples.list(s.between(0, 1 << 20), 5, TherapyGenerators.meeting(set))) {
        assertThat(unmet(set, p, AS_OF)).as("%s %s", set, p.id()).isEmpty();
      }
      for (Requirement r : EvidenceGenerator.failable(set)) {
        for (Practitioner p :
            Samples.list(s.between(0, 1 << 20), 3, TherapyGenerators.meeting(set).failing(r))) {
          assertThat(unmet(set, p, AS_OF)).as("%s %s", set, p.id()).containsExactly(r);
          failures++;
        }
      }
    }
    assertThat(sets).isEqualTo(300);
    assertThat(failures).isGreaterThan(1000);
  }

  @Test
  void aRequirementThatCannotFailAloneIsRefusedWithTheOnesThatCan() {
    RequirementSet set =
        AasectRequirementSets.CSE_2025_E_1.withCriterion(
            new Criterion.IndividualSupervisionHours(org.therapykit.Hours.of(25)));
    assertThat(EvidenceGenerator.failable(set)).doesNotContain(Requirement.SUPERVISION_HOURS);
    assertThatThrownBy(() -> TherapyGenerators.meeting(set).failing(Requirement.SUPERVISION_HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot fail supervision-hours alone")
        .hasMessageContaining("individual-supervision-hours");
  }

  @Test
  void theGeneratorDescribesItself() {
    assertThat(
            TherapyGenerators.meeting(BoardRequirementSets.COSRT_2018)
                .failing(Requirement.SUPERVISION_RATIO)
                .asOf(LocalDate.of(2027, 1, 1))
                .toString())
        .isEqualTo("meeting(COSRT-ACCREDITED-2018).failing(supervision-ratio).asOf(2027-01-01)");
  }
}

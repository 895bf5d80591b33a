package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.properties.QtGens.toGen;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.therapykit.Jurisdiction;
import org.therapykit.PractitionerId;
import org.therapykit.directory.Candidate;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Exclusion;
import org.therapykit.directory.Organization;
import org.therapykit.directory.ServiceMode;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.GeneratedDirectory;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.TherapyGenerators;

/**
 * Properties of the directory search over the testkit's generated directories ({@code
 * TherapyGenerators.directories()}) and queries aimed at them ({@code directoryQueries().over(d)}).
 */
class DirectoryProperties {
  private static final long SEED = 20261128L;

  /** A directory and a query over it. */
  record Scenario(GeneratedDirectory directory, DirectoryQuery query) {
    List<Organization> organizations() {
      return directory.organizations();
    }

    List<Practitioner> practitioners() {
      return directory.practitioners();
    }
  }

  /** The testkit's directories, with queries aimed at each. */
  private static Generator<Scenario> scenarios() {
    return TherapyGenerators.directories()
        .flatMap(d -> TherapyGenerators.directoryQueries().over(d).map(q -> new Scenario(d, q)));
  }

  @Test
  void theGeneratedScenariosReachEveryTierAndExclusion() {
    java.util.Set<org.therapykit.directory.PlacementReason> placements =
        java.util.EnumSet.noneOf(org.therapykit.directory.PlacementReason.class);
    java.util.Set<org.therapykit.directory.ExclusionReason> exclusions =
        java.util.EnumSet.noneOf(org.therapykit.directory.ExclusionReason.class);
    scenarios().stream(SEED)
        .limit(2000)
        .forEach(
            s -> {
              DirectoryResult r = s.directory().index().find(s.query());
              r.candidates().forEach(c -> placements.addAll(c.reasons()));
              r.excluded().forEach(e -> exclusions.addAll(e.reasons()));
            });
    assertThat(placements)
        .containsExactlyInAnyOrder(org.therapykit.directory.PlacementReason.values());
    assertThat(exclusions)
        .containsExactlyInAnyOrder(org.therapykit.directory.ExclusionReason.values());
  }

  @Test
  void everyCandidateIsQualifiedAndLicensedForTheQuery() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(toGen(scenarios()))
        .checkAssert(
            s -> {
              DirectoryIndex index = DirectoryIndex.of(s.practitioners(), s.organizations());
              DirectoryQuery q = s.query();
              for (Candidate c : index.find(q).candidates()) {
                Practitioner p = index.practitioner(c.practitionerId()).orElseThrow();
                assertThat(
                        QualificationPolicy.standard()
                            .assess(p, q.asOf())
                            .scope()
                            .permits(q.concern()))
                    .isTrue();
                if (q.concern() != PracticeArea.SEXUALITY_EDUCATION) {
                  // care happens where the organisation is (or, for telehealth, where the client
                  // is); a place known only by country is as precise as the client's location
                  Jurisdiction client = q.clientLocation().jurisdiction();
                  Jurisdiction where =
                      c.mode() == ServiceMode.TELEHEALTH
                          ? client
                          : index
                              .organization(c.organization().orElseThrow())
                              .orElseThrow()
                              .location()
                              .jurisdiction();
                  Jurisdiction place =
                      where.subdivision().isEmpty() && where.includes(client) ? client : where;
                  assertThat(p.licensesValidOn(q.asOf()))
                      .anyMatch(
                          l ->
                              l.jurisdiction().includes(place) || place.includes(l.jurisdiction()));
                }
              }
            });
  }

  @Test
  void resultsAreADeterministicFunctionOfTheInput() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(1000)
        .forAll(toGen(scenarios()))
        .checkAssert(
            s -> {
              DirectoryResult once =
                  DirectoryIndex.of(s.practitioners(), s.organizations()).find(s.query());
              DirectoryResult reversed =
                  DirectoryIndex.of(
                          Lists.reverse(s.practitioners()), Lists.reverse(s.organizations()))
                      .find(s.query());
              assertThat(reversed).isEqualTo(once);
            });
  }

  @Test
  void noExcludedPractitionerLacksAReasonAndEveryPractitionerIsAccountedFor() {
    qt().withFixedSeed(SEED + 2)
        .withExamples(1000)
        .forAll(toGen(scenarios()))
        .checkAssert(
            s -> {
              DirectoryResult r =
                  DirectoryIndex.of(s.practitioners(), s.organizations()).find(s.query());
              assertThat(r.excluded()).allSatisfy(e -> assertThat(e.reasons()).isNotEmpty());
              assertThat(r.eligibleCount() + r.excluded().size() + r.notConsidered())
                  .isEqualTo(s.practitioners().size());
              assertThat(r.candidates()).hasSize(Math.min(s.query().limit(), r.eligibleCount()));
              Set<String> excluded =
                  r.excluded().stream()
                      .map(e -> e.practitionerId().value())
                      .collect(Collectors.toSet());
              ImmutableList<Candidate> candidates = r.candidates();
              for (int i = 0; i < candidates.size(); i++) {
                assertThat(candidates.get(i).rank()).isEqualTo(i + 1);
                assertThat(excluded).doesNotContain(candidates.get(i).practitionerId().value());
              }
              assertThat(
                      r.excluded().stream()
                          .map(Exclusion::practitionerId)
                          .map(PractitionerId::value)
                          .toList())
                  .isSorted();
            });
  }
}

package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.quicktheories.QuickTheoriesGenerators.toGen;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.directory.Candidate;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Exclusion;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.directory.ServiceMode;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.TherapyGenerators;

/**
 * Properties of the directory search over generated directories: practitioners from the testkit's
 * generators, tied to generated organisations around Lake Michigan, and generated queries.
 */
class DirectoryProperties {
  private static final long SEED = 20261128L;
  private static final List<Jurisdiction> PLACES =
      List.of(
          Jurisdiction.parse("US-IL"),
          Jurisdiction.parse("US-WI"),
          Jurisdiction.parse("US-IN"),
          Jurisdiction.of("US"));

  /** A directory and a query over it. */
  record Scenario(
      List<Organization> organizations, List<Practitioner> practitioners, DirectoryQuery query) {}

  private static Generator<Location> locations() {
    return source -> {
      Location.Builder b = Location.builder().jurisdiction(source.pick(PLACES));
      if (source.chance(80)) {
        b.coordinates(
            Coordinates.of(
                41 + source.between(0, 200) / 100.0, -89 + source.between(0, 200) / 100.0));
      }
      if (source.bool()) {
        b.locality(source.pick(List.of("Chicago", "Milwaukee", "Gary")));
      }
      return b.build();
    };
  }

  private static Generator<Organization> organization(int i) {
    return source ->
        Organization.builder()
            .id(OrganizationId.of("org-" + i))
            .name("Organisation " + i)
            .kind(source.pick(OrganizationKind.class))
            .location(locations().next(source))
            .build();
  }

  private static Generator<Practitioner> practitioner(int i, List<Organization> orgs) {
    Generator<Practitioner> base =
        Generator.oneOf(
            TherapyGenerators.practitioners(),
            TherapyGenerators.practitioners().inJurisdiction(Jurisdiction.parse("US-IL")),
            TherapyGenerators.practitioners().certifiedSexTherapists());
    return source -> {
      Practitioner p = base.next(source).withId(PractitionerId.of("p-" + i));
      List<Affiliation> affiliations = new ArrayList<>();
      for (Organization o : orgs) {
        if (source.chance(25)) {
          affiliations.add(
              Affiliation.builder()
                  .organizationId(o.id())
                  .organizationName(o.name())
                  .organizationKind(o.kind())
                  .role(source.pick(AffiliationRole.class))
                  .build());
        }
      }
      p = p.withAffiliations(affiliations).withServices(java.util.Optional.empty());
      if (source.bool()) {
        ServiceProfile.Builder s = ServiceProfile.builder();
        affiliations.stream()
            .filter(a -> source.bool())
            .forEach(a -> s.addInPersonAt(a.organizationId()));
        PLACES.stream().filter(j -> source.chance(30)).forEach(s::addTelehealthIn);
        s.acceptingNewClients(source.chance(85));
        List.of("en", "es").stream().filter(l -> source.chance(60)).forEach(s::addLanguage);
        if (source.chance(20)) {
          s.units(List.of(source.pick(UnitKind.class)));
        }
        p = p.withServices(s.build());
      }
      return p;
    };
  }

  private static Generator<Scenario> scenarios() {
    return source -> {
      int orgCount = source.between(1, 6);
      List<Organization> orgs = new ArrayList<>();
      for (int i = 0; i < orgCount; i++) {
        orgs.add(organization(i).next(source));
      }
      int count = source.between(0, 25);
      List<Practitioner> ps = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ps.add(practitioner(i, orgs).next(source));
      }
      DirectoryQuery.Builder q =
          DirectoryQuery.builder()
              .clientLocation(locations().next(source))
              .concern(source.pick(PracticeArea.class))
              .unit(source.pick(UnitKind.class))
              .telehealthAcceptable(source.bool())
              .asOf(
                  TherapyGenerators.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))
                      .next(source))
              .limit(source.between(1, 30));
      if (source.bool()) {
        q.maxTravelKm(source.between(10, 400));
      }
      if (source.chance(30)) {
        q.language(source.pick(List.of("en", "es", "fr")));
      }
      if (source.bool()) {
        q.referringOrganization(source.pick(orgs).id());
      }
      return new Scenario(orgs, ps, q.build());
    };
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

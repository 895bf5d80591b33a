package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapykit.OrganizationId;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;

/** Generated directories hang together, and their customisations do what they say. */
class DirectoryGeneratorTest {
  @Test
  void everyDirectoryHangsTogether() {
    Samples.check(
        1L,
        500,
        TherapyGenerators.directories(),
        d -> {
          Set<OrganizationId> organizations = new HashSet<>();
          d.organizations().forEach(o -> assertThat(organizations.add(o.id())).isTrue());
          assertThat(d.organizations()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
          assertThat(d.practitioners()).hasSizeLessThanOrEqualTo(25);
          assertThat(d.practitioners().stream().map(Practitioner::id).distinct())
              .hasSameSizeAs(d.practitioners());
          for (Practitioner p : d.practitioners()) {
            Set<OrganizationId> affiliated = new HashSet<>();
            for (Affiliation a : p.affiliations()) {
              assertThat(organizations).contains(a.organizationId());
              affiliated.add(a.organizationId());
            }
            assertThat(affiliated).isNotEmpty();
            p.services().ifPresent(s -> assertThat(affiliated).containsAll(s.inPersonAt()));
          }
          // one region: every organisation within driving distance of every other, or unknown
          for (Organization a : d.organizations()) {
            for (Organization b : d.organizations()) {
              a.location().distanceKm(b.location()).ifPresent(km -> assertThat(km).isLessThan(300));
            }
          }
          assertThat(d.index().size()).isEqualTo(d.practitioners().size());
          assertThat(d.toString())
              .isEqualTo(
                  "GeneratedDirectory["
                      + d.organizations().size()
                      + " organisations, "
                      + d.practitioners().size()
                      + " practitioners, as of 2026-06-01]");
        });
  }

  @Test
  void customisationsBoundTheDirectoryAndItsDate() {
    LocalDate date = LocalDate.of(2027, 3, 1);
    List<GeneratedDirectory> all =
        Samples.list(
            2L,
            100,
            TherapyGenerators.directories()
                .withOrganizations(10, 12)
                .withPractitioners(40, 40)
                .asOf(date));
    assertThat(all)
        .allSatisfy(
            d -> {
              assertThat(d.organizations()).hasSizeBetween(10, 12);
              assertThat(d.practitioners()).hasSize(40);
              assertThat(d.asOf()).isEqualTo(date);
            });
    // practitioners of every classification, most of them able to take some referral
    Set<Classification> seen = new HashSet<>();
    all.forEach(
        d ->
            d.practitioners()
                .forEach(
                    p ->
                        seen.add(QualificationPolicy.standard().assess(p, date).classification())));
    assertThat(seen).containsExactlyInAnyOrder(Classification.values());
    assertThatThrownBy(() -> TherapyGenerators.directories().withOrganizations(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.directories().withPractitioners(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TherapyGenerators.directories().asOf(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TherapyGenerators.directories().withPractitioners(1, 2).toString())
        .isEqualTo("directories().withPractitioners(1, 2)");
  }

  @Test
  void queriesOverADirectoryAreAimedAtIt() {
    GeneratedDirectory d =
        TherapyGenerators.directories().withOrganizations(3, 3).next(Source.of(3L));
    Set<OrganizationId> ids = new HashSet<>();
    d.organizations().forEach(o -> ids.add(o.id()));
    List<DirectoryQuery> queries =
        Samples.list(4L, 500, TherapyGenerators.directoryQueries().over(d));
    assertThat(queries)
        .allSatisfy(q -> q.referringOrganization().ifPresent(r -> assertThat(ids).contains(r)));
    assertThat(queries).anyMatch(q -> q.referringOrganization().isPresent());
    assertThat(queries.stream().filter(q -> q.asOf().equals(d.asOf())).count()).isGreaterThan(300);
    // most clients live within a short drive of one of the directory's organisations
    assertThat(
            queries.stream()
                .filter(
                    q ->
                        d.organizations().stream()
                            .anyMatch(
                                o ->
                                    q.clientLocation()
                                        .distanceKm(o.location())
                                        .map(km -> km < 15)
                                        .orElse(false)))
                .count())
        .isGreaterThan(150);
  }
}

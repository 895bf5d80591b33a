package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.therapykit.Iso3166;
import org.therapykit.Jurisdiction;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.testkit.internal.Catalog;

/**
 * Every jurisdiction the generators produce is an ISO 3166 code that ISO assigns ({@link Iso3166}):
 * the catalog's pools, the directory's regions, and what the generators draw from them. ({@code
 * Jurisdiction} refuses one that is not, so a pool with a mistake would fail on its first use; this
 * names the pool.)
 */
class JurisdictionPoolTest {

  private static void assigned(String pool, List<Jurisdiction> jurisdictions) {
    assertThat(jurisdictions).as(pool).isNotEmpty();
    assertThat(jurisdictions)
        .as(pool)
        .allSatisfy(j -> assertThat(Iso3166.isAssigned(j.toString())).as(j.toString()).isTrue());
  }

  @Test
  void theCatalogsPoolsAreAssigned() {
    assigned("US_STATES", Catalog.US_STATES);
    assigned("CANADA", Catalog.CANADA);
    assigned("AUSTRALIA", Catalog.AUSTRALIA);
    assigned("EUROPE", Catalog.EUROPE);
    assigned("BRITAIN", Catalog.BRITAIN);
    assigned("AASECT_OTHERS", Catalog.AASECT_OTHERS);
    assigned("ELSEWHERE", Catalog.ELSEWHERE);
    assigned("ALL_JURISDICTIONS", Catalog.ALL_JURISDICTIONS);
    assertThat(Catalog.US_STATES).hasSize(51);
  }

  @Test
  void theDirectorysRegionsAreAssigned() {
    for (List<DirectoryGenerator.Place> region : DirectoryGenerator.REGIONS) {
      assigned(
          region.get(0).locality(),
          region.stream().map(DirectoryGenerator.Place::jurisdiction).toList());
    }
  }

  @Test
  void everyGeneratedJurisdictionIsAssignedAndFromThePools() {
    Set<String> drawn = new TreeSet<>();
    TherapyGenerators.jurisdictions().stream(1_515L)
        .limit(5_000)
        .forEach(j -> drawn.add(j.toString()));
    // every pool is reached
    assertThat(drawn)
        .containsAll(Catalog.ALL_JURISDICTIONS.stream().map(Jurisdiction::toString).toList());
    TherapyGenerators.practitioners().stream(1_516L).limit(500).forEach(p -> collect(p, drawn));
    TherapyGenerators.directories().stream(1_517L)
        .limit(100)
        .forEach(
            d -> {
              for (Organization o : d.organizations()) {
                drawn.add(o.location().jurisdiction().toString());
              }
              d.practitioners().forEach(p -> collect(p, drawn));
            });
    assertThat(drawn).allMatch(Iso3166::isAssigned);
    Set<String> pools = new TreeSet<>();
    Catalog.ALL_JURISDICTIONS.forEach(j -> pools.add(j.toString()));
    DirectoryGenerator.REGIONS.forEach(r -> r.forEach(p -> pools.add(p.jurisdiction().toString())));
    // a country alone is drawn for an organisation or a profile, such as US for US-NY
    pools.addAll(pools.stream().map(s -> s.substring(0, 2)).toList());
    assertThat(drawn).isSubsetOf(pools);
  }

  private static void collect(Practitioner p, Set<String> into) {
    for (License l : p.licenses()) {
      into.add(l.jurisdiction().toString());
    }
    p.services().ifPresent(s -> s.telehealthIn().forEach(j -> into.add(j.toString())));
  }
}

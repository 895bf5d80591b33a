package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.client.UnitKind;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.testkit.DirectoryGenerator.Place;

/**
 * A generator of {@link DirectoryQuery} values for {@code DirectoryIndex.find}, such as {@code
 * TherapyGenerators.directoryQueries().over(directory)}.
 *
 * <p>By default any valid query: a client in one of {@link DirectoryGenerator}'s regions, any
 * concern and unit, telehealth acceptable or not, half with a distance the client will travel
 * (10–400 km), some needing a language, some from a referring organisation, dated 2024–2028, asking
 * for 1–30 candidates. {@link #over(GeneratedDirectory)} aims the queries at a directory: the
 * client in its region, usually near one of its organisations, half referred by one of them, most
 * on the directory's date. Immutable and thread-safe.
 */
public final class DirectoryQueryGenerator implements Generator<DirectoryQuery> {
  private static final ImmutableList<String> LANGUAGES = ImmutableList.of("en", "es", "fr", "pl");

  private record Config(Optional<GeneratedDirectory> directory) {}

  private final Config config;
  private final String description;

  private DirectoryQueryGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static DirectoryQueryGenerator create() {
    return new DirectoryQueryGenerator(new Config(Optional.empty()), "directoryQueries()");
  }

  private DirectoryQueryGenerator with(Config next, String step) {
    return new DirectoryQueryGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of queries over a directory: clients in its region, referrals from its
   * organisations, its date.
   *
   * @param directory the directory, not null
   * @return a new generator, not null
   */
  public DirectoryQueryGenerator over(GeneratedDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    // replaces any earlier directory, in the description too
    return create().with(new Config(Optional.of(directory)), "over(" + directory + ")");
  }

  @Override
  public DirectoryQuery next(Source source) {
    Optional<GeneratedDirectory> directory = config.directory();
    ImmutableList<Place> region = source.pick(DirectoryGenerator.REGIONS);
    Optional<Organization> near = Optional.empty();
    if (directory.isPresent() && !directory.get().organizations().isEmpty()) {
      ImmutableList<Organization> organizations = directory.get().organizations();
      Organization some = source.pick(organizations);
      region = regionOf(some.location());
      if (source.chance(70)) {
        near = Optional.of(some);
      }
    }
    Location client = DirectoryGenerator.location(region, source);
    if (near.isPresent() && near.get().location().coordinates().isPresent() && source.chance(80)) {
      // a client who lives a few kilometres from the organisation
      Location at = near.get().location();
      Place place =
          new Place(
              at.jurisdiction(),
              at.locality().orElse(""),
              at.coordinates().get().latitude(),
              at.coordinates().get().longitude());
      client =
          Location.builder()
              .jurisdiction(at.jurisdiction())
              .coordinates(DirectoryGenerator.coordinatesNear(place, source))
              .build();
    }
    LocalDate asOf =
        directory.isPresent() && source.chance(80)
            ? directory.get().asOf()
            : TherapyGenerators.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))
                .next(source);
    DirectoryQuery.Builder q =
        DirectoryQuery.builder()
            .clientLocation(client)
            .concern(source.pick(PracticeArea.class))
            .unit(source.pick(UnitKind.class))
            .telehealthAcceptable(source.chance(70))
            .asOf(asOf)
            .limit(source.between(1, 30));
    if (source.bool()) {
      q.maxTravelKm(source.between(10, 400));
    }
    if (source.chance(25)) {
      q.language(source.pick(LANGUAGES));
    }
    if (source.bool()) {
      q.referringOrganization(
          directory.isPresent() && !directory.get().organizations().isEmpty()
              ? source.pick(directory.get().organizations()).id()
              : TherapyGenerators.organizationIds().next(source));
    }
    return q.build();
  }

  /** The region a location of a generated directory lies in. */
  private static ImmutableList<Place> regionOf(Location location) {
    for (ImmutableList<Place> region : DirectoryGenerator.REGIONS) {
      for (Place p : region) {
        if (p.jurisdiction().includes(location.jurisdiction())
            || location.jurisdiction().includes(p.jurisdiction())) {
          return region;
        }
      }
    }
    return DirectoryGenerator.REGIONS.get(0);
  }

  @Override
  public String toString() {
    return description;
  }
}

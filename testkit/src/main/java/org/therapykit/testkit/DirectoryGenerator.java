package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.ServiceProfile;

/**
 * A generator of {@link GeneratedDirectory directories} for {@code DirectoryIndex}: organisations
 * in one region where a client could cross a border for care (Chicago, Milwaukee and northwest
 * Indiana; New York, New Jersey and Connecticut; Portland, Vancouver and Seattle; Ottawa and
 * Gatineau; Albury–Wodonga on the Murray, between New South Wales and Victoria), and practitioners
 * from {@link TherapyGenerators#practitioners()} — of every classification, most licensed in the
 * region — affiliated with one or two of the organisations, half with a {@link ServiceProfile} (in
 * person at some of their organisations, telehealth in some of the region's jurisdictions,
 * sometimes not accepting new clients, sometimes one unit kind only, languages).
 *
 * <p>By default 1–6 organisations and 0–25 practitioners, classified as of 2026-06-01. Each
 * customisation returns a new generator; this one is immutable and thread-safe. Pair with {@link
 * DirectoryQueryGenerator#over(GeneratedDirectory)} for queries that reach every ranking rule.
 */
public final class DirectoryGenerator implements Generator<GeneratedDirectory> {
  /** The default date of the practitioners' classifications. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);

  /** A city: where organisations and clients are. */
  record Place(Jurisdiction jurisdiction, String locality, double latitude, double longitude) {
    static Place of(String jurisdiction, String locality, double latitude, double longitude) {
      return new Place(Jurisdiction.parse(jurisdiction), locality, latitude, longitude);
    }
  }

  /** Regions of neighbouring jurisdictions, each a few cities within driving distance. */
  static final ImmutableList<ImmutableList<Place>> REGIONS =
      ImmutableList.of(
          ImmutableList.of(
              Place.of("US-IL", "Chicago", 41.8781, -87.6298),
              Place.of("US-IL", "Evanston", 42.0451, -87.6877),
              Place.of("US-WI", "Milwaukee", 43.0389, -87.9065),
              Place.of("US-WI", "Kenosha", 42.5847, -87.8212),
              Place.of("US-IN", "Gary", 41.5934, -87.3464),
              Place.of("US-IN", "South Bend", 41.6764, -86.2520)),
          ImmutableList.of(
              Place.of("US-NY", "New York", 40.7128, -74.0060),
              Place.of("US-NJ", "Newark", 40.7357, -74.1724),
              Place.of("US-NJ", "Jersey City", 40.7178, -74.0431),
              Place.of("US-CT", "Stamford", 41.0534, -73.5387)),
          ImmutableList.of(
              Place.of("US-OR", "Portland", 45.5152, -122.6784),
              Place.of("US-WA", "Vancouver", 45.6387, -122.6615),
              Place.of("US-WA", "Seattle", 47.6062, -122.3321)),
          ImmutableList.of(
              Place.of("CA-ON", "Ottawa", 45.4215, -75.6972),
              Place.of("CA-QC", "Gatineau", 45.4765, -75.7013),
              Place.of("CA-QC", "Montréal", 45.5019, -73.5674)),
          ImmutableList.of(
              Place.of("AU-NSW", "Albury", -36.0737, 146.9135),
              Place.of("AU-VIC", "Wodonga", -36.1241, 146.8818),
              Place.of("AU-NSW", "Wagga Wagga", -35.1082, 147.3598)));

  private static final ImmutableList<String> LANGUAGES =
      ImmutableList.of("en", "es", "fr", "fr-CA", "pl", "zh");

  private record Config(
      int minOrganizations,
      int maxOrganizations,
      int minPractitioners,
      int maxPractitioners,
      LocalDate asOf) {
    Config withOrganizations(int min, int max) {
      return new Config(min, max, minPractitioners, maxPractitioners, asOf);
    }

    Config withPractitioners(int min, int max) {
      return new Config(minOrganizations, maxOrganizations, min, max, asOf);
    }

    Config withAsOf(LocalDate date) {
      return new Config(
          minOrganizations, maxOrganizations, minPractitioners, maxPractitioners, date);
    }
  }

  private final Config config;
  private final String description;

  private DirectoryGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static DirectoryGenerator create() {
    return new DirectoryGenerator(new Config(1, 6, 0, 25, DEFAULT_AS_OF), "directories()");
  }

  private DirectoryGenerator with(Config next, String step) {
    return new DirectoryGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of directories with {@code min} to {@code max} organisations.
   *
   * @param min at least 1
   * @param max from {@code min} to 200
   * @return a new generator, not null
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public DirectoryGenerator withOrganizations(int min, int max) {
    checkArgument(
        min >= 1 && max >= min && max <= 200, "organisations: 1 <= %s <= %s <= 200", min, max);
    return with(config.withOrganizations(min, max), "withOrganizations(" + min + ", " + max + ")");
  }

  /**
   * Returns a generator of directories with {@code min} to {@code max} practitioners.
   *
   * @param min at least 0
   * @param max from {@code min} to 2,000
   * @return a new generator, not null
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public DirectoryGenerator withPractitioners(int min, int max) {
    checkArgument(
        min >= 0 && max >= min && max <= 2000, "practitioners: 0 <= %s <= %s <= 2000", min, max);
    return with(config.withPractitioners(min, max), "withPractitioners(" + min + ", " + max + ")");
  }

  /**
   * Returns a generator whose practitioners have their classifications on {@code date}.
   *
   * @param date from 1970-01-01 to 2100-12-31, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the date is out of range
   */
  public DirectoryGenerator asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // checks the range the practitioner generator accepts
    TherapyGenerators.practitioners().asOf(date);
    return with(config.withAsOf(date), "asOf(" + date + ")");
  }

  @Override
  public GeneratedDirectory next(Source source) {
    ImmutableList<Place> region = source.pick(REGIONS);
    int organizationCount = source.between(config.minOrganizations(), config.maxOrganizations());
    List<Organization> organizations = new ArrayList<>();
    for (int i = 0; i < organizationCount; i++) {
      organizations.add(organization(OrganizationId.of("org-" + i), region, source));
    }
    int practitionerCount = source.between(config.minPractitioners(), config.maxPractitioners());
    List<Practitioner> practitioners = new ArrayList<>();
    for (int i = 0; i < practitionerCount; i++) {
      practitioners.add(practitioner(PractitionerId.of("p-" + i), organizations, region, source));
    }
    return new GeneratedDirectory(
        ImmutableList.copyOf(organizations), ImmutableList.copyOf(practitioners), config.asOf());
  }

  private Practitioner practitioner(
      PractitionerId id, List<Organization> organizations, List<Place> region, Source source) {
    Organization home = source.pick(organizations);
    Jurisdiction licensed =
        source.chance(80) ? home.location().jurisdiction() : source.pick(region).jurisdiction();
    PractitionerGenerator base = TherapyGenerators.practitioners().asOf(config.asOf());
    int kind = source.between(0, 9);
    if (kind < 4 && certifiable(licensed)) {
      base = base.certifiedSexTherapists().inJurisdiction(licensed);
    } else if (kind < 8) {
      base = base.inJurisdiction(licensed);
    }
    Practitioner p = base.next(source).withId(id);
    List<Affiliation> affiliations = new ArrayList<>();
    affiliations.add(affiliation(home, source));
    if (organizations.size() > 1 && source.chance(30)) {
      Organization other = source.pick(organizations);
      if (!other.id().equals(home.id())) {
        affiliations.add(affiliation(other, source));
      }
    }
    p = p.withAffiliations(affiliations).withServices(java.util.Optional.empty());
    if (source.bool()) {
      ServiceProfile.Builder services = ServiceProfile.builder();
      for (Affiliation a : affiliations) {
        if (source.chance(80)) {
          services.addInPersonAt(a.organizationId());
        }
      }
      for (Place place : region) {
        if (source.chance(20)) {
          services.addTelehealthIn(place.jurisdiction());
        }
      }
      services.acceptingNewClients(source.chance(85));
      for (String language : LANGUAGES) {
        if (source.chance(25)) {
          services.addLanguages(language);
        }
      }
      if (source.chance(20)) {
        services.units(List.of(source.pick(UnitKind.class)));
      }
      p = p.withServices(services.build());
    }
    return p;
  }

  /** Whether a recognised certification covers the jurisdiction. */
  private static boolean certifiable(Jurisdiction j) {
    try {
      TherapyGenerators.practitioners().certifiedSexTherapists().inJurisdiction(j);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Affiliation affiliation(Organization o, Source source) {
    return Affiliation.builder()
        .organizationId(o.id())
        .organizationName(o.name())
        .organizationKind(o.kind())
        .role(source.chance(70) ? AffiliationRole.ON_STAFF : source.pick(AffiliationRole.class))
        .build();
  }

  static Organization organization(OrganizationId id, List<Place> region, Source source) {
    OrganizationKind kind = source.pick(OrganizationKind.class);
    Location location = location(region, source);
    return Organization.builder()
        .id(id)
        .name(kind.code().replace('-', ' ') + " in " + location.locality().orElse("the region"))
        .kind(kind)
        .location(location)
        .build();
  }

  /**
   * A place in the region: nine in ten with coordinates near a city (within about 5 km), most with
   * the city's name; one in twenty known only by its country.
   */
  static Location location(List<Place> region, Source source) {
    Place city = source.pick(region);
    if (source.chance(5)) {
      return Location.in(Jurisdiction.of(city.jurisdiction().country()));
    }
    Location.Builder b = Location.builder().jurisdiction(city.jurisdiction());
    if (source.chance(90)) {
      b.coordinates(coordinatesNear(city, source));
    }
    if (source.chance(80)) {
      b.locality(city.locality());
    }
    return b.build();
  }

  static Coordinates coordinatesNear(Place city, Source source) {
    return Coordinates.of(
        city.latitude() + source.between(-40, 40) / 1000.0,
        city.longitude() + source.between(-40, 40) / 1000.0);
  }

  @Override
  public String toString() {
    return description;
  }
}

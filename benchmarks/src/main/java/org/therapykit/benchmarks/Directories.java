package org.therapykit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.PracticeArea;

/**
 * A synthetic national directory for the directory benchmark: the 50 US states, 40 organisations in
 * each (hospitals, sexual-health centres, private practices, fertility clinics) on a grid of
 * coordinates, and any number of practitioners spread evenly over the states, each the realistic
 * practitioner of {@link Fixtures} with its own id, licensed in its state, on staff and seeing
 * clients in person at one of the state's organisations. One in four also offers telehealth in
 * their state; one in three holds no certificate (a sex therapist by the requirement sets); one in
 * five has no certificate and no supervised practice (not qualified for therapy); one in seven is
 * not accepting new clients.
 */
public final class Directories {
  /** The states, in a fixed order; practitioner {@code i} works in state {@code i % 50}. */
  static final List<String> STATES =
      List.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY");

  /** Organisations per state. */
  static final int ORGANIZATIONS_PER_STATE = 40;

  private static final OrganizationKind[] KINDS = {
    OrganizationKind.HOSPITAL,
    OrganizationKind.SEXUAL_HEALTH_CENTRE,
    OrganizationKind.PRIVATE_PRACTICE,
    OrganizationKind.PRIVATE_PRACTICE,
    OrganizationKind.FERTILITY_CLINIC
  };

  private Directories() {}

  /**
   * Returns the organisations: 40 per state, each state's on a 0.1° grid around its own point of a
   * 10 × 5 grid of points 4° apart, so neighbouring states are a few hundred kilometres apart.
   *
   * @return 2,000 organisations, not null
   */
  public static List<Organization> organizations() {
    List<Organization> out = new ArrayList<>();
    for (int s = 0; s < STATES.size(); s++) {
      for (int o = 0; o < ORGANIZATIONS_PER_STATE; o++) {
        OrganizationKind kind = KINDS[o % KINDS.length];
        out.add(
            Organization.builder()
                .id(organizationId(s, o))
                .name("Organisation " + o + " of " + STATES.get(s))
                .kind(kind)
                .location(
                    Location.builder()
                        .jurisdiction(state(s))
                        .locality("City " + (o % 8))
                        .coordinates(coordinates(s, o))
                        .build())
                .build());
      }
    }
    return out;
  }

  /**
   * Returns {@code count} practitioners, as described above.
   *
   * @param count how many
   * @return the practitioners, in id order, not null
   */
  public static List<Practitioner> practitioners(int count) {
    Practitioner base = Fixtures.practitioner();
    License licence = base.licenses().get(0);
    Affiliation affiliation = base.affiliations().get(0);
    List<Practitioner> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int s = i % STATES.size();
      int o = (i / STATES.size()) % ORGANIZATIONS_PER_STATE;
      OrganizationId at = organizationId(s, o);
      ServiceProfile.Builder services =
          ServiceProfile.builder().addInPersonAt(at).acceptingNewClients(i % 7 != 6);
      if (i % 4 == 0) {
        services.addTelehealthIn(state(s));
      }
      Practitioner p =
          base.withId(PractitionerId.of(String.format("p-%07d", i)))
              .withLicenses(licence.withJurisdiction(state(s)).withNumber("L-" + i))
              .withAffiliations(
                  affiliation
                      .withOrganizationId(at)
                      .withOrganizationName("Organisation " + o + " of " + STATES.get(s))
                      .withOrganizationKind(KINDS[o % KINDS.length]))
              .withServices(services.build());
      if (i % 5 == 4) {
        p = p.withCertifications().withSupervisedPractice();
      } else if (i % 3 == 0) {
        p = p.withCertifications();
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The query: an individual in Illinois, near the middle of its organisations, with a sexual
   * dysfunction, willing to travel 250 km, telehealth acceptable, ten candidates.
   *
   * @return the query, not null
   */
  public static DirectoryQuery query() {
    int illinois = STATES.indexOf("IL");
    return DirectoryQuery.builder()
        .clientLocation(
            Location.builder()
                .jurisdiction(state(illinois))
                .coordinates(coordinates(illinois, 22))
                .build())
        .concern(PracticeArea.SEXUAL_DYSFUNCTIONS)
        .maxTravelKm(250)
        .asOf(Fixtures.AS_OF)
        .build();
  }

  static Jurisdiction state(int s) {
    return Jurisdiction.parse("US-" + STATES.get(s));
  }

  private static OrganizationId organizationId(int s, int o) {
    return OrganizationId.of("org-" + STATES.get(s).toLowerCase(java.util.Locale.ROOT) + "-" + o);
  }

  private static Coordinates coordinates(int s, int o) {
    int row = s / 10; // the grid's row and column of the state, whole numbers
    int column = s % 10;
    int across = o / 8;
    double latitude = 28 + row * 4 + (o % 8) * 0.1;
    double longitude = -120 + column * 4 + across * 0.1;
    return Coordinates.of(latitude, longitude);
  }
}

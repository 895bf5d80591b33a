package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.directory.Candidate;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.PracticeArea;

/**
 * The example of docs/directory.md: a fertility clinic's referral desk looks for a sex therapist
 * for a couple in Chicago. A test runs it and checks that docs/directory.md shows this code.
 */
public final class FindATherapist {
  private FindATherapist() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static Organization organization(
      String id, String name, OrganizationKind kind, String jurisdiction, double lat, double lon) {
    return Organization.builder()
        .id(OrganizationId.of(id))
        .name(name)
        .kind(kind)
        .location(
            Location.builder()
                .jurisdiction(Jurisdiction.parse(jurisdiction))
                .coordinates(Coordinates.of(lat, lon))
                .build())
        .build();
  }

  static Practitioner therapist(String id, String name, Organization at, boolean certified) {
    Practitioner.Builder b =
        Practitioner.builder()
            .id(PractitionerId.of(id))
            .displayName(name)
            .addLicense(
                License.builder()
                    .profession(Profession.PSYCHOLOGIST)
                    .jurisdiction(at.location().jurisdiction())
                    .number("PSY-" + id)
                    .validity(DateRange.parse("2020-01-01/2028-12-31"))
                    .status(LicenseStatus.ACTIVE)
                    .build())
            .addAffiliation(
                Affiliation.builder()
                    .organizationId(at.id())
                    .organizationName(at.name())
                    .organizationKind(at.kind())
                    .role(AffiliationRole.ON_STAFF)
                    .build());
    if (certified) {
      b.addCertification(
              Certification.builder()
                  .body(CertifyingBody.AASECT)
                  .type(CertificationType.AASECT_CST)
                  .number("CST-" + id)
                  .validity(DateRange.parse("2025-01-01/2027-12-31"))
                  .status(CertificationStatus.ACTIVE)
                  .build())
          .addMembership(
              Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")));
    }
    return b.build();
  }

  static DirectoryResult run(PrintStream out) {
    Organization clinic =
        organization(
            "org-fertility",
            "Northside Fertility Centre",
            OrganizationKind.FERTILITY_CLINIC,
            "US-IL",
            41.8925,
            -87.6237);
    Organization hospital =
        organization(
            "org-hospital",
            "Lakeshore Hospital",
            OrganizationKind.HOSPITAL,
            "US-IL",
            41.8960,
            -87.6200);
    Organization milwaukee =
        organization(
            "org-milwaukee",
            "Lakefront Practice",
            OrganizationKind.PRIVATE_PRACTICE,
            "US-WI",
            43.0389,
            -87.9065);
    List<Practitioner> practitioners =
        List.of(
            therapist("p-101", "Dr. Lena Park", hospital, true),
            therapist("p-102", "Dr. Omar Haddad", clinic, true),
            therapist("p-103", "Dr. Ruth Adler", milwaukee, true),
            therapist("p-104", "Dr. Sam Ito", hospital, true)
                .withServices(
                    ServiceProfile.builder()
                        .addInPersonAt(hospital.id())
                        .acceptingNewClients(false)
                        .build()));

    // snippet: find-a-therapist
    DirectoryIndex index = DirectoryIndex.of(practitioners, List.of(clinic, hospital, milwaukee));

    DirectoryQuery query =
        DirectoryQuery.builder()
            .referringOrganization(clinic.id()) // the fertility clinic refers
            .clientLocation(
                Location.builder()
                    .jurisdiction(Jurisdiction.parse("US-IL"))
                    .coordinates(Coordinates.of(41.8781, -87.6298)) // a couple in Chicago
                    .build())
            .concern(PracticeArea.SEXUAL_DYSFUNCTIONS) // needs a sex therapist
            .unit(UnitKind.COUPLE)
            .asOf(LocalDate.parse("2026-11-28"))
            .build();

    DirectoryResult result = index.find(query);
    for (Candidate c : result.candidates()) {
      out.println(c.rank() + ". " + c.displayName() + " " + c.reasons());
    }
    // 1. Dr. Omar Haddad [ON_STAFF_AT_REFERRING_ORGANIZATION, CERTIFIED, DISTANCE]
    // 2. Dr. Lena Park [HOSPITAL_OR_SEXUAL_HEALTH_CENTRE_NEARBY, CERTIFIED, DISTANCE]
    result
        .excluded()
        .forEach(e -> out.println("excluded " + e.practitionerId() + " " + e.reasons()));
    // excluded p-104 [NOT_ACCEPTING_NEW_CLIENTS]
    out.println("not considered: " + result.notConsidered());
    // not considered: 1  (Dr. Ruth Adler: Wisconsin only, and the couple will not travel)
    // end snippet
    return result;
  }
}

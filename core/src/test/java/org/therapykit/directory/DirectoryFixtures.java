package org.therapykit.directory;

import java.time.LocalDate;
import java.util.List;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.practitioner.ServiceProfile;

/** A small, fictional directory around Chicago for the directory tests. */
final class DirectoryFixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  static final Jurisdiction IL = Jurisdiction.parse("US-IL");
  static final Jurisdiction WI = Jurisdiction.parse("US-WI");
  static final Location CLIENT =
      Location.builder()
          .jurisdiction(IL)
          .locality("Chicago")
          .coordinates(Coordinates.of(41.8781, -87.6298))
          .build();

  static final Organization FERTILITY =
      org(
          "org-fertility",
          "Northside Fertility Centre",
          OrganizationKind.FERTILITY_CLINIC,
          IL,
          "Chicago",
          41.8925,
          -87.6237);
  static final Organization HOSPITAL =
      org(
          "org-hospital",
          "Lakeshore Hospital",
          OrganizationKind.HOSPITAL,
          IL,
          "Chicago",
          41.8960,
          -87.6200);
  static final Organization FAR_CENTRE =
      org(
          "org-rockford",
          "Rockford Sexual Health Centre",
          OrganizationKind.SEXUAL_HEALTH_CENTRE,
          IL,
          "Rockford",
          42.2711,
          -89.0940);
  static final Organization EVANSTON =
      org(
          "org-evanston",
          "Evanston Couples Practice",
          OrganizationKind.PRIVATE_PRACTICE,
          IL,
          "Evanston",
          42.0451,
          -87.6877);
  static final Organization MILWAUKEE =
      org(
          "org-milwaukee",
          "Lakefront Practice",
          OrganizationKind.PRIVATE_PRACTICE,
          WI,
          "Milwaukee",
          43.0389,
          -87.9065);

  static final List<Organization> ORGANIZATIONS =
      List.of(FERTILITY, HOSPITAL, FAR_CENTRE, EVANSTON, MILWAUKEE);

  private DirectoryFixtures() {}

  static Organization org(
      String id,
      String name,
      OrganizationKind kind,
      Jurisdiction j,
      String locality,
      double lat,
      double lon) {
    return Organization.builder()
        .id(OrganizationId.of(id))
        .name(name)
        .kind(kind)
        .location(
            Location.builder()
                .jurisdiction(j)
                .locality(locality)
                .coordinates(Coordinates.of(lat, lon))
                .build())
        .build();
  }

  static License license(Jurisdiction j, String number) {
    return License.builder()
        .profession(Profession.CLINICAL_SOCIAL_WORKER)
        .jurisdiction(j)
        .number(number)
        .validity(DateRange.parse("2020-01-01/2029-12-31"))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  static Certification cst(String validity) {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(CertificationType.AASECT_CST)
        .number("CST-1")
        .validity(DateRange.parse(validity))
        .status(CertificationStatus.ACTIVE)
        .build();
  }

  static Affiliation at(Organization o, AffiliationRole role) {
    return Affiliation.builder()
        .organizationId(o.id())
        .organizationName(o.name())
        .organizationKind(o.kind())
        .role(role)
        .build();
  }

  private static TrainingRecord training(TrainingCategory c, int hours) {
    return TrainingRecord.builder()
        .category(c)
        .hours(Hours.of(hours))
        .delivery(Delivery.IN_PERSON)
        .completed(LocalDate.of(2021, 1, 1))
        .build();
  }

  /** A sex therapist without certification, licensed in {@code j}, practising at {@code o}. */
  static Practitioner.Builder therapist(String id, Jurisdiction j, Organization o) {
    return Practitioner.builder()
        .id(PractitionerId.of(id))
        .displayName("Therapist " + id)
        .addLicense(license(j, "L-" + id))
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Social Work")
                .awarded(LocalDate.of(2012, 5, 1))
                .clinical(true)
                .humanService(true)
                .build())
        .addTraining(training(TrainingCategory.CORE_KNOWLEDGE, 90))
        .addTraining(training(TrainingCategory.SEX_THERAPY, 60))
        .addTraining(training(TrainingCategory.ATTITUDE_REASSESSMENT, 10))
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(LocalDate.of(2019, 1, 1))
                .period(DateRange.parse("2019-01-07/2020-12-18"))
                .practiceHours(Hours.of(300))
                .individualSupervisionHours(Hours.of(30))
                .groupSupervisionHours(Hours.of(20))
                .build())
        .addAffiliation(at(o, AffiliationRole.ON_STAFF));
  }

  /** A certified sex therapist, licensed in {@code j}, practising at {@code o}. */
  static Practitioner.Builder certified(String id, Jurisdiction j, Organization o) {
    return therapist(id, j, o)
        .addCertification(cst("2025-01-01/2027-12-31"))
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")));
  }

  /** An AASECT-certified sexuality counsellor with a bachelor's social work licence. */
  static Practitioner.Builder counsellor(String id, Organization o) {
    return Practitioner.builder()
        .id(PractitionerId.of(id))
        .displayName("Counsellor " + id)
        .addLicense(license(IL, "L-" + id).withProfession(Profession.BACHELOR_SOCIAL_WORKER))
        .addCertification(
            cst("2025-01-01/2027-12-31")
                .withType(CertificationType.AASECT_CSC)
                .withNumber("CSC-" + id))
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .addAffiliation(at(o, AffiliationRole.ON_STAFF));
  }

  static ServiceProfile.Builder services(Organization... inPerson) {
    ServiceProfile.Builder b = ServiceProfile.builder();
    for (Organization o : inPerson) {
      b.addInPersonAt(o.id());
    }
    return b;
  }

  static UnitKind couple() {
    return UnitKind.COUPLE;
  }
}

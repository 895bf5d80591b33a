package org.therapykit.json;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.practitioner.Register;
import org.therapykit.practitioner.Registration;
import org.therapykit.qualification.Classification;

/** Realistic, fictional practitioners, one per classification on {@link #AS_OF}. */
final class GoldenPractitioners {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private GoldenPractitioners() {}

  static ImmutableMap<Classification, Practitioner> all() {
    return ImmutableMap.of(
        Classification.CERTIFIED_SEX_THERAPIST, certified(),
        Classification.SEX_THERAPIST, uncertified(),
        Classification.SEX_COUNSELLOR, counsellor(),
        Classification.SEXUALITY_EDUCATOR, educator(),
        Classification.NOT_QUALIFIED, notQualified());
  }

  static String fileName(Classification c) {
    return "practitioner-" + c.code() + ".json";
  }

  private static TrainingRecord training(
      TrainingCategory category, String hours, Delivery delivery, String completed) {
    return TrainingRecord.builder()
        .category(category)
        .hours(Hours.parse(hours))
        .delivery(delivery)
        .completed(LocalDate.parse(completed))
        .build();
  }

  static Practitioner certified() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0007"))
        .displayName("Dr. Amara Osei")
        .addLicense(
            License.builder()
                .profession(Profession.PSYCHOLOGIST)
                .jurisdiction(Jurisdiction.parse("US-IL"))
                .number("071-009876")
                .title("Licensed Clinical Psychologist")
                .validity(DateRange.parse("2019-08-01/2027-07-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.DOCTORATE)
                .field("Clinical Psychology")
                .institution("Lakeshore School of Professional Psychology")
                .awarded(LocalDate.parse("2014-06-14"))
                .clinical(true)
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CST)
                .number("CST-20417")
                .validity(DateRange.parse("2024-02-01/2027-01-31"))
                .status(CertificationStatus.ACTIVE)
                .requirementsVersion("AASECT-CST-2018.03")
                .verification(Verification.primarySource(LocalDate.parse("2026-09-30")))
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .addTraining(
            training(TrainingCategory.CORE_KNOWLEDGE, "62.5", Delivery.ONLINE, "2019-11-02"))
        .addTraining(
            training(TrainingCategory.CORE_KNOWLEDGE, "30", Delivery.IN_PERSON, "2020-03-14"))
        .addTraining(training(TrainingCategory.SEX_THERAPY, "60", Delivery.IN_PERSON, "2020-10-09"))
        .addTraining(
            training(
                TrainingCategory.ATTITUDE_REASSESSMENT, "14", Delivery.IN_PERSON, "2019-05-18"))
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(LocalDate.parse("2020-01-06"))
                .period(DateRange.parse("2020-01-13/2021-11-30"))
                .practiceHours(Hours.of(312))
                .telehealthHours(Hours.of(140))
                .individualSupervisionHours(Hours.of(30))
                .groupSupervisionHours(Hours.of(22))
                .build())
        .addAffiliation(
            Affiliation.builder()
                .organizationId(OrganizationId.of("org-northside-fertility"))
                .organizationName("Northside Fertility Centre")
                .organizationKind(OrganizationKind.FERTILITY_CLINIC)
                .role(AffiliationRole.ON_STAFF)
                .period(DateRange.parse("2022-04-01/.."))
                .build())
        .build();
  }

  static Practitioner uncertified() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0112"))
        .displayName("Jordan Reyes, LMFT")
        .addLicense(
            License.builder()
                .profession(Profession.MARRIAGE_FAMILY_THERAPIST)
                .jurisdiction(Jurisdiction.parse("US-CA"))
                .number("LMFT 118204")
                .title("LMFT")
                .validity(DateRange.parse("2021-03-01/2027-02-28"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Marriage and Family Therapy")
                .awarded(LocalDate.parse("2017-05-26"))
                .clinical(true)
                .humanService(true)
                .build())
        .addClinicalExperience(
            ClinicalExperience.builder()
                .period(DateRange.parse("2017-09-05/2021-02-26"))
                .setting("couples and family counselling agency")
                .hours(Hours.of(2600))
                .build())
        .addClinicalExperience(ClinicalExperience.of(DateRange.parse("2021-03-01/..")))
        .addTraining(
            training(TrainingCategory.CORE_KNOWLEDGE, "90", Delivery.IN_PERSON, "2022-06-30"))
        .addTraining(training(TrainingCategory.SEX_THERAPY, "30", Delivery.ONLINE, "2023-01-20"))
        .addTraining(training(TrainingCategory.SEX_THERAPY, "32", Delivery.IN_PERSON, "2023-04-15"))
        .addTraining(
            training(
                TrainingCategory.ATTITUDE_REASSESSMENT, "10", Delivery.IN_PERSON, "2022-09-10"))
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(LocalDate.parse("2023-02-01"))
                .period(DateRange.parse("2023-02-06/2025-01-31"))
                .practiceHours(Hours.of(305))
                .telehealthHours(Hours.of(150))
                .individualSupervisionHours(Hours.of(26))
                .groupSupervisionHours(Hours.of(24))
                .build())
        .addAffiliation(
            Affiliation.builder()
                .organizationId(OrganizationId.of("org-bayview-practice"))
                .organizationName("Bayview Couples Practice")
                .organizationKind(OrganizationKind.PRIVATE_PRACTICE)
                .role(AffiliationRole.ON_STAFF)
                .build())
        .build();
  }

  /** A UK psychotherapist registered with UKCP (a register, not a licence), accredited by COSRT. */
  static Practitioner ukRegistrant() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0707"))
        .displayName("Fiona MacLeod")
        .addRegistration(
            Registration.builder()
                .register(Register.UKCP)
                .number("2011-0457")
                .title("UKCP Reg. Psychotherapist")
                .validity(DateRange.parse("2025-04-01/2026-03-31"))
                .status(LicenseStatus.EXPIRED)
                .build())
        .addRegistration(
            Registration.builder()
                .register(Register.UKCP)
                .number("2011-0457")
                .title("UKCP Reg. Psychotherapist")
                .validity(DateRange.parse("2026-04-01/2027-03-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Psychosexual and Relationship Therapy")
                .awarded(LocalDate.parse("2015-09-30"))
                .clinical(true)
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.COSRT)
                .type(CertificationType.COSRT_ACCREDITED)
                .number("COSRT-0707")
                .validity(DateRange.parse("2026-04-01/2027-03-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .build();
  }

  static Practitioner counsellor() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0230"))
        .displayName("Priya Natarajan")
        .addLicense(
            License.builder()
                .profession(Profession.BACHELOR_SOCIAL_WORKER)
                .jurisdiction(Jurisdiction.parse("US-TX"))
                .number("LBSW-55102")
                .validity(DateRange.parse("2020-09-01/2027-08-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.BACHELOR)
                .field("Social Work")
                .awarded(LocalDate.parse("2016-05-14"))
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CSC)
                .number("CSC-3391")
                .validity(DateRange.parse("2025-06-01/2028-05-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEXUALITY_COUNSELLING)
                .contractSigned(LocalDate.parse("2021-08-02"))
                .period(DateRange.parse("2021-08-16/2024-12-20"))
                .practiceHours(Hours.of(1080))
                .individualSupervisionHours(Hours.of(20))
                .build())
        .addAffiliation(
            Affiliation.builder()
                .organizationId(OrganizationId.of("org-eastside-isd"))
                .organizationName("Eastside Independent School District")
                .organizationKind(OrganizationKind.SCHOOL)
                .role(AffiliationRole.ON_STAFF)
                .build())
        .build();
  }

  static Practitioner educator() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0341"))
        .displayName("Marcus Bell")
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Public Health")
                .awarded(LocalDate.parse("2012-12-15"))
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CSE)
                .number("CSE-1180")
                .validity(DateRange.parse("2024-10-01/2027-09-30"))
                .status(CertificationStatus.ACTIVE)
                .requirementsVersion("AASECT-CSE-2018")
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .addTraining(
            training(
                TrainingCategory.SEXUALITY_EDUCATION_SKILLS,
                "45",
                Delivery.IN_PERSON,
                "2021-07-09"))
        .addAffiliation(
            Affiliation.builder()
                .organizationId(OrganizationId.of("org-state-health-ed"))
                .organizationName("State Sexual Health Education Programme")
                .organizationKind(OrganizationKind.GOVERNMENT_PROGRAMME)
                .role(AffiliationRole.ON_STAFF)
                .build())
        .build();
  }

  static Practitioner notQualified() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0455"))
        .displayName("Dana Whitfield")
        .addLicense(
            License.builder()
                .profession(Profession.MASTER_SOCIAL_WORKER)
                .jurisdiction(Jurisdiction.parse("US-NY"))
                .number("LMSW-088123")
                .title("LMSW")
                .validity(DateRange.parse("2022-01-01/2027-12-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Social Work")
                .awarded(LocalDate.parse("2021-05-21"))
                .clinical(true)
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.ABS)
                .type(CertificationType.ABS_CERTIFIED_SEXOLOGIST)
                .number("ABS-CS-7710")
                .validity(DateRange.parse("2023-01-01/2027-12-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addTraining(training(TrainingCategory.CORE_KNOWLEDGE, "72", Delivery.ONLINE, "2023-09-30"))
        .build();
  }
}

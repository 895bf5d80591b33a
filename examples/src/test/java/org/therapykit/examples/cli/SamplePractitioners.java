package org.therapykit.examples.cli;

import static org.therapykit.qualification.Classification.CERTIFIED_SEX_THERAPIST;
import static org.therapykit.qualification.Classification.NOT_QUALIFIED;
import static org.therapykit.qualification.Classification.SEXUALITY_EDUCATOR;
import static org.therapykit.qualification.Classification.SEX_COUNSELLOR;
import static org.therapykit.qualification.Classification.SEX_THERAPIST;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
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
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.Classification;

/**
 * The bundled sample directory, built in code: 47 fictional practitioners and the organisations
 * they work at, with the classification each must get on {@link #AS_OF}. {@code
 * SampleDirectoryTest} writes them with {@code TherapyJson.writeAll} and checks that the committed
 * {@code sample-directory.ndjson} is exactly that.
 *
 * <p>Names, ids, licence and certificate numbers and organisations are invented; every number
 * carries a {@code DEMO} prefix. Licences, certificates and memberships mostly run beyond 2027 so
 * that the sample stays interesting for a while; a few expire within 90 days of {@link #AS_OF}, a
 * few have expired, and some claims do not add up.
 */
final class SamplePractitioners {
  /** The date the expected classifications hold on, and the golden table's date. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  /** A sample practitioner and the classification the standard policy must give on AS_OF. */
  record Sample(Practitioner practitioner, Classification expected) {}

  private SamplePractitioners() {}

  // ---- small builders ------------------------------------------------------------------------

  private static Practitioner.Builder person(int n, String name) {
    return Practitioner.builder()
        .id(PractitionerId.of(String.format(java.util.Locale.ROOT, "sample-%02d", n)))
        .displayName(name);
  }

  private static License licence(
      Profession profession, String jurisdiction, String number, String title, String validity) {
    return License.builder()
        .profession(profession)
        .jurisdiction(Jurisdiction.parse(jurisdiction))
        .number("DEMO-" + number)
        .title(title)
        .validity(DateRange.parse(validity))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  private static Registration registration(Register register, String number, String validity) {
    return Registration.builder()
        .register(register)
        .number("DEMO-" + number)
        .validity(DateRange.parse(validity))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  private static Certification cert(CertificationType type, String number, String validity) {
    return Certification.builder()
        .body(type.body().orElseThrow())
        .type(type)
        .number("DEMO-" + number)
        .validity(DateRange.parse(validity))
        .status(CertificationStatus.ACTIVE)
        .build();
  }

  private static Membership aasect(String period) {
    return Membership.of(org.therapykit.credential.CertifyingBody.AASECT, DateRange.parse(period));
  }

  private static Degree degree(
      DegreeLevel level, String field, String awarded, boolean clinical, boolean humanService) {
    return Degree.builder()
        .level(level)
        .field(field)
        .awarded(LocalDate.parse(awarded))
        .clinical(clinical)
        .humanService(humanService)
        .build();
  }

  private static ContinuingEducation ce(
      ContinuingEducationKind kind, String credits, String completed) {
    return ContinuingEducation.builder()
        .kind(kind)
        .credits(Hours.parse(credits))
        .delivery(Delivery.IN_PERSON)
        .completed(LocalDate.parse(completed))
        .provider("DEMO Sexuality Institute")
        .build();
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

  /** The full sex-therapy training: 90 core (30 online), 60 therapy (20 online), 12 SAR. */
  private static Practitioner.Builder sexTherapyTraining(Practitioner.Builder b, int year) {
    return b.addTraining(
            training(TrainingCategory.CORE_KNOWLEDGE, "60", Delivery.IN_PERSON, year + "-03-14"))
        .addTraining(
            training(TrainingCategory.CORE_KNOWLEDGE, "30", Delivery.ONLINE, year + "-06-20"))
        .addTraining(
            training(TrainingCategory.SEX_THERAPY, "40", Delivery.IN_PERSON, year + "-10-09"))
        .addTraining(training(TrainingCategory.SEX_THERAPY, "20", Delivery.ONLINE, year + "-11-21"))
        .addTraining(
            training(
                TrainingCategory.ATTITUDE_REASSESSMENT, "12", Delivery.IN_PERSON, year + "-05-02"));
  }

  private static SupervisedPractice practice(
      Discipline discipline,
      String contract,
      String period,
      int hours,
      int telehealth,
      int individual,
      int group) {
    return SupervisedPractice.builder()
        .discipline(discipline)
        .contractSigned(LocalDate.parse(contract))
        .period(DateRange.parse(period))
        .practiceHours(Hours.of(hours))
        .telehealthHours(Hours.of(telehealth))
        .individualSupervisionHours(Hours.of(individual))
        .groupSupervisionHours(Hours.of(group))
        .build();
  }

  private static SupervisedPractice education(
      String contract, String period, int hours, int teaching, int individual, int group) {
    return SupervisedPractice.builder()
        .discipline(Discipline.SEXUALITY_EDUCATION)
        .contractSigned(LocalDate.parse(contract))
        .period(DateRange.parse(period))
        .practiceHours(Hours.of(hours))
        .directTeachingHours(Hours.of(teaching))
        .individualSupervisionHours(Hours.of(individual))
        .groupSupervisionHours(Hours.of(group))
        .build();
  }

  private static Affiliation affiliation(
      String id, String name, OrganizationKind kind, AffiliationRole role) {
    return Affiliation.builder()
        .organizationId(OrganizationId.of("org-demo-" + id))
        .organizationName(name)
        .organizationKind(kind)
        .role(role)
        .build();
  }

  private static Sample sample(Practitioner.Builder b, Classification expected) {
    return new Sample(b.build(), expected);
  }

  // ---- the directory ---------------------------------------------------------------------------

  static ImmutableList<Sample> all() {
    return ImmutableList.of(
        // ---- certified sex therapists -------------------------------------------------------
        // AASECT CST expiring within 90 days
        sample(
            sexTherapyTraining(
                person(1, "Dr. Amara Osei")
                    .addLicense(
                        licence(
                            Profession.PSYCHOLOGIST,
                            "US-IL",
                            "071-0101",
                            "Licensed Clinical Psychologist",
                            "2019-08-01/2028-07-31"))
                    .addDegree(
                        degree(
                            DegreeLevel.DOCTORATE, "Clinical Psychology", "2014-06-14", true, true))
                    .addCertification(
                        cert(CertificationType.AASECT_CST, "CST-0101", "2024-02-01/2027-01-31"))
                    .addMembership(aasect("2016-01-01/.."))
                    // 14 AASECT credits and 6 from another provider (worth 3): short of 20
                    .addContinuingEducation(
                        ce(ContinuingEducationKind.BODY_APPROVED, "8", "2024-10-12"))
                    .addContinuingEducation(
                        ce(ContinuingEducationKind.BODY_APPROVED, "6", "2025-11-08"))
                    .addContinuingEducation(
                        ce(ContinuingEducationKind.OTHER_PROVIDER, "6", "2026-03-21"))
                    .addAffiliation(
                        affiliation(
                            "northside-fertility",
                            "Northside Fertility Centre",
                            OrganizationKind.FERTILITY_CLINIC,
                            AffiliationRole.ON_STAFF)),
                2019),
            CERTIFIED_SEX_THERAPIST),
        // LCSW with CST, renewed twice under one number since 2019, and CST supervisor
        sample(
            person(2, "Helena Marsh, LCSW")
                .addLicense(
                    licence(
                        Profession.CLINICAL_SOCIAL_WORKER,
                        "US-NY",
                        "LCSW-0202",
                        "LCSW",
                        "2018-03-01/2029-02-28"))
                .addDegree(degree(DegreeLevel.MASTER, "Social Work", "2011-05-20", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0202", "2019-03-01/2022-02-28")
                        .withStatus(CertificationStatus.EXPIRED))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0202", "2022-03-01/2025-02-28")
                        .withStatus(CertificationStatus.EXPIRED))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0202", "2025-03-01/2028-02-29"))
                .addCertification(
                    cert(
                        CertificationType.AASECT_CST_SUPERVISOR,
                        "CSTS-0202",
                        "2025-06-01/2028-05-31"))
                .addMembership(aasect("2015-01-01/..")),
            CERTIFIED_SEX_THERAPIST),
        // psychiatrist whose licence expires within 90 days
        sample(
            person(3, "Dr. Rafael Quintero")
                .addLicense(
                    licence(
                        Profession.PSYCHIATRIST, "US-FL", "ME-0303", "MD", "2025-02-01/2027-01-31"))
                .addDegree(
                    degree(DegreeLevel.MEDICAL_DOCTORATE, "Medicine", "2008-05-30", true, false))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0303", "2025-09-01/2028-08-31"))
                .addMembership(aasect("2020-01-01/..")),
            CERTIFIED_SEX_THERAPIST),
        // LMFT, certificate verified with the board
        sample(
            person(4, "Nadia Kowalski, LMFT")
                .addLicense(
                    licence(
                        Profession.MARRIAGE_FAMILY_THERAPIST,
                        "US-WA",
                        "LF-0404",
                        "LMFT",
                        "2020-07-01/2028-06-30"))
                .addDegree(
                    degree(
                        DegreeLevel.MASTER,
                        "Marriage and Family Therapy",
                        "2016-05-27",
                        true,
                        true))
                .addCertification(
                    Certification.builder()
                        .from(
                            cert(CertificationType.AASECT_CST, "CST-0404", "2026-01-15/2029-01-14"))
                        .requirementsVersion("AASECT-CST-2018.03")
                        .verification(Verification.primarySource(LocalDate.parse("2026-10-02")))
                        .build())
                .addMembership(aasect("2019-01-01/..")),
            CERTIFIED_SEX_THERAPIST),
        // LPC whose AASECT membership is in its grace period
        sample(
            person(5, "Samuel Adeyemi, LPC")
                .addLicense(
                    licence(
                        Profession.PROFESSIONAL_COUNSELLOR,
                        "US-GA",
                        "LPC-0505",
                        "LPC",
                        "2017-09-01/2027-08-31"))
                .addDegree(
                    degree(
                        DegreeLevel.MASTER,
                        "Clinical Mental Health Counseling",
                        "2013-12-13",
                        true,
                        true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0505", "2024-05-01/2027-04-30"))
                // membership ended 2026-10-31: in AASECT's three-month grace period on AS_OF
                .addMembership(aasect("2018-01-01/2026-10-31")),
            CERTIFIED_SEX_THERAPIST),
        // psychiatric nurse practitioner at a hospital
        sample(
            person(6, "Grace Whitaker, PMHNP")
                .addLicense(
                    licence(
                        Profession.PSYCHIATRIC_NURSE_PRACTITIONER,
                        "US-OR",
                        "NP-0606",
                        "PMHNP",
                        "2021-01-01/2028-12-31"))
                .addDegree(
                    degree(
                        DegreeLevel.DOCTORATE,
                        "Nursing Practice (Psychiatric)",
                        "2019-05-10",
                        true,
                        true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-0606", "2025-11-01/2028-10-31"))
                .addMembership(aasect("2021-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "cascade-hospital",
                        "Cascade General Hospital",
                        OrganizationKind.HOSPITAL,
                        AffiliationRole.ON_STAFF)),
            CERTIFIED_SEX_THERAPIST),
        // UK: COSRT-accredited, with a UKCP registration (a register, not a licence)
        sample(
            person(7, "Fiona MacLeod")
                .addRegistration(registration(Register.UKCP, "UKCP-0707", "2026-04-01/2027-03-31"))
                .addDegree(
                    degree(
                        DegreeLevel.MASTER,
                        "Psychosexual and Relationship Therapy",
                        "2015-09-30",
                        true,
                        true))
                .addCertification(
                    cert(
                        CertificationType.COSRT_ACCREDITED, "COSRT-0707", "2026-04-01/2027-03-31")),
            CERTIFIED_SEX_THERAPIST),
        // UK psychologist with the European ECPS
        sample(
            person(8, "Dr. Tobias Lindqvist")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "GB",
                        "PYL-0808",
                        "Practitioner Psychologist",
                        "2016-02-01/2028-01-31"))
                .addDegree(
                    degree(DegreeLevel.DOCTORATE, "Clinical Psychology", "2012-10-01", true, true))
                .addCertification(
                    cert(CertificationType.EFS_ESSM_ECPS, "ECPS-0808", "2023-10-01/2028-09-30")),
            CERTIFIED_SEX_THERAPIST),
        // Québec: sexologue with the psychotherapist permit
        sample(
            person(9, "Élodie Tremblay")
                .addLicense(
                    licence(
                        Profession.PSYCHOTHERAPIST,
                        "CA-QC",
                        "PSY-0909",
                        "Psychothérapeute",
                        "2026-04-01/2027-03-31"))
                .addDegree(degree(DegreeLevel.MASTER, "Sexologie", "2013-06-15", true, true))
                .addCertification(
                    cert(
                        CertificationType.OPSQ_SEXOLOGUE_PSYCHOTHERAPIST,
                        "OPSQ-0909",
                        "2026-04-01/2027-03-31"))
                .addAffiliation(
                    affiliation(
                        "clinique-plateau",
                        "Clinique de sexologie du Plateau",
                        OrganizationKind.SEXUAL_HEALTH_CENTRE,
                        AffiliationRole.VISITING)),
            CERTIFIED_SEX_THERAPIST),
        // Ontario: BESTCO certified
        sample(
            person(10, "Dr. Priyanka Sethi")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "CA-ON",
                        "CPO-1010",
                        "C.Psych.",
                        "2019-01-01/2027-12-31"))
                .addDegree(
                    degree(DegreeLevel.DOCTORATE, "Clinical Psychology", "2015-11-20", true, true))
                .addCertification(
                    cert(
                        CertificationType.BESTCO_CERTIFIED,
                        "BESTCO-1010",
                        "2024-01-01/2027-12-31")),
            CERTIFIED_SEX_THERAPIST),
        // Australia: SAS clinical psychosexual therapist, expiring within 90 days
        sample(
            person(11, "Liam O'Sullivan")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "AU-NSW",
                        "PSY-1111",
                        "Psychologist",
                        "2018-12-01/2027-11-30"))
                .addDegree(
                    degree(DegreeLevel.MASTER, "Clinical Psychology", "2012-12-14", true, true))
                .addCertification(
                    cert(
                        CertificationType.SAS_CLINICAL_THERAPIST,
                        "SAS-1111",
                        "2024-02-16/2027-02-15")),
            CERTIFIED_SEX_THERAPIST),
        // CST who also holds a non-clinical sexology diploma
        sample(
            person(12, "Dr. Miriam Goldberg")
                .addLicense(
                    licence(
                        Profession.CLINICAL_SOCIAL_WORKER,
                        "US-MA",
                        "LICSW-1212",
                        "LICSW",
                        "2016-06-01/2028-05-31"))
                .addDegree(degree(DegreeLevel.DOCTORATE, "Social Work", "2010-05-28", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-1212", "2025-07-01/2028-06-30"))
                .addCertification(
                    cert(CertificationType.ABS_DIPLOMATE, "ABS-1212", "2022-01-01/2027-12-31"))
                .addMembership(aasect("2012-01-01/..")),
            CERTIFIED_SEX_THERAPIST),

        // ---- sex therapists without certification --------------------------------------------
        sample(
            sexTherapyTraining(
                person(13, "Jordan Reyes, LMFT")
                    .addLicense(
                        licence(
                            Profession.MARRIAGE_FAMILY_THERAPIST,
                            "US-CA",
                            "LMFT-1313",
                            "LMFT",
                            "2021-03-01/2028-02-29"))
                    .addDegree(
                        degree(
                            DegreeLevel.MASTER,
                            "Marriage and Family Therapy",
                            "2017-05-26",
                            true,
                            true))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2023-02-01",
                            "2023-02-06/2025-01-31",
                            305,
                            150,
                            26,
                            24))
                    .addAffiliation(
                        affiliation(
                            "bayview-practice",
                            "Bayview Couples Practice",
                            OrganizationKind.PRIVATE_PRACTICE,
                            AffiliationRole.ON_STAFF)),
                2022),
            SEX_THERAPIST),
        // a 2016 contract: the 2012 set has no telehealth cap, so 220 of 310 hours by video count
        sample(
            sexTherapyTraining(
                person(14, "Dr. Beatriz Almeida")
                    .addLicense(
                        licence(
                            Profession.PSYCHOLOGIST,
                            "US-TX",
                            "PSY-1414",
                            "Psychologist",
                            "2014-09-01/2028-08-31"))
                    .addDegree(
                        degree(
                            DegreeLevel.DOCTORATE,
                            "Counseling Psychology",
                            "2013-08-16",
                            true,
                            true))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2016-09-01",
                            "2016-09-12/2018-06-29",
                            310,
                            220,
                            30,
                            20)),
                2016),
            SEX_THERAPIST),
        // let the CST expire, still meets every requirement
        sample(
            sexTherapyTraining(
                person(15, "Kwame Mensah, LCSW")
                    .addLicense(
                        licence(
                            Profession.CLINICAL_SOCIAL_WORKER,
                            "US-MN",
                            "LICSW-1515",
                            "LICSW",
                            "2015-05-01/2029-04-30"))
                    .addDegree(degree(DegreeLevel.MASTER, "Social Work", "2012-05-18", true, true))
                    .addCertification(
                        cert(CertificationType.AASECT_CST, "CST-1515", "2022-09-01/2025-08-31"))
                    .addMembership(aasect("2018-01-01/2025-12-31"))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2019-01-07",
                            "2019-01-14/2020-12-18",
                            320,
                            100,
                            30,
                            25)),
                2018),
            SEX_THERAPIST),
        // CST valid, but the AASECT membership lapsed: not certified, meets every requirement
        sample(
            sexTherapyTraining(
                person(16, "Dr. Hannah Brandt")
                    .addLicense(
                        licence(
                            Profession.PSYCHIATRIST,
                            "US-PA",
                            "MD-1616",
                            "MD",
                            "2013-01-01/2028-12-31"))
                    .addDegree(
                        degree(
                            DegreeLevel.MEDICAL_DOCTORATE, "Medicine", "2009-06-05", true, false))
                    .addCertification(
                        cert(CertificationType.AASECT_CST, "CST-1616", "2025-02-01/2028-01-31"))
                    .addMembership(aasect("2017-01-01/2025-12-31"))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2020-03-02",
                            "2020-03-09/2021-12-17",
                            300,
                            150,
                            25,
                            25)),
                2019),
            SEX_THERAPIST),
        // COSRT accreditation from the UK does not cover a Colorado licence
        sample(
            sexTherapyTraining(
                person(17, "Chloe Dubois, LPC")
                    .addLicense(
                        licence(
                            Profession.PROFESSIONAL_COUNSELLOR,
                            "US-CO",
                            "LPC-1717",
                            "LPC",
                            "2022-02-01/2028-01-31"))
                    .addDegree(
                        degree(
                            DegreeLevel.MASTER, "Counselling Psychology", "2014-07-11", true, true))
                    .addCertification(
                        cert(
                            CertificationType.COSRT_ACCREDITED,
                            "COSRT-1717",
                            "2026-01-01/2027-12-31"))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2017-10-02",
                            "2017-10-09/2019-09-27",
                            450,
                            0,
                            60,
                            15)),
                2017),
            SEX_THERAPIST),
        // licence expires within 90 days
        sample(
            sexTherapyTraining(
                person(18, "Ravi Iyer, PMHNP")
                    .addLicense(
                        licence(
                            Profession.PSYCHIATRIC_NURSE_PRACTITIONER,
                            "US-AZ",
                            "NP-1818",
                            "PMHNP-BC",
                            "2023-01-01/2026-12-31"))
                    .addDegree(
                        degree(DegreeLevel.MASTER, "Psychiatric Nursing", "2018-05-11", true, true))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2022-01-10",
                            "2022-01-17/2024-03-29",
                            330,
                            120,
                            28,
                            22)),
                2021),
            SEX_THERAPIST),

        // ---- sex counsellors ---------------------------------------------------------------
        sample(
            person(19, "Priya Natarajan")
                .addLicense(
                    licence(
                        Profession.BACHELOR_SOCIAL_WORKER,
                        "US-TX",
                        "LBSW-1919",
                        "LBSW",
                        "2020-09-01/2028-08-31"))
                .addDegree(degree(DegreeLevel.BACHELOR, "Social Work", "2016-05-14", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-1919", "2025-06-01/2028-05-31"))
                .addMembership(aasect("2020-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "eastside-isd",
                        "Eastside Independent School District",
                        OrganizationKind.SCHOOL,
                        AffiliationRole.ON_STAFF)),
            SEX_COUNSELLOR),
        // counsellor by evidence: human-service master's and 1,050 hours over three years
        sample(
            person(20, "Tomás Herrera")
                .addLicense(
                    licence(
                        Profession.MASTER_SOCIAL_WORKER,
                        "US-NM",
                        "LMSW-2020",
                        "LMSW",
                        "2019-07-01/2028-06-30"))
                .addDegree(degree(DegreeLevel.MASTER, "Social Work", "2018-05-12", false, true))
                .addSupervisedPractice(
                    practice(
                        Discipline.SEXUALITY_COUNSELLING,
                        "2021-01-04",
                        "2021-01-11/2024-02-23",
                        1050,
                        0,
                        24,
                        10))
                .addAffiliation(
                    affiliation(
                        "mesa-health",
                        "Mesa County Sexual Health Programme",
                        OrganizationKind.GOVERNMENT_PROGRAMME,
                        AffiliationRole.ON_STAFF)),
            SEX_COUNSELLOR),
        // nurse with a CSC that expires within 90 days
        sample(
            person(21, "Aoife Brennan, RN")
                .addLicense(
                    licence(Profession.NURSE, "US-MA", "RN-2121", "RN", "2012-10-01/2028-09-30"))
                .addDegree(degree(DegreeLevel.BACHELOR, "Nursing", "2012-05-25", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-2121", "2024-01-11/2027-01-10"))
                .addMembership(aasect("2019-01-01/..")),
            SEX_COUNSELLOR),
        // Québec: sexologue without the psychotherapist permit
        sample(
            person(22, "Mathieu Gagnon")
                .addDegree(degree(DegreeLevel.MASTER, "Sexologie", "2019-06-14", false, true))
                .addCertification(
                    cert(CertificationType.OPSQ_SEXOLOGUE, "OPSQ-2222", "2026-04-01/2027-03-31")),
            SEX_COUNSELLOR),
        // provisional licence, half-way through sex-therapy supervision
        sample(
            person(23, "Jessica Tran")
                .addLicense(
                    License.builder()
                        .from(
                            licence(
                                Profession.PROFESSIONAL_COUNSELLOR,
                                "US-TX",
                                "LPCA-2323",
                                "LPC Associate",
                                "2024-08-01/2027-07-31"))
                        .provisional(true)
                        .build())
                .addDegree(
                    degree(DegreeLevel.MASTER, "School Counseling", "2020-05-15", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-2323", "2025-10-01/2028-09-30"))
                .addMembership(aasect("2023-01-01/.."))
                .addSupervisedPractice(
                    practice(
                        Discipline.SEX_THERAPY,
                        "2024-09-02",
                        "2024-09-09/2026-11-20",
                        150,
                        40,
                        20,
                        5)),
            SEX_COUNSELLOR),
        // general practitioner with a CSC
        sample(
            person(24, "Dr. Daniel Okafor")
                .addLicense(
                    licence(
                        Profession.PHYSICIAN, "US-IL", "MD-2424", "MD", "2011-07-01/2029-06-30"))
                .addDegree(
                    degree(DegreeLevel.MEDICAL_DOCTORATE, "Medicine", "2008-05-23", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-2424", "2026-02-01/2029-01-31"))
                .addMembership(aasect("2024-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "lakeview-family",
                        "Lakeview Family Medicine",
                        OrganizationKind.PRIVATE_PRACTICE,
                        AffiliationRole.REFERRAL_PARTNER)),
            SEX_COUNSELLOR),
        // pastoral counsellor, no licence: CSC and CSC supervisor
        sample(
            person(25, "Rev. Hiroshi Tanaka")
                .addDegree(
                    degree(DegreeLevel.MASTER, "Pastoral Counseling", "2009-05-16", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-2525", "2025-04-01/2028-03-31"))
                .addCertification(
                    cert(
                        CertificationType.AASECT_CSC_SUPERVISOR,
                        "CSCS-2525",
                        "2025-04-01/2028-03-31"))
                .addMembership(aasect("2010-01-01/..")),
            SEX_COUNSELLOR),
        // LCSW with a CSC, short of the sex-therapy hours
        sample(
            person(26, "Abena Owusu, LCSW")
                .addLicense(
                    licence(
                        Profession.CLINICAL_SOCIAL_WORKER,
                        "US-NC",
                        "LCSW-2626",
                        "LCSW",
                        "2019-04-01/2029-03-31"))
                .addDegree(degree(DegreeLevel.MASTER, "Social Work", "2015-05-09", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-2626", "2025-08-01/2028-07-31"))
                .addMembership(aasect("2021-01-01/.."))
                .addTraining(
                    training(
                        TrainingCategory.CORE_KNOWLEDGE, "90", Delivery.IN_PERSON, "2023-04-28"))
                .addTraining(
                    training(TrainingCategory.SEX_THERAPY, "60", Delivery.IN_PERSON, "2024-02-16"))
                .addTraining(
                    training(
                        TrainingCategory.ATTITUDE_REASSESSMENT,
                        "10",
                        Delivery.IN_PERSON,
                        "2023-06-03"))
                .addSupervisedPractice(
                    practice(
                        Discipline.SEX_THERAPY,
                        "2024-03-04",
                        "2024-03-11/2026-10-30",
                        240,
                        60,
                        18,
                        12)),
            SEX_COUNSELLOR),

        // ---- sexuality educators -------------------------------------------------------------
        sample(
            person(27, "Marcus Bell")
                .addDegree(degree(DegreeLevel.MASTER, "Public Health", "2012-12-15", false, true))
                .addCertification(
                    Certification.builder()
                        .from(
                            cert(CertificationType.AASECT_CSE, "CSE-2727", "2024-10-01/2027-09-30"))
                        .requirementsVersion("AASECT-CSE-2018")
                        .build())
                .addMembership(aasect("2014-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "state-health-ed",
                        "State Sexual Health Education Programme",
                        OrganizationKind.GOVERNMENT_PROGRAMME,
                        AffiliationRole.ON_STAFF)),
            SEXUALITY_EDUCATOR),
        // Australia: SAS clinical sexuality educator, a registered nurse
        sample(
            person(28, "Olivia Chen")
                .addLicense(
                    licence(Profession.NURSE, "AU-VIC", "NMW-2828", "RN", "2015-06-01/2027-05-31"))
                .addDegree(degree(DegreeLevel.BACHELOR, "Nursing", "2014-12-12", false, true))
                .addCertification(
                    cert(
                        CertificationType.SAS_SEXUALITY_EDUCATOR,
                        "SAS-2828",
                        "2025-03-01/2028-02-29")),
            SEXUALITY_EDUCATOR),
        // educator by evidence: 1,100 hours, 120 teaching, 14 + 12 hours of supervision
        sample(
            person(29, "Ben Carter")
                .addDegree(
                    degree(DegreeLevel.BACHELOR, "Health Education", "2015-05-22", false, true))
                .addSupervisedPractice(
                    education("2023-01-09", "2023-01-16/2025-12-19", 1100, 120, 14, 12))
                .addAffiliation(
                    affiliation(
                        "riverside-college",
                        "Riverside Community College",
                        OrganizationKind.SCHOOL,
                        AffiliationRole.VISITING)),
            SEXUALITY_EDUCATOR),
        // CSE expiring within 90 days
        sample(
            person(30, "Sofia Russo")
                .addDegree(degree(DegreeLevel.BACHELOR, "Psychology", "2011-05-20", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSE, "CSE-3030", "2024-02-02/2027-02-01"))
                .addMembership(aasect("2016-01-01/..")),
            SEXUALITY_EDUCATOR),
        // CSE and CSE supervisor
        sample(
            person(31, "Ngozi Eze")
                .addDegree(
                    degree(
                        DegreeLevel.DOCTORATE,
                        "Human Sexuality Education",
                        "2010-08-06",
                        false,
                        true))
                .addCertification(
                    cert(CertificationType.AASECT_CSE, "CSE-3131", "2025-05-01/2028-04-30"))
                .addCertification(
                    cert(
                        CertificationType.AASECT_CSE_SUPERVISOR,
                        "CSES-3131",
                        "2025-05-01/2028-04-30"))
                .addMembership(aasect("2008-01-01/..")),
            SEXUALITY_EDUCATOR),
        // Ontario occupational therapist (profession "other") with a CSE
        sample(
            person(32, "Isabelle Fournier")
                .addLicense(
                    licence(
                        Profession.OTHER,
                        "CA-ON",
                        "OT-3232",
                        "OT Reg. (Ont.)",
                        "2016-01-01/2027-12-31"))
                .addDegree(
                    degree(DegreeLevel.MASTER, "Occupational Therapy", "2015-06-12", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSE, "CSE-3232", "2026-03-01/2029-02-28"))
                .addMembership(aasect("2022-01-01/..")),
            SEXUALITY_EDUCATOR),

        // ---- not qualified -------------------------------------------------------------------
        // LMSW with a non-clinical sexology certificate and part of the core knowledge
        sample(
            person(33, "Dana Whitfield")
                .addLicense(
                    licence(
                        Profession.MASTER_SOCIAL_WORKER,
                        "US-NY",
                        "LMSW-3333",
                        "LMSW",
                        "2022-01-01/2027-12-31"))
                .addDegree(degree(DegreeLevel.MASTER, "Social Work", "2021-05-21", true, true))
                .addCertification(
                    cert(
                        CertificationType.ABS_CERTIFIED_SEXOLOGIST,
                        "ABS-3333",
                        "2023-01-01/2027-12-31"))
                .addTraining(
                    training(TrainingCategory.CORE_KNOWLEDGE, "72", Delivery.ONLINE, "2023-09-30")),
            NOT_QUALIFIED),
        // claims AASECT CST without any licence
        sample(
            person(34, "Gregory Hale")
                .addDegree(degree(DegreeLevel.MASTER, "Human Sexuality", "2016-05-13", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-3434", "2025-01-01/2027-12-31"))
                .addMembership(aasect("2024-01-01/..")),
            NOT_QUALIFIED),
        // claims CST supervisor without CST
        sample(
            person(35, "Vanessa Price, LPC")
                .addLicense(
                    licence(
                        Profession.PROFESSIONAL_COUNSELLOR,
                        "US-VA",
                        "LPC-3535",
                        "LPC",
                        "2018-11-01/2028-10-31"))
                .addDegree(degree(DegreeLevel.MASTER, "Counseling", "2014-05-17", true, true))
                .addCertification(
                    cert(
                        CertificationType.AASECT_CST_SUPERVISOR,
                        "CSTS-3535",
                        "2025-01-01/2027-12-31"))
                .addMembership(aasect("2019-01-01/.."))
                .addTraining(
                    training(TrainingCategory.CORE_KNOWLEDGE, "45", Delivery.ONLINE, "2022-11-18")),
            NOT_QUALIFIED),
        // board certificates the policy does not recognise
        sample(
            person(36, "Derek Olsen, LPC")
                .addLicense(
                    licence(
                        Profession.PROFESSIONAL_COUNSELLOR,
                        "US-OH",
                        "LPC-3636",
                        "LPC",
                        "2019-03-01/2029-02-28"))
                .addDegree(degree(DegreeLevel.MASTER, "Counseling", "2016-12-16", true, true))
                .addCertification(
                    cert(CertificationType.TCA_SEX_THERAPIST, "TCA-3636", "2024-06-01/2027-05-31"))
                .addCertification(
                    cert(CertificationType.ACS_CERTIFICATE, "ACS-3636", "2021-01-01/.."))
                .addTraining(
                    training(TrainingCategory.CORE_KNOWLEDGE, "90", Delivery.ONLINE, "2023-03-10"))
                .addTraining(
                    training(TrainingCategory.SEX_THERAPY, "30", Delivery.ONLINE, "2023-08-25"))
                .addSupervisedPractice(
                    practice(
                        Discipline.SEX_THERAPY,
                        "2023-09-04",
                        "2023-09-11/2024-06-28",
                        80,
                        80,
                        10,
                        10)),
            NOT_QUALIFIED),
        // CSC lapsed
        sample(
            person(37, "Marisol Vega")
                .addDegree(
                    degree(DegreeLevel.BACHELOR, "Community Health", "2017-05-19", false, true))
                .addCertification(
                    Certification.builder()
                        .from(
                            cert(CertificationType.AASECT_CSC, "CSC-3737", "2025-03-01/2028-02-29"))
                        .status(CertificationStatus.LAPSED)
                        .build())
                .addMembership(aasect("2020-01-01/2024-12-31")),
            NOT_QUALIFIED),
        // licence and CST both expired
        sample(
            person(38, "Dr. Peter Novak")
                .addLicense(
                    License.builder()
                        .from(
                            licence(
                                Profession.PSYCHOLOGIST,
                                "US-MI",
                                "PSY-3838",
                                "Licensed Psychologist",
                                "2020-07-01/2026-06-30"))
                        .status(LicenseStatus.EXPIRED)
                        .build())
                .addDegree(
                    degree(DegreeLevel.DOCTORATE, "Clinical Psychology", "2006-08-11", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-3838", "2023-06-01/2026-05-31"))
                .addMembership(aasect("2010-01-01/..")),
            NOT_QUALIFIED),
        // suspended licence, CST still valid on paper
        sample(
            person(39, "Dr. Aisha Rahman")
                .addLicense(
                    License.builder()
                        .from(
                            licence(
                                Profession.PSYCHOLOGIST,
                                "US-NJ",
                                "PSY-3939",
                                "Licensed Psychologist",
                                "2017-01-01/2028-12-31"))
                        .status(LicenseStatus.SUSPENDED)
                        .build())
                .addDegree(
                    degree(DegreeLevel.DOCTORATE, "Clinical Psychology", "2012-05-18", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-3939", "2025-01-01/2027-12-31"))
                .addMembership(aasect("2015-01-01/..")),
            NOT_QUALIFIED),
        // Australia: SAS provisional, not yet clinical
        sample(
            person(40, "Emily Sato")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "AU-QLD",
                        "PSY-4040",
                        "Psychologist",
                        "2025-02-01/2027-01-31"))
                .addDegree(degree(DegreeLevel.MASTER, "Psychology", "2024-12-13", true, true))
                .addCertification(
                    cert(
                        CertificationType.SAS_PROVISIONAL_THERAPIST,
                        "SASP-4040",
                        "2025-07-01/2027-06-30")),
            NOT_QUALIFIED),
        // ---- around Chicago, for 'therapykit find' ----------------------------------------
        // certified, on staff at a Chicago hospital, also offers telehealth in Illinois
        sample(
            person(41, "Dr. Lena Park")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "US-IL",
                        "071-4141",
                        "Licensed Clinical Psychologist",
                        "2018-06-01/2029-05-31"))
                .addDegree(
                    degree(DegreeLevel.DOCTORATE, "Clinical Psychology", "2013-06-08", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-4141", "2025-04-01/2028-03-31"))
                .addMembership(aasect("2017-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "lakeshore-hospital",
                        "Lakeshore Hospital",
                        OrganizationKind.HOSPITAL,
                        AffiliationRole.ON_STAFF))
                .services(
                    ServiceProfile.builder()
                        .addInPersonAt(OrganizationId.of("org-demo-lakeshore-hospital"))
                        .addTelehealthIn(Jurisdiction.parse("US-IL"))
                        .addLanguages("en", "ko")
                        .build()),
            CERTIFIED_SEX_THERAPIST),
        // sex therapist without certification, in Evanston, Spanish and English
        sample(
            sexTherapyTraining(
                person(42, "Rosa Jiménez, LMFT")
                    .addLicense(
                        licence(
                            Profession.MARRIAGE_FAMILY_THERAPIST,
                            "US-IL",
                            "LMFT-4242",
                            "LMFT",
                            "2019-09-01/2028-08-31"))
                    .addDegree(
                        degree(
                            DegreeLevel.MASTER,
                            "Marriage and Family Therapy",
                            "2016-05-21",
                            true,
                            true))
                    .addSupervisedPractice(
                        practice(
                            Discipline.SEX_THERAPY,
                            "2021-02-01",
                            "2021-02-08/2023-01-27",
                            310,
                            120,
                            28,
                            22))
                    .addAffiliation(
                        affiliation(
                            "evanston-couples",
                            "Evanston Couples Practice",
                            OrganizationKind.PRIVATE_PRACTICE,
                            AffiliationRole.ON_STAFF))
                    .services(
                        ServiceProfile.builder()
                            .addInPersonAt(OrganizationId.of("org-demo-evanston-couples"))
                            .addLanguages("en", "es")
                            .build()),
                2020),
            SEX_THERAPIST),
        // certified, licensed in Wisconsin only, in Milwaukee
        sample(
            person(43, "Dr. Ruth Adler")
                .addLicense(
                    licence(
                        Profession.PSYCHOLOGIST,
                        "US-WI",
                        "PSY-4343",
                        "Licensed Psychologist",
                        "2016-01-01/2027-12-31"))
                .addDegree(
                    degree(
                        DegreeLevel.DOCTORATE, "Counseling Psychology", "2010-05-15", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-4343", "2024-09-01/2027-08-31"))
                .addMembership(aasect("2012-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "lakefront-practice",
                        "Lakefront Practice",
                        OrganizationKind.PRIVATE_PRACTICE,
                        AffiliationRole.ON_STAFF)),
            CERTIFIED_SEX_THERAPIST),
        // certified sexuality counsellor at a Chicago sexual-health centre
        sample(
            person(44, "Kevin Price")
                .addLicense(
                    licence(
                        Profession.BACHELOR_SOCIAL_WORKER,
                        "US-IL",
                        "LSW-4444",
                        "LSW",
                        "2019-01-01/2028-12-31"))
                .addDegree(degree(DegreeLevel.BACHELOR, "Social Work", "2015-05-16", false, true))
                .addCertification(
                    cert(CertificationType.AASECT_CSC, "CSC-4444", "2025-02-01/2028-01-31"))
                .addMembership(aasect("2019-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "westside-shc",
                        "Westside Sexual Health Centre",
                        OrganizationKind.SEXUAL_HEALTH_CENTRE,
                        AffiliationRole.ON_STAFF)),
            SEX_COUNSELLOR),
        // certified, at the hospital, but not taking new clients
        sample(
            person(45, "Dr. Sam Ito")
                .addLicense(
                    licence(
                        Profession.PSYCHIATRIST, "US-IL", "MD-4545", "MD", "2017-07-01/2028-06-30"))
                .addDegree(
                    degree(DegreeLevel.MEDICAL_DOCTORATE, "Medicine", "2009-05-29", true, false))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-4545", "2025-05-01/2028-04-30"))
                .addMembership(aasect("2014-01-01/.."))
                .addAffiliation(
                    affiliation(
                        "lakeshore-hospital",
                        "Lakeshore Hospital",
                        OrganizationKind.HOSPITAL,
                        AffiliationRole.ON_STAFF))
                .services(
                    ServiceProfile.builder()
                        .addInPersonAt(OrganizationId.of("org-demo-lakeshore-hospital"))
                        .acceptingNewClients(false)
                        .build()),
            CERTIFIED_SEX_THERAPIST),
        // certified, in Indiana, telehealth to Illinois with an Illinois licence too
        sample(
            person(46, "Maya Thompson, PMHNP")
                .addLicense(
                    licence(
                        Profession.PSYCHIATRIC_NURSE_PRACTITIONER,
                        "US-IN",
                        "NP-4646",
                        "PMHNP",
                        "2020-03-01/2028-02-29"))
                .addLicense(
                    licence(
                        Profession.PSYCHIATRIC_NURSE_PRACTITIONER,
                        "US-IL",
                        "NP-4647",
                        "PMHNP",
                        "2022-03-01/2028-02-29"))
                .addDegree(degree(DegreeLevel.MASTER, "Nursing", "2016-12-10", true, true))
                .addCertification(
                    cert(CertificationType.AASECT_CST, "CST-4646", "2024-11-01/2027-10-31"))
                .addMembership(aasect("2018-01-01/.."))
                .services(
                    ServiceProfile.builder()
                        .addTelehealthIn(Jurisdiction.parse("US-IN"), Jurisdiction.parse("US-IL"))
                        .build()),
            CERTIFIED_SEX_THERAPIST),
        // UK, BACP-registered: no certificate, but COSRT's numbers by evidence (450 clinical hours
        // over two years,
        // 60 individual + 20 group supervision: 1:6 with a quarter in groups); AASECT's are not
        // met, so the standard policy says not qualified and `--policy cosrt` a sex therapist
        sample(
            person(47, "Imogen Hart")
                .addRegistration(registration(Register.BACP, "BACP-4747", "2023-05-01/2027-04-30"))
                .addClinicalExperience(
                    ClinicalExperience.builder()
                        .period(DateRange.parse("2022-10-03/.."))
                        .setting("DEMO relationship counselling service")
                        .build())
                .addDegree(
                    degree(
                        DegreeLevel.MASTER,
                        "Psychosexual and Relationship Therapy",
                        "2022-09-30",
                        true,
                        true))
                .addSupervisedPractice(
                    practice(
                        Discipline.SEX_THERAPY,
                        "2023-01-09",
                        "2023-02-01/2025-01-31",
                        450,
                        0,
                        60,
                        20)),
            NOT_QUALIFIED));
  }

  /** The organisations the sample practitioners work at, with their locations. */
  static ImmutableList<Organization> organizations() {
    return ImmutableList.of(
        organization(
            "northside-fertility",
            "Northside Fertility Centre",
            OrganizationKind.FERTILITY_CLINIC,
            "US-IL",
            "Chicago",
            41.8925,
            -87.6237),
        organization(
            "lakeshore-hospital",
            "Lakeshore Hospital",
            OrganizationKind.HOSPITAL,
            "US-IL",
            "Chicago",
            41.8960,
            -87.6200),
        organization(
            "westside-shc",
            "Westside Sexual Health Centre",
            OrganizationKind.SEXUAL_HEALTH_CENTRE,
            "US-IL",
            "Chicago",
            41.8827,
            -87.7110),
        organization(
            "evanston-couples",
            "Evanston Couples Practice",
            OrganizationKind.PRIVATE_PRACTICE,
            "US-IL",
            "Evanston",
            42.0451,
            -87.6877),
        organization(
            "lakeview-family",
            "Lakeview Family Medicine",
            OrganizationKind.PRIVATE_PRACTICE,
            "US-IL",
            "Chicago",
            41.9400,
            -87.6550),
        organization(
            "lakefront-practice",
            "Lakefront Practice",
            OrganizationKind.PRIVATE_PRACTICE,
            "US-WI",
            "Milwaukee",
            43.0389,
            -87.9065),
        organization(
            "cascade-hospital",
            "Cascade General Hospital",
            OrganizationKind.HOSPITAL,
            "US-OR",
            "Portland",
            45.5152,
            -122.6784),
        organization(
            "clinique-plateau",
            "Clinique de sexologie du Plateau",
            OrganizationKind.SEXUAL_HEALTH_CENTRE,
            "CA-QC",
            "Montréal",
            45.5231,
            -73.5817),
        organization(
            "bayview-practice",
            "Bayview Couples Practice",
            OrganizationKind.PRIVATE_PRACTICE,
            "US-CA",
            "San Francisco",
            37.7749,
            -122.4194),
        organization(
            "eastside-isd",
            "Eastside Independent School District",
            OrganizationKind.SCHOOL,
            "US-TX",
            "Austin",
            30.2672,
            -97.7431),
        organization(
            "mesa-health",
            "Mesa County Sexual Health Programme",
            OrganizationKind.GOVERNMENT_PROGRAMME,
            "US-NM",
            "Albuquerque",
            35.0844,
            -106.6504),
        organization(
            "riverside-college",
            "Riverside Community College",
            OrganizationKind.SCHOOL,
            "US-CA",
            "Riverside",
            33.9806,
            -117.3755),
        organization(
            "state-health-ed",
            "State Sexual Health Education Programme",
            OrganizationKind.GOVERNMENT_PROGRAMME,
            "US-MN",
            "Saint Paul",
            44.9537,
            -93.0900));
  }

  private static Organization organization(
      String id,
      String name,
      OrganizationKind kind,
      String jurisdiction,
      String locality,
      double latitude,
      double longitude) {
    return Organization.builder()
        .id(OrganizationId.of("org-demo-" + id))
        .name(name)
        .kind(kind)
        .location(
            Location.builder()
                .jurisdiction(Jurisdiction.parse(jurisdiction))
                .locality(locality)
                .coordinates(Coordinates.of(latitude, longitude))
                .build())
        .build();
  }
}

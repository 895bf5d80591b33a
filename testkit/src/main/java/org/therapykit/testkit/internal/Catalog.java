package org.therapykit.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Profession;

/**
 * The realistic, obviously fictional data the generators draw from: names, places, institutions,
 * degree fields, course titles, jurisdictions and number formats. No entry names a real person;
 * organisation and institution names are invented.
 */
public final class Catalog {
  private Catalog() {}

  /** Given names, from many cultures. */
  public static final ImmutableList<String> GIVEN_NAMES =
      ImmutableList.of(
          "Amara", "Jordan", "Priya", "Mateo", "Sofia", "Kwame", "Mei", "Elena", "Tomasz", "Aisha",
          "Liam", "Noor", "Hana", "Diego", "Ingrid", "Ravi", "Chloé", "Femi", "Yusuf", "Freya",
          "Ana", "Kenji", "Zara", "Malik", "Inès", "Oskar", "Leila", "Niamh", "Tariq", "Rosa",
          "Sam", "Alex", "Morgan", "Dana");

  /** Family names: plausible, and invented for the testkit. */
  public static final ImmutableList<String> FAMILY_NAMES =
      ImmutableList.of(
          "Ashworth-Vale",
          "Brightmoor",
          "Calloway-Reyes",
          "Delacroix-Finch",
          "Emberly",
          "Fairweather",
          "Greythorne",
          "Hollowell",
          "Ivesdale",
          "Juniper-Osei",
          "Kestrelton",
          "Larkin-Sato",
          "Merriweather",
          "Nightingale-Obi",
          "Oakhurst",
          "Pembrooke",
          "Quillon",
          "Ravensdale",
          "Starling-Mehta",
          "Thistlewood",
          "Underhill",
          "Vantwest",
          "Whitlock-Moreno",
          "Yarrowby",
          "Zephyrine");

  /** Invented place names for organisations. */
  public static final ImmutableList<String> PLACES =
      ImmutableList.of(
          "Northside",
          "Eastvale",
          "Millbrook",
          "Cedar Hollow",
          "Port Ashby",
          "Larkspur",
          "Westmere",
          "Brightwater",
          "Fernhill",
          "Oakridge",
          "Harbourline",
          "Silverbirch");

  /** Invented universities and colleges. */
  public static final ImmutableList<String> INSTITUTIONS =
      ImmutableList.of(
          "Northbridge University",
          "University of Eastvale",
          "Lakeshore State University",
          "St. Brennan College",
          "Riverton Institute of Health Sciences",
          "Westmere University",
          "Cedar Hollow College",
          "Port Ashby University",
          "Fernhill School of Social Work",
          "Oakridge Medical School");

  /** Invented training providers. */
  public static final ImmutableList<String> TRAINING_PROVIDERS =
      ImmutableList.of(
          "Cedarbrook Institute of Sexuality Studies",
          "Harbourline Sexual Health Academy",
          "Northgate Centre for Relationship Therapy",
          "Lumen Valley Sexuality Training Collaborative",
          "Foxglove Institute for Couples Work",
          "Eastvale University Continuing Education");

  /** Course titles by training category. */
  public static final ImmutableMap<TrainingCategory, ImmutableList<String>> COURSE_TITLES =
      ImmutableMap.of(
          TrainingCategory.CORE_KNOWLEDGE,
          ImmutableList.of(
              "Human Sexuality Across the Lifespan",
              "Sexual Anatomy and Physiology",
              "Sexual and Reproductive Health",
              "Gender and Sexual Diversity",
              "Sexuality, Culture and Ethics"),
          TrainingCategory.SEX_THERAPY,
          ImmutableList.of(
              "Treating Desire Discrepancy in Couples",
              "Sensate Focus in Practice",
              "Couples Sex Therapy Intensive",
              "Treatment of Erectile and Orgasmic Concerns",
              "Sex Therapy after Infertility"),
          TrainingCategory.SEXUALITY_COUNSELLING,
          ImmutableList.of(
              "Brief Sexuality Counselling Skills",
              "The PLISSIT Model in Practice",
              "Counselling on Relationship and Intimacy Concerns"),
          TrainingCategory.SEXUALITY_EDUCATION_SKILLS,
          ImmutableList.of(
              "Facilitating Sexuality Education Groups",
              "Curriculum Design for Sexual Health",
              "Teaching Consent and Boundaries"),
          TrainingCategory.ATTITUDE_REASSESSMENT,
          ImmutableList.of("Sexual Attitude Reassessment (SAR) Seminar"));

  /** A degree programme: level, field and kind. */
  public record Programme(
      DegreeLevel level, String field, boolean clinical, boolean humanService) {}

  /** Degree programmes, consistent in level, field and kind. */
  public static final ImmutableList<Programme> PROGRAMMES =
      ImmutableList.of(
          new Programme(DegreeLevel.BACHELOR, "Social Work", false, true),
          new Programme(DegreeLevel.BACHELOR, "Psychology", false, true),
          new Programme(DegreeLevel.BACHELOR, "Nursing", false, true),
          new Programme(DegreeLevel.BACHELOR, "Public Health", false, true),
          new Programme(DegreeLevel.BACHELOR, "Health Education", false, true),
          new Programme(DegreeLevel.BACHELOR, "Biology", false, false),
          new Programme(DegreeLevel.BACHELOR, "Communication Studies", false, false),
          new Programme(DegreeLevel.MASTER, "Social Work", true, true),
          new Programme(DegreeLevel.MASTER, "Clinical Mental Health Counseling", true, true),
          new Programme(DegreeLevel.MASTER, "Marriage and Family Therapy", true, true),
          new Programme(DegreeLevel.MASTER, "Counseling Psychology", true, true),
          new Programme(DegreeLevel.MASTER, "Psychiatric-Mental Health Nursing", true, true),
          new Programme(DegreeLevel.MASTER, "Public Health", false, true),
          new Programme(DegreeLevel.MASTER, "Human Sexuality Education", false, true),
          new Programme(DegreeLevel.MASTER, "Museum Studies", false, false),
          new Programme(DegreeLevel.DOCTORATE, "Clinical Psychology", true, true),
          new Programme(DegreeLevel.DOCTORATE, "Counseling Psychology", true, true),
          new Programme(DegreeLevel.DOCTORATE, "Social Work", true, true),
          new Programme(DegreeLevel.DOCTORATE, "Nursing Practice", true, true),
          new Programme(DegreeLevel.DOCTORATE, "Human Sexuality", false, true),
          new Programme(DegreeLevel.DOCTORATE, "Medieval History", false, false),
          new Programme(DegreeLevel.MEDICAL_DOCTORATE, "Medicine (psychiatry)", true, true),
          new Programme(DegreeLevel.MEDICAL_DOCTORATE, "Medicine", false, true));

  /** The 50 United States and the District of Columbia. */
  public static final ImmutableList<Jurisdiction> US_STATES =
      subdivisions(
          "US", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "DC");

  /** Canadian provinces. */
  public static final ImmutableList<Jurisdiction> CANADA =
      subdivisions("CA", "ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK", "NL", "PE");

  /** Australian states and territories. */
  public static final ImmutableList<Jurisdiction> AUSTRALIA =
      subdivisions("AU", "NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT");

  /** European countries the default policy recognises the EFS-ESSM certificate in, but GB. */
  public static final ImmutableList<Jurisdiction> EUROPE =
      countries(
          "AT", "BE", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GR", "HU", "IE", "IT", "NL", "NO",
          "PL", "PT", "SE");

  /** The United Kingdom. */
  public static final ImmutableList<Jurisdiction> BRITAIN = countries("GB");

  /** Other places AASECT accepts applications from. */
  public static final ImmutableList<Jurisdiction> AASECT_OTHERS = countries("IL", "MX", "PR");

  /** Places no default recognition covers. */
  public static final ImmutableList<Jurisdiction> ELSEWHERE =
      countries("NZ", "ZA", "SG", "JP", "BR", "IN");

  private static ImmutableList<Jurisdiction> subdivisions(String country, String... codes) {
    ImmutableList.Builder<Jurisdiction> b = ImmutableList.builder();
    for (String c : codes) {
      b.add(Jurisdiction.of(country, c));
    }
    return b.build();
  }

  private static ImmutableList<Jurisdiction> countries(String... codes) {
    ImmutableList.Builder<Jurisdiction> b = ImmutableList.builder();
    for (String c : codes) {
      b.add(Jurisdiction.of(c));
    }
    return b.build();
  }

  /** Every jurisdiction of the catalog, US states first. */
  public static final ImmutableList<Jurisdiction> ALL_JURISDICTIONS =
      ImmutableList.<Jurisdiction>builder()
          .addAll(US_STATES)
          .addAll(CANADA)
          .addAll(AUSTRALIA)
          .addAll(EUROPE)
          .addAll(BRITAIN)
          .addAll(AASECT_OTHERS)
          .addAll(ELSEWHERE)
          .build();

  /**
   * Returns the professions whose licence allows independent psychotherapy that a regulator in the
   * jurisdiction plausibly issues.
   *
   * @param j the jurisdiction
   * @return the professions, not empty
   */
  public static ImmutableList<Profession> independentProfessionsIn(Jurisdiction j) {
    return switch (j.country()) {
      case "US", "PR" ->
          ImmutableList.of(
              Profession.CLINICAL_SOCIAL_WORKER,
              Profession.PSYCHOLOGIST,
              Profession.MARRIAGE_FAMILY_THERAPIST,
              Profession.PROFESSIONAL_COUNSELLOR,
              Profession.PSYCHIATRIST,
              Profession.PSYCHIATRIC_NURSE_PRACTITIONER);
      case "CA" ->
          ImmutableList.of(
              Profession.PSYCHOTHERAPIST,
              Profession.PSYCHOLOGIST,
              Profession.CLINICAL_SOCIAL_WORKER,
              Profession.MARRIAGE_FAMILY_THERAPIST,
              Profession.PSYCHIATRIST);
      case "AU" ->
          ImmutableList.of(
              Profession.PSYCHOLOGIST, Profession.CLINICAL_SOCIAL_WORKER, Profession.PSYCHIATRIST);
      default ->
          ImmutableList.of(
              Profession.PSYCHOTHERAPIST, Profession.PSYCHOLOGIST, Profession.PSYCHIATRIST);
    };
  }

  /**
   * Professions whose licence does not allow independent psychotherapy, in declaration order:
   * derived from {@link Profession#allowsIndependentPsychotherapy()}, not kept by hand.
   */
  public static final ImmutableList<Profession> DEPENDENT_PROFESSIONS =
      Arrays.stream(Profession.values())
          .filter(p -> !p.allowsIndependentPsychotherapy())
          .collect(ImmutableList.toImmutableList());

  /**
   * Returns the title a regulator uses for a licence, such as {@code LCSW}.
   *
   * @param p the profession
   * @param j the jurisdiction
   * @param provisional whether the licence is provisional
   * @return the title, or empty
   */
  public static Optional<String> licenseTitle(Profession p, Jurisdiction j, boolean provisional) {
    ImmutableMap<Profession, String> titles =
        switch (j.country()) {
          case "US", "PR" -> US_TITLES;
          case "GB" -> GB_TITLES;
          case "CA" -> CA_TITLES;
          default -> ImmutableMap.of();
        };
    return Optional.ofNullable(titles.get(p)).map(t -> provisional ? t + "-Associate" : t);
  }

  private static final ImmutableMap<Profession, String> US_TITLES =
      ImmutableMap.<Profession, String>builder()
          .put(Profession.PSYCHOLOGIST, "LP")
          .put(Profession.PSYCHIATRIST, "MD")
          .put(Profession.CLINICAL_SOCIAL_WORKER, "LCSW")
          .put(Profession.MASTER_SOCIAL_WORKER, "LMSW")
          .put(Profession.BACHELOR_SOCIAL_WORKER, "LBSW")
          .put(Profession.MARRIAGE_FAMILY_THERAPIST, "LMFT")
          .put(Profession.PROFESSIONAL_COUNSELLOR, "LPC")
          .put(Profession.PSYCHIATRIC_NURSE_PRACTITIONER, "APRN-PMHNP")
          .put(Profession.PHYSICIAN, "MD")
          .put(Profession.NURSE, "RN")
          .buildOrThrow();

  private static final ImmutableMap<Profession, String> GB_TITLES =
      ImmutableMap.of(
          Profession.PSYCHOTHERAPIST, "UKCP",
          Profession.PSYCHOLOGIST, "HCPC",
          Profession.PSYCHIATRIST, "GMC",
          Profession.PHYSICIAN, "GMC",
          Profession.NURSE, "NMC");

  private static final ImmutableMap<Profession, String> CA_TITLES =
      ImmutableMap.of(
          Profession.PSYCHOTHERAPIST, "RP",
          Profession.PSYCHOLOGIST, "C.Psych",
          Profession.CLINICAL_SOCIAL_WORKER, "RSW",
          Profession.MARRIAGE_FAMILY_THERAPIST, "RMFT",
          Profession.NURSE, "RN");

  /**
   * Returns the prefix of a licence number, such as {@code LCSW-} in {@code US-NY} or {@code
   * PSY000} in Australia.
   *
   * @param p the profession
   * @param j the jurisdiction
   * @return the prefix, not empty
   */
  public static String licenseNumberPrefix(Profession p, Jurisdiction j) {
    return switch (j.country()) {
      case "AU" ->
          p == Profession.PSYCHOLOGIST
              ? "PSY000"
              : p == Profession.PSYCHIATRIST || p == Profession.PHYSICIAN ? "MED000" : "AASW-";
      case "GB" -> licenseTitle(p, j, false).map(t -> t + "-").orElse("REG-");
      default ->
          licenseTitle(p, j, false).map(t -> t.replace('.', '-') + "-").orElse(j.country() + "-");
    };
  }

  /** Certificate-number prefixes by certification type. */
  public static final ImmutableMap<CertificationType, String> CERTIFICATE_PREFIXES =
      ImmutableMap.<CertificationType, String>builder()
          .put(CertificationType.AASECT_CST, "CST-")
          .put(CertificationType.AASECT_CSC, "CSC-")
          .put(CertificationType.AASECT_CSE, "CSE-")
          .put(CertificationType.AASECT_CST_SUPERVISOR, "CSTS-")
          .put(CertificationType.AASECT_CSC_SUPERVISOR, "CSCS-")
          .put(CertificationType.AASECT_CSE_SUPERVISOR, "CSES-")
          .put(CertificationType.COSRT_ACCREDITED, "COSRT-")
          .put(CertificationType.COSRT_ACCREDITED_SUPERVISOR, "COSRT-S-")
          .put(CertificationType.EFS_ESSM_ECPS, "ECPS-")
          .put(CertificationType.SAS_PROVISIONAL_THERAPIST, "SAS-P-")
          .put(CertificationType.SAS_CLINICAL_THERAPIST, "SAS-CT-")
          .put(CertificationType.SAS_SEXUALITY_EDUCATOR, "SAS-CE-")
          .put(CertificationType.BESTCO_CERTIFIED, "BESTCO-")
          .put(CertificationType.OPSQ_SEXOLOGUE, "OPSQ-")
          .put(CertificationType.OPSQ_SEXOLOGUE_PSYCHOTHERAPIST, "OPSQ-P-")
          .put(CertificationType.ISSWSH_FELLOW, "IF-")
          .put(CertificationType.SASH_CPSBT, "CPSBT-")
          .put(CertificationType.ABS_CERTIFIED_SEXOLOGIST, "ABS-")
          .put(CertificationType.ABS_DIPLOMATE, "ABS-D-")
          .put(CertificationType.ACS_CERTIFICATE, "ACS-")
          .put(CertificationType.TCA_SEX_THERAPIST, "TCA-")
          .put(CertificationType.OTHER, "CERT-")
          .buildOrThrow();

  /** Organisation-name patterns by kind; {@code %s} is a place. */
  public static final ImmutableMap<OrganizationKind, String> ORGANISATION_NAMES =
      ImmutableMap.<OrganizationKind, String>builder()
          .put(OrganizationKind.FERTILITY_CLINIC, "%s Fertility Centre")
          .put(OrganizationKind.HOSPITAL, "%s General Hospital")
          .put(OrganizationKind.SEXUAL_HEALTH_CENTRE, "%s Sexual Health Centre")
          .put(OrganizationKind.PRIVATE_PRACTICE, "%s Couples & Sex Therapy Practice")
          .put(OrganizationKind.SCHOOL, "%s High School")
          .put(OrganizationKind.GOVERNMENT_PROGRAMME, "%s County Family Health Programme")
          .put(OrganizationKind.UNIVERSITY_CLINIC, "University of %s Psychology Clinic")
          .put(OrganizationKind.OTHER, "%s Community Wellness Collective")
          .buildOrThrow();
}

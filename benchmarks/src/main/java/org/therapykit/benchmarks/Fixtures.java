package org.therapykit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.fhir.FhirR4;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;

/**
 * The realistic documents every benchmark uses: one certified sex therapist with six credentials
 * (two licences, a degree, two certifications, a membership), five training records, supervised
 * practice and an affiliation; its TherapyKit document; and the equivalent FHIR R4 {@code
 * Practitioner}.
 *
 * <p>The two documents are committed as resources ({@value #THERAPYKIT_RESOURCE}, {@value
 * #FHIR_RESOURCE}) so that the cold-start benchmark can load their bytes without touching Jackson
 * or TherapyKit; a test checks that they are exactly what {@link #practitioner()} gives through
 * {@link TherapyJson} and the FHIR bridge ({@link FhirR4}). {@link #main} rewrites them.
 */
public final class Fixtures {
  /** The date of every assessment. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  /** The compact TherapyKit document of {@link #practitioner()}. */
  static final String THERAPYKIT_RESOURCE = "practitioner.json";

  /**
   * The compact FHIR R4 JSON of {@link #practitioner()}'s {@code Practitioner} resource as {@link
   * FhirR4#toFhir(Practitioner)} writes it (its affiliation is a {@code PractitionerRole} and an
   * {@code Organization} of their own, not in this document).
   */
  static final String FHIR_RESOURCE = "practitioner-fhir-r4.json";

  private Fixtures() {}

  /**
   * Returns the realistic practitioner, a certified sex therapist on {@link #AS_OF}.
   *
   * @return the practitioner, not null
   */
  public static Practitioner practitioner() {
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
        .addLicense(
            License.builder()
                .profession(Profession.PSYCHOLOGIST)
                .jurisdiction(Jurisdiction.parse("US-WI"))
                .number("3104-57")
                .title("Licensed Psychologist")
                .validity(DateRange.parse("2022-10-01/2027-09-30"))
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
                .validity(DateRange.parse("2024-02-01/2027-07-31"))
                .status(CertificationStatus.ACTIVE)
                .requirementsVersion("AASECT-CST-2018.03")
                .verification(Verification.primarySource(LocalDate.parse("2026-09-30")))
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CST_SUPERVISOR)
                .number("CSTS-3381")
                .validity(DateRange.parse("2025-05-01/2028-04-30"))
                .status(CertificationStatus.ACTIVE)
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
        .addTraining(
            TrainingRecord.builder()
                .category(TrainingCategory.SEX_THERAPY)
                .hours(Hours.parse("12.5"))
                .delivery(Delivery.ONLINE)
                .completed(LocalDate.parse("2025-03-21"))
                .provider("Midwest Institute of Sexual Health")
                .title("Sensate focus in couples with chronic pain")
                .build())
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
                .period(DateRange.startingOn(LocalDate.parse("2022-04-01")))
                .build())
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

  /**
   * Returns the committed TherapyKit document of {@link #practitioner()}, compact UTF-8.
   *
   * @return a new array, not null
   */
  public static byte[] therapyKitDocument() {
    return resource(THERAPYKIT_RESOURCE);
  }

  /**
   * Returns the committed FHIR R4 {@code Practitioner} equivalent to {@link #practitioner()},
   * compact UTF-8.
   *
   * @return a new array, not null
   */
  public static byte[] fhirDocument() {
    return resource(FHIR_RESOURCE);
  }

  /**
   * Returns newline-delimited JSON of {@code count} copies of the TherapyKit document, each with
   * its own practitioner id ({@code p-0000000}, {@code p-0000001} …).
   *
   * @param count the number of records, at least 1
   * @return the bytes, not null
   */
  public static byte[] ndjson(int count) {
    String document = new String(therapyKitDocument(), StandardCharsets.UTF_8);
    String idProperty = "\"id\":\"p-0007\"";
    int at = document.indexOf(idProperty);
    if (at < 0 || document.indexOf(idProperty, at + 1) >= 0) {
      throw new IllegalStateException("the document must hold the practitioner id once");
    }
    byte[] before = (document.substring(0, at) + "\"id\":\"p-").getBytes(StandardCharsets.UTF_8);
    byte[] after =
        (document.substring(at + idProperty.length()) + "\n").getBytes(StandardCharsets.UTF_8);
    int recordLength = before.length + 8 + after.length;
    // written straight into one array: a 100,000-record input must not need three times its size
    byte[] out = new byte[Math.multiplyExact(count, recordLength)];
    for (int i = 0, offset = 0; i < count; i++, offset += recordLength) {
      System.arraycopy(before, 0, out, offset, before.length);
      int digits = offset + before.length;
      for (int d = 6, n = i; d >= 0; d--, n /= 10) {
        out[digits + d] = (byte) ('0' + n % 10);
      }
      out[digits + 7] = '"';
      System.arraycopy(after, 0, out, digits + 8, after.length);
    }
    return out;
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the TherapyKit document as {@link TherapyJson} writes it today. */
  static String freshTherapyKitDocument() {
    return TherapyJson.strict().write(practitioner());
  }

  /** Returns the FHIR document as the FHIR bridge writes it today. */
  static String freshFhirDocument() {
    FhirR4 fhir = FhirR4.create();
    return fhir.encode(fhir.toFhir(practitioner()).practitioner());
  }

  /**
   * Rewrites the committed documents after a change to {@link #practitioner()} or to the FHIR
   * mapping.
   *
   * @param args one argument, the resource directory, normally {@code
   *     benchmarks/src/main/resources/org/therapykit/benchmarks}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.writeString(dir.resolve(THERAPYKIT_RESOURCE), freshTherapyKitDocument());
    Files.writeString(dir.resolve(FHIR_RESOURCE), freshFhirDocument());
  }
}

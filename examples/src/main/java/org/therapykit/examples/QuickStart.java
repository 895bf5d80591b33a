package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Membership;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Build a practitioner in code, assess them on a date, print the answer (docs/qualification.md).
 *
 * <p>docs/qualification.md shows the code between the {@code snippet} markers as a whole program,
 * which DocSnippetsTest compiles and runs; a test runs this program.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static QualificationAssessment run(PrintStream out) {
    // snippet: quick-start
    Practitioner practitioner =
        Practitioner.builder()
            .id(PractitionerId.of("p-0007"))
            .displayName("Dr. Amara Osei")
            .addLicense(
                License.builder()
                    .profession(Profession.PSYCHOLOGIST)
                    .jurisdiction(Jurisdiction.parse("US-IL"))
                    .number("071-009876")
                    .validity(DateRange.parse("2019-08-01/2027-07-31"))
                    .status(LicenseStatus.ACTIVE)
                    .build())
            .addCertification(
                Certification.builder()
                    .body(CertifyingBody.AASECT)
                    .type(CertificationType.AASECT_CST)
                    .number("CST-20417")
                    .validity(DateRange.parse("2024-02-01/2027-01-31"))
                    .status(CertificationStatus.ACTIVE)
                    .build())
            .addMembership(
                Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
            .addTraining(
                TrainingRecord.builder()
                    .category(TrainingCategory.ATTITUDE_REASSESSMENT)
                    .hours(Hours.of(12))
                    .delivery(Delivery.IN_PERSON)
                    .completed(LocalDate.parse("2021-04-17"))
                    .build())
            .build();

    QualificationAssessment assessment =
        QualificationPolicy.standard().assess(practitioner, LocalDate.parse("2026-11-28"));

    out.println(assessment.classification()); // CERTIFIED_SEX_THERAPIST
    out.println(assessment.scope().areas()); // [SEXUALITY_EDUCATION, ..., SEXUAL_DYSFUNCTIONS, ...]
    assessment
        .findings()
        .forEach(out::println); // CERTIFICATION_EXPIRING at /certifications/0/validity ...
    // end snippet
    return assessment;
  }
}

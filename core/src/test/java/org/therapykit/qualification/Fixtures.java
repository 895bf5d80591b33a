package org.therapykit.qualification;

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
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;

/** Baseline values for the qualification tests: each test changes one thing. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private Fixtures() {}

  static License lcsw() {
    return License.builder()
        .profession(Profession.CLINICAL_SOCIAL_WORKER)
        .jurisdiction(Jurisdiction.parse("US-NY"))
        .number("LCSW-100")
        .validity(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31)))
        .status(LicenseStatus.ACTIVE)
        .build();
  }

  static Degree msw(LocalDate awarded) {
    return Degree.builder()
        .level(DegreeLevel.MASTER)
        .field("Social Work")
        .awarded(awarded)
        .clinical(true)
        .humanService(true)
        .build();
  }

  static TrainingRecord training(TrainingCategory category, String hours, Delivery delivery) {
    return TrainingRecord.builder()
        .category(category)
        .hours(Hours.parse(hours))
        .delivery(delivery)
        .completed(LocalDate.of(2022, 3, 1))
        .build();
  }

  static SupervisedPractice.Builder therapyPractice() {
    return SupervisedPractice.builder()
        .discipline(Discipline.SEX_THERAPY)
        .contractSigned(LocalDate.of(2021, 1, 1))
        .period(DateRange.of(LocalDate.of(2021, 1, 4), LocalDate.of(2022, 12, 16)))
        .practiceHours(Hours.of(300))
        .telehealthHours(Hours.of(100))
        .individualSupervisionHours(Hours.of(30))
        .groupSupervisionHours(Hours.of(20));
  }

  static Certification cst() {
    return Certification.builder()
        .body(CertifyingBody.AASECT)
        .type(CertificationType.AASECT_CST)
        .number("CST-1")
        .validity(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28)))
        .status(CertificationStatus.ACTIVE)
        .requirementsVersion("2025.T.1")
        .build();
  }

  static Membership aasectMembership() {
    return Membership.of(
        CertifyingBody.AASECT, DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  /** A licensed clinician who meets every 2025.T.1 requirement, without certification. */
  static Practitioner.Builder uncertifiedTherapist() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-1"))
        .displayName("Dr. Test Fixture")
        .addLicense(lcsw())
        .addDegree(msw(LocalDate.of(2015, 5, 20)))
        .addTraining(training(TrainingCategory.CORE_KNOWLEDGE, "90", Delivery.IN_PERSON))
        .addTraining(training(TrainingCategory.SEX_THERAPY, "60", Delivery.IN_PERSON))
        .addTraining(training(TrainingCategory.ATTITUDE_REASSESSMENT, "10", Delivery.IN_PERSON))
        .addSupervisedPractice(therapyPractice().build());
  }

  /** The uncertified therapist with an AASECT CST and membership. */
  static Practitioner.Builder certifiedTherapist() {
    return uncertifiedTherapist().addCertification(cst()).addMembership(aasectMembership());
  }
}

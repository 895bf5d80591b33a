package org.therapykit.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/** The cost of one qualification assessment of a realistic practitioner. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QualificationBenchmark {
  private final QualificationPolicy policy = QualificationPolicy.standard();
  private final LocalDate asOf = LocalDate.of(2026, 11, 28);
  private final Practitioner practitioner = practitioner();

  /** A clinical social worker with six credentials and training records. */
  static Practitioner practitioner() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-bench"))
        .displayName("Dr. Bench Mark")
        .addLicense(
            License.builder()
                .profession(Profession.CLINICAL_SOCIAL_WORKER)
                .jurisdiction(Jurisdiction.parse("US-NY"))
                .number("LCSW-1")
                .validity(DateRange.parse("2020-01-01/2028-12-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addDegree(
            Degree.builder()
                .level(DegreeLevel.MASTER)
                .field("Social Work")
                .awarded(LocalDate.of(2014, 5, 20))
                .clinical(true)
                .humanService(true)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CST)
                .number("CST-1")
                .validity(DateRange.parse("2024-03-01/2027-02-28"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addMembership(
            Membership.of(CertifyingBody.AASECT, DateRange.parse("2026-01-01/2026-12-31")))
        .addTraining(training(TrainingCategory.CORE_KNOWLEDGE, 60, Delivery.ONLINE))
        .addTraining(training(TrainingCategory.CORE_KNOWLEDGE, 30, Delivery.IN_PERSON))
        .addTraining(training(TrainingCategory.SEX_THERAPY, 60, Delivery.IN_PERSON))
        .addTraining(training(TrainingCategory.ATTITUDE_REASSESSMENT, 12, Delivery.IN_PERSON))
        .addSupervisedPractice(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(LocalDate.of(2021, 1, 1))
                .period(DateRange.parse("2021-01-04/2022-12-16"))
                .practiceHours(Hours.of(320))
                .telehealthHours(Hours.of(120))
                .individualSupervisionHours(Hours.of(30))
                .groupSupervisionHours(Hours.of(20))
                .build())
        .build();
  }

  private static TrainingRecord training(TrainingCategory category, int hours, Delivery delivery) {
    return TrainingRecord.builder()
        .category(category)
        .hours(Hours.of(hours))
        .delivery(delivery)
        .completed(LocalDate.of(2022, 3, 1))
        .build();
  }

  /**
   * Assesses the practitioner.
   *
   * @return the assessment, consumed by JMH
   */
  @Benchmark
  public QualificationAssessment assess() {
    return policy.assess(practitioner, asOf);
  }
}

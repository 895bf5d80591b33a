package org.therapykit;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
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

/**
 * Small QuickTheories generators of valid model values for core's own property tests. (Core cannot
 * depend on the testkit module, which publishes the real generators.)
 */
public final class TestGenerators {
  private static final LocalDate BASE = LocalDate.of(2010, 1, 1);

  private TestGenerators() {}

  public static Gen<LocalDate> dates() {
    return integers().between(0, 365 * 17).map(BASE::plusDays);
  }

  public static Gen<Hours> hours(int max) {
    return integers().between(1, max * 4).map(q -> Hours.ofHundredths(q * 25L));
  }

  public static Gen<DateRange> ranges() {
    return dates()
        .zip(integers().between(0, 365 * 6), (s, len) -> DateRange.of(s, s.plusDays(len)));
  }

  public static Gen<License> licenses() {
    return in ->
        License.builder()
            .profession(Generate.enumValues(Profession.class).generate(in))
            .jurisdiction(
                Generate.pick(List.of("US-NY", "US-CA", "GB", "CA-QC", "AU"))
                    .map(Jurisdiction::parse)
                    .generate(in))
            .number("L-" + integers().between(1, 99999).generate(in))
            .validity(ranges().generate(in))
            .status(Generate.enumValues(LicenseStatus.class).generate(in))
            .provisional(Generate.booleans().generate(in))
            .build();
  }

  public static Gen<Degree> degrees() {
    return in ->
        Degree.builder()
            .level(Generate.enumValues(DegreeLevel.class).generate(in))
            .field("Field")
            .awarded(dates().generate(in))
            .clinical(Generate.booleans().generate(in))
            .humanService(Generate.booleans().generate(in))
            .build();
  }

  public static Gen<TrainingRecord> trainings() {
    return in ->
        TrainingRecord.builder()
            .category(Generate.enumValues(TrainingCategory.class).generate(in))
            .hours(hours(100).generate(in))
            .delivery(Generate.enumValues(Delivery.class).generate(in))
            .completed(dates().generate(in))
            .build();
  }

  public static Gen<SupervisedPractice> practice() {
    return in -> {
      LocalDate contract = dates().generate(in);
      Hours total = hours(1200).generate(in);
      return SupervisedPractice.builder()
          .discipline(Generate.enumValues(Discipline.class).generate(in))
          .contractSigned(contract)
          .period(
              DateRange.of(contract, contract.plusDays(integers().between(0, 2500).generate(in))))
          .practiceHours(total)
          .telehealthHours(total.percent(integers().between(0, 100).generate(in)))
          .directTeachingHours(total.percent(integers().between(0, 20).generate(in)))
          .individualSupervisionHours(hours(40).generate(in))
          .groupSupervisionHours(hours(40).generate(in))
          .build();
    };
  }

  public static Gen<Certification> certifications() {
    return in -> {
      CertificationType type = Generate.enumValues(CertificationType.class).generate(in);
      return Certification.builder()
          .body(type.body().orElse(org.therapykit.credential.CertifyingBody.OTHER))
          .type(type)
          .number("C-" + integers().between(1, 99999).generate(in))
          .validity(ranges().generate(in))
          .status(Generate.enumValues(CertificationStatus.class).generate(in))
          .build();
    };
  }

  public static Gen<Practitioner> practitioners() {
    return in ->
        Practitioner.builder()
            .id(PractitionerId.of("p-" + integers().between(1, 9999).generate(in)))
            .displayName("Generated Practitioner")
            .licenses(unique(in, licenses(), 3, l -> l.jurisdiction() + l.number()))
            .degrees(listOf(in, degrees(), 3))
            .certifications(unique(in, certifications(), 3, c -> c.body() + c.number()))
            .memberships(
                listOf(
                    in,
                    ranges()
                        .map(
                            r -> Membership.of(org.therapykit.credential.CertifyingBody.AASECT, r)),
                    2))
            .trainings(listOf(in, trainings(), 8))
            .supervisedPractice(listOf(in, practice(), 3))
            .build();
  }

  public static <T> ImmutableList<T> listOf(
      org.quicktheories.core.RandomnessSource in, Gen<T> gen, int max) {
    int n = integers().between(0, max).generate(in);
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(gen.generate(in));
    }
    return b.build();
  }

  public static <T> ImmutableList<T> unique(
      org.quicktheories.core.RandomnessSource in,
      Gen<T> gen,
      int max,
      java.util.function.Function<T, String> key) {
    java.util.Map<String, T> byKey = new java.util.LinkedHashMap<>();
    for (T t : listOf(in, gen, max)) {
      byKey.putIfAbsent(key.apply(t), t);
    }
    return ImmutableList.copyOf(byKey.values());
  }
}

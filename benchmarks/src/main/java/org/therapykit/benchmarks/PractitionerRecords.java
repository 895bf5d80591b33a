package org.therapykit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain-Jackson baseline: Java records of the same shape as the TherapyKit practitioner
 * document, field for field, bound by a plain Jackson 3 {@link JsonMapper} with no validation at
 * all.
 *
 * <p>Types are what a host hand-rolling these records would pick: dates are {@link LocalDate}
 * (Jackson 3 reads ISO dates out of the box, so the baseline parses dates as TherapyKit does),
 * hours are {@link BigDecimal} (exact, as TherapyKit's {@code Hours}), and codes, identifiers,
 * jurisdictions and date ranges stay {@code String} (they have no standard Java type; TherapyKit
 * parses and checks each). Optional fields are nullable; absent lists are null.
 */
public final class PractitionerRecords {
  private PractitionerRecords() {}

  /**
   * A plain mapper: Jackson 3 defaults, except that properties keep their declared order and null
   * fields are left out, so that writing produces the same document shape as TherapyKit.
   */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /** The envelope: {@code {"formatVersion":"1.1","practitioner":{...}}}. */
  public record PractitionerDocument(String formatVersion, PractitionerRecord practitioner) {}

  public record PractitionerRecord(
      String id,
      String displayName,
      @Nullable List<LicenseRecord> licenses,
      @Nullable List<DegreeRecord> degrees,
      @Nullable List<CertificationRecord> certifications,
      @Nullable List<MembershipRecord> memberships,
      @Nullable List<TrainingRecordRecord> trainings,
      @Nullable List<SupervisedPracticeRecord> supervisedPractice,
      @Nullable List<AffiliationRecord> affiliations) {}

  public record LicenseRecord(
      String profession,
      String jurisdiction,
      String number,
      @Nullable String title,
      String validity,
      String status,
      boolean provisional) {}

  public record DegreeRecord(
      String level,
      String field,
      @Nullable String institution,
      LocalDate awarded,
      boolean clinical,
      boolean humanService) {}

  public record CertificationRecord(
      String body,
      String type,
      String number,
      String validity,
      String status,
      @Nullable String requirementsVersion,
      @Nullable VerificationRecord verification) {}

  public record VerificationRecord(String source, @Nullable LocalDate lastVerified) {}

  public record MembershipRecord(String body, String period) {}

  public record TrainingRecordRecord(
      String category,
      BigDecimal hours,
      String delivery,
      LocalDate completed,
      @Nullable String provider,
      @Nullable String title) {}

  public record SupervisedPracticeRecord(
      String discipline,
      LocalDate contractSigned,
      String period,
      BigDecimal practiceHours,
      @Nullable BigDecimal telehealthHours,
      @Nullable BigDecimal directTeachingHours,
      @Nullable BigDecimal individualSupervisionHours,
      @Nullable BigDecimal groupSupervisionHours) {}

  public record AffiliationRecord(
      String organizationId,
      String organizationName,
      String organizationKind,
      String role,
      @Nullable String period) {}
}

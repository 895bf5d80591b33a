package org.therapykit.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.therapykit.credential.VerificationSource;
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
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The JSON shape of the practitioner, credential, qualification and finding types, as Jackson
 * mix-ins, so the model packages stay free of Jackson. Each type has a mix-in naming its properties
 * in wire order, and a mix-in for its builder binding exactly those properties (nothing else of the
 * builder, such as {@code addX} or {@code from}, is visible to Jackson). The shape is documented in
 * {@code docs/json-format.md}.
 */
final class PractitionerMixIns {
  private PractitionerMixIns() {}

  /** Adds this area's mix-ins, keyed by their targets, in a stable order. */
  static void addTo(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(Practitioner.class, PractitionerMixIn.class);
    mixIns.put(Practitioner.Builder.class, PractitionerBuilderMixIn.class);
    mixIns.put(License.class, LicenseMixIn.class);
    mixIns.put(License.Builder.class, LicenseBuilderMixIn.class);
    mixIns.put(Degree.class, DegreeMixIn.class);
    mixIns.put(Degree.Builder.class, DegreeBuilderMixIn.class);
    mixIns.put(Affiliation.class, AffiliationMixIn.class);
    mixIns.put(Affiliation.Builder.class, AffiliationBuilderMixIn.class);
    mixIns.put(Certification.class, CertificationMixIn.class);
    mixIns.put(Certification.Builder.class, CertificationBuilderMixIn.class);
    mixIns.put(Verification.class, VerificationMixIn.class);
    mixIns.put(Verification.Builder.class, VerificationBuilderMixIn.class);
    mixIns.put(Membership.class, MembershipMixIn.class);
    mixIns.put(Membership.Builder.class, MembershipBuilderMixIn.class);
    mixIns.put(TrainingRecord.class, TrainingRecordMixIn.class);
    mixIns.put(TrainingRecord.Builder.class, TrainingRecordBuilderMixIn.class);
    mixIns.put(SupervisedPractice.class, SupervisedPracticeMixIn.class);
    mixIns.put(SupervisedPractice.Builder.class, SupervisedPracticeBuilderMixIn.class);
    mixIns.put(QualificationAssessment.class, QualificationAssessmentMixIn.class);
    mixIns.put(QualificationAssessment.Builder.class, QualificationAssessmentBuilderMixIn.class);
    mixIns.put(RequirementResult.class, RequirementResultMixIn.class);
    mixIns.put(RequirementResult.Builder.class, RequirementResultBuilderMixIn.class);
    mixIns.put(Finding.class, FindingMixIn.class);
    mixIns.put(Finding.Builder.class, FindingBuilderMixIn.class);
  }

  /** The wire form of {@link Practitioner}. */
  @JsonDeserialize(builder = Practitioner.Builder.class)
  @JsonPropertyOrder({
    "id",
    "displayName",
    "licenses",
    "degrees",
    "certifications",
    "memberships",
    "trainings",
    "supervisedPractice",
    "affiliations"
  })
  @StrictJson
  abstract static class PractitionerMixIn {
    @JsonProperty("id")
    abstract PractitionerId id();

    @JsonProperty("displayName")
    abstract String displayName();

    @JsonProperty("licenses")
    abstract ImmutableList<License> licenses();

    @JsonProperty("degrees")
    abstract ImmutableList<Degree> degrees();

    @JsonProperty("certifications")
    abstract ImmutableList<Certification> certifications();

    @JsonProperty("memberships")
    abstract ImmutableList<Membership> memberships();

    @JsonProperty("trainings")
    abstract ImmutableList<TrainingRecord> trainings();

    @JsonProperty("supervisedPractice")
    abstract ImmutableList<SupervisedPractice> supervisedPractice();

    @JsonProperty("affiliations")
    abstract ImmutableList<Affiliation> affiliations();

    @JsonProperty("services")
    abstract Optional<ServiceProfile> services();
  }

  /** Binds JSON properties to {@link Practitioner.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class PractitionerBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(PractitionerId value);

    @JsonProperty("displayName")
    abstract Object displayName(String value);

    @JsonProperty("licenses")
    @JsonDeserialize(as = List.class, contentAs = License.class)
    abstract Object licenses(Iterable<? extends License> values);

    @JsonProperty("degrees")
    @JsonDeserialize(as = List.class, contentAs = Degree.class)
    abstract Object degrees(Iterable<? extends Degree> values);

    @JsonProperty("certifications")
    @JsonDeserialize(as = List.class, contentAs = Certification.class)
    abstract Object certifications(Iterable<? extends Certification> values);

    @JsonProperty("memberships")
    @JsonDeserialize(as = List.class, contentAs = Membership.class)
    abstract Object memberships(Iterable<? extends Membership> values);

    @JsonProperty("trainings")
    @JsonDeserialize(as = List.class, contentAs = TrainingRecord.class)
    abstract Object trainings(Iterable<? extends TrainingRecord> values);

    @JsonProperty("supervisedPractice")
    @JsonDeserialize(as = List.class, contentAs = SupervisedPractice.class)
    abstract Object supervisedPractice(Iterable<? extends SupervisedPractice> values);

    @JsonProperty("affiliations")
    @JsonDeserialize(as = List.class, contentAs = Affiliation.class)
    abstract Object affiliations(Iterable<? extends Affiliation> values);

    @JsonProperty("services")
    abstract Object services(ServiceProfile value);
  }

  /** The wire form of {@link License}. */
  @JsonDeserialize(builder = License.Builder.class)
  @JsonPropertyOrder({
    "profession",
    "jurisdiction",
    "number",
    "title",
    "validity",
    "status",
    "provisional"
  })
  @StrictJson
  abstract static class LicenseMixIn {
    @JsonProperty("profession")
    abstract Profession profession();

    @JsonProperty("jurisdiction")
    abstract Jurisdiction jurisdiction();

    @JsonProperty("number")
    abstract String number();

    @JsonProperty("title")
    abstract Optional<String> title();

    @JsonProperty("validity")
    abstract DateRange validity();

    @JsonProperty("status")
    abstract LicenseStatus status();

    @JsonProperty("provisional")
    abstract boolean provisional();
  }

  /** Binds JSON properties to {@link License.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class LicenseBuilderMixIn {
    @JsonProperty("profession")
    abstract Object profession(Profession value);

    @JsonProperty("jurisdiction")
    abstract Object jurisdiction(Jurisdiction value);

    @JsonProperty("number")
    abstract Object number(String value);

    @JsonProperty("title")
    abstract Object title(String value);

    @JsonProperty("validity")
    abstract Object validity(DateRange value);

    @JsonProperty("status")
    abstract Object status(LicenseStatus value);

    @JsonProperty("provisional")
    abstract Object provisional(boolean value);
  }

  /** The wire form of {@link Degree}. */
  @JsonDeserialize(builder = Degree.Builder.class)
  @JsonPropertyOrder({"level", "field", "institution", "awarded", "clinical", "humanService"})
  @StrictJson
  abstract static class DegreeMixIn {
    @JsonProperty("level")
    abstract DegreeLevel level();

    @JsonProperty("field")
    abstract String field();

    @JsonProperty("institution")
    abstract Optional<String> institution();

    @JsonProperty("awarded")
    abstract LocalDate awarded();

    @JsonProperty("clinical")
    abstract boolean clinical();

    @JsonProperty("humanService")
    abstract boolean humanService();
  }

  /** Binds JSON properties to {@link Degree.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DegreeBuilderMixIn {
    @JsonProperty("level")
    abstract Object level(DegreeLevel value);

    @JsonProperty("field")
    abstract Object field(String value);

    @JsonProperty("institution")
    abstract Object institution(String value);

    @JsonProperty("awarded")
    abstract Object awarded(LocalDate value);

    @JsonProperty("clinical")
    abstract Object clinical(boolean value);

    @JsonProperty("humanService")
    abstract Object humanService(boolean value);
  }

  /** The wire form of {@link Affiliation}. */
  @JsonDeserialize(builder = Affiliation.Builder.class)
  @JsonPropertyOrder({"organizationId", "organizationName", "organizationKind", "role", "period"})
  @StrictJson
  abstract static class AffiliationMixIn {
    @JsonProperty("organizationId")
    abstract OrganizationId organizationId();

    @JsonProperty("organizationName")
    abstract String organizationName();

    @JsonProperty("organizationKind")
    abstract OrganizationKind organizationKind();

    @JsonProperty("role")
    abstract AffiliationRole role();

    @JsonProperty("period")
    abstract Optional<DateRange> period();
  }

  /** Binds JSON properties to {@link Affiliation.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class AffiliationBuilderMixIn {
    @JsonProperty("organizationId")
    abstract Object organizationId(OrganizationId value);

    @JsonProperty("organizationName")
    abstract Object organizationName(String value);

    @JsonProperty("organizationKind")
    abstract Object organizationKind(OrganizationKind value);

    @JsonProperty("role")
    abstract Object role(AffiliationRole value);

    @JsonProperty("period")
    abstract Object period(DateRange value);
  }

  /** The wire form of {@link Certification}. */
  @JsonDeserialize(builder = Certification.Builder.class)
  @JsonPropertyOrder({
    "body",
    "type",
    "number",
    "validity",
    "status",
    "requirementsVersion",
    "verification"
  })
  @StrictJson
  abstract static class CertificationMixIn {
    @JsonProperty("body")
    abstract CertifyingBody body();

    @JsonProperty("type")
    abstract CertificationType type();

    @JsonProperty("number")
    abstract String number();

    @JsonProperty("validity")
    abstract DateRange validity();

    @JsonProperty("status")
    abstract CertificationStatus status();

    @JsonProperty("requirementsVersion")
    abstract Optional<String> requirementsVersion();

    @JsonProperty("verification")
    abstract Verification verification();
  }

  /** Binds JSON properties to {@link Certification.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class CertificationBuilderMixIn {
    @JsonProperty("body")
    abstract Object body(CertifyingBody value);

    @JsonProperty("type")
    abstract Object type(CertificationType value);

    @JsonProperty("number")
    abstract Object number(String value);

    @JsonProperty("validity")
    abstract Object validity(DateRange value);

    @JsonProperty("status")
    abstract Object status(CertificationStatus value);

    @JsonProperty("requirementsVersion")
    abstract Object requirementsVersion(String value);

    @JsonProperty("verification")
    abstract Object verification(Verification value);
  }

  /** The wire form of {@link Verification}. */
  @JsonDeserialize(builder = Verification.Builder.class)
  @JsonPropertyOrder({"source", "lastVerified"})
  @StrictJson
  abstract static class VerificationMixIn {
    @JsonProperty("source")
    abstract VerificationSource source();

    @JsonProperty("lastVerified")
    abstract Optional<LocalDate> lastVerified();
  }

  /** Binds JSON properties to {@link Verification.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class VerificationBuilderMixIn {
    @JsonProperty("source")
    abstract Object source(VerificationSource value);

    @JsonProperty("lastVerified")
    abstract Object lastVerified(LocalDate value);
  }

  /** The wire form of {@link Membership}. */
  @JsonDeserialize(builder = Membership.Builder.class)
  @JsonPropertyOrder({"body", "period"})
  @StrictJson
  abstract static class MembershipMixIn {
    @JsonProperty("body")
    abstract CertifyingBody body();

    @JsonProperty("period")
    abstract DateRange period();
  }

  /** Binds JSON properties to {@link Membership.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class MembershipBuilderMixIn {
    @JsonProperty("body")
    abstract Object body(CertifyingBody value);

    @JsonProperty("period")
    abstract Object period(DateRange value);
  }

  /** The wire form of {@link TrainingRecord}. */
  @JsonDeserialize(builder = TrainingRecord.Builder.class)
  @JsonPropertyOrder({"category", "hours", "delivery", "completed", "provider", "title"})
  @StrictJson
  abstract static class TrainingRecordMixIn {
    @JsonProperty("category")
    abstract TrainingCategory category();

    @JsonProperty("hours")
    abstract Hours hours();

    @JsonProperty("delivery")
    abstract Delivery delivery();

    @JsonProperty("completed")
    abstract LocalDate completed();

    @JsonProperty("provider")
    abstract Optional<String> provider();

    @JsonProperty("title")
    abstract Optional<String> title();
  }

  /** Binds JSON properties to {@link TrainingRecord.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class TrainingRecordBuilderMixIn {
    @JsonProperty("category")
    abstract Object category(TrainingCategory value);

    @JsonProperty("hours")
    abstract Object hours(Hours value);

    @JsonProperty("delivery")
    abstract Object delivery(Delivery value);

    @JsonProperty("completed")
    abstract Object completed(LocalDate value);

    @JsonProperty("provider")
    abstract Object provider(String value);

    @JsonProperty("title")
    abstract Object title(String value);
  }

  /** The wire form of {@link SupervisedPractice}. */
  @JsonDeserialize(builder = SupervisedPractice.Builder.class)
  @JsonPropertyOrder({
    "discipline",
    "contractSigned",
    "period",
    "practiceHours",
    "telehealthHours",
    "directTeachingHours",
    "individualSupervisionHours",
    "groupSupervisionHours"
  })
  @StrictJson
  abstract static class SupervisedPracticeMixIn {
    @JsonProperty("discipline")
    abstract Discipline discipline();

    @JsonProperty("contractSigned")
    abstract LocalDate contractSigned();

    @JsonProperty("period")
    abstract DateRange period();

    @JsonProperty("practiceHours")
    abstract Hours practiceHours();

    @JsonProperty("telehealthHours")
    abstract Hours telehealthHours();

    @JsonProperty("directTeachingHours")
    abstract Hours directTeachingHours();

    @JsonProperty("individualSupervisionHours")
    abstract Hours individualSupervisionHours();

    @JsonProperty("groupSupervisionHours")
    abstract Hours groupSupervisionHours();
  }

  /** Binds JSON properties to {@link SupervisedPractice.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class SupervisedPracticeBuilderMixIn {
    @JsonProperty("discipline")
    abstract Object discipline(Discipline value);

    @JsonProperty("contractSigned")
    abstract Object contractSigned(LocalDate value);

    @JsonProperty("period")
    abstract Object period(DateRange value);

    @JsonProperty("practiceHours")
    abstract Object practiceHours(Hours value);

    @JsonProperty("telehealthHours")
    abstract Object telehealthHours(Hours value);

    @JsonProperty("directTeachingHours")
    abstract Object directTeachingHours(Hours value);

    @JsonProperty("individualSupervisionHours")
    abstract Object individualSupervisionHours(Hours value);

    @JsonProperty("groupSupervisionHours")
    abstract Object groupSupervisionHours(Hours value);
  }

  /** The wire form of {@link QualificationAssessment}. */
  @JsonDeserialize(builder = QualificationAssessment.Builder.class)
  @JsonPropertyOrder({
    "practitionerId",
    "asOf",
    "policyId",
    "classification",
    "scope",
    "requirements",
    "findings"
  })
  @JsonIgnoreProperties(
      value = {"scope"},
      allowGetters = true)
  @StrictJson
  abstract static class QualificationAssessmentMixIn {
    @JsonProperty("practitionerId")
    abstract PractitionerId practitionerId();

    @JsonProperty("asOf")
    abstract LocalDate asOf();

    @JsonProperty("policyId")
    abstract String policyId();

    @JsonProperty("classification")
    abstract Classification classification();

    @JsonProperty("scope")
    abstract ScopeOfPractice scope();

    @JsonProperty("requirements")
    abstract ImmutableList<RequirementResult> requirements();

    @JsonProperty("findings")
    abstract ImmutableList<Finding> findings();
  }

  /**
   * Binds JSON properties to {@link QualificationAssessment.Builder} methods, and nothing else;
   * {@code scope} is derived from the classification, so a reader accepts and ignores it.
   */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonIgnoreProperties({"scope"})
  @StrictJson
  abstract static class QualificationAssessmentBuilderMixIn {
    @JsonProperty("practitionerId")
    abstract Object practitionerId(PractitionerId value);

    @JsonProperty("asOf")
    abstract Object asOf(LocalDate value);

    @JsonProperty("policyId")
    abstract Object policyId(String value);

    @JsonProperty("classification")
    abstract Object classification(Classification value);

    @JsonProperty("requirements")
    @JsonDeserialize(as = List.class, contentAs = RequirementResult.class)
    abstract Object requirements(Iterable<? extends RequirementResult> values);

    @JsonProperty("findings")
    @JsonDeserialize(as = List.class, contentAs = Finding.class)
    abstract Object findings(Iterable<? extends Finding> values);
  }

  /** The wire form of {@link RequirementResult}. */
  @JsonDeserialize(builder = RequirementResult.Builder.class)
  @JsonPropertyOrder({
    "requirementSetId",
    "discipline",
    "requirement",
    "met",
    "actual",
    "required",
    "path"
  })
  @StrictJson
  abstract static class RequirementResultMixIn {
    @JsonProperty("requirementSetId")
    abstract String requirementSetId();

    @JsonProperty("discipline")
    abstract Discipline discipline();

    @JsonProperty("requirement")
    abstract Requirement requirement();

    @JsonProperty("met")
    abstract boolean met();

    @JsonProperty("actual")
    abstract Optional<Hours> actual();

    @JsonProperty("required")
    abstract Optional<Hours> required();

    @JsonProperty("path")
    abstract String path();
  }

  /** Binds JSON properties to {@link RequirementResult.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class RequirementResultBuilderMixIn {
    @JsonProperty("requirementSetId")
    abstract Object requirementSetId(String value);

    @JsonProperty("discipline")
    abstract Object discipline(Discipline value);

    @JsonProperty("requirement")
    abstract Object requirement(Requirement value);

    @JsonProperty("met")
    abstract Object met(boolean value);

    @JsonProperty("actual")
    abstract Object actual(Hours value);

    @JsonProperty("required")
    abstract Object required(Hours value);

    @JsonProperty("path")
    abstract Object path(String value);
  }

  /** The wire form of {@link Finding}. */
  @JsonDeserialize(builder = Finding.Builder.class)
  @JsonPropertyOrder({"code", "path", "severity", "message"})
  @StrictJson
  abstract static class FindingMixIn {
    @JsonProperty("code")
    abstract FindingCode code();

    @JsonProperty("path")
    abstract String path();

    @JsonProperty("severity")
    abstract Severity severity();

    @JsonProperty("message")
    abstract String message();
  }

  /** Binds JSON properties to {@link Finding.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class FindingBuilderMixIn {
    @JsonProperty("code")
    abstract Object code(FindingCode value);

    @JsonProperty("path")
    abstract Object path(String value);

    @JsonProperty("severity")
    abstract Object severity(Severity value);

    @JsonProperty("message")
    abstract Object message(String value);
  }
}

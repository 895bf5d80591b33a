package org.therapykit.fhir;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.therapykit.Coded;
import org.therapykit.PartyRole;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.InformationCategory;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.intake.Answer;
import org.therapykit.intake.HistorySectionKind;
import org.therapykit.intake.HistoryTopic;
import org.therapykit.intake.ReasonForAttending;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.plan.SessionKind;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Profession;
import org.therapykit.practitioner.Register;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.referral.ReferralReason;
import org.therapykit.validation.FindingCode;

/**
 * The terminology TherapyKit adds to FHIR R4, for what FHIR has no codes for: one CodeSystem (and
 * one ValueSet of all its codes) per TherapyKit code list the bridge writes, such as the
 * classification, the scope of practice, the finding codes and the certification types.
 *
 * <p>Each CodeSystem is generated from the TherapyKit enum that declares the codes, so the two
 * cannot disagree; the same resources ship in this jar as JSON under {@code
 * org/therapykit/fhir/terminology/} for servers and validators to load, and a test checks that they
 * equal what this class generates. Canonical URLs are {@code
 * https://therapykit.org/fhir/CodeSystem/<name>} and {@code .../ValueSet/<name>}.
 */
public final class FhirTerminology {
  /** The base of every TherapyKit canonical URL: CodeSystems, ValueSets and extensions. */
  public static final String BASE = "https://therapykit.org/fhir";

  /** The version written into every CodeSystem and ValueSet: the library's JSON format version. */
  public static final String VERSION = "1.1";

  /** The code lists, each declared by its enum; the name is the enum's, in kebab case. */
  static final ImmutableList<Class<? extends Coded>> TYPES =
      ImmutableList.of(
          Concept.class,
          MappingCode.class,
          Classification.class,
          ScopeOfPractice.class,
          FindingCode.class,
          Requirement.class,
          Profession.class,
          Register.class,
          DegreeLevel.class,
          LicenseStatus.class,
          CertifyingBody.class,
          CertificationType.class,
          CertificationStatus.class,
          OrganizationKind.class,
          AffiliationRole.class,
          PartyRole.class,
          UnitKind.class,
          FertilityStage.class,
          ReferralReason.class,
          HistorySectionKind.class,
          HistoryTopic.class,
          Answer.class,
          ReasonForAttending.class,
          InformationCategory.class,
          DisclosurePurpose.class,
          GoalCategory.class,
          SessionKind.class,
          HomeworkKind.class);

  private static final ImmutableMap<Class<?>, String> NAMES = names();

  private FhirTerminology() {}

  /**
   * TherapyKit's own concepts for FHIR elements that need a code and have no TherapyKit code list
   * behind them, such as {@code Basic.code} of an assessment.
   */
  enum Concept implements Coded {
    /** {@code Basic.code} of a qualification assessment. */
    QUALIFICATION_ASSESSMENT("qualification-assessment"),
    /** {@code CarePlan.category} of a course of sex therapy or sexuality counselling. */
    COURSE_OF_THERAPY("course-of-therapy"),
    /** {@code Consent.category} of a consent to therapy. */
    TREATMENT_CONSENT("treatment-consent"),
    /** {@code Consent.category} of an authorisation to release information. */
    RELEASE_AUTHORIZATION("release-authorization"),
    /** {@code Task.code} of a homework assignment. */
    HOMEWORK("homework"),
    /** {@code Encounter.type} of a therapy session. */
    SESSION("session"),
    /** {@code Basic.code} of the course of therapy as a whole (the case). */
    CASE("therapy-case");

    private final String code;

    Concept(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /**
   * Returns the canonical URL of the CodeSystem of a TherapyKit code list.
   *
   * @param type one of the code lists the bridge writes, such as {@code Classification.class}
   * @return the URL, not null
   * @throws IllegalArgumentException if the bridge has no CodeSystem for the type
   */
  public static String system(Class<? extends Coded> type) {
    String name = NAMES.get(type);
    if (name == null) {
      throw new IllegalArgumentException("no CodeSystem for " + type.getSimpleName());
    }
    return BASE + "/CodeSystem/" + name;
  }

  /**
   * Returns the coding of a TherapyKit code, such as the classification {@code
   * certified-sex-therapist} in its CodeSystem.
   *
   * @param value the code, not null
   * @return a new coding with system, code and display, not null
   */
  public static Coding coding(Coded value) {
    return new Coding(system(codeListOf(value)), value.code(), display(value));
  }

  /** Returns the coding of a code of the type's list, checked by the caller to be on the list. */
  static Coding coding(Class<? extends Coded> type, @Nullable String code) {
    return new Coding(system(type), Elements.require(code), null);
  }

  /** Returns the constant of a code list with the code, if any. */
  static <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, @Nullable String code) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the TherapyKit code a concept carries in the type's CodeSystem, if any.
   *
   * @param <E> the code list
   * @param type the code list's enum, not null
   * @param concept the concept, not null
   * @return the first coding in the type's CodeSystem with a known code, or empty
   */
  public static <E extends Enum<E> & Coded> Optional<E> decode(
      Class<E> type, CodeableConcept concept) {
    for (Coding c : concept.getCoding()) {
      Optional<E> e = decode(type, c);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the TherapyKit code a coding carries, if it is in the type's CodeSystem and known.
   *
   * @param <E> the code list
   * @param type the code list's enum, not null
   * @param coding the coding, not null
   * @return the code, or empty
   */
  public static <E extends Enum<E> & Coded> Optional<E> decode(Class<E> type, Coding coding) {
    return system(type).equals(coding.getSystem())
        ? code(type, coding.getCode())
        : Optional.empty();
  }

  /**
   * Returns the CodeSystems, one per code list, each complete.
   *
   * @return new resources, not null
   */
  public static ImmutableList<CodeSystem> codeSystems() {
    ImmutableList.Builder<CodeSystem> out = ImmutableList.builder();
    for (Class<? extends Coded> type : TYPES) {
      String name = nameOf(type);
      CodeSystem cs = describe(new CodeSystem(), name, system(type));
      cs.setDescription(
          "The codes of TherapyKit's "
              + type.getSimpleName()
              + ", generated from the library's code list.");
      cs.setCaseSensitive(true);
      cs.setValueSet(valueSet(type));
      cs.setContent(CodeSystemContentMode.COMPLETE);
      Coded[] codes = type.getEnumConstants();
      cs.setCount(codes.length);
      for (Coded c : codes) {
        cs.addConcept().setCode(c.code()).setDisplay(display(c));
      }
      out.add(cs);
    }
    return out.build();
  }

  /**
   * Returns the ValueSets, one per code list, each holding all of its CodeSystem's codes.
   *
   * @return new resources, not null
   */
  public static ImmutableList<ValueSet> valueSets() {
    ImmutableList.Builder<ValueSet> out = ImmutableList.builder();
    for (Class<? extends Coded> type : TYPES) {
      String name = nameOf(type);
      ValueSet vs = describe(new ValueSet(), name, valueSet(type));
      vs.setDescription("All codes of the TherapyKit " + type.getSimpleName() + " CodeSystem.");
      vs.getCompose().addInclude().setSystem(system(type));
      out.add(vs);
    }
    return out.build();
  }

  /**
   * Returns the intake Questionnaire that the {@code QuestionnaireResponse} of every intake form
   * answers, generated from the history topics, answers and reasons for attending.
   *
   * @return a new resource, not null
   */
  public static org.hl7.fhir.r4.model.Questionnaire intakeQuestionnaire() {
    return Intake.questionnaire();
  }

  /**
   * Returns every conformance resource the bridge ships: the CodeSystems, the ValueSets and the
   * intake Questionnaire, in that order. The jar holds the same resources as JSON under {@code
   * org/therapykit/fhir/terminology/}, one file per resource named {@code <type>-<id>.json}.
   *
   * @return new resources, not null
   */
  public static ImmutableList<org.hl7.fhir.r4.model.Resource> resources() {
    return ImmutableList.<org.hl7.fhir.r4.model.Resource>builder()
        .addAll(codeSystems())
        .addAll(valueSets())
        .add(intakeQuestionnaire())
        .build();
  }

  /**
   * Returns the canonical URL of the ValueSet of all codes of a code list.
   *
   * @param type one of the code lists the bridge writes
   * @return the URL, not null
   */
  public static String valueSet(Class<? extends Coded> type) {
    return BASE + "/ValueSet/" + nameOf(type);
  }

  /** Sets what every shipped CodeSystem and ValueSet of a code list has in common. */
  private static <R extends org.hl7.fhir.r4.model.MetadataResource> R describe(
      R r, String name, String url) {
    r.setId("therapykit-" + name);
    r.setUrl(url);
    r.setVersion(VERSION);
    r.setName(pascal(name));
    r.setTitle("TherapyKit " + display(name));
    r.setStatus(PublicationStatus.ACTIVE);
    r.setExperimental(false);
    r.setPublisher("TherapyKit");
    return r;
  }

  static String nameOf(Class<? extends Coded> type) {
    system(type); // throws for a type without a CodeSystem
    String name = NAMES.get(type);
    return name == null ? "" : name;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Coded> codeListOf(Coded value) {
    Class<?> type = value.getClass();
    if (!type.isEnum() && type.getSuperclass() != null && type.getSuperclass().isEnum()) {
      type = type.getSuperclass(); // a constant with a body
    }
    return (Class<? extends Coded>) type;
  }

  private static ImmutableMap<Class<?>, String> names() {
    ImmutableMap.Builder<Class<?>, String> b = ImmutableMap.builder();
    for (Class<? extends Coded> type : TYPES) {
      String simple = type == Concept.class ? "Concept" : type.getSimpleName();
      b.put(type, CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, simple));
    }
    return b.buildOrThrow();
  }

  private static String display(Coded c) {
    String code = c.code();
    return code.equals(code.toUpperCase(Locale.ROOT)) ? code : display(code);
  }

  private static String display(String kebab) {
    String words = kebab.replace('-', ' ').replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String pascal(String kebab) {
    return "TherapyKit" + CaseFormat.LOWER_HYPHEN.to(CaseFormat.UPPER_CAMEL, kebab);
  }
}

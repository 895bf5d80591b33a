package org.therapykit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;

/**
 * HAPI's FhirInstanceValidator against base R4 (hapi-fhir-validation-resources-r4) plus the
 * CodeSystems and ValueSets the bridge ships, built once for all tests.
 */
final class Validation {
  static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static final FhirValidator VALIDATOR = validator();

  private Validation() {}

  private static FhirValidator validator() {
    PrePopulatedValidationSupport shipped = new PrePopulatedValidationSupport(CONTEXT);
    for (CodeSystem cs : FhirTerminology.codeSystems()) {
      shipped.addCodeSystem(cs);
    }
    for (ValueSet vs : FhirTerminology.valueSets()) {
      shipped.addValueSet(vs);
    }
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT),
            shipped,
            new CommonCodeSystemsTerminologyService(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new SnapshotGeneratingValidationSupport(CONTEXT),
            new Questionnaires());
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    FhirValidator v = CONTEXT.newValidator();
    v.registerValidatorModule(module);
    return v;
  }

  /** Serves the shipped intake Questionnaire by its canonical URL. */
  private static final class Questionnaires implements IValidationSupport {
    private final Questionnaire questionnaire = FhirTerminology.intakeQuestionnaire();

    @Override
    public FhirContext getFhirContext() {
      return CONTEXT;
    }

    @Override
    public <T extends IBaseResource> @Nullable T fetchResource(
        @Nullable Class<T> type, String url) {
      if (url.startsWith(questionnaire.getUrl())
          && (type == null || type.isAssignableFrom(Questionnaire.class))) {
        @SuppressWarnings("unchecked")
        T t = (T) questionnaire;
        return t;
      }
      return null;
    }
  }

  /** Validates a resource (a bundle validates every entry) and returns the messages. */
  static synchronized List<SingleValidationMessage> validate(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages();
  }

  /** Returns the error (and fatal) messages only, each with its location. */
  static List<String> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .toList();
  }

  /** Counts the non-error messages by severity and text with the resource paths removed. */
  static Map<String, Integer> warnings(List<SingleValidationMessage> messages) {
    Map<String, Integer> out = new TreeMap<>();
    for (SingleValidationMessage m : messages) {
      if (m.getSeverity() == ResultSeverityEnum.WARNING
          || m.getSeverity() == ResultSeverityEnum.INFORMATION) {
        String key =
            m.getSeverity().getCode()
                + ": "
                + m.getMessage().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>");
        out.merge(key, 1, Integer::sum);
      }
    }
    return out;
  }
}

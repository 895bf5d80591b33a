/**
 * TherapyKit core: the model of sex therapy and sexuality counselling practice and of a course of
 * therapy, the qualification and case rules, and the JSON API.
 */
module org.therapykit.core {
  requires transitive com.google.common;
  // TherapyJsonModule, a public type, extends tools.jackson.databind.JacksonModule
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires com.fasterxml.jackson.annotation;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.therapykit;
  exports org.therapykit.validation;
  exports org.therapykit.practitioner;
  exports org.therapykit.credential;
  exports org.therapykit.qualification;
  exports org.therapykit.client;
  exports org.therapykit.referral;
  exports org.therapykit.intake;
  exports org.therapykit.consent;
  exports org.therapykit.plan;
  exports org.therapykit.course;
  exports org.therapykit.directory;
  exports org.therapykit.json;

  // Jackson binds the model through builders declared in these packages (generated,
  // package-private classes), so it needs deep reflection here and nowhere else.
  opens org.therapykit to
      tools.jackson.databind;
  opens org.therapykit.validation to
      tools.jackson.databind;
  opens org.therapykit.practitioner to
      tools.jackson.databind;
  opens org.therapykit.credential to
      tools.jackson.databind;
  opens org.therapykit.qualification to
      tools.jackson.databind;
  opens org.therapykit.json to
      tools.jackson.databind;
  opens org.therapykit.client to
      tools.jackson.databind;
  opens org.therapykit.referral to
      tools.jackson.databind;
  opens org.therapykit.intake to
      tools.jackson.databind;
  opens org.therapykit.consent to
      tools.jackson.databind;
  opens org.therapykit.plan to
      tools.jackson.databind;
  opens org.therapykit.course to
      tools.jackson.databind;
  opens org.therapykit.directory to
      tools.jackson.databind;
  // The JSON Schemas (resources only) are for hosts to read, on the module path too.
  opens org.therapykit.json.schema;
}

/**
 * TherapyKit core: the model of sex therapy and sexuality counselling practice and of a course of
 * therapy, the qualification and case rules, and the JSON API.
 */
module org.therapykit.core {
  requires transitive com.google.common;
  // TherapyJsonModule, a public type, extends tools.jackson.databind.JacksonModule
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
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

  // Hosts' mappers find the module with JsonMapper.builder().findAndAddModules().
  provides tools.jackson.databind.JacksonModule with
      org.therapykit.json.TherapyJsonModule;

  // The JSON Schemas (resources only) are for hosts to read, on the module path too.
  opens org.therapykit.json.schema;
}

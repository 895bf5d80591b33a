/**
 * TherapyKit core: the model of sex therapy and sexuality counselling practice, the qualification
 * rules, and the JSON API.
 */
module org.therapykit.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.therapykit;
  exports org.therapykit.validation;
  exports org.therapykit.practitioner;
  exports org.therapykit.credential;
  exports org.therapykit.qualification;
}

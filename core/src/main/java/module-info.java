/**
 * TherapyKit core: the model of sex therapy and sexuality counselling practice and of a course of
 * therapy, the qualification and case rules, and the JSON API.
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
  exports org.therapykit.client;
  exports org.therapykit.referral;
  exports org.therapykit.intake;
  exports org.therapykit.consent;
  exports org.therapykit.plan;
  exports org.therapykit.course;
}

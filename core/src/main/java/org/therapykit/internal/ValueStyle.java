package org.therapykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.therapykit.validation.InvalidValueException;

/**
 * The one Immutables style of the project, applied in each model package's {@code
 * package-info.java} and nowhere else.
 *
 * <p>Generated {@code Immutable*} classes are package-private; each value type exposes a nested
 * {@code Builder} (the "sandwich" pattern) and {@code of(...)} factories, so no generated name
 * appears in a public signature. A builder missing a required attribute throws {@link
 * InvalidValueException} with code {@code MISSING_VALUE} per attribute. Attributes annotated
 * {@code @Value.Redacted} print as {@value #REDACTED} in {@code toString()}. Generated code carries
 * no annotations from the class path (so a host compiling against the library never needs
 * Immutables), which is why JaCoCo excludes {@code Immutable*} classes by name.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "license:licenses",
      "registration:registrations",
      "degree:degrees",
      "certification:certifications",
      "membership:memberships",
      "training:trainings",
      "affiliation:affiliations",
      "supervisedPractice:supervisedPractice",
      "requirementSet:requirementSets",
      "recognition:recognitions",
      "membershipRequiredBody:membershipRequiredBodies",
      "degreeRoute:degreeRoutes",
      "criterion:criteria",
      "clinicalExperience:clinicalExperience",
      "requirement:requirements",
      "finding:findings",
      "jurisdiction:jurisdictions",
      "category:categories",
      "addressedGoal:addressedGoals",
      "homework:homework",
      "authorization:authorizations",
      "recipient:recipients",
      "purpose:purposes",
      "subject:subjects",
      "attendee:attendees",
      "assignee:assignees",
      "owner:owners",
      "revision:revisions",
      "version:versions",
      "reviewSession:reviewSessions",
      "client:clients",
      "intake:intakes",
      "consent:consents",
      "disclosure:disclosures",
      "goal:goals",
      "session:sessions",
      "item:items",
      "reason:reasons",
      "topic:topics",
    },
    redactedMask = ValueStyle.REDACTED,
    throwForInvalidImmutableState = InvalidValueException.class,
    typeWith = "With*",
    // No classpath annotations on generated code: hosts compile against therapykit-core without
    // Immutables on their class path, and javac would warn about its missing @Generated.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {
  /** The mask printed in place of a sensitive attribute. */
  String REDACTED = "<redacted>";
}

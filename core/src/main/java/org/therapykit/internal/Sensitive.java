package org.therapykit.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose values, inside a client's record, are health information, a client's
 * whereabouts, or who treats the client: a dysfunction, a reason, an intake topic, a homework kind,
 * a fertility stage, a concern, a place, or the practitioner.
 *
 * <p>The redaction rule of the model is written in terms of this mark and of text: in every type
 * reachable from a client's record ({@code TherapyCase}, {@code DisclosureRequest}, {@code
 * DirectoryQuery}) through attributes that are printed, every attribute whose value is free text or
 * of a type marked here is {@code @Value.Redacted}, so {@code toString()} prints {@code <redacted>}
 * in its place. The redaction walk test derives the attributes from this rule and fails on any that
 * is printed, so a new attribute of a marked type cannot be forgotten. Outside a client's record (a
 * practitioner's services, an organisation's address) the same types are not sensitive and are
 * printed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Sensitive {}

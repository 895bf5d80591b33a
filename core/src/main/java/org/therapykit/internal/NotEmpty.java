package org.therapykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a list or set attribute holds at least one element. Generates the invariant check
 * ({@code MISSING_VALUE}), the schema's {@code minItems} and the format table's "at least one".
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NotEmpty {}

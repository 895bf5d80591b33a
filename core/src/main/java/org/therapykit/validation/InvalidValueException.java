package org.therapykit.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.therapykit.TherapyKitException;

/**
 * Thrown when a value would break its invariants; carries every violation at once, each with a code
 * and a path, such as {@code Invalid License: BLANK_VALUE at /number; END_BEFORE_START at
 * /validity}.
 *
 * <p>An invariant is a fact an object cannot exist without: a non-blank name, a period that does
 * not end before it starts, non-negative hours. Domain rules (is this person a certified sex
 * therapist today?) never throw this exception; they return findings.
 *
 * <p>The message names the type, codes and paths, never a value. Immutable and thread-safe.
 */
public class InvalidValueException extends TherapyKitException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the value type. */
  private final String type;

  /** Every violation, in the order found. */
  @SuppressWarnings("serial") // ImmutableList is serializable; findings are not meant for it
  private final ImmutableList<Finding> violations;

  /**
   * Creates an exception for a value of {@code type} with the given violations.
   *
   * @param type the simple name of the value type, such as {@code "License"}, not null
   * @param violations the violations, not null, not empty
   * @throws IllegalArgumentException if there is no violation
   */
  public InvalidValueException(String type, Iterable<Finding> violations) {
    this(type, ImmutableList.copyOf(violations));
  }

  private InvalidValueException(String type, ImmutableList<Finding> violations) {
    super(describe(type, violations));
    checkArgument(!violations.isEmpty(), "an invalid value needs at least one violation");
    this.type = type;
    this.violations = violations;
  }

  /**
   * Creates the exception a generated builder throws when required attributes are missing: one
   * {@link FindingCode#MISSING_VALUE} violation per attribute, such as {@code /number}. The value
   * type is the builder's (found from the calling class, never from a message).
   *
   * <p>This constructor exists for the generated code. Hosts should use {@link
   * #InvalidValueException(String, Iterable)}.
   *
   * @param missingAttributes the names of the attributes not set, not null
   */
  public InvalidValueException(String... missingAttributes) {
    this(builtType(), missing(missingAttributes));
  }

  private static ImmutableList<Finding> missing(String[] attributes) {
    if (attributes.length == 0) {
      return ImmutableList.of(
          Finding.error(FindingCode.MISSING_VALUE, "", "a required attribute is not set"));
    }
    ImmutableList.Builder<Finding> b = ImmutableList.builder();
    for (String name : attributes) {
      b.add(Finding.error(FindingCode.MISSING_VALUE, "/" + name, "required, not set"));
    }
    return b.build();
  }

  /**
   * The simple name of the value type whose generated builder is the caller, such as {@code
   * License} for {@code ImmutableLicense.Builder}; {@code "value"} if the caller is not one.
   */
  private static String builtType() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getDeclaringClass)
                    .filter(c -> c != InvalidValueException.class)
                    .findFirst())
        .map(InvalidValueException::valueTypeOf)
        .orElse("value");
  }

  private static String valueTypeOf(Class<?> caller) {
    for (Class<?> c = caller; c != null; c = c.getEnclosingClass()) {
      if (c.getSimpleName().startsWith("Immutable") && c.getSuperclass() != null) {
        return c.getSuperclass().getSimpleName();
      }
    }
    return "value";
  }

  private static String describe(String type, ImmutableList<Finding> violations) {
    return "Invalid "
        + type
        + ": "
        + violations.stream()
            .map(v -> v.code().code() + " at " + (v.path().isEmpty() ? "/" : v.path()))
            .collect(Collectors.joining("; "));
  }

  /**
   * Returns the simple name of the value type that could not be constructed.
   *
   * @return the type name, such as {@code "License"}, not null
   */
  public String type() {
    return type;
  }

  /**
   * Returns every violation, in the order they were found; all are {@link Severity#ERROR}.
   *
   * @return the violations, not null, never empty
   */
  public ImmutableList<Finding> violations() {
    return violations;
  }
}

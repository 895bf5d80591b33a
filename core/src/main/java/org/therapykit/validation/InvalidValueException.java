package org.therapykit.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

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
   * Creates the exception generated builders throw when required attributes are missing; the
   * message, {@code "Cannot build License, some of required attributes are not set [number]"}, is
   * turned into one {@link FindingCode#MISSING_VALUE} violation per attribute.
   *
   * <p>This constructor exists for the generated code. Hosts should use {@link
   * #InvalidValueException(String, Iterable)}.
   *
   * @param generatedMessage the generated builder's message, not null
   */
  public InvalidValueException(String generatedMessage) {
    this(typeOf(generatedMessage), missingAttributes(generatedMessage));
  }

  private static String typeOf(String generatedMessage) {
    Matcher m = MISSING.matcher(generatedMessage);
    return m.matches() ? m.group(1) : "value";
  }

  private static ImmutableList<Finding> missingAttributes(String generatedMessage) {
    Matcher m = MISSING.matcher(generatedMessage);
    if (!m.matches()) {
      return ImmutableList.of(
          Finding.error(FindingCode.MISSING_VALUE, "", "a required attribute is not set"));
    }
    return Splitter.on(',')
        .trimResults()
        .omitEmptyStrings()
        .splitToStream(m.group(2))
        .map(name -> Finding.error(FindingCode.MISSING_VALUE, "/" + name, "required, not set"))
        .collect(ImmutableList.toImmutableList());
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

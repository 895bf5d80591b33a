package org.therapykit.validation;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * One result of a check: a stable {@link FindingCode}, a JSON Pointer path, a {@link Severity} and
 * a message, such as {@code REQUIREMENT_NOT_MET at /trainings (warning): core knowledge 72 of 90
 * hours}.
 *
 * <p>Findings are data. The path is an RFC 6901 JSON Pointer into the checked value's JSON form
 * ({@code ""} for the value itself, {@code /certifications/2/validity} for an attribute). The
 * message is for people; it names what kind of problem is where, with non-sensitive numbers, and
 * never contains a sensitive value. Hosts and tests should branch on {@link #code()} and {@link
 * #path()}, not on the message.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding implements WithFinding, TherapyValue {
  Finding() {}

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  @Value.Parameter
  public abstract FindingCode code();

  /**
   * Returns where the finding applies, as a JSON Pointer.
   *
   * @return {@code ""} or a pointer starting with {@code /}, not null
   */
  @Text(
      max = 1000,
      pattern = Forms.POINTER,
      patternHint = Forms.POINTER_HINT,
      check = "isPointer",
      mayBeEmpty = true)
  @Value.Parameter
  public abstract String path();

  /**
   * Returns the severity.
   *
   * @return the severity, not null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the message for people, which never contains a sensitive value.
   *
   * @return the message, not null
   */
  @Text(max = 1000)
  @Value.Parameter
  public abstract String message();

  /**
   * Returns another place the finding concerns, as a JSON Pointer into the same document: for a
   * release that an event ends, where the case records the event. Findings carry places as data,
   * never inside their messages.
   *
   * @return {@code ""} or a pointer starting with {@code /}, or empty
   */
  @Text(
      max = 1000,
      pattern = Forms.POINTER,
      patternHint = Forms.POINTER_HINT,
      check = "isPointer",
      mayBeEmpty = true)
  public abstract Optional<String> relatedPath();

  /**
   * Creates a finding.
   *
   * @param code the code, not null
   * @param path a JSON Pointer, {@code ""} or starting with {@code /}, not null
   * @param severity the severity, not null
   * @param message a message without sensitive values, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the path is not a JSON Pointer
   */
  public static Finding of(FindingCode code, String path, Severity severity, String message) {
    return ImmutableFinding.of(code, path, severity, message);
  }

  /**
   * Creates an {@link Severity#ERROR} finding, the form every invariant violation takes.
   *
   * @param code the code, not null
   * @param path a JSON Pointer, not null
   * @param message a message without sensitive values, not null
   * @return the finding, not null
   */
  public static Finding error(FindingCode code, String path, String message) {
    return of(code, path, Severity.ERROR, message);
  }

  /**
   * Returns a copy whose paths are prefixed, for re-rooting a finding inside a larger document.
   *
   * @param prefix a JSON Pointer such as {@code /practitioner}, not null
   * @return the re-rooted finding, not null
   */
  public Finding withPathPrefix(String prefix) {
    return of(code(), prefix + path(), severity(), message())
        .withRelatedPath(relatedPath().map(p -> prefix + p));
  }

  /**
   * Creates a finding with a related path.
   *
   * @param code the code, not null
   * @param path a JSON Pointer, not null
   * @param relatedPath a JSON Pointer into the same document, not null
   * @param severity the severity, not null
   * @param message a message without sensitive values, not null
   * @return the finding, not null
   */
  public static Finding of(
      FindingCode code, String path, String relatedPath, Severity severity, String message) {
    return of(code, path, severity, message).withRelatedPath(relatedPath);
  }

  /**
   * Returns {@link #path()} as a {@link Pointer}, to match against a template or read an index
   * from, instead of splitting the text.
   *
   * @return the pointer, not null
   */
  public Pointer pointer() {
    return Pointer.parse(path());
  }

  /**
   * Returns {@link #relatedPath()} as a {@link Pointer}.
   *
   * @return the related pointer, or empty
   */
  public Optional<Pointer> relatedPointer() {
    return relatedPath().map(Pointer::parse);
  }

  /**
   * Returns whether this finding is an {@link Severity#ERROR}.
   *
   * @return true for errors
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }

  /** Returns {@code CODE at /path (severity): message}. */
  @Override
  public String toString() {
    return code().code()
        + " at "
        + (path().isEmpty() ? "/" : path())
        + " ("
        + severity().code()
        + "): "
        + message()
        + relatedPath().map(p -> " (see " + (p.isEmpty() ? "/" : p) + ")").orElse("");
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; every attribute but the related path is required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}

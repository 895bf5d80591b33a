package org.therapykit.json;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.therapykit.TherapyKitException;
import org.therapykit.validation.Finding;

/**
 * Thrown when a JSON document cannot be read: carries a stable {@link JsonErrorCode}, a JSON
 * Pointer to the offending place, and, for values that break the model's invariants, every
 * violation re-rooted at that place.
 *
 * <p>Example message: {@code UNKNOWN_FIELD at /practitioner/licenses/0/colour (line 7, column 18)}.
 * The message never contains an input value; property names in the pointer are the document's own
 * (escaped and truncated to 64 characters).
 *
 * <p>Immutable and thread-safe.
 */
public class JsonInputException extends TherapyKitException {
  private static final long serialVersionUID = 1L;

  /** The code. */
  private final JsonErrorCode code;

  /** The JSON Pointer. */
  private final String pointer;

  /** The line, 1-based, or 0 if unknown. */
  private final int line;

  /** The column, 1-based, or 0 if unknown. */
  private final int column;

  /** The short explanation, kept for {@link #onLineOffset(int)}. */
  private final String detail;

  /** Invariant violations, re-rooted. */
  @SuppressWarnings("serial") // ImmutableList is serializable; findings are not meant for it
  private final ImmutableList<Finding> violations;

  /**
   * Creates an exception.
   *
   * @param code the code, not null
   * @param pointer the JSON Pointer of the offending place, {@code ""} for the document, not null
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param detail a short explanation without input values, not null
   * @param violations invariant violations with paths already re-rooted, not null
   * @param cause the underlying cause, may be null
   */
  public JsonInputException(
      JsonErrorCode code,
      String pointer,
      int line,
      int column,
      String detail,
      Iterable<Finding> violations,
      @Nullable Throwable cause) {
    super(describe(code, pointer, line, column, detail, ImmutableList.copyOf(violations)), cause);
    this.code = code;
    this.pointer = pointer;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.detail = detail;
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Returns this error as seen from a larger input in which the document starts {@code lines} lines
   * further down: a record of newline-delimited JSON is parsed on its own, so its line 1 is the
   * input's line {@code lines + 1}.
   */
  JsonInputException onLineOffset(int lines) {
    if (lines <= 0 || line == 0) {
      return this;
    }
    int moved = line > Integer.MAX_VALUE - lines ? Integer.MAX_VALUE : line + lines;
    JsonInputException e =
        new JsonInputException(code, pointer, moved, column, detail, violations, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  private static String describe(
      JsonErrorCode code,
      String pointer,
      int line,
      int column,
      String detail,
      ImmutableList<Finding> violations) {
    StringBuilder sb = new StringBuilder(code.name()).append(" at ");
    sb.append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      sb.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    if (!violations.isEmpty()) {
      sb.append(": ")
          .append(
              violations.stream()
                  .map(v -> v.code().code() + " at " + v.path())
                  .collect(Collectors.joining("; ")));
    }
    return sb.toString();
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  public JsonErrorCode code() {
    return code;
  }

  /**
   * Returns the RFC 6901 JSON Pointer of the offending place in the input document, such as {@code
   * /practitioner/licenses/0/validity}.
   *
   * @return the pointer, {@code ""} for the whole document, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the offending place, where the parser knows it.
   *
   * @return the line, or empty
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column of the offending place, where the parser knows it.
   *
   * @return the column, or empty
   */
  public OptionalInt column() {
    return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns, for {@link JsonErrorCode#INVALID_VALUE} and {@link JsonErrorCode#MISSING_FIELD} caused
   * by the model's invariants, every violation with its path re-rooted in the document.
   *
   * @return the violations, possibly empty, not null
   */
  public ImmutableList<Finding> violations() {
    return violations;
  }
}

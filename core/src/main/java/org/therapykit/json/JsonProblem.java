package org.therapykit.json;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.therapykit.validation.Finding;

/**
 * One reason a document could not be read: a code, the JSON Pointer of the place, its line and
 * column, a short explanation and, for a value that breaks the model's invariants, every violation.
 * Example: {@code MISSING_FIELD at /practitioner/licenses/0/number (line 9, column 7): required
 * property absent}.
 *
 * <p>A {@link JsonInputException} carries every problem of a document (up to twenty); its own
 * accessors describe the first. No input value appears here: property names in the pointer are the
 * document's own only when they look like names (otherwise {@code *}), and explanations name what
 * was expected, never what was found.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonProblem {
  private final JsonErrorCode code;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;
  private final ImmutableList<Finding> violations;

  JsonProblem(
      JsonErrorCode code,
      String pointer,
      int line,
      int column,
      String detail,
      Iterable<Finding> violations) {
    this.code = code;
    this.pointer = pointer;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.detail = detail;
    this.violations = ImmutableList.copyOf(violations);
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
   * Returns the RFC 6901 JSON Pointer of the place in the document, such as {@code
   * /practitioner/licenses/0/validity}.
   *
   * @return the pointer, {@code ""} for the whole document, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line, where known.
   *
   * @return the line, or empty
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column, where known.
   *
   * @return the column, or empty
   */
  public OptionalInt column() {
    return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns the short explanation, such as {@code "required property absent"}; never an input
   * value.
   *
   * @return the explanation, not null
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns, for a value that breaks the model's invariants, every violation with its path in the
   * document.
   *
   * @return the violations, possibly empty, not null
   */
  public ImmutableList<Finding> violations() {
    return violations;
  }

  /** This problem as seen in a larger input where the document starts further down and right. */
  JsonProblem shifted(int lines, int firstLineColumns) {
    if (line == 0 || (lines == 0 && firstLineColumns == 0)) {
      return this;
    }
    long l = (long) line + lines;
    long c = line == 1 ? (long) column + firstLineColumns : column;
    return new JsonProblem(
        code,
        pointer,
        (int) Math.min(Integer.MAX_VALUE, l),
        (int) Math.min(Integer.MAX_VALUE, c),
        detail,
        violations);
  }

  /**
   * Returns the problem as one line, such as {@code UNKNOWN_FIELD at /practitioner/colour (line 3,
   * column 14): property not defined by the format}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(code.name()).append(" at ");
    sb.append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      sb.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    if (!violations.isEmpty()) {
      sb.append(": ");
      for (int i = 0; i < violations.size(); i++) {
        Finding v = violations.get(i);
        sb.append(i == 0 ? "" : "; ").append(v.code().code()).append(" at ").append(v.path());
      }
    }
    return sb.toString();
  }
}

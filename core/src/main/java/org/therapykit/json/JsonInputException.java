package org.therapykit.json;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.therapykit.TherapyKitException;
import org.therapykit.validation.Finding;

/**
 * Thrown when a JSON document cannot be read: carries every {@link JsonProblem} found (up to
 * twenty), each with a stable {@link JsonErrorCode}, a JSON Pointer to the offending place and, for
 * values that break the model's invariants, every violation re-rooted at that place. The accessors
 * {@link #code()}, {@link #pointer()} and so on describe the first problem.
 *
 * <p>Example message: {@code UNKNOWN_FIELD at /practitioner/licenses/0/colour (line 7, column 18):
 * property not defined by the format; and 2 more problems}. The message never contains an input
 * value; property names in the pointer are the document's own (escaped, and {@code *} when they do
 * not look like names).
 *
 * <p>Immutable and thread-safe.
 */
public class JsonInputException extends TherapyKitException {
  private static final long serialVersionUID = 1L;

  /** Every problem, in the order found; never empty. */
  @SuppressWarnings("serial") // ImmutableList is serializable; problems are not meant for it
  private final ImmutableList<JsonProblem> problems;

  /** Whether reading stopped at the limit of problems. */
  private final boolean truncated;

  /**
   * Creates an exception with one problem.
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
    this(
        ImmutableList.of(new JsonProblem(code, pointer, line, column, detail, violations)),
        false,
        cause);
  }

  JsonInputException(ImmutableList<JsonProblem> problems, boolean truncated) {
    this(problems, truncated, null);
  }

  private JsonInputException(
      ImmutableList<JsonProblem> problems, boolean truncated, @Nullable Throwable cause) {
    super(describe(problems, truncated), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JSON input error needs a problem");
    }
    this.problems = problems;
    this.truncated = truncated;
  }

  /** Returns this error as seen from a larger input in which the document starts further on. */
  JsonInputException shifted(int lines, int firstLineColumns) {
    if (lines == 0 && firstLineColumns == 0) {
      return this;
    }
    ImmutableList.Builder<JsonProblem> moved = ImmutableList.builder();
    for (JsonProblem p : problems) {
      moved.add(p.shifted(lines, firstLineColumns));
    }
    JsonInputException e = new JsonInputException(moved.build(), truncated, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  private static String describe(ImmutableList<JsonProblem> problems, boolean truncated) {
    if (problems.isEmpty()) {
      return "";
    }
    String first = problems.get(0).toString();
    int more = problems.size() - 1;
    if (more == 0 && !truncated) {
      return first;
    }
    return first
        + (truncated ? "; and at least " : "; and ")
        + more
        + (more == 1 && !truncated ? " more problem" : " more problems");
  }

  /**
   * Returns every problem found, in the order found: at most twenty (see {@link #isTruncated()}).
   *
   * @return the problems, not empty, not null
   */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns whether reading stopped after twenty problems, so that there may be more.
   *
   * @return true if the list of problems is cut short
   */
  public boolean isTruncated() {
    return truncated;
  }

  /**
   * Returns the code of the first problem.
   *
   * @return the code, not null
   */
  public JsonErrorCode code() {
    return problems.get(0).code();
  }

  /**
   * Returns the RFC 6901 JSON Pointer of the first problem's place in the input document, such as
   * {@code /practitioner/licenses/0/validity}.
   *
   * @return the pointer, {@code ""} for the whole document, not null
   */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /**
   * Returns the 1-based line of the first problem, where the parser knows it.
   *
   * @return the line, or empty
   */
  public OptionalInt line() {
    return problems.get(0).line();
  }

  /**
   * Returns the 1-based column of the first problem, where the parser knows it.
   *
   * @return the column, or empty
   */
  public OptionalInt column() {
    return problems.get(0).column();
  }

  /**
   * Returns, when the first problem is a value that breaks the model's invariants, every violation
   * with its path re-rooted in the document.
   *
   * @return the violations, possibly empty, not null
   */
  public ImmutableList<Finding> violations() {
    return problems.get(0).violations();
  }
}

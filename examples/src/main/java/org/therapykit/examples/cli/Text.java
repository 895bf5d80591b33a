package org.therapykit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.therapykit.Coded;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.JsonProblem;

/** Small helpers for what the commands print. */
final class Text {
  private Text() {}

  /** A code as words, such as {@code care coordination} for {@code care-coordination}. */
  static String words(Coded code) {
    return code.code().replace('-', ' ');
  }

  /** Replaces line breaks and other control characters, so that a report stays one line. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .map(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp)
        .forEach(sb::appendCodePoint);
    return sb.toString().strip();
  }

  /**
   * Every problem of a record, one line each, such as {@code MISSING_FIELD at
   * /practitioner/displayName (line 3, column 5): required property absent}; a last line says when
   * there were more than the reader reports.
   */
  static List<String> problems(JsonInputException e) {
    List<String> lines = new ArrayList<>();
    for (JsonProblem p : e.problems()) {
      lines.add(oneLine(p.toString()));
    }
    if (e.isTruncated()) {
      lines.add("(more problems not reported: reading stopped at " + e.problems().size() + ")");
    }
    return lines;
  }

  /** Describes an exception in one line without its class name, such as {@code boom}. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return oneLine(
        Objects.requireNonNullElse(message, "").isBlank()
            ? e.getClass().getSimpleName()
            : Objects.requireNonNull(message));
  }
}

package org.therapykit.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO 8601 calendar dates without {@code DateTimeFormatter} for the one form documents use,
 * {@code yyyy-MM-dd}: the formatter builds a field map and resolves it for every date, which made
 * date parsing the largest single cost of reading a practitioner.
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * Returns whether {@code text[from, to)} has the form {@code yyyy-MM-dd}: ten characters, ASCII
   * digits and two hyphens (whether it is a real date is not checked).
   *
   * @param text the text
   * @param from the first index
   * @param to the index after the last
   * @return true for the form
   */
  public static boolean isPlainDate(CharSequence text, int from, int to) {
    if (to - from != 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && i != from + 4 && i != from + 7) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a date exactly as {@code LocalDate.parse(text.subSequence(from, to))} does (ISO local
   * date, strict resolution), quickly for the form {@code yyyy-MM-dd}.
   *
   * @param text the text
   * @param from the first index
   * @param to the index after the last
   * @return the date, not null
   * @throws DateTimeParseException if the text is not an ISO local date, or not a real date
   */
  public static LocalDate parse(CharSequence text, int from, int to) {
    if (!isPlainDate(text, from, to)) {
      return LocalDate.parse(text.subSequence(from, to));
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      // what LocalDate.parse reports for 2023-02-30 or month 13
      throw new DateTimeParseException("not a date", text.subSequence(from, to), 0, e);
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }
}

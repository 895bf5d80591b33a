package org.therapykit.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Parses and writes ISO 8601 calendar dates without {@code DateTimeFormatter} or string building
 * for the one form documents use, {@code yyyy-MM-dd}: the formatter builds a field map and resolves
 * it for every date, which made date parsing the largest single cost of reading a practitioner, and
 * {@code LocalDate.toString()} an eighth of writing one.
 */
public final class IsoDates {
  /**
   * The form of a date in documents, {@code yyyy-MM-dd} with a month from 01 to 12 and a day from
   * 01 to 31, in the common subset of Java and ECMA-262 patterns; whether the day exists in that
   * month is checked by the reader only.
   */
  public static final String DATE_PATTERN = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

  /** The first year a document can hold: four digits, as {@link #DATE_PATTERN} says. */
  public static final int MIN_YEAR = 0;

  /** The last year a document can hold. */
  public static final int MAX_YEAR = 9999;

  private IsoDates() {}

  /**
   * Returns whether a date has a year a document can hold, from {@link #MIN_YEAR} to {@link
   * #MAX_YEAR}.
   *
   * @param date the date, not null
   * @return true if it can be written as {@code yyyy-MM-dd}
   */
  public static boolean isWritable(LocalDate date) {
    int year = date.getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * Returns whether a month has a year a document can hold, from {@link #MIN_YEAR} to {@link
   * #MAX_YEAR}.
   *
   * @param month the month, not null
   * @return true if it can be written as {@code yyyy-MM}
   */
  public static boolean isWritable(YearMonth month) {
    int year = month.getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * Parses a month of the form {@code yyyy-MM} with a month from 01 to 12, the form of a month in
   * documents.
   *
   * @param text the text, not null
   * @return the month, or null if the text does not have that form
   */
  public static @Nullable YearMonth parseMonth(String text) {
    if (text.length() != 7 || text.charAt(4) != '-') {
      return null;
    }
    int year = checkedDigits(text, 0, 4);
    int month = checkedDigits(text, 5, 7);
    return year >= 0 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
  }

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
   * Returns whether {@code text[from, to)} matches {@link #DATE_PATTERN}: the form {@code
   * yyyy-MM-dd} with a month from 01 to 12 and a day from 01 to 31. Whether the day exists in its
   * month (February 30) is left to {@link #parse}.
   *
   * @param text the text
   * @param from the first index
   * @param to the index after the last
   * @return true for the form
   */
  public static boolean hasDateForm(String text, int from, int to) {
    if (to - from != 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
      return false;
    }
    int year = checkedDigits(text, from, from + 4);
    int month = checkedDigits(text, from + 5, from + 7);
    int day = checkedDigits(text, from + 8, from + 10);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /**
   * Parses a date that {@link #hasDateForm} accepted, without checking the form again.
   *
   * @param text the text
   * @param from the first index
   * @return the date, not null
   * @throws DateTimeParseException if the day is not in its month
   */
  public static LocalDate parseForm(String text, int from) {
    try {
      return LocalDate.of(
          digits(text, from, from + 4),
          digits(text, from + 5, from + 7),
          digits(text, from + 8, from + 10));
    } catch (DateTimeException e) {
      throw new DateTimeParseException("not a date", text.subSequence(from, from + 10), 0, e);
    }
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

  /**
   * Writes a date as {@code LocalDate.toString()} would, {@code yyyy-MM-dd}, into {@code out} at
   * {@code at}, without the string builder and string that {@code toString()} allocates; years
   * outside 0 to 9999 (which {@code toString()} writes with a sign or more digits) are left to the
   * caller.
   *
   * @param date the date
   * @param out the buffer, with at least ten characters from {@code at}
   * @param at where to write
   * @return the index after the date, or -1 if the year is outside 0 to 9999 (nothing written)
   */
  public static int format(LocalDate date, char[] out, int at) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return -1;
    }
    put(out, at, year, 4);
    out[at + 4] = '-';
    put(out, at + 5, date.getMonthValue(), 2);
    out[at + 7] = '-';
    put(out, at + 8, date.getDayOfMonth(), 2);
    return at + 10;
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1, n = value; i >= at; i--, n /= 10) {
      out[i] = (char) ('0' + n % 10);
    }
  }

  /** The number the ASCII digits of {@code text[from, to)} spell, or -1 if one is not a digit. */
  private static int checkedDigits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  private static int digits(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }
}

package org.therapykit.qualification;

import java.time.Period;

/** Writes a period for a finding message, such as {@code 1 year 11 months}. */
final class Periods {
  private Periods() {}

  /**
   * Returns the period in words: years, months and days, leaving out the parts that are zero.
   *
   * @param period a period that is not negative, not null
   * @return the words, such as {@code 2 years} or {@code 1 year 11 months}; {@code 0 days} for zero
   */
  static String describe(Period period) {
    Period p = period.normalized();
    StringBuilder b = new StringBuilder();
    part(b, p.getYears(), "year");
    part(b, p.getMonths(), "month");
    part(b, p.getDays(), "day");
    return b.length() == 0 ? "0 days" : b.toString();
  }

  private static void part(StringBuilder b, int n, String unit) {
    if (n == 0) {
      return;
    }
    if (b.length() > 0) {
      b.append(' ');
    }
    b.append(n).append(' ').append(unit);
    if (n != 1) {
      b.append('s');
    }
  }
}

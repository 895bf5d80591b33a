package org.therapykit.json;

import java.time.LocalDate;
import java.time.YearMonth;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.internal.IsoDates;
import tools.jackson.core.JsonGenerator;

/** The leaf writers the generated codecs call, where a value is not simply a string or number. */
final class WireWriter {
  private WireWriter() {}

  /** Writes a date as {@code yyyy-MM-dd}, exactly as {@code LocalDate.toString()}, without it. */
  static void date(JsonGenerator g, LocalDate value) {
    char[] text = new char[10];
    if (IsoDates.format(value, text, 0) < 0) {
      // unreachable for a model value: every date attribute's year is checked by its invariants
      g.writeString(value.toString());
    } else {
      g.writeString(text, 0, 10);
    }
  }

  /**
   * Writes a month as {@code yyyy-MM}, exactly as {@code YearMonth.toString()} for years 0 to 9999.
   */
  static void month(JsonGenerator g, YearMonth value) {
    g.writeString(value.toString());
  }

  /** Writes a date range as {@link DateRange#toString()} does, without building strings. */
  static void dateRange(JsonGenerator g, DateRange value) {
    char[] text = new char[21];
    int n = IsoDates.format(value.start(), text, 0);
    text[n++] = '/';
    if (value.end().isPresent()) {
      n = IsoDates.format(value.end().get(), text, n);
    } else {
      text[n++] = '.';
      text[n++] = '.';
    }
    g.writeString(text, 0, n);
  }

  /** Writes hours as a plain JSON number, such as {@code 89.5}, as {@link Hours#toString()}. */
  static void hours(JsonGenerator g, Hours value) {
    long hundredths = value.hundredths();
    long whole = hundredths / 100;
    int fraction = (int) (hundredths % 100);
    if (fraction == 0) {
      g.writeNumber(whole);
    } else if (fraction % 10 == 0) {
      // typed, not text: a host's valueToTree builds nodes, and a tree accepts typed numbers only
      g.writeNumber(java.math.BigDecimal.valueOf(hundredths / 10, 1));
    } else {
      g.writeNumber(java.math.BigDecimal.valueOf(hundredths, 2));
    }
  }
}

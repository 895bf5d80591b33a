package org.therapykit.json;

import java.time.LocalDate;
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

  /** Writes hours as a plain JSON number, such as {@code 89.5}, as {@link Hours#toString()}. */
  static void hours(JsonGenerator g, Hours value) {
    long hundredths = value.hundredths();
    long whole = hundredths / 100;
    int fraction = (int) (hundredths % 100);
    if (fraction == 0) {
      g.writeNumber(whole);
    } else if (fraction % 10 == 0) {
      g.writeNumber(whole + "." + fraction / 10);
    } else {
      g.writeNumber(whole + (fraction < 10 ? ".0" : ".") + fraction);
    }
  }
}

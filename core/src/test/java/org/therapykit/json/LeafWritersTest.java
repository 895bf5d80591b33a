package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.validation.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writers of dates, date ranges and hours that avoid building strings (issue #8) write exactly
 * the text form of the value, as the string-building writers they replaced did.
 */
class LeafWritersTest {
  /** A plain mapper: {@code TherapyValue} names the TherapyKit writer for hours and ranges. */
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String date(LocalDate d) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (tools.jackson.core.JsonGenerator g = MAPPER.createGenerator(out)) {
      WireWriter.date(g, d);
    }
    return out.toString();
  }

  @Test
  void hoursAreWrittenAsTheirTextForm() {
    Random random = new Random(41L);
    for (int i = 0; i < 20_000; i++) {
      long hundredths =
          i < 1_000
              ? i
              : random.nextInt(3) == 0
                  ? random.nextInt(100_000)
                  : random.nextLong(0, Hours.MAX.hundredths() + 1);
      Hours h = Hours.ofHundredths(hundredths);
      assertThat(MAPPER.writeValueAsString(h)).as("%s", hundredths).isEqualTo(h.toString());
    }
    assertThat(MAPPER.writeValueAsString(Hours.MAX)).isEqualTo("10000000");
  }

  @Test
  void datesAndRangesAreWrittenAsTheirTextForm() {
    Random random = new Random(42L);
    for (int i = 0; i < 10_000; i++) {
      LocalDate start = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 719_528);
      LocalDate end = start.plusDays(random.nextInt(2_932_897 - (int) start.toEpochDay()));
      for (DateRange r : new DateRange[] {DateRange.of(start, end), DateRange.startingOn(start)}) {
        assertThat(MAPPER.writeValueAsString(r)).isEqualTo("\"" + r + "\"");
      }
      assertThat(date(start)).isEqualTo("\"" + start + "\"");
    }
    // a year the format cannot hold is refused when the value is made, not written as +10000
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
  }
}

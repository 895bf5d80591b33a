package org.therapykit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.therapykit.Jurisdiction;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The hand-written checks that replaced regular expressions and {@code DateTimeFormatter} on the
 * reading path (issue #8) accept exactly what the originals accepted: each is compared with the
 * original on edge cases and on some 70,000 seeded random strings drawn from the characters that
 * matter.
 */
class HandWrittenChecksTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final String ALPHABET = "0123456789-AZaz._:/+ é٣\u0000";

  /** Random strings of up to {@code maxLength} characters, mostly digits and separators. */
  private static List<String> randomStrings(long seed, int count, int maxLength) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = random.nextInt(maxLength + 1);
      StringBuilder sb = new StringBuilder(n);
      for (int j = 0; j < n; j++) {
        sb.append(
            random.nextInt(3) == 0
                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                : (char) ('0' + random.nextInt(10)));
      }
      out.add(sb.toString());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-29", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
        "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2024-1-01", "2024/01/01",
        "2024-01-01 ", " 2024-01-01", "20240101", "2024-01-011", "٢٠٢٤-01-01", ""
      })
  void datesParseExactlyAsLocalDateParse(String text) {
    assertSameAsLocalDate(text);
  }

  @Test
  void randomDatesParseExactlyAsLocalDateParse() {
    for (String s : randomStrings(11L, 10_000, 12)) {
      assertSameAsLocalDate(s);
    }
    Random random = new Random(12L);
    for (int i = 0; i < 10_000; i++) {
      // well-formed shapes, real or not
      String s =
          String.format(
              "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      assertSameAsLocalDate(s);
      assertThat(IsoDates.isPlainDate(s, 0, s.length())).isTrue();
    }
  }

  private static void assertSameAsLocalDate(String text) {
    assertThat(IsoDates.isPlainDate(text, 0, text.length()))
        .as(text)
        .isEqualTo(ISO_DATE.matcher(text).matches());
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> IsoDates.parse(text, 0, text.length()))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(IsoDates.parse(text, 0, text.length())).as(text).isEqualTo(expected);
  }

  @Test
  void datesInsideLongerTextUseOnlyTheirRange() {
    assertThat(IsoDates.parse("x2024-02-29/..", 1, 11)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDates.parse("+10000-01-01/x", 0, 12)).isEqualTo(LocalDate.of(10_000, 1, 1));
  }

  @Test
  void datesAreWrittenExactlyAsLocalDateToString() {
    Random random = new Random(13L);
    List<LocalDate> dates =
        new ArrayList<>(
            List.of(
                LocalDate.of(0, 1, 1),
                LocalDate.of(5, 3, 9),
                LocalDate.of(9999, 12, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 12, 31),
                LocalDate.MIN,
                LocalDate.MAX));
    for (int i = 0; i < 10_000; i++) {
      dates.add(LocalDate.ofEpochDay(random.nextInt(4_000_000) - 800_000));
    }
    for (LocalDate d : dates) {
      char[] out = new char[12];
      int end = IsoDates.format(d, out, 1);
      if (d.getYear() >= 0 && d.getYear() <= 9999) {
        assertThat(end).isEqualTo(11);
        assertThat(new String(out, 1, 10)).isEqualTo(d.toString());
      } else {
        assertThat(end).as(d.toString()).isEqualTo(-1);
      }
    }
  }

  @Test
  void identifiersAcceptExactlyTheRegularExpression() {
    List<String> cases = new ArrayList<>(randomStrings(21L, 30_000, 8));
    cases.addAll(List.of("a", "-a", ".a", "a-", "A:b_c.d-e", "é", "a b", "a".repeat(128)));
    cases.add("a".repeat(129));
    cases.add("");
    for (String s : cases) {
      assertThat(Identifiers.isValid(s)).as(s).isEqualTo(IDENTIFIER.matcher(s).matches());
    }
  }

  @Test
  void jurisdictionsAcceptExactlyTheRegularExpressions() {
    List<String> parts =
        new ArrayList<>(List.of("US", "GB", "FL", "NSW", "QC", "1", "A1B", "ABCD", "us", "É", ""));
    parts.addAll(randomStrings(31L, 300, 4));
    for (String country : parts) {
      boolean countryOk = COUNTRY.matcher(country).matches();
      assertThat(hasForm(() -> Jurisdiction.of(country))).as(country).isEqualTo(countryOk);
      for (String subdivision : parts.subList(0, 60)) {
        boolean ok = countryOk && SUBDIVISION.matcher(subdivision).matches();
        assertThat(hasForm(() -> Jurisdiction.of(country, subdivision)))
            .as(country + "-" + subdivision)
            .isEqualTo(ok);
      }
    }
  }

  /** Whether a jurisdiction is made or is refused only because ISO 3166 does not assign it. */
  private static boolean hasForm(Runnable construction) {
    try {
      construction.run();
      return true;
    } catch (InvalidValueException e) {
      return e.violations().stream().allMatch(v -> v.code() == FindingCode.NOT_ASSIGNED);
    }
  }
}

package org.therapykit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * The hand-written checks the reader runs agree with the patterns the schemas state: each pattern
 * is the one fact, each check a faster way to decide it, over seeded random texts built from the
 * characters that matter.
 */
class FormsTest {
  private static final int SAMPLES = 40_000;

  private static Function<SplittableRandom, String> texts(String alphabet, int maxLength) {
    return random -> {
      int n = random.nextInt(maxLength + 1);
      StringBuilder sb = new StringBuilder(n);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return sb.toString();
    };
  }

  /** A date-like text: {@code yyyy-MM-dd} from random digits, now and then one character off. */
  private static String dateLike(SplittableRandom random) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
    if (random.nextInt(4) == 0) {
      sb.setCharAt(random.nextInt(sb.length()), "0-9/ a".charAt(random.nextInt(6)));
    }
    if (random.nextInt(20) == 0) {
      sb.append('1');
    }
    return sb.toString();
  }

  private static void agree(
      String pattern, Function<SplittableRandom, String> texts, Predicate<String> check) {
    Pattern p = Pattern.compile(pattern);
    SplittableRandom random = new SplittableRandom(pattern.hashCode());
    int matched = 0;
    for (int i = 0; i < SAMPLES; i++) {
      String s = texts.apply(random);
      boolean expected = p.matcher(s).matches();
      matched += expected ? 1 : 0;
      assertThat(check.test(s)).as("%s on \"%s\"", pattern, s).isEqualTo(expected);
    }
    // the texts reach both answers
    assertThat(matched).as(pattern).isBetween(SAMPLES / 200, SAMPLES - SAMPLES / 200);
  }

  @Test
  void theTextChecksAgreeWithTheirPatterns() {
    agree(Forms.LANGUAGE, texts("abcxyzABZ-0", 7), Forms::isLanguage);
    agree(Forms.POLICY_ID, texts("aZ09._-/ é", 4), Forms::isPolicyId);
    agree(Forms.VERSION, texts("aZ09.-_ ", 4), Forms::isVersion);
    agree(Forms.POINTER, texts("/a~01 ", 4), Forms::isPointer);
    agree(Identifiers.PATTERN, texts("aZ09._:-/ ", 5), Identifiers::isValid);
  }

  @Test
  void theDateCheckAgreesWithItsPattern() {
    agree(IsoDates.DATE_PATTERN, FormsTest::dateLike, s -> IsoDates.hasDateForm(s, 0, s.length()));
  }

  @Test
  void theTextFormsParseWhatTheirPatternsDescribe() {
    agree(
        "[A-Z]{2}(-[A-Z0-9]{1,3})?",
        texts("USAZ09-a", 7),
        s -> {
          try {
            Jurisdiction.parse(s);
            return true;
          } catch (InvalidValueException e) {
            // a code ISO 3166 does not assign: the form was right
            return e.violations().get(0).code() == FindingCode.NOT_ASSIGNED;
          }
        });
    String date = IsoDates.DATE_PATTERN;
    agree(
        date + "/(" + date + "|\\.\\.)",
        random ->
            dateLike(random)
                + (random.nextInt(10) == 0 ? "-" : "/")
                + (random.nextInt(3) == 0 ? ".." : dateLike(random)),
        s -> {
          try {
            DateRange.parse(s);
            return true;
          } catch (InvalidValueException e) {
            // a day not in its month, or the end before the start: the form was right
            return e.violations().get(0).code() != FindingCode.INVALID_FORMAT;
          }
        });
  }
}

package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

/**
 * The same seed gives the same values on every machine: these goldens were computed once and pin
 * the values. If a change to a generator changes them on purpose, update the goldens and say so in
 * the CHANGELOG, because hosts' recorded seeds then give other values.
 */
class ReproducibilityTest {
  private static final String GOLDEN_DIRECTORIES =
      "8702c434ebdf1a3eb2f75d771adfd3ea95edd3c91b5c3aa94a7d4d8d67220ca3";

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSeedGivesTheSameChoicesEverywhere() {
    assertThat(Generator.integers(0, 1_000_000).stream(42L).limit(5)).containsExactly(GOLDEN_INTS);
  }

  @Test
  void theDefaultLocaleDoesNotChangeTheValues() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(Samples.list(42L, 50, TherapyGenerators.practitioners()))
          .isEqualTo(
              withRootLocale(() -> Samples.list(42L, 50, TherapyGenerators.practitioners())));
      assertThat(Samples.list(42L, 50, TherapyGenerators.cases()))
          .isEqualTo(withRootLocale(() -> Samples.list(42L, 50, TherapyGenerators.cases())));
    } finally {
      Locale.setDefault(before);
    }
  }

  private static <T> T withRootLocale(java.util.function.Supplier<T> s) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      return s.get();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aSeedGivesTheSameThousandPractitionersEverywhere() {
    String all =
        String.join(
            "\n",
            Samples.list(42L, 1000, TherapyGenerators.practitioners()).stream()
                .map(Practitioner::toString)
                .toList());
    assertThat(sha256(all)).isEqualTo(GOLDEN_PRACTITIONERS);
  }

  @Test
  void aSeedGivesTheSameDirectoriesAndQueriesEverywhere() {
    org.therapykit.json.TherapyJson json = org.therapykit.json.TherapyJson.strict();
    StringBuilder all = new StringBuilder();
    for (GeneratedDirectory d : Samples.list(42L, 200, TherapyGenerators.directories())) {
      d.organizations().forEach(o -> all.append(json.write(o)).append('\n'));
      d.practitioners().forEach(p -> all.append(json.write(p)).append('\n'));
      all.append(json.write(TherapyGenerators.directoryQueries().over(d).next(Source.of(7L))));
    }
    assertThat(sha256(all.toString())).isEqualTo(GOLDEN_DIRECTORIES);
  }

  @Test
  void aSeedGivesTheSameThousandCasesEverywhere() {
    // written as JSON, which (unlike toString) includes the redacted, sensitive text
    org.therapykit.json.TherapyJson json = org.therapykit.json.TherapyJson.strict();
    String all =
        String.join(
            "\n",
            Samples.list(42L, 1000, TherapyGenerators.cases()).stream().map(json::write).toList());
    assertThat(sha256(all)).isEqualTo(GOLDEN_CASES);
  }

  private static final String GOLDEN_CASES =
      "e69df339704f81128522814dc04d4a369f21d278c5c23558e4b63707b79ce232";

  private static final Integer[] GOLDEN_INTS = {711051, 874994, 77337, 272349, 939321};
  private static final String GOLDEN_PRACTITIONERS =
      "07a0f3889df07564826e9a800e8dbed4879e95673bd11f8b10a0cde036faa3a7";
}

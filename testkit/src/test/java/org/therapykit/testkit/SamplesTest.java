package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

class SamplesTest {
  @Test
  void checksEverySampleInOrder() {
    List<Integer> seen = new ArrayList<>();
    Samples.check(8L, 50, Generator.integers(0, 99), seen::add);
    assertThat(seen).isEqualTo(Samples.list(8L, 50, Generator.integers(0, 99)));
  }

  @Test
  void reportsTheSeedAndIndexOfAFailingSampleAndHowToRerunIt() {
    Generator<Integer> g = Generator.integers(0, 99);
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Samples.check(
                    77L,
                    1000,
                    g,
                    i -> {
                      if (i > 95) {
                        throw new AssertionError("too big: " + i);
                      }
                    }));
    String message = String.valueOf(e.getMessage());
    assertThat(message)
        .startsWith("Sample ")
        .contains("of 1000 from seed 77L failed")
        .contains("too big")
        .contains("Samples.nth(77L, ");
    int index = Integer.parseInt(message.replaceAll("(?s)^Sample (\\d+) .*", "$1"));
    assertThat(Samples.nth(77L, index, g)).isGreaterThan(95);
    assertThat(Samples.list(77L, index, g)).allMatch(i -> i <= 95);
    assertThat(e.getCause()).hasMessageContaining("too big");
  }

  @Test
  void wrapsRuntimeExceptionsToo() {
    assertThatThrownBy(
            () ->
                Samples.check(
                    1L,
                    10,
                    Generator.constant("x"),
                    x -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Sample 0 of 10 from seed 1L")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void shortensLongValuesInTheReport() {
    Generator<String> longText = Generator.constant("y".repeat(10_000));
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Samples.check(
                    1L,
                    1,
                    longText,
                    x -> {
                      throw new AssertionError("no");
                    }));
    assertThat(String.valueOf(e.getMessage())).hasSizeLessThan(3000);
  }

  @Test
  void theSameSeedGivesTheSameThousandPractitioners() {
    List<Practitioner> first = Samples.list(123L, 1000, TherapyGenerators.practitioners());
    List<Practitioner> second = Samples.list(123L, 1000, TherapyGenerators.practitioners());
    assertThat(first).isEqualTo(second);
    assertThat(first.stream().map(Practitioner::toString).toList())
        .isEqualTo(second.stream().map(Practitioner::toString).toList());
    assertThat(Samples.list(124L, 1000, TherapyGenerators.practitioners())).isNotEqualTo(first);
    assertThat(Samples.nth(123L, 999, TherapyGenerators.practitioners())).isEqualTo(first.get(999));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> Samples.check(1L, -1, Generator.constant(1), x -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Samples.nth(1L, -1, Generator.constant(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Samples.list(1L, -1, Generator.constant(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

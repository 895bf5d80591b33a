package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Profession;

class GeneratorTest {
  private static final Source LOWEST = (min, max) -> min;

  @Test
  void mapsFlatMapsAndZips() {
    Generator<Integer> dice = Generator.integers(1, 6);
    assertThat(dice.map(i -> i * 10).stream(1L).limit(200)).allMatch(i -> i % 10 == 0);
    Generator<List<Integer>> sized = dice.flatMap(n -> Generator.integers(0, 9).listOf(n, n));
    assertThat(sized.stream(2L).limit(200)).allMatch(l -> l.size() >= 1 && l.size() <= 6);
    assertThat(dice.zip(dice, Integer::sum).stream(3L).limit(200)).allMatch(i -> i >= 2 && i <= 12);
  }

  @Test
  void listsRespectTheirBoundsAndShrinkToTheShortest() {
    Generator<ImmutableList<Integer>> lists = Generator.integers(0, 3).listOf(2, 5);
    assertThat(lists.stream(4L).limit(500).map(List::size).distinct())
        .containsExactlyInAnyOrder(2, 3, 4, 5);
    assertThat(lists.next(LOWEST)).containsExactly(0, 0);
    assertThatThrownBy(() -> Generator.integers(0, 1).listOf(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.integers(0, 1).listOf(3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionalsAreSometimesEmptyAndShrinkToEmpty() {
    Generator<Optional<Integer>> maybe = Generator.integers(1, 9).optional();
    assertThat(maybe.stream(5L).limit(200).map(Optional::isPresent).distinct())
        .containsExactlyInAnyOrder(true, false);
    assertThat(maybe.next(LOWEST)).isEmpty();
  }

  @Test
  void choosesAmongValuesGeneratorsAndConstants() {
    assertThat(Generator.constant("x").stream(1L).limit(10)).containsOnly("x");
    assertThat(Generator.elements(List.of("a", "b", "c")).stream(1L).limit(300).distinct())
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(Generator.enums(Profession.class).stream(1L).limit(1000).distinct())
        .containsExactlyInAnyOrder(Profession.values());
    assertThat(Generator.booleans().stream(1L).limit(100).distinct()).hasSize(2);
    Generator<String> either = Generator.oneOf(Generator.constant("a"), Generator.constant("b"));
    assertThat(either.stream(1L).limit(100).distinct()).containsExactlyInAnyOrder("a", "b");
    assertThat(either.next(LOWEST)).isEqualTo("a");
    assertThat(Generator.oneOf(List.of(Generator.constant(1))).next(LOWEST)).isEqualTo(1);
    assertThatThrownBy(() -> Generator.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.oneOf(List.<Generator<String>>of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weighsAFrequencyChoice() {
    Frequency<String> weighted =
        Generator.frequency(3, Generator.constant("often")).or(1, Generator.constant("rarely"));
    Map<String, Long> counts =
        weighted.stream(6L)
            .limit(4000)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(counts.get("often")).isBetween(2800L, 3200L);
    assertThat(weighted.next(LOWEST)).isEqualTo("often");
    assertThat(weighted.toString()).isEqualTo("frequency(3, 1)");
    assertThatThrownBy(() -> weighted.or(0, Generator.constant("never")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void filtersRarelyAndGivesUpAfterAHundredMisses() {
    assertThat(Generator.integers(0, 9).filter(i -> i != 3).stream(1L).limit(300))
        .doesNotContain(3)
        .hasSize(300);
    Generator<Integer> never = Generator.integers(0, 9).filter(i -> i > 100);
    assertThatThrownBy(() -> never.next(Source.of(1L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("100");
  }

  @Test
  void theSameSeedGivesTheSameStream() {
    Generator<Integer> g = Generator.integers(0, 1_000_000);
    assertThat(g.stream(11L).limit(1000).toList()).isEqualTo(g.stream(11L).limit(1000).toList());
    assertThat(g.stream(new SplittableRandom(11L)).limit(1000).toList())
        .isEqualTo(g.stream(11L).limit(1000).toList());
    assertThat(g.stream(12L).limit(1000).toList()).isNotEqualTo(g.stream(11L).limit(1000).toList());
  }

  @Test
  void aParallelStreamStillGivesTheSameValuesInOrder() {
    Generator<Integer> g = Generator.integers(0, 1_000_000);
    assertThat(g.stream(13L).parallel().limit(2000).toList())
        .isEqualTo(g.stream(13L).limit(2000).toList());
  }
}

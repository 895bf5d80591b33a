package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Profession;

class SourceTest {
  @Test
  void theSameSeedGivesTheSameChoices() {
    Source a = Source.of(new SplittableRandom(42));
    Source b = Source.of(new SplittableRandom(42));
    List<Integer> fromA = IntStream.range(0, 100).mapToObj(i -> a.between(0, 1000)).toList();
    List<Integer> fromB = IntStream.range(0, 100).mapToObj(i -> b.between(0, 1000)).toList();
    assertThat(fromA).isEqualTo(fromB);
  }

  @Test
  void staysWithinBoundsIncludingTheExtremes() {
    Source s = Source.of(new SplittableRandom(7));
    List<Integer> draws = IntStream.range(0, 2000).mapToObj(i -> s.between(-2, 2)).toList();
    assertThat(draws).allMatch(i -> i >= -2 && i <= 2).contains(-2, 2);
    assertThat(s.between(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isGreaterThan(0);
    assertThat(s.between(5, 5)).isEqualTo(5);
  }

  @Test
  void picksFromListsAndEnums() {
    Source s = Source.of(new SplittableRandom(1));
    assertThat(s.pick(List.of("a", "b"))).isIn("a", "b");
    assertThat(s.pick(Profession.class)).isInstanceOf(Profession.class);
    assertThat(IntStream.range(0, 50).mapToObj(i -> s.bool()).distinct()).hasSize(2);
    assertThatThrownBy(() -> s.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.between(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSeedGivesTheSameChoicesAsASplittableRandomOfIt() {
    Source a = Source.of(99L);
    Source b = Source.of(new SplittableRandom(99L));
    assertThat(IntStream.range(0, 50).map(i -> a.between(0, 9)).toArray())
        .isEqualTo(IntStream.range(0, 50).map(i -> b.between(0, 9)).toArray());
  }

  @Test
  void chanceHonoursItsPercentAndItsBounds() {
    Source s = Source.of(3L);
    assertThat(IntStream.range(0, 200).mapToObj(i -> s.chance(0))).containsOnly(false);
    assertThat(IntStream.range(0, 200).mapToObj(i -> s.chance(100))).containsOnly(true);
    long hits = IntStream.range(0, 10_000).filter(i -> s.chance(30)).count();
    assertThat(hits).isBetween(2_700L, 3_300L);
    assertThatThrownBy(() -> s.chance(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.chance(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lowestChoicesGiveFalseAndTheFirstOption() {
    Source lowest = (min, max) -> min;
    assertThat(lowest.bool()).isFalse();
    assertThat(lowest.chance(99)).isFalse();
    assertThat(lowest.pick(List.of("first", "second"))).isEqualTo("first");
    assertThat(lowest.pick(Profession.class)).isEqualTo(Profession.PSYCHOLOGIST);
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * A weighted choice between generators, such as {@code Generator.frequency(3, certified).or(1,
 * uncertified)}: three values in four come from {@code certified}.
 *
 * <p>Shrinks toward the first generator. Immutable and thread-safe: {@link #or(int, Generator)}
 * returns a new choice.
 *
 * @param <T> the type of the values
 */
public final class Frequency<T> implements Generator<T> {
  private final ImmutableList<Integer> weights;
  private final ImmutableList<Generator<? extends T>> generators;
  private final int total;

  private Frequency(
      ImmutableList<Integer> weights, ImmutableList<Generator<? extends T>> generators) {
    this.weights = weights;
    this.generators = generators;
    this.total = weights.stream().mapToInt(Integer::intValue).sum();
  }

  static <T> Frequency<T> empty() {
    return new Frequency<>(ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns a choice that also draws from {@code generator}, with the given weight.
   *
   * @param weight the weight, from 1 to 1,000,000
   * @param generator the generator, not null
   * @return a new choice, not null
   * @throws IllegalArgumentException if the weight is out of range
   */
  public Frequency<T> or(int weight, Generator<? extends T> generator) {
    checkArgument(weight >= 1 && weight <= 1_000_000, "weight must be 1 to 1,000,000: %s", weight);
    checkArgument(generator != null, "generator must not be null");
    return new Frequency<>(
        ImmutableList.<Integer>builder().addAll(weights).add(weight).build(),
        ImmutableList.<Generator<? extends T>>builder().addAll(generators).add(generator).build());
  }

  @Override
  public T next(Source source) {
    int ticket = source.between(0, total - 1);
    for (int i = 0; i < generators.size(); i++) {
      ticket -= weights.get(i);
      if (ticket < 0) {
        return generators.get(i).next(source);
      }
    }
    throw new AssertionError("unreachable: weights sum to " + total);
  }

  /** Returns a description such as {@code frequency(3, 1)}. */
  @Override
  public String toString() {
    return "frequency" + weights.toString().replace('[', '(').replace(']', ')');
  }
}

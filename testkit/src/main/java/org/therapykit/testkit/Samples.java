package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Runs a check over reproducible samples of a generator and reports a failure with its seed, such
 * as {@code Samples.check(42L, 1000, practitioners(), p -> assertThat(...))}.
 *
 * <p>Sample {@code i} of seed {@code s} is the {@code i}-th value (from 0) of {@link
 * Generator#stream(long) generator.stream(s)}: the same on every machine. When a sample fails,
 * {@link #check} throws an {@link AssertionError} that names the seed, the index and the value, and
 * says how to rerun it: {@code Samples.nth(seed, index, generator)} gives the failing value back,
 * and {@code Samples.check(seed, index + 1, generator, check)} replays the run up to it.
 *
 * <p>Uses no test framework: it works under JUnit, TestNG or a {@code main} method. Thread-safe (it
 * keeps no state).
 */
public final class Samples {
  private static final int MAX_VALUE_TEXT = 2000;

  private Samples() {}

  /**
   * Checks every one of {@code count} samples drawn from {@code seed}.
   *
   * @param <T> the type of the values
   * @param seed the seed; fix it in the test so that a failure reproduces
   * @param count how many samples, zero or more
   * @param generator the generator, not null
   * @param check the check, not null; fails by throwing an {@link AssertionError} or a {@link
   *     RuntimeException}
   * @throws AssertionError naming the seed and sample index, with the check's failure as the cause,
   *     if a sample fails
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static <T> void check(
      long seed, int count, Generator<T> generator, Consumer<? super T> check) {
    checkArgument(count >= 0, "count must not be negative: %s", count);
    Iterator<T> values = generator.stream(seed).iterator();
    for (int i = 0; i < count; i++) {
      T value = values.next();
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw failure(seed, i, count, value, e);
      }
    }
  }

  /**
   * Returns sample {@code index} of {@code seed}: the value {@link #check} reports as failing.
   *
   * @param <T> the type of the values
   * @param seed the seed
   * @param index the index, from 0
   * @param generator the generator, not null
   * @return the value, not null
   * @throws IllegalArgumentException if {@code index < 0}
   */
  public static <T> T nth(long seed, int index, Generator<T> generator) {
    checkArgument(index >= 0, "index must not be negative: %s", index);
    Iterator<T> values = generator.stream(seed).iterator();
    for (int i = 0; i < index; i++) {
      values.next();
    }
    return values.next();
  }

  /**
   * Returns the first {@code count} samples of {@code seed}.
   *
   * @param <T> the type of the values
   * @param seed the seed
   * @param count how many, zero or more
   * @param generator the generator, not null
   * @return the samples in order, not null
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static <T> ImmutableList<T> list(long seed, int count, Generator<T> generator) {
    checkArgument(count >= 0, "count must not be negative: %s", count);
    return generator.stream(seed).limit(count).collect(ImmutableList.toImmutableList());
  }

  static AssertionError failure(long seed, int index, int count, Object value, Throwable cause) {
    String text = String.valueOf(value);
    if (text.length() > MAX_VALUE_TEXT) {
      text = text.substring(0, MAX_VALUE_TEXT) + "…";
    }
    AssertionError error =
        new AssertionError(
            "Sample "
                + index
                + " of "
                + count
                + " from seed "
                + seed
                + "L failed: "
                + cause
                + "\n  value: "
                + text
                + "\n  rerun it with Samples.nth("
                + seed
                + "L, "
                + index
                + ", generator)",
            cause);
    return error;
  }
}

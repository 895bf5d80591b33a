package org.therapykit.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.testkit.Source;

/**
 * Bounded draws of dates and hours. Hours are drawn in quarter hours (25 hundredths), so every
 * drawn amount is exact and realistic.
 */
public final class Draw {
  /** A quarter of an hour, in hundredths. */
  public static final int QUARTER = 25;

  private Draw() {}

  /**
   * Draws a date in {@code [from, to]}; shrinks toward {@code from}.
   *
   * @param s the source
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the date
   */
  public static LocalDate date(Source s, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    checkArgument(days >= 0 && days <= Integer.MAX_VALUE, "bad date range %s..%s", from, to);
    return from.plusDays(s.between(0, (int) days));
  }

  /**
   * Draws a date in {@code [from, to]}; shrinks toward {@code to}.
   *
   * @param s the source
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the date
   */
  public static LocalDate dateBackFrom(Source s, LocalDate to, LocalDate from) {
    long days = ChronoUnit.DAYS.between(from, to);
    checkArgument(days >= 0 && days <= Integer.MAX_VALUE, "bad date range %s..%s", from, to);
    return to.minusDays(s.between(0, (int) days));
  }

  /**
   * Returns the number of quarter hours in an amount, rounded up.
   *
   * @param h the hours
   * @return the quarters
   */
  public static int quartersUp(Hours h) {
    return (int) ((h.hundredths() + QUARTER - 1) / QUARTER);
  }

  /**
   * Returns an amount of quarter hours.
   *
   * @param quarters the quarters, zero or more
   * @return the hours
   */
  public static Hours quarters(int quarters) {
    return Hours.ofHundredths((long) quarters * QUARTER);
  }

  /**
   * Draws hours in {@code [minQuarters, maxQuarters]} quarter hours; shrinks toward the minimum.
   *
   * @param s the source
   * @param minQuarters the fewest quarters
   * @param maxQuarters the most quarters
   * @return the hours
   */
  public static Hours hours(Source s, int minQuarters, int maxQuarters) {
    return quarters(s.between(minQuarters, maxQuarters));
  }

  /**
   * Splits an amount into chunks of at most {@code maxChunk} quarters, each at least {@code
   * minChunk} but the last; shrinks toward the fewest, largest chunks.
   *
   * @param s the source
   * @param totalQuarters the amount, zero or more; zero gives no chunks
   * @param minChunk the smallest chunk, at least 1
   * @param maxChunk the largest chunk, at least {@code minChunk}
   * @return the chunks in quarters, summing to the total
   */
  public static ImmutableList<Integer> chunks(
      Source s, int totalQuarters, int minChunk, int maxChunk) {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    int remaining = totalQuarters;
    while (remaining > 0) {
      int hi = Math.min(remaining, maxChunk);
      int lo = Math.min(remaining, minChunk);
      int chunk = hi - s.between(0, hi - lo);
      out.add(chunk);
      remaining -= chunk;
    }
    return out.build();
  }

  /**
   * Splits an amount into exactly {@code parts} non-negative parts; shrinks toward everything in
   * the last part.
   *
   * @param s the source
   * @param totalQuarters the amount, zero or more
   * @param parts how many parts, at least 1
   * @return the parts in quarters, summing to the total
   */
  public static ImmutableList<Integer> split(Source s, int totalQuarters, int parts) {
    checkArgument(parts >= 1 && totalQuarters >= 0, "bad split %s into %s", totalQuarters, parts);
    List<Integer> out = new ArrayList<>(parts);
    int remaining = totalQuarters;
    for (int i = 0; i < parts - 1; i++) {
      int part = s.between(0, remaining);
      out.add(part);
      remaining -= part;
    }
    out.add(remaining);
    return ImmutableList.copyOf(out);
  }

  /**
   * Spreads {@code totalQuarters} over capacities, filling the first ones first: part {@code i}
   * never exceeds {@code capacities[i]}.
   *
   * @param totalQuarters the amount, at most the sum of the capacities
   * @param capacities the capacities
   * @return the parts
   */
  public static ImmutableList<Integer> fill(int totalQuarters, List<Integer> capacities) {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    int remaining = totalQuarters;
    for (int capacity : capacities) {
      int part = Math.min(capacity, remaining);
      out.add(part);
      remaining -= part;
    }
    checkArgument(remaining == 0, "capacities too small for %s quarters", totalQuarters);
    return out.build();
  }

  /**
   * Draws a jurisdiction, weighted like a US-based host's practitioners: 60% US states, then
   * Canada, Britain, other European countries, Australia, Israel/Mexico/Puerto Rico and places no
   * default recognition covers; shrinks toward the first US state.
   *
   * @param s the source
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction(Source s) {
    int r = s.between(0, 99);
    if (r < 60) {
      return s.pick(Catalog.US_STATES);
    } else if (r < 68) {
      return s.pick(Catalog.CANADA);
    } else if (r < 75) {
      return s.pick(Catalog.BRITAIN);
    } else if (r < 83) {
      return s.pick(Catalog.EUROPE);
    } else if (r < 90) {
      return s.pick(Catalog.AUSTRALIA);
    } else if (r < 95) {
      return s.pick(Catalog.AASECT_OTHERS);
    }
    return s.pick(Catalog.ELSEWHERE);
  }
}

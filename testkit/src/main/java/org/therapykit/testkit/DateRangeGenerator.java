package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.therapykit.DateRange;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of {@link DateRange}s, such as {@code
 * TherapyGenerators.dateRanges().containing(date)} for periods that include a date.
 *
 * <p>By default a range starts between 1990-01-01 and 2035-12-31, lasts up to six years and ends by
 * 2035-12-31; one in ten has no end. Each customisation returns a new generator; this one is
 * immutable and thread-safe. Shrinks toward early, short, closed ranges.
 */
public final class DateRangeGenerator implements Generator<DateRange> {
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private enum Kind {
    ANY,
    CONTAINING,
    ENDING_BEFORE,
    STARTING_AFTER
  }

  private record Config(Kind kind, LocalDate date, int openPercent) {}

  private final Config config;
  private final String description;

  private DateRangeGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static DateRangeGenerator create() {
    return new DateRangeGenerator(new Config(Kind.ANY, EARLIEST, 10), "dateRanges()");
  }

  private DateRangeGenerator with(Config next, String step) {
    return new DateRangeGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of ranges that contain a date: they start up to six years before it and end
   * on it, up to six years after it, or never.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public DateRangeGenerator containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(
        new Config(Kind.CONTAINING, date, config.openPercent()), "containing(" + date + ")");
  }

  /**
   * Returns a generator of closed ranges that end before a date, within eight years of it.
   *
   * @param date the date, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #openEnded()} was chosen
   */
  public DateRangeGenerator endingBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkArgument(config.openPercent() < 100, "an open-ended range cannot end before a date");
    return with(new Config(Kind.ENDING_BEFORE, date, 0), "endingBefore(" + date + ")");
  }

  /**
   * Returns a generator of ranges that start after a date, within three years of it.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public DateRangeGenerator startingAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(
        new Config(Kind.STARTING_AFTER, date, config.openPercent()), "startingAfter(" + date + ")");
  }

  /**
   * Returns a generator of ranges that always have an end.
   *
   * @return a new generator, not null
   */
  public DateRangeGenerator closed() {
    return with(new Config(config.kind(), config.date(), 0), "closed()");
  }

  /**
   * Returns a generator of ranges that never have an end.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #endingBefore(LocalDate)} was chosen
   */
  public DateRangeGenerator openEnded() {
    checkArgument(config.kind() != Kind.ENDING_BEFORE, "a range ending before a date has an end");
    return with(new Config(config.kind(), config.date(), 100), "openEnded()");
  }

  @Override
  public DateRange next(Source source) {
    LocalDate date = config.date();
    LocalDate start;
    LocalDate end;
    switch (config.kind()) {
      case CONTAINING -> {
        start = Draw.dateBackFrom(source, date, date.minusYears(6));
        end = Draw.date(source, date, date.plusYears(6));
      }
      case ENDING_BEFORE -> {
        end = Draw.dateBackFrom(source, date.minusDays(1), date.minusYears(8));
        start = Draw.dateBackFrom(source, end, end.minusYears(6));
      }
      case STARTING_AFTER -> {
        start = Draw.date(source, date.plusDays(1), date.plusYears(3));
        end = Draw.date(source, start, start.plusYears(6));
      }
      default -> {
        start = Draw.date(source, EARLIEST, LATEST);
        LocalDate longest = start.plusYears(6);
        end = Draw.date(source, start, longest.isAfter(LATEST) ? LATEST : longest);
      }
    }
    return source.chance(config.openPercent())
        ? DateRange.startingOn(start)
        : DateRange.of(start, end);
  }

  /** Returns the expression that built this generator, such as {@code dateRanges().closed()}. */
  @Override
  public String toString() {
    return description;
  }
}

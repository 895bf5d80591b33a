package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of {@link TrainingRecord}s, such as {@code TherapyGenerators.trainingRecords()
 * .ofCategory(CORE_KNOWLEDGE).online()}: 12.5 online hours of "Sexual Anatomy and Physiology" from
 * an invented institute.
 *
 * <p>By default: any category and delivery, from 1 to 40 hours in quarter hours, completed between
 * 1990-01-01 and 2035-12-31, with an invented provider and a course title fitting the category four
 * times in five. Immutable and thread-safe; shrinks toward fewer hours and earlier dates.
 */
public final class TrainingRecordGenerator implements Generator<TrainingRecord> {
  private record Config(
      Optional<TrainingCategory> category,
      Optional<Delivery> delivery,
      int minQuarters,
      int maxQuarters,
      LocalDate from,
      LocalDate to) {
    Config withCategory(TrainingCategory c) {
      return new Config(Optional.of(c), delivery, minQuarters, maxQuarters, from, to);
    }

    Config withDelivery(Delivery d) {
      return new Config(category, Optional.of(d), minQuarters, maxQuarters, from, to);
    }

    Config withQuarters(int min, int max) {
      return new Config(category, delivery, min, max, from, to);
    }

    Config withCompletionDates(LocalDate first, LocalDate last) {
      return new Config(category, delivery, minQuarters, maxQuarters, first, last);
    }
  }

  private final Config config;
  private final String description;

  private TrainingRecordGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static TrainingRecordGenerator create() {
    return new TrainingRecordGenerator(
        new Config(
            Optional.empty(),
            Optional.empty(),
            4,
            160,
            LocalDate.of(1990, 1, 1),
            LocalDate.of(2035, 12, 31)),
        "trainingRecords()");
  }

  private TrainingRecordGenerator with(Config next, String step) {
    return new TrainingRecordGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of records of one category.
   *
   * @param category the category, not null
   * @return a new generator, not null
   */
  public TrainingRecordGenerator ofCategory(TrainingCategory category) {
    Objects.requireNonNull(category, "category");
    return with(config.withCategory(category), "ofCategory(" + category + ")");
  }

  /**
   * Returns a generator of records of training delivered online.
   *
   * @return a new generator, not null
   */
  public TrainingRecordGenerator online() {
    return with(config.withDelivery(Delivery.ONLINE), "online()");
  }

  /**
   * Returns a generator of records of training delivered in person.
   *
   * @return a new generator, not null
   */
  public TrainingRecordGenerator inPerson() {
    return with(config.withDelivery(Delivery.IN_PERSON), "inPerson()");
  }

  /**
   * Returns a generator of records of {@code min} to {@code max} whole hours, in quarter hours.
   *
   * @param min the fewest hours, at least 1
   * @param max the most hours, from {@code min} to 10,000
   * @return a new generator, not null
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public TrainingRecordGenerator hoursBetween(int min, int max) {
    checkArgument(min >= 1 && max >= min && max <= 10_000, "need 1 <= min <= max <= 10000");
    return with(config.withQuarters(4 * min, 4 * max), "hoursBetween(" + min + ", " + max + ")");
  }

  /**
   * Returns a generator of records completed from {@code first} to {@code last}, both included.
   *
   * @param first the earliest date, not null
   * @param last the latest date, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public TrainingRecordGenerator completedBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return with(
        config.withCompletionDates(first, last), "completedBetween(" + first + ", " + last + ")");
  }

  @Override
  public TrainingRecord next(Source source) {
    TrainingCategory c = config.category().orElseGet(() -> source.pick(TrainingCategory.class));
    Delivery d = config.delivery().orElseGet(() -> source.pick(Delivery.class));
    return Credentials.training(
        source,
        c,
        Draw.hours(source, config.minQuarters(), config.maxQuarters()),
        d,
        Draw.date(source, config.from(), config.to()));
  }

  /** Returns the expression that built this generator, such as {@code trainingRecords()}. */
  @Override
  public String toString() {
    return description;
  }
}

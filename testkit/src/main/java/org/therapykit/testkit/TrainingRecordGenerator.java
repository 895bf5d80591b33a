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
  private final Optional<TrainingCategory> category;
  private final Optional<Delivery> delivery;
  private final int minQuarters;
  private final int maxQuarters;
  private final LocalDate from;
  private final LocalDate to;
  private final String description;

  private TrainingRecordGenerator(
      Optional<TrainingCategory> category,
      Optional<Delivery> delivery,
      int minQuarters,
      int maxQuarters,
      LocalDate from,
      LocalDate to,
      String description) {
    this.category = category;
    this.delivery = delivery;
    this.minQuarters = minQuarters;
    this.maxQuarters = maxQuarters;
    this.from = from;
    this.to = to;
    this.description = description;
  }

  static TrainingRecordGenerator create() {
    return new TrainingRecordGenerator(
        Optional.empty(),
        Optional.empty(),
        4,
        160,
        LocalDate.of(1990, 1, 1),
        LocalDate.of(2035, 12, 31),
        "trainingRecords()");
  }

  /**
   * Returns a generator of records of one category.
   *
   * @param category the category, not null
   * @return a new generator, not null
   */
  public TrainingRecordGenerator ofCategory(TrainingCategory category) {
    Objects.requireNonNull(category, "category");
    return new TrainingRecordGenerator(
        Optional.of(category),
        delivery,
        minQuarters,
        maxQuarters,
        from,
        to,
        description + ".ofCategory(" + category + ")");
  }

  /**
   * Returns a generator of records of training delivered online.
   *
   * @return a new generator, not null
   */
  public TrainingRecordGenerator online() {
    return delivered(Delivery.ONLINE, ".online()");
  }

  /**
   * Returns a generator of records of training delivered in person.
   *
   * @return a new generator, not null
   */
  public TrainingRecordGenerator inPerson() {
    return delivered(Delivery.IN_PERSON, ".inPerson()");
  }

  private TrainingRecordGenerator delivered(Delivery d, String call) {
    return new TrainingRecordGenerator(
        category, Optional.of(d), minQuarters, maxQuarters, from, to, description + call);
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
    return new TrainingRecordGenerator(
        category,
        delivery,
        4 * min,
        4 * max,
        from,
        to,
        description + ".hoursBetween(" + min + ", " + max + ")");
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
    return new TrainingRecordGenerator(
        category,
        delivery,
        minQuarters,
        maxQuarters,
        first,
        last,
        description + ".completedBetween(" + first + ", " + last + ")");
  }

  @Override
  public TrainingRecord next(Source source) {
    TrainingCategory c = category.orElseGet(() -> source.pick(TrainingCategory.class));
    Delivery d = delivery.orElseGet(() -> source.pick(Delivery.class));
    return Credentials.training(
        source, c, Draw.hours(source, minQuarters, maxQuarters), d, Draw.date(source, from, to));
  }

  /** Returns the expression that built this generator, such as {@code trainingRecords()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of {@link SupervisedPractice} records, such as {@code
 * TherapyGenerators.supervisedPractice().ofDiscipline(SEX_THERAPY)}: 240 clinical hours (60 by
 * telehealth) from 2021-01-04 to 2022-06-30 under a contract signed 2020-12-01, with 30 hours of
 * individual and 12 of group supervision.
 *
 * <p>By default: any discipline; a contract signed between 1990-01-01 and 2033-12-31; a period
 * starting up to 60 days later and lasting three months to three years (one in seven still
 * running); 20 to 600 practice hours, of which up to half by telehealth; direct teaching hours only
 * for sexuality education; up to 60 hours each of individual and group supervision. Every record
 * keeps the invariants: parts never exceed the whole, the period never starts before the contract.
 * Immutable and thread-safe.
 */
public final class SupervisedPracticeGenerator implements Generator<SupervisedPractice> {
  private record Config(
      Optional<Discipline> discipline,
      LocalDate from,
      LocalDate to,
      int minQuarters,
      int maxQuarters,
      boolean detail) {
    Config withDiscipline(Discipline d) {
      return new Config(Optional.of(d), from, to, minQuarters, maxQuarters, detail);
    }

    Config withContractDates(LocalDate first, LocalDate last) {
      return new Config(discipline, first, last, minQuarters, maxQuarters, detail);
    }

    Config withQuarters(int min, int max) {
      return new Config(discipline, from, to, min, max, detail);
    }

    Config withDetail() {
      return new Config(discipline, from, to, minQuarters, maxQuarters, true);
    }
  }

  private final Config config;
  private final String description;

  private SupervisedPracticeGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static SupervisedPracticeGenerator create() {
    return new SupervisedPracticeGenerator(
        new Config(
            Optional.empty(),
            LocalDate.of(1990, 1, 1),
            LocalDate.of(2033, 12, 31),
            4 * 20,
            4 * 600,
            false),
        "supervisedPractice()");
  }

  private SupervisedPracticeGenerator with(Config next, String step) {
    return new SupervisedPracticeGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of records of one discipline.
   *
   * @param discipline the discipline, not null
   * @return a new generator, not null
   */
  public SupervisedPracticeGenerator ofDiscipline(Discipline discipline) {
    Objects.requireNonNull(discipline, "discipline");
    return with(config.withDiscipline(discipline), "ofDiscipline(" + discipline + ")");
  }

  /**
   * Returns a generator of records whose contract was signed from {@code first} to {@code last}.
   *
   * @param first the earliest contract date, not null
   * @param last the latest contract date, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public SupervisedPracticeGenerator contractSignedBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return with(
        config.withContractDates(first, last),
        "contractSignedBetween(" + first + ", " + last + ")");
  }

  /**
   * Returns a generator of records of {@code min} to {@code max} whole practice hours.
   *
   * @param min the fewest hours, zero or more
   * @param max the most hours, from {@code min} to 100,000
   * @return a new generator, not null
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public SupervisedPracticeGenerator practiceHoursBetween(int min, int max) {
    checkArgument(min >= 0 && max >= min && max <= 100_000, "need 0 <= min <= max <= 100000");
    return with(
        config.withQuarters(4 * min, 4 * max), "practiceHoursBetween(" + min + ", " + max + ")");
  }

  /**
   * Returns a generator of records that also name a supervisor and break the supervision down by
   * month, keeping to the default policy's supervision limits for the discipline ({@code
   * QualificationPolicy.standard().supervisionLimits()}): the supervisor holds an accepted
   * credential (any supervisor credential where the policy names none); consecutive months from the
   * period's first, within the period; at most the monthly cap (3 hours individual and 3 group
   * where there is no cap); groups no larger than allowed (4 where there is no limit); for a
   * discipline with a spread, 18 to 24 months, a bounded period being lengthened to hold 18 months
   * if it is shorter. The months never add up to more than the record's totals, and may add up to
   * less. Without this step, records have neither.
   *
   * @return a new generator, not null
   */
  public SupervisedPracticeGenerator withSupervisionDetail() {
    return with(config.withDetail(), "withSupervisionDetail()");
  }

  @Override
  public SupervisedPractice next(Source source) {
    SupervisedPractice r = plain(source);
    return config.detail() ? Credentials.withSupervisionDetail(source, r) : r;
  }

  private SupervisedPractice plain(Source source) {
    Discipline d = config.discipline().orElseGet(() -> source.pick(Discipline.class));
    LocalDate contract = Draw.date(source, config.from(), config.to());
    LocalDate start = Draw.date(source, contract, contract.plusDays(60));
    DateRange period =
        source.chance(15)
            ? DateRange.startingOn(start)
            : DateRange.of(start, Draw.date(source, start.plusMonths(3), start.plusYears(3)));
    int practiceQ = source.between(config.minQuarters(), config.maxQuarters());
    Hours telehealth = Draw.hours(source, 0, practiceQ / 2);
    Hours teaching =
        d == Discipline.SEXUALITY_EDUCATION ? Draw.hours(source, 0, practiceQ) : Hours.ZERO;
    return Credentials.practice(
        d,
        contract,
        period,
        Draw.quarters(practiceQ),
        telehealth,
        teaching,
        Draw.hours(source, 0, 4 * 60),
        Draw.hours(source, 0, 4 * 60));
  }

  /** Returns the expression that built this generator, such as {@code supervisedPractice()}. */
  @Override
  public String toString() {
    return description;
  }
}

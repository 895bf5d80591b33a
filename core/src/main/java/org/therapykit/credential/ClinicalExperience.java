package org.therapykit.credential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A period of clinical work, such as psychotherapy at {@code community mental-health clinic} from
 * {@code 2016-09-01} to {@code 2018-08-31}, about 1,400 client hours. Boards ask for years of
 * <em>post-degree clinical experience</em> (AASECT: a master's and two years, or a doctorate and
 * one); with such records, the degree routes count the days of these periods on or after the
 * degree's award, instead of the time since the award.
 *
 * <p>Invariants: the setting, if present, is not blank and at most 200 characters; the hours, if
 * present, are 0.01 or more. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClinicalExperience implements WithClinicalExperience, TherapyValue {
  ClinicalExperience() {}

  /**
   * Returns the period of the work; open-ended for work still going on.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns where the work was done, such as {@code hospital outpatient psychiatry}.
   *
   * @return the setting, or empty
   */
  @Text(max = 200)
  public abstract Optional<String> setting();

  /**
   * Returns the client-contact hours in the period, for people; the rules count the period.
   *
   * @return the hours, above zero, or empty
   */
  @Range(min = 0.01, max = Hours.MAX_HOURS)
  public abstract Optional<Hours> hours();

  /**
   * Returns the days of this period from {@code from} to {@code to}, both inclusive, or zero if
   * they do not meet.
   *
   * @param from the first day that counts, not null
   * @param to the last day that counts, not null
   * @return the days, zero or more
   */
  public long daysBetween(LocalDate from, LocalDate to) {
    LocalDate start = period().start().isAfter(from) ? period().start() : from;
    LocalDate end = period().end().filter(e -> e.isBefore(to)).orElse(to);
    return end.isBefore(start) ? 0 : end.toEpochDay() - start.toEpochDay() + 1;
  }

  /**
   * Returns the days from {@code from} to {@code to}, both inclusive, that at least one of the
   * records covers; a day two records cover counts once.
   *
   * @param records the records, not null
   * @param from the first day that counts, not null
   * @param to the last day that counts, not null
   * @return the days, zero or more
   */
  public static long daysCovered(List<ClinicalExperience> records, LocalDate from, LocalDate to) {
    if (records.size() == 1) {
      return records.get(0).daysBetween(from, to);
    }
    List<long[]> spans = new ArrayList<>();
    for (ClinicalExperience r : records) {
      long days = r.daysBetween(from, to);
      if (days > 0) {
        long start = Math.max(r.period().start().toEpochDay(), from.toEpochDay());
        spans.add(new long[] {start, start + days - 1});
      }
    }
    spans.sort(Comparator.comparingLong(x -> x[0]));
    long total = 0;
    long coveredTo = Long.MIN_VALUE;
    for (long[] x : spans) {
      long start = Math.max(x[0], coveredTo + 1);
      if (x[1] >= start) {
        total += x[1] - start + 1;
        coveredTo = x[1];
      }
    }
    return total;
  }

  /**
   * Obtains a record of a period.
   *
   * @param period the period, not null
   * @return the record, not null
   */
  public static ClinicalExperience of(DateRange period) {
    return builder().period(period).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClinicalExperience}; the period is required. */
  public static final class Builder extends ImmutableClinicalExperience.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

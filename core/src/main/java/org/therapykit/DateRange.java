package org.therapykit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.IsoDates;
import org.therapykit.internal.TextForm;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * A range of dates with an inclusive start and an optional inclusive end, such as a licence valid
 * from {@code 2023-01-01} to {@code 2025-12-31}, or a membership from {@code 2024-01-01} with no
 * end yet.
 *
 * <p>Both ends are inclusive: a licence valid until {@code 2025-12-31} is valid on that day and
 * expired on {@code 2026-01-01}. The text form is {@code 2023-01-01/2025-12-31}, or {@code
 * 2024-01-01/..} for an open end (ISO 8601-2).
 *
 * <p>Immutable and thread-safe.
 */
@TextForm(
    name = "date range",
    pattern = IsoDates.DATE_PATTERN + "/(" + IsoDates.DATE_PATTERN + "|\\.\\.)",
    example = "2024-01-01/2026-12-31")
@Value.Immutable
public abstract class DateRange implements WithDateRange, TherapyValue {
  DateRange() {}

  /**
   * Returns the first day of the range.
   *
   * @return the start, not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the last day of the range, if it has one.
   *
   * @return the inclusive end, or empty for an open range
   */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /**
   * Obtains a closed range.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the range, not null
   * @throws InvalidValueException with {@link FindingCode#END_BEFORE_START} if end is before start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, Optional.of(end));
  }

  /**
   * Obtains a range with no end.
   *
   * @param start the first day, not null
   * @return the range, not null
   */
  public static DateRange startingOn(LocalDate start) {
    return ImmutableDateRange.of(start, Optional.empty());
  }

  /**
   * Parses the text form, {@code 2023-01-01/2025-12-31} or {@code 2024-01-01/..}.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text does not have
   *     the form, {@link FindingCode#NO_SUCH_DATE} for a day not in its month, or {@link
   *     FindingCode#END_BEFORE_START}
   */
  public static DateRange parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash > 0) {
      boolean open = s.length() == slash + 3 && s.endsWith("..");
      if (IsoDates.hasDateForm(s, 0, slash)
          && (open || IsoDates.hasDateForm(s, slash + 1, s.length()))) {
        try {
          LocalDate start = IsoDates.parseForm(s, 0);
          return open ? startingOn(start) : of(start, IsoDates.parseForm(s, slash + 1));
        } catch (DateTimeParseException e) {
          throw new InvalidValueException(
              "DateRange",
              ImmutableList.of(
                  Finding.error(FindingCode.NO_SUCH_DATE, "", "a day that is not in its month")));
        }
      }
    }
    throw new InvalidValueException(
        "DateRange",
        ImmutableList.of(
            Finding.error(
                FindingCode.INVALID_FORMAT, "", "must be start/end or start/.. in ISO 8601")));
  }

  /**
   * Returns whether the date lies in the range, both ends included.
   *
   * @param date the date, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    // no Optional.map: the rules ask this for every credential of every assessment
    LocalDate end = end().orElse(null);
    return !date.isBefore(start()) && (end == null || !date.isAfter(end));
  }

  /**
   * Returns whether the range ended before the date.
   *
   * @param date the date, not null
   * @return true if there is an end and it is before {@code date}
   */
  public boolean endsBefore(LocalDate date) {
    LocalDate end = end().orElse(null);
    return end != null && end.isBefore(date);
  }

  /**
   * Returns whether the two ranges share at least one day, both ends included.
   *
   * @param other the other range, not null
   * @return true if some date lies in both
   */
  public boolean overlaps(DateRange other) {
    return !endsBefore(other.start()) && !other.endsBefore(start());
  }

  @Value.Check
  void check() {
    LocalDate start = start();
    LocalDate end = end().orElse(null);
    if (IsoDates.isWritable(start)
        && (end == null || (IsoDates.isWritable(end) && !end.isBefore(start)))) {
      return; // every range read or made passes here, without allocating a collector
    }
    Violations v = Violations.of("DateRange").date("/start", -1, start);
    if (end != null) {
      v.date("/end", -1, end)
          .require(
              !end.isBefore(start),
              FindingCode.END_BEFORE_START,
              "/end",
              "must not be before the start");
    }
    v.throwIfAny();
  }

  /** Returns the text form, such as {@code 2023-01-01/2025-12-31} or {@code 2024-01-01/..}. */
  @Override
  public String toString() {
    return start() + "/" + end().map(LocalDate::toString).orElse("..");
  }
}

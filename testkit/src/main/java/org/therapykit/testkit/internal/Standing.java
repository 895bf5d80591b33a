package org.therapykit.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.therapykit.DateRange;
import org.therapykit.testkit.Source;

/**
 * How a dated credential (a licence, a certification) stands on a date: the one thing a generator
 * needs to know to draw its validity and status. Each kind matches one way the qualification rules
 * see a credential: in force, about to expire, expired, withdrawn or not yet valid.
 */
public final class Standing {
  /** The kinds of standing. */
  public enum Kind {
    /** Anything, dated between 1990 and 2035. */
    ANY,
    /** Active and in force on every day from {@code first} to {@code last}. */
    VALID_THROUGH,
    /** Active, in force on {@code first}, ending within {@code days} days of it. */
    EXPIRING,
    /** Validity ended before {@code first}. */
    EXPIRED,
    /** Validity contains {@code first}, status not active (and not expired). */
    WITHDRAWN,
    /** Active, validity starting after {@code first}. */
    NOT_YET_VALID
  }

  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST_START = LocalDate.of(2033, 1, 1);

  private final Kind kind;
  private final LocalDate first;
  private final LocalDate last;
  private final int days;

  private Standing(Kind kind, LocalDate first, LocalDate last, int days) {
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.days = days;
  }

  /**
   * Returns a standing with no constraint.
   *
   * @return the standing
   */
  public static Standing any() {
    return new Standing(Kind.ANY, EARLIEST, EARLIEST, 0);
  }

  /**
   * Returns the standing of a credential in force on every day of {@code [first, last]}.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the standing
   */
  public static Standing validThrough(LocalDate first, LocalDate last) {
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return new Standing(Kind.VALID_THROUGH, first, last, 0);
  }

  /**
   * Returns the standing of a credential in force on {@code date} and ending within {@code days}
   * days: its last day is from {@code date} to {@code date + days - 1}.
   *
   * @param date the date
   * @param days at least 1
   * @return the standing
   */
  public static Standing expiring(LocalDate date, int days) {
    checkArgument(days >= 1 && days <= 3650, "days must be 1 to 3650: %s", days);
    return new Standing(Kind.EXPIRING, date, date, days);
  }

  /**
   * Returns the standing of a credential whose validity ended before {@code date}.
   *
   * @param date the date
   * @return the standing
   */
  public static Standing expired(LocalDate date) {
    return new Standing(Kind.EXPIRED, date, date, 0);
  }

  /**
   * Returns the standing of a credential withdrawn on {@code date}.
   *
   * @param date the date
   * @return the standing
   */
  public static Standing withdrawn(LocalDate date) {
    return new Standing(Kind.WITHDRAWN, date, date, 0);
  }

  /**
   * Returns the standing of a credential that starts after {@code date}.
   *
   * @param date the date
   * @return the standing
   */
  public static Standing notYetValid(LocalDate date) {
    return new Standing(Kind.NOT_YET_VALID, date, date, 0);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Draws a validity of one to three years consistent with this standing.
   *
   * @param s the source
   * @return the validity
   */
  public DateRange validity(Source s) {
    int years = s.between(1, 3);
    return switch (kind) {
      case ANY -> {
        LocalDate start = Draw.date(s, EARLIEST, LATEST_START);
        yield DateRange.of(start, start.plusYears(years).minusDays(1));
      }
      case VALID_THROUGH, WITHDRAWN -> {
        LocalDate start = Draw.dateBackFrom(s, first, first.minusYears(years).plusDays(1));
        LocalDate end = start.plusYears(years).minusDays(1);
        yield DateRange.of(start, end.isBefore(last) ? last : end);
      }
      case EXPIRING -> {
        LocalDate end = Draw.date(s, first, first.plusDays(days - 1L));
        LocalDate start = end.minusYears(years).plusDays(1);
        yield DateRange.of(start.isAfter(first) ? first : start, end);
      }
      case EXPIRED -> {
        LocalDate end = Draw.dateBackFrom(s, first.minusDays(1), first.minusDays(1).minusYears(8));
        yield DateRange.of(end.minusYears(years).plusDays(1), end);
      }
      case NOT_YET_VALID -> {
        LocalDate start = Draw.date(s, first.plusDays(1), first.plusDays(365));
        yield DateRange.of(start, start.plusYears(years).minusDays(1));
      }
    };
  }

  /**
   * Returns the date this standing is about, if any.
   *
   * @return the date, or empty for {@link Kind#ANY}
   */
  public Optional<LocalDate> date() {
    return kind == Kind.ANY ? Optional.empty() : Optional.of(first);
  }

  /** Returns a description such as {@code validThrough(2026-06-01, 2026-08-30)}. */
  @Override
  public String toString() {
    return switch (kind) {
      case ANY -> "any";
      case VALID_THROUGH ->
          first.equals(last)
              ? "validOn(" + first + ")"
              : "validThrough(" + first + ", " + last + ")";
      case EXPIRING -> "expiringWithin(" + first + ", " + days + ")";
      case EXPIRED -> "expiredOn(" + first + ")";
      case WITHDRAWN -> "withdrawnOn(" + first + ")";
      case NOT_YET_VALID -> "notYetValidOn(" + first + ")";
    };
  }
}

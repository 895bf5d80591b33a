package org.therapykit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * A non-negative number of clock hours with at most two decimal places, such as {@code 89.5} hours
 * of sexuality education or {@code 300} supervised clinical hours.
 *
 * <p>Hours are exact: they are held as a whole number of hundredths of an hour, so {@code 89.5} is
 * below {@code 90} and sums never drift. The largest value is {@link #MAX} (ten million hours);
 * {@link #plus(Hours)} saturates there. The text form, from {@link #toString()} and accepted by
 * {@link #parse(CharSequence)}, is a plain decimal without trailing zeros, such as {@code 89.5}.
 *
 * <p>Immutable, thread-safe and {@link Comparable}.
 */
@Value.Immutable
public abstract class Hours implements Comparable<Hours>, WithHours, TherapyValue {
  private static final long MAX_HUNDREDTHS = 1_000_000_000L;

  /** The largest amount in whole hours, {@value}. */
  public static final long MAX_HOURS = MAX_HUNDREDTHS / 100;

  /** No hours. */
  public static final Hours ZERO = ofHundredths(0);

  /** The largest amount, ten million hours. */
  public static final Hours MAX = ofHundredths(MAX_HUNDREDTHS);

  Hours() {}

  /**
   * Returns the amount in hundredths of an hour: {@code 8950} for 89.5 hours.
   *
   * @return from 0 to 1,000,000,000
   */
  @Value.Parameter
  public abstract long hundredths();

  /**
   * Obtains a whole number of hours.
   *
   * @param hours from 0 to 10,000,000
   * @return the hours, not null
   * @throws InvalidValueException with {@link FindingCode#OUT_OF_RANGE} if out of range
   */
  public static Hours of(long hours) {
    return ofHundredths(hours > MAX_HUNDREDTHS / 100 || hours < 0 ? -1 : hours * 100);
  }

  /**
   * Obtains an amount in hundredths of an hour: {@code ofHundredths(8950)} is 89.5 hours.
   *
   * @param hundredths from 0 to 1,000,000,000
   * @return the hours, not null
   * @throws InvalidValueException with {@link FindingCode#OUT_OF_RANGE} if out of range
   */
  public static Hours ofHundredths(long hundredths) {
    return ImmutableHours.of(hundredths);
  }

  /**
   * Obtains an exact decimal amount, such as {@code new BigDecimal("89.5")}.
   *
   * @param hours a decimal with at most two places, from 0 to 10,000,000, not null
   * @return the hours, not null
   * @throws InvalidValueException with {@link FindingCode#OUT_OF_RANGE} if out of range or with
   *     more than two decimal places
   */
  public static Hours of(BigDecimal hours) {
    BigDecimal stripped = hours.stripTrailingZeros();
    if (stripped.scale() > 2
        || stripped.signum() < 0
        || stripped.compareTo(BigDecimal.valueOf(MAX_HUNDREDTHS / 100)) > 0) {
      throw outOfRange();
    }
    return ofHundredths(stripped.movePointRight(2).longValueExact());
  }

  /**
   * Parses the text form, such as {@code "89.5"}, {@code "300"} or {@code "0.25"}.
   *
   * @param text a plain decimal of at most 16 characters, not null
   * @return the hours, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text is not a
   *     plain decimal, or {@link FindingCode#OUT_OF_RANGE}
   */
  public static Hours parse(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty() || s.length() > 16 || !s.matches("[0-9]+(\\.[0-9]+)?")) {
      throw new InvalidValueException(
          "Hours",
          ImmutableList.of(
              Finding.error(FindingCode.INVALID_FORMAT, "", "must be a plain decimal number")));
    }
    return of(new BigDecimal(s));
  }

  private static InvalidValueException outOfRange() {
    return new InvalidValueException(
        "Hours",
        ImmutableList.of(
            Finding.error(
                FindingCode.OUT_OF_RANGE,
                "",
                "must be from 0 to 10,000,000 with at most two decimal places")));
  }

  /**
   * Returns the sum, saturating at {@link #MAX}.
   *
   * @param other the hours to add, not null
   * @return the sum, not null
   */
  public Hours plus(Hours other) {
    return ofHundredths(Math.min(MAX_HUNDREDTHS, hundredths() + other.hundredths()));
  }

  /**
   * Returns the difference, or zero if {@code other} is larger.
   *
   * @param other the hours to subtract, not null
   * @return the difference, never negative, not null
   */
  public Hours minus(Hours other) {
    return ofHundredths(Math.max(0, hundredths() - other.hundredths()));
  }

  /**
   * Returns the smaller of this and {@code other}.
   *
   * @param other the other hours, not null
   * @return the smaller, not null
   */
  public Hours min(Hours other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns whether this is at least {@code other}.
   *
   * @param other the other hours, not null
   * @return true if {@code this >= other}
   */
  public boolean isAtLeast(Hours other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns whether this is zero.
   *
   * @return true for no hours
   */
  public boolean isZero() {
    return hundredths() == 0;
  }

  /**
   * Returns this share of a percentage, rounded down: {@code Hours.of(300).percent(50)} is 150.
   *
   * @param percent from 0 to 100
   * @return the share, not null
   */
  public Hours percent(int percent) {
    return ofHundredths(hundredths() * percent / 100);
  }

  /**
   * Converts to an exact decimal, such as {@code 89.5}.
   *
   * @return the decimal, not null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths(), 2).setScale(2, RoundingMode.UNNECESSARY);
  }

  @Override
  public int compareTo(Hours other) {
    return Long.compare(hundredths(), other.hundredths());
  }

  @Value.Check
  void check() {
    Violations.of("Hours")
        .require(
            hundredths() >= 0 && hundredths() <= MAX_HUNDREDTHS,
            FindingCode.OUT_OF_RANGE,
            "",
            "must be from 0 to 10,000,000 with at most two decimal places")
        .throwIfAny();
  }

  /** Returns the text form, a plain decimal without trailing zeros, such as {@code 89.5}. */
  @Override
  public String toString() {
    BigDecimal d = BigDecimal.valueOf(hundredths(), 2).stripTrailingZeros();
    return d.scale() < 0
        ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : d.toPlainString();
  }
}

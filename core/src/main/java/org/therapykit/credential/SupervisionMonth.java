package org.therapykit.credential;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.internal.Range;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * The supervision received in one calendar month of a supervised-practice record, such as {@code
 * 2021-03}: 2 hours individual and 1.5 hours in a group of at most 4 supervisees.
 *
 * <p>Monthly rows are optional detail of a {@link SupervisedPractice}; the record's totals remain
 * what requirements count. Whether a month keeps to a body's limits (group size, monthly cap, the
 * spread over months) is a qualification rule, not an invariant.
 *
 * <p>Invariants: the largest group is recorded when there are group hours ({@link
 * FindingCode#MISSING_CONDITIONAL_VALUE}) and only then ({@link FindingCode#INCONSISTENT_VALUE}); a
 * group has 2 to 1,000 supervisees ({@link FindingCode#OUT_OF_RANGE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupervisionMonth implements WithSupervisionMonth, TherapyValue {
  SupervisionMonth() {}

  /**
   * Returns the calendar month.
   *
   * @return the month, not null
   */
  public abstract YearMonth month();

  /**
   * Returns the hours of one-to-one supervision received in the month. Defaults to zero.
   *
   * @return the hours, not null
   */
  @Value.Default
  public Hours individualHours() {
    return Hours.ZERO;
  }

  /**
   * Returns the hours of group supervision received in the month. Defaults to zero.
   *
   * @return the hours, not null
   */
  @Value.Default
  public Hours groupHours() {
    return Hours.ZERO;
  }

  /**
   * Returns the number of supervisees in the largest supervision group of the month, the
   * practitioner included; present exactly when there are group hours.
   *
   * @return from 2 to 1,000, or empty
   */
  @Range(min = 2, max = 1000)
  public abstract Optional<Integer> largestGroup();

  /**
   * Returns the supervision received in the month, individual and group.
   *
   * @return the hours, not null
   */
  public Hours hours() {
    return individualHours().plus(groupHours());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupervisionMonth}; the month is required. */
  public static final class Builder extends ImmutableSupervisionMonth.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean group = !groupHours().isZero();
    Invariants.of(this)
        .require(
            !group || largestGroup().isPresent(),
            FindingCode.MISSING_CONDITIONAL_VALUE,
            "/largestGroup",
            "must be given when there are group hours")
        .require(
            group || largestGroup().isEmpty(),
            FindingCode.INCONSISTENT_VALUE,
            "/largestGroup",
            "must be absent without group hours")
        .throwIfAny();
  }
}

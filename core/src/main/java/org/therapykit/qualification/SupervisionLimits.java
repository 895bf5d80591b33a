package org.therapykit.qualification;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.CertificationType;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * How a body limits the supervision toward one discipline, judged on the monthly detail of
 * supervised-practice records ({@code SupervisedPractice.supervisionMonths()}) and their
 * supervisor, such as AASECT's for sex therapy: groups of at most 4 supervisees, supervision spread
 * over 18 to 24 months, at most 6 hours a month counted, supervisors certified {@code
 * aasect-cst-supervisor}.
 *
 * <p>Every limit is optional; an absent one is not checked, and an empty set of supervisor
 * credentials accepts any supervisor.
 *
 * <p>The spread is the number of calendar months from the discipline's first recorded supervision
 * month to its last, both counted: January 2021 to June 2022 is 18 months.
 *
 * <p>Invariants: a group has at least 2 supervisees; spreads are 1 to 1,200 months; the cap is
 * above zero; supervisor credentials are supervisor types ({@code OUT_OF_RANGE}); the least spread
 * is not above the greatest ({@code INCONSISTENT_VALUE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupervisionLimits implements WithSupervisionLimits {
  SupervisionLimits() {}

  /**
   * Returns the largest group a supervisee may be supervised in, the supervisee included.
   *
   * @return at least 2, or empty for no limit
   */
  public abstract Optional<Integer> maxGroupSize();

  /**
   * Returns the fewest months the supervision must be spread over, first and last month counted.
   *
   * @return from 1 to 1,200, or empty for no limit
   */
  public abstract Optional<Integer> minSpreadMonths();

  /**
   * Returns the most months the supervision may be spread over, first and last month counted.
   *
   * @return from 1 to 1,200, or empty for no limit
   */
  public abstract Optional<Integer> maxSpreadMonths();

  /**
   * Returns the most hours of supervision that count in one calendar month.
   *
   * @return the cap, above zero, or empty for no cap
   */
  public abstract Optional<Hours> monthlyCap();

  /**
   * Returns the credentials a recorded supervisor must hold, such as {@code aasect-cst-supervisor}.
   *
   * @return supervisor types, or empty to accept any supervisor, not null
   */
  public abstract ImmutableSet<CertificationType> supervisorCredentials();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SupervisionLimits}; every attribute is optional. */
  public static final class Builder extends ImmutableSupervisionLimits.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations.of("SupervisionLimits")
        .require(
            maxGroupSize().orElse(2) >= 2,
            FindingCode.OUT_OF_RANGE,
            "/maxGroupSize",
            "must be at least 2")
        .require(
            isSpread(minSpreadMonths()),
            FindingCode.OUT_OF_RANGE,
            "/minSpreadMonths",
            "must be from 1 to 1200")
        .require(
            isSpread(maxSpreadMonths()),
            FindingCode.OUT_OF_RANGE,
            "/maxSpreadMonths",
            "must be from 1 to 1200")
        .require(
            monthlyCap().map(c -> !c.isZero()).orElse(true),
            FindingCode.OUT_OF_RANGE,
            "/monthlyCap",
            "must be above zero")
        .require(
            supervisorCredentials().stream()
                .allMatch(t -> t.level() == CertificationLevel.SUPERVISOR),
            FindingCode.OUT_OF_RANGE,
            "/supervisorCredentials",
            "must be supervisor types")
        .require(
            minSpreadMonths().orElse(1) <= maxSpreadMonths().orElse(1200),
            FindingCode.INCONSISTENT_VALUE,
            "/minSpreadMonths",
            "must not be above maxSpreadMonths")
        .throwIfAny();
  }

  private static boolean isSpread(Optional<Integer> months) {
    return months.map(m -> m >= 1 && m <= 1200).orElse(true);
  }
}

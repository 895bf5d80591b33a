package org.therapykit.qualification;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.validation.FindingCode;

/**
 * One way to meet a degree requirement, such as "a clinical master's and two years since its
 * award".
 *
 * <p>Years are counted from the award date to the assessment date, a stand-in for post-degree
 * experience (see {@code DOMAIN-NOTES.md}). Invariant: years from 0 to 50. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class DegreeRoute implements WithDegreeRoute {
  DegreeRoute() {}

  /**
   * Returns the lowest degree level that qualifies.
   *
   * @return the level, not null
   */
  @Value.Parameter
  public abstract DegreeLevel level();

  /**
   * Returns the full years that must have passed since the award.
   *
   * @return from 0 to 50
   */
  @Value.Parameter
  public abstract int yearsSinceAward();

  /**
   * Returns whether the programme must have included psychotherapy training.
   *
   * @return true if a clinical degree is required
   */
  @Value.Parameter
  public abstract boolean clinical();

  /**
   * Returns whether the programme must have been a human-service programme.
   *
   * @return true if a human-service degree is required
   */
  @Value.Parameter
  public abstract boolean humanService();

  /**
   * Obtains a route.
   *
   * @param level the lowest qualifying level, not null
   * @param yearsSinceAward full years since award, from 0 to 50
   * @param clinical whether a clinical programme is required
   * @param humanService whether a human-service programme is required
   * @return the route, not null
   */
  public static DegreeRoute of(
      DegreeLevel level, int yearsSinceAward, boolean clinical, boolean humanService) {
    return ImmutableDegreeRoute.of(level, yearsSinceAward, clinical, humanService);
  }

  /**
   * Returns whether the degree satisfies this route on a date.
   *
   * @param degree the degree, not null
   * @param asOf the date, not null
   * @return true if level, kind and years all qualify
   */
  public boolean isMetBy(Degree degree, LocalDate asOf) {
    return degree.level().isAtLeast(level())
        && (!clinical() || degree.clinical())
        && (!humanService() || degree.humanService())
        && degree.hasYearsSinceAward(yearsSinceAward(), asOf);
  }

  @Value.Check
  void check() {
    Violations.of("DegreeRoute")
        .require(
            yearsSinceAward() >= 0 && yearsSinceAward() <= 50,
            FindingCode.OUT_OF_RANGE,
            "/yearsSinceAward",
            "must be from 0 to 50")
        .throwIfAny();
  }

  /** Returns a description such as {@code clinical master + 2 years}. */
  @Override
  public String toString() {
    return (clinical() ? "clinical " : "")
        + (humanService() ? "human-service " : "")
        + level().code()
        + " + "
        + yearsSinceAward()
        + (yearsSinceAward() == 1 ? " year" : " years");
  }
}

package org.therapykit.qualification;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.validation.FindingCode;

/**
 * One way to meet a degree requirement, such as "a clinical master's and two years of post-degree
 * clinical experience".
 *
 * <p>With {@link ClinicalExperience} records, the years are the days of clinical work after the
 * award ({@link #isMetBy(Degree, List, LocalDate)}); without any, the time from the award date to
 * the assessment date stands in for them ({@link #isMetBy(Degree, LocalDate)}; see {@code
 * DOMAIN-NOTES.md}). Invariant: years from 0 to 50. Immutable and thread-safe.
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
    return admits(degree) && degree.hasYearsSinceAward(yearsSinceAward(), asOf);
  }

  /**
   * Returns whether the degree is of the route's level and kind, whatever the experience since.
   *
   * @param degree the degree, not null
   * @return true if level and kind qualify
   */
  public boolean admits(Degree degree) {
    return degree.level().isAtLeast(level())
        && (!clinical() || degree.clinical())
        && (!humanService() || degree.humanService());
  }

  /**
   * Returns whether the degree satisfies this route on a date, counting post-degree experience from
   * clinical-experience records: the days of the records' periods on or after the award and by the
   * date, each day once however many records cover it, must be at least {@code 365 ×
   * yearsSinceAward()}.
   *
   * @param degree the degree, not null
   * @param experience the practitioner's clinical-experience records, not null
   * @param asOf the date, not null
   * @return true if level and kind qualify, the degree was awarded by the date and the experience
   *     is long enough
   */
  public boolean isMetBy(Degree degree, List<ClinicalExperience> experience, LocalDate asOf) {
    return admits(degree)
        && !degree.awarded().isAfter(asOf)
        && ClinicalExperience.daysCovered(experience, degree.awarded(), asOf)
            >= 365L * yearsSinceAward();
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

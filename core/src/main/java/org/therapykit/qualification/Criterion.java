package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.therapykit.Hours;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.FindingCode;

/**
 * One requirement of a {@link RequirementSet} with its numbers, such as {@code new
 * TrainingHours(CORE_KNOWLEDGE, 90 h, at most 75 online)}. A set is a list of criteria; each
 * evaluates itself over a practitioner's evidence and names the {@link Requirement} it reports.
 *
 * <p>The family is sealed: {@link #accept(Visitor)} with a {@link Visitor} is how code outside the
 * library (the testkit, a host's report) walks a set without missing a kind, because a new kind
 * adds a visitor method and so fails to compile wherever it is not handled.
 *
 * <p>Invariants (checked when a criterion is made, {@code InvalidValueException}): hours are
 * positive; caps and percentages are within range. Immutable and thread-safe.
 */
public sealed interface Criterion
    permits Criterion.IndependentLicense,
        Criterion.DegreeRoutes,
        Criterion.TrainingHours,
        Criterion.PracticeHours,
        Criterion.PracticeSpan,
        Criterion.DirectTeachingHours,
        Criterion.SupervisionHours,
        Criterion.IndividualSupervisionHours,
        Criterion.SupervisionRatio {

  /**
   * Returns the requirement this criterion reports as.
   *
   * @return the requirement, not null
   */
  Requirement requirement();

  /**
   * Evaluates this criterion over a practitioner's evidence on a date: training completed and
   * practice started by the date, of the set's discipline. Never throws for valid arguments.
   *
   * @param set the set this criterion belongs to (for its id and discipline), not null
   * @param practitioner the practitioner, not null
   * @param asOf the date, not null
   * @return the result, with the numbers where the criterion counts hours, not null
   */
  RequirementResult evaluate(RequirementSet set, Practitioner practitioner, LocalDate asOf);

  /**
   * Calls the visitor's method for this kind.
   *
   * @param <R> the visitor's result type
   * @param visitor the visitor, not null
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of {@link Criterion}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits an {@link IndependentLicense}.
     *
     * @param c the criterion
     * @return the result
     */
    R independentLicense(IndependentLicense c);

    /**
     * Visits a {@link DegreeRoutes}.
     *
     * @param c the criterion
     * @return the result
     */
    R degreeRoutes(DegreeRoutes c);

    /**
     * Visits a {@link TrainingHours}.
     *
     * @param c the criterion
     * @return the result
     */
    R trainingHours(TrainingHours c);

    /**
     * Visits a {@link PracticeHours}.
     *
     * @param c the criterion
     * @return the result
     */
    R practiceHours(PracticeHours c);

    /**
     * Visits a {@link PracticeSpan}.
     *
     * @param c the criterion
     * @return the result
     */
    R practiceSpan(PracticeSpan c);

    /**
     * Visits a {@link DirectTeachingHours}.
     *
     * @param c the criterion
     * @return the result
     */
    R directTeachingHours(DirectTeachingHours c);

    /**
     * Visits a {@link SupervisionHours}.
     *
     * @param c the criterion
     * @return the result
     */
    R supervisionHours(SupervisionHours c);

    /**
     * Visits an {@link IndividualSupervisionHours}.
     *
     * @param c the criterion
     * @return the result
     */
    R individualSupervisionHours(IndividualSupervisionHours c);

    /**
     * Visits a {@link SupervisionRatio}.
     *
     * @param c the criterion
     * @return the result
     */
    R supervisionRatio(SupervisionRatio c);
  }

  /**
   * A licence valid on the date that allows independent psychotherapy, or a registration on a
   * register that allows it, valid on the date ({@link Requirement#INDEPENDENT_LICENSE}, path
   * {@code /licenses}).
   */
  record IndependentLicense() implements Criterion {
    @Override
    public Requirement requirement() {
      return Requirement.INDEPENDENT_LICENSE;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.result(set, this, Evidence.hasIndependentLicense(p, asOf));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.independentLicense(this);
    }
  }

  /**
   * A degree that meets any one of the routes ({@link Requirement#DEGREE}, path {@code /degrees}).
   *
   * @param routes the routes, at least one
   */
  record DegreeRoutes(ImmutableList<DegreeRoute> routes) implements Criterion {
    /**
     * Checks the routes.
     *
     * @param routes the routes, at least one
     */
    public DegreeRoutes {
      Violations.of("DegreeRoutes")
          .require(!routes.isEmpty(), FindingCode.MISSING_VALUE, "/routes", "needs a route")
          .throwIfAny();
    }

    /**
     * Obtains the criterion.
     *
     * @param routes the routes, at least one
     * @return the criterion
     */
    public static DegreeRoutes of(List<DegreeRoute> routes) {
      return new DegreeRoutes(ImmutableList.copyOf(routes));
    }

    @Override
    public Requirement requirement() {
      return Requirement.DEGREE;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.result(set, this, Evidence.anyDegreeMeets(p, routes, asOf));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.degreeRoutes(this);
    }
  }

  /**
   * Hours of training of one category completed by the date, online hours counted up to a cap (path
   * {@code /trainings}). The category decides the requirement: {@code core-knowledge} is {@link
   * Requirement#CORE_KNOWLEDGE_HOURS}, {@code sar} is {@link
   * Requirement#ATTITUDE_REASSESSMENT_HOURS}, and a discipline's methods are {@link
   * Requirement#DISCIPLINE_TRAINING_HOURS}.
   *
   * @param category the category of training records that count
   * @param hours the hours required, positive
   * @param onlineCap how many online hours count, or empty for no cap
   */
  record TrainingHours(TrainingCategory category, Hours hours, Optional<Hours> onlineCap)
      implements Criterion {
    /**
     * Checks the hours.
     *
     * @param category the category
     * @param hours the hours, positive
     * @param onlineCap the cap, or empty
     */
    public TrainingHours {
      Evidence.positive("TrainingHours", hours);
    }

    @Override
    public Requirement requirement() {
      return switch (category) {
        case CORE_KNOWLEDGE -> Requirement.CORE_KNOWLEDGE_HOURS;
        case ATTITUDE_REASSESSMENT -> Requirement.ATTITUDE_REASSESSMENT_HOURS;
        case SEX_THERAPY, SEXUALITY_COUNSELLING, SEXUALITY_EDUCATION_SKILLS ->
            Requirement.DISCIPLINE_TRAINING_HOURS;
      };
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.hours(set, this, Evidence.training(p, category, onlineCap, asOf), hours);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.trainingHours(this);
    }
  }

  /**
   * Supervised practice hours of the discipline, telehealth hours counted up to a cap ({@link
   * Requirement#PRACTICE_HOURS}, path {@code /supervisedPractice}).
   *
   * @param hours the hours required, positive
   * @param telehealthCap how many telehealth hours count, or empty for no cap
   */
  record PracticeHours(Hours hours, Optional<Hours> telehealthCap) implements Criterion {
    /**
     * Checks the hours.
     *
     * @param hours the hours, positive
     * @param telehealthCap the cap, or empty
     */
    public PracticeHours {
      Evidence.positive("PracticeHours", hours);
    }

    @Override
    public Requirement requirement() {
      return Requirement.PRACTICE_HOURS;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      Evidence.Totals t = Evidence.totals(p, set.discipline(), asOf);
      return Evidence.hours(set, this, t.practiceCounted(telehealthCap), hours);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.practiceHours(this);
    }
  }

  /**
   * The practice of the discipline spans, from the first start to the last end (or the date, for
   * practice still going on), at least {@code minYears} and at most {@code maxYears} ({@link
   * Requirement#PRACTICE_SPAN}, path {@code /supervisedPractice}).
   *
   * @param minYears the fewest years, or empty for no minimum
   * @param maxYears the most years, or empty for no maximum
   */
  record PracticeSpan(Optional<Integer> minYears, Optional<Integer> maxYears) implements Criterion {
    /**
     * Checks the bounds.
     *
     * @param minYears from 0 to 100, or empty
     * @param maxYears from 0 to 100, not below the minimum, or empty
     */
    public PracticeSpan {
      Violations.of("PracticeSpan")
          .require(
              minYears.isPresent() || maxYears.isPresent(),
              FindingCode.MISSING_CONDITIONAL_VALUE,
              "/minYears",
              "needs a minimum or a maximum")
          .require(
              minYears.orElse(0) >= 0
                  && maxYears.orElse(100) <= 100
                  && minYears.orElse(0) <= maxYears.orElse(100),
              FindingCode.OUT_OF_RANGE,
              "/minYears",
              "years must be from 0 to 100, minimum not above maximum")
          .throwIfAny();
    }

    @Override
    public Requirement requirement() {
      return Requirement.PRACTICE_SPAN;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.result(set, this, Evidence.spanWithin(p, set.discipline(), this, asOf));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.practiceSpan(this);
    }
  }

  /**
   * Direct teaching hours (participant contact) within the practice hours ({@link
   * Requirement#DIRECT_TEACHING_HOURS}, path {@code /supervisedPractice}).
   *
   * @param hours the hours required, positive
   */
  record DirectTeachingHours(Hours hours) implements Criterion {
    /**
     * Checks the hours.
     *
     * @param hours the hours, positive
     */
    public DirectTeachingHours {
      Evidence.positive("DirectTeachingHours", hours);
    }

    @Override
    public Requirement requirement() {
      return Requirement.DIRECT_TEACHING_HOURS;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.hours(set, this, Evidence.totals(p, set.discipline(), asOf).teaching, hours);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.directTeachingHours(this);
    }
  }

  /**
   * Supervision hours received, group hours counted only up to {@code maxGroupPercent} of the
   * counted total ({@link Requirement#SUPERVISION_HOURS}, path {@code /supervisedPractice}).
   *
   * @param hours the hours required, positive
   * @param maxGroupPercent the largest share of counted supervision that may be group supervision,
   *     0 to 100
   */
  record SupervisionHours(Hours hours, int maxGroupPercent) implements Criterion {
    /**
     * Checks the numbers.
     *
     * @param hours the hours, positive
     * @param maxGroupPercent from 0 to 100
     */
    public SupervisionHours {
      Evidence.positive("SupervisionHours", hours);
      Evidence.percent("SupervisionHours", maxGroupPercent);
    }

    @Override
    public Requirement requirement() {
      return Requirement.SUPERVISION_HOURS;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      Evidence.Totals t = Evidence.totals(p, set.discipline(), asOf);
      return Evidence.hours(set, this, t.supervisionCounted(maxGroupPercent), hours);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.supervisionHours(this);
    }
  }

  /**
   * One-to-one supervision hours received ({@link Requirement#INDIVIDUAL_SUPERVISION_HOURS}, path
   * {@code /supervisedPractice}).
   *
   * @param hours the hours required, positive
   */
  record IndividualSupervisionHours(Hours hours) implements Criterion {
    /**
     * Checks the hours.
     *
     * @param hours the hours, positive
     */
    public IndividualSupervisionHours {
      Evidence.positive("IndividualSupervisionHours", hours);
    }

    @Override
    public Requirement requirement() {
      return Requirement.INDIVIDUAL_SUPERVISION_HOURS;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      return Evidence.hours(
          set, this, Evidence.totals(p, set.discipline(), asOf).individual, hours);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.individualSupervisionHours(this);
    }
  }

  /**
   * Supervision received in proportion to practice: at least one hour for every {@code
   * practiceHoursPerSupervisionHour} practice hours, group hours counted only up to {@code
   * maxGroupPercent} of the counted supervision ({@link Requirement#SUPERVISION_RATIO}, path {@code
   * /supervisedPractice}). COSRT's 1:6 is {@code new SupervisionRatio(6, 25)}. The result's
   * required hours are the practice hours divided by the ratio.
   *
   * @param practiceHoursPerSupervisionHour practice hours per supervision hour, 1 to 100
   * @param maxGroupPercent the largest share of counted supervision that may be group supervision,
   *     0 to 100
   */
  record SupervisionRatio(int practiceHoursPerSupervisionHour, int maxGroupPercent)
      implements Criterion {
    /**
     * Checks the numbers.
     *
     * @param practiceHoursPerSupervisionHour from 1 to 100
     * @param maxGroupPercent from 0 to 100
     */
    public SupervisionRatio {
      Violations.of("SupervisionRatio")
          .require(
              practiceHoursPerSupervisionHour >= 1 && practiceHoursPerSupervisionHour <= 100,
              FindingCode.OUT_OF_RANGE,
              "/practiceHoursPerSupervisionHour",
              "must be from 1 to 100")
          .throwIfAny();
      Evidence.percent("SupervisionRatio", maxGroupPercent);
    }

    /**
     * Returns the supervision hours the ratio asks for, given practice hours (rounded up to the
     * hundredth).
     *
     * @param practice the practice hours, not null
     * @return the supervision hours required, not null
     */
    public Hours requiredFor(Hours practice) {
      long h = practice.hundredths();
      return Hours.ofHundredths(
          (h + practiceHoursPerSupervisionHour - 1) / practiceHoursPerSupervisionHour);
    }

    @Override
    public Requirement requirement() {
      return Requirement.SUPERVISION_RATIO;
    }

    @Override
    public RequirementResult evaluate(RequirementSet set, Practitioner p, LocalDate asOf) {
      Evidence.Totals t = Evidence.totals(p, set.discipline(), asOf);
      return Evidence.hours(
          set, this, t.supervisionCounted(maxGroupPercent), requiredFor(t.practice));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.supervisionRatio(this);
    }
  }
}

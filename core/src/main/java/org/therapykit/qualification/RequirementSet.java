package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.credential.Discipline;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * A named, versioned set of requirement numbers for one discipline, such as AASECT's {@code
 * 2025.T.1} for sex therapists: a licence for independent psychotherapy, a clinical master's plus
 * two years or a doctorate plus one, 90 hours of core knowledge (at most 75 online), 60 hours of
 * sex-therapy training (at most 30 online), 10 hours of attitude reassessment, 300 supervised
 * clinical hours (at most 150 by telehealth) and 50 hours of supervision (at most half in groups).
 *
 * <p>Policies are data: no rule hard-codes a number. A set is in force from {@link
 * #effectiveFrom()} until the next set of the same discipline; a practitioner is held to the set in
 * force when their supervision contract was signed. Absent numbers are not required.
 *
 * <p>Invariants: the id is 1 to 64 characters of letters, digits, {@code . _ -}; caps and
 * percentages are within range. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RequirementSet implements WithRequirementSet {
  RequirementSet() {}

  /**
   * Returns the identifier, such as {@code 2025.T.1}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the discipline.
   *
   * @return the discipline, not null
   */
  public abstract Discipline discipline();

  /**
   * Returns the first day the set applies to (by supervision-contract date).
   *
   * @return the date, not null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns where the numbers come from, for people.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns whether a licence for independent psychotherapy is required. Defaults to false.
   *
   * @return true if required
   */
  @Value.Default
  public boolean independentLicenseRequired() {
    return false;
  }

  /**
   * Returns the ways to meet the degree requirement; any one suffices, none means no degree is
   * required.
   *
   * @return the routes, not null
   */
  public abstract ImmutableList<DegreeRoute> degreeRoutes();

  /**
   * Returns the core knowledge (human sexuality education) hours required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> coreKnowledgeHours();

  /**
   * Returns how many online hours count toward core knowledge.
   *
   * @return the cap, or empty for no cap
   */
  public abstract Optional<Hours> coreKnowledgeOnlineCap();

  /**
   * Returns the hours of training in the discipline's methods required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> disciplineTrainingHours();

  /**
   * Returns how many online hours count toward discipline training.
   *
   * @return the cap, or empty for no cap
   */
  public abstract Optional<Hours> disciplineTrainingOnlineCap();

  /**
   * Returns the Sexual Attitude Reassessment hours required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> attitudeReassessmentHours();

  /**
   * Returns the supervised practice hours required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> practiceHours();

  /**
   * Returns how many telehealth hours count toward practice hours.
   *
   * @return the cap, or empty for no cap
   */
  public abstract Optional<Hours> telehealthCap();

  /**
   * Returns the fewest years the practice must span.
   *
   * @return the years, or empty for no minimum
   */
  public abstract Optional<Integer> practiceMinYears();

  /**
   * Returns the most years the practice may span.
   *
   * @return the years, or empty for no maximum
   */
  public abstract Optional<Integer> practiceMaxYears();

  /**
   * Returns the direct teaching hours required within the practice hours.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> directTeachingHours();

  /**
   * Returns the supervision hours required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> supervisionHours();

  /**
   * Returns the largest share, in percent, of counted supervision that may be group supervision.
   * Defaults to 100.
   *
   * @return from 0 to 100
   */
  @Value.Default
  public int maxGroupSupervisionPercent() {
    return 100;
  }

  /**
   * Returns the one-to-one supervision hours required.
   *
   * @return the hours, or empty if not required
   */
  public abstract Optional<Hours> individualSupervisionHours();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementSet}; id, discipline and effective date are required. */
  public static final class Builder extends ImmutableRequirementSet.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations.of("RequirementSet")
        .require(
            id().matches("[A-Za-z0-9._-]{1,64}"),
            FindingCode.INVALID_FORMAT,
            "/id",
            "must be 1 to 64 letters, digits, dots, underscores or hyphens")
        .require(
            maxGroupSupervisionPercent() >= 0 && maxGroupSupervisionPercent() <= 100,
            FindingCode.OUT_OF_RANGE,
            "/maxGroupSupervisionPercent",
            "must be from 0 to 100")
        .require(
            practiceMinYears().orElse(0) >= 0
                && practiceMaxYears().orElse(100) <= 100
                && practiceMinYears().orElse(0) <= practiceMaxYears().orElse(100),
            FindingCode.OUT_OF_RANGE,
            "/practiceMinYears",
            "years must be from 0 to 100, minimum not above maximum")
        .throwIfAny();
  }
}

package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.Discipline;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.FindingCode;

/**
 * A named, versioned list of {@link Criterion criteria} for one discipline, such as AASECT's {@code
 * 2025.T.1} for sex therapists: a licence for independent psychotherapy, a clinical master's plus
 * two years or a doctorate plus one, 90 hours of core knowledge (at most 75 online), 60 hours of
 * sex-therapy training (at most 30 online), 10 hours of attitude reassessment, 300 supervised
 * clinical hours (at most 150 by telehealth) and 50 hours of supervision (at most half in groups).
 *
 * <pre>{@code
 * RequirementSet mine = RequirementSet.builder()
 *     .id("MY-BOARD-2026")
 *     .discipline(Discipline.SEX_THERAPY)
 *     .effectiveFrom(LocalDate.of(2026, 1, 1))
 *     .addCriterion(new Criterion.IndependentLicense())
 *     .addCriterion(new Criterion.PracticeHours(Hours.of(200), Optional.empty()))
 *     .build();
 * }</pre>
 *
 * <p>Policies are data: no rule hard-codes a number. A set is in force from {@link
 * #effectiveFrom()} until the next set of the same discipline; a practitioner is held to the set in
 * force when their supervision contract was signed. What the set does not list is not required. A
 * criterion's own numbers are checked when it is made.
 *
 * <p>Invariants: the id is 1 to 64 characters of letters, digits, {@code . _ -}; no two criteria
 * report as the same {@link Requirement} ({@code DUPLICATE_VALUE}). Immutable and thread-safe.
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
   * Returns the jurisdictions the set is meant for, such as {@code GB} for COSRT; empty means
   * anywhere. Informative: a policy chooses sets by discipline and date, and a host that keeps
   * boards apart by jurisdiction uses these to choose a policy.
   *
   * @return the jurisdictions, not null
   */
  public abstract ImmutableSet<Jurisdiction> jurisdictions();

  /**
   * Returns the criteria, in the order results are reported. Each names a different {@link
   * Requirement}.
   *
   * @return the criteria, not null
   */
  public abstract ImmutableList<Criterion> criteria();

  /**
   * Returns the criterion that reports as a requirement.
   *
   * @param requirement the requirement, not null
   * @return the criterion, or empty if the set does not ask for it
   */
  public Optional<Criterion> criterion(Requirement requirement) {
    for (Criterion c : criteria()) {
      if (c.requirement() == requirement) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy with a criterion in place of the one that reports as the same requirement, or
   * with it added at the end if there is none, such as {@code CST_2025_T_1.withCriterion(new
   * TrainingHours(CORE_KNOWLEDGE, Hours.of(80), Optional.empty()))}.
   *
   * @param criterion the criterion, not null
   * @return the new set, not null
   */
  public RequirementSet withCriterion(Criterion criterion) {
    ImmutableList.Builder<Criterion> out = ImmutableList.builder();
    boolean replaced = false;
    for (Criterion c : criteria()) {
      if (c.requirement() == criterion.requirement()) {
        out.add(criterion);
        replaced = true;
      } else {
        out.add(c);
      }
    }
    if (!replaced) {
      out.add(criterion);
    }
    return withCriteria(out.build());
  }

  /**
   * Evaluates every criterion over a practitioner's evidence on a date, in order. Which set is in
   * force for the practitioner is the policy's choice ({@link
   * StandardQualificationPolicy#requirementSetFor}); this evaluates this set as it is.
   *
   * @param practitioner the practitioner, not null
   * @param asOf the date, not null
   * @return one result per criterion, not null
   */
  public ImmutableList<RequirementResult> evaluate(Practitioner practitioner, LocalDate asOf) {
    ImmutableList.Builder<RequirementResult> out = ImmutableList.builder();
    for (Criterion c : criteria()) {
      out.add(c.evaluate(this, practitioner, asOf));
    }
    return out.build();
  }

  /**
   * Returns whether every criterion is met.
   *
   * @param practitioner the practitioner, not null
   * @param asOf the date, not null
   * @return true if no result is unmet
   */
  public boolean isMetBy(Practitioner practitioner, LocalDate asOf) {
    for (Criterion c : criteria()) {
      if (!c.evaluate(this, practitioner, asOf).met()) {
        return false;
      }
    }
    return true;
  }

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
        .unique("/criteria", criteria(), Criterion::requirement, "requirement")
        .throwIfAny();
  }
}

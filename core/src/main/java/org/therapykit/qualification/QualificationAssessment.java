package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.therapykit.PractitionerId;
import org.therapykit.internal.Construction;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.Finding;
import org.therapykit.validation.RuleResult;

/**
 * What a practitioner is on a date, why, and what they may treat: the answer of a {@link
 * QualificationPolicy}.
 *
 * <p>Example: practitioner {@code p-0007} on {@code 2026-11-28} under policy {@code
 * therapykit-aasect-2025} is a {@link Classification#CERTIFIED_SEX_THERAPIST} with scope {@link
 * ScopeOfPractice#THERAPY}, and a finding {@code CERTIFICATION_EXPIRING at
 * /certifications/0/validity}.
 *
 * <p>{@link #requirements()} holds every requirement of every set the policy evaluated, with the
 * numbers; {@link #findings()} holds what a person should read. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualificationAssessment implements RuleResult, TherapyDocument {
  QualificationAssessment() {}

  /**
   * Returns the assessed practitioner's id.
   *
   * @return the id, not null
   */
  public abstract PractitionerId practitionerId();

  /**
   * Returns the date of the assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the id of the policy that made the assessment.
   *
   * @return the policy id, not null
   */
  @Text(
      max = Forms.POLICY_ID_MAX,
      pattern = Forms.POLICY_ID,
      patternHint = Forms.POLICY_ID_HINT,
      check = "isPolicyId")
  public abstract String policyId();

  /**
   * Returns the classification.
   *
   * @return the classification, not null
   */
  public abstract Classification classification();

  /**
   * Returns the scope of practice the classification allows.
   *
   * @return the scope, not null
   */
  @Value.Derived
  public ScopeOfPractice scope() {
    return classification().scope();
  }

  /**
   * Returns the requirement results, grouped by set in the order evaluated.
   *
   * @return the results, not null
   */
  public abstract ImmutableList<RequirementResult> requirements();

  /**
   * Returns the findings, most severe first, then in the order found.
   *
   * @return the findings, not null
   */
  @Override
  public abstract ImmutableList<Finding> findings();

  static {
    Construction.register(QualificationAssessment.class, Builder::new);
  }

  /**
   * Returns a builder; package-private, as only the rule makes this output.
   *
   * @return a new builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualificationAssessment}; obtained only by the library. */
  public static final class Builder extends ImmutableQualificationAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

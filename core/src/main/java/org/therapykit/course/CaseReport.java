package org.therapykit.course;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.therapykit.CaseId;
import org.therapykit.internal.Construction;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.Finding;
import org.therapykit.validation.RuleResult;
import org.therapykit.validation.Severity;

/**
 * Whether a course of therapy is in order: the findings of {@link CaseRules#validate(TherapyCase)},
 * such as {@code SESSION_WITHOUT_CONSENT at /sessions/0/attendees/1 (error)}.
 *
 * <p>Findings are sorted by severity, errors first, then in the order the rules run. They name a
 * code and a JSON Pointer into the case, never a sensitive value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseReport implements RuleResult, TherapyDocument {
  CaseReport() {}

  /**
   * Returns the checked case's id.
   *
   * @return the id, not null
   */
  public abstract CaseId caseId();

  /**
   * Returns the id of the qualification policy that judged the practitioner's scope.
   *
   * @return the policy id, not null
   */
  @Text(
      max = Forms.POLICY_ID_MAX,
      pattern = Forms.POLICY_ID,
      patternHint = Forms.POLICY_ID_HINT,
      check = "isPolicyId")
  public abstract String qualificationPolicyId();

  /**
   * Returns the findings, most severe first.
   *
   * @return the findings, not null
   */
  @Override
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns whether the case is in order: no error and no warning.
   *
   * @return true if every finding, if any, is informational
   */
  public boolean isClean() {
    return findings().stream().allMatch(f -> f.severity() == Severity.INFO);
  }

  static {
    Construction.register(CaseReport.class, Builder::new);
  }

  /**
   * Returns a builder; package-private, as only the rule makes this output.
   *
   * @return a new builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseReport}; obtained only by the library. */
  public static final class Builder extends ImmutableCaseReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

package org.therapykit.course;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.therapykit.CaseId;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * Whether a course of therapy is in order: the findings of {@link CaseRules#validate(TherapyCase)},
 * such as {@code SESSION_WITHOUT_CONSENT at /sessions/0/attendees/1 (error)}.
 *
 * <p>Findings are sorted by severity, errors first, then in the order the rules run. They name a
 * code and a JSON Pointer into the case, never a sensitive value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseReport implements WithCaseReport, TherapyDocument {
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
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns the findings with a code.
   *
   * @param code the code, not null
   * @return the matching findings, in order, not null
   */
  public ImmutableList<Finding> findings(FindingCode code) {
    return findings().stream()
        .filter(f -> f.code() == code)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(Finding::isError);
  }

  /**
   * Returns whether the case is in order: no error and no warning.
   *
   * @return true if every finding, if any, is informational
   */
  public boolean isClean() {
    return findings().stream().allMatch(f -> f.severity() == Severity.INFO);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseReport}. */
  public static final class Builder extends ImmutableCaseReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

package org.therapykit.validation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What a domain rule returns: findings, such as {@code CERTIFICATION_EXPIRING at
 * /certifications/0/validity}, with ways to ask about them. Implemented by {@code
 * QualificationAssessment}, {@code CaseReport} and {@code DisclosureDecision}.
 *
 * <p>A rule never throws for what it finds; it reports it here. Implementations are immutable and
 * thread-safe.
 */
public interface RuleResult {
  /**
   * Returns the findings, most severe first.
   *
   * @return the findings, not null
   */
  ImmutableList<Finding> findings();

  /**
   * Returns the findings with a code.
   *
   * @param code the code, not null
   * @return the matching findings, in order, not null
   */
  default ImmutableList<Finding> findings(FindingCode code) {
    Objects.requireNonNull(code, "code");
    return findings().stream()
        .filter(f -> f.code() == code)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if there is an error
   */
  default boolean hasErrors() {
    return findings().stream().anyMatch(Finding::isError);
  }
}

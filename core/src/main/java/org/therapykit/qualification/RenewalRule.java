package org.therapykit.qualification;

import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * How much continuing education a body asks for each cycle of a certification, and how each {@link
 * ContinuingEducationKind} counts, such as AASECT's: 20 credits a cycle; CE from other providers at
 * half value, at most 5; supervision received one credit an hour, at most 5.
 *
 * <p>Invariants: the credits a cycle are 0.01 or more; the other-provider value is 0 to 100
 * percent; the caps are not negative ({@code OUT_OF_RANGE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RenewalRule implements WithRenewalRule {
  RenewalRule() {}

  /**
   * Returns the credits a cycle needs.
   *
   * @return the credits, above zero, not null
   */
  @Value.Parameter
  public abstract Hours creditsPerCycle();

  /**
   * Returns what an other-provider credit is worth, in percent of a body-approved one.
   *
   * @return from 0 to 100
   */
  @Value.Parameter
  public abstract int otherProviderPercent();

  /**
   * Returns the most that other-provider CE counts for in one cycle, after its reduced value.
   *
   * @return the cap, not null
   */
  @Value.Parameter
  public abstract Hours otherProviderCap();

  /**
   * Returns the most that supervision received counts for in one cycle.
   *
   * @return the cap, not null
   */
  @Value.Parameter
  public abstract Hours supervisionCap();

  /**
   * Obtains a rule.
   *
   * @param creditsPerCycle the credits a cycle needs, not null
   * @param otherProviderPercent what an other-provider credit is worth, 0 to 100
   * @param otherProviderCap the most other-provider CE counts for, not null
   * @param supervisionCap the most supervision received counts for, not null
   * @return the rule, not null
   */
  public static RenewalRule of(
      Hours creditsPerCycle,
      int otherProviderPercent,
      Hours otherProviderCap,
      Hours supervisionCap) {
    return ImmutableRenewalRule.of(
        creditsPerCycle, otherProviderPercent, otherProviderCap, supervisionCap);
  }

  @Value.Check
  void check() {
    Violations.of("RenewalRule")
        .require(
            !creditsPerCycle().isZero(),
            FindingCode.OUT_OF_RANGE,
            "/creditsPerCycle",
            "must be above zero")
        .require(
            otherProviderPercent() >= 0 && otherProviderPercent() <= 100,
            FindingCode.OUT_OF_RANGE,
            "/otherProviderPercent",
            "must be from 0 to 100")
        .throwIfAny();
  }
}

package org.therapykit.credential;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.json.TherapyValue;

/**
 * Membership of a certifying body, such as AASECT membership for {@code 2026-01-01/2026-12-31}.
 *
 * <p>Some bodies tie certification to membership: an AASECT certification lapses with the
 * membership. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership implements WithMembership, TherapyValue {
  Membership() {}

  /**
   * Returns the body.
   *
   * @return the body, not null
   */
  @Value.Parameter
  public abstract CertifyingBody body();

  /**
   * Returns the period of membership.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract DateRange period();

  /**
   * Obtains a membership.
   *
   * @param body the body, not null
   * @param period the period, not null
   * @return the membership, not null
   */
  public static Membership of(CertifyingBody body, DateRange period) {
    return ImmutableMembership.of(body, period);
  }

  /**
   * Returns whether the membership is active on a date.
   *
   * @param date the date, not null
   * @return true if the period contains the date
   */
  public boolean isActiveOn(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}; both attributes are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}

package org.therapykit.credential;

import org.immutables.value.Value;
import org.therapykit.PractitionerId;
import org.therapykit.json.TherapyValue;

/**
 * The supervisor of a supervised-practice record, such as practitioner {@code practitioner-0007}
 * holding {@code aasect-cst-supervisor} ({@link CertificationType#AASECT_CST_SUPERVISOR}).
 *
 * <p>{@link #credential()} is the credential the supervisor held for the supervision, as the host
 * recorded it; whether the policy accepts it for the discipline is a qualification rule ({@code
 * SUPERVISOR_NOT_CERTIFIED}), not an invariant. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Supervisor implements WithSupervisor, TherapyValue {
  Supervisor() {}

  /**
   * Returns the host's identifier of the supervisor.
   *
   * @return the identifier, not null
   */
  @Value.Parameter
  public abstract PractitionerId id();

  /**
   * Returns the credential the supervisor held for the supervision, such as {@code
   * aasect-cst-supervisor}.
   *
   * @return the certification type, not null
   */
  @Value.Parameter
  public abstract CertificationType credential();

  /**
   * Obtains a supervisor.
   *
   * @param id the host's identifier, not null
   * @param credential the credential the supervisor held, not null
   * @return the supervisor, not null
   */
  public static Supervisor of(PractitionerId id, CertificationType credential) {
    return ImmutableSupervisor.of(id, credential);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Supervisor}; both attributes are required. */
  public static final class Builder extends ImmutableSupervisor.Builder {
    Builder() {}
  }
}

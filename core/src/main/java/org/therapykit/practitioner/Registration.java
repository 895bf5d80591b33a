package org.therapykit.practitioner;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A registration on a voluntary register, such as UKCP registration {@code 2011-0457} as a
 * psychotherapist, valid from {@code 2025-04-01} to {@code 2026-03-31}. Distinct from a {@link
 * License}, which a regulator grants: where psychotherapy is not licensed (the United Kingdom,
 * Australia), a registration on a register that {@linkplain
 * Register#allowsIndependentPsychotherapy() allows independent psychotherapy} stands in for a
 * licence in the register's country — for the certificates whose region covers it and for a
 * requirement set's licence criterion.
 *
 * <p>Invariants: the number is 1 to 64 characters, the title, if present, at most 32. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Registration implements WithRegistration, TherapyValue {
  Registration() {}

  /**
   * Returns the register.
   *
   * @return the register, not null
   */
  public abstract Register register();

  /**
   * Returns the registration number as the register prints it.
   *
   * @return the number, not null
   */
  @Text(max = 64)
  public abstract String number();

  /**
   * Returns the registrant's title, such as {@code UKCP Registered Psychotherapist}.
   *
   * @return the title, or empty
   */
  @Text(max = 32)
  public abstract Optional<String> title();

  /**
   * Returns the period of this registration (one renewal cycle).
   *
   * @return the period, not null
   */
  public abstract DateRange validity();

  /**
   * Returns the register's status of the registration.
   *
   * @return the status, not null
   */
  public abstract LicenseStatus status();

  /**
   * Returns the country the registration covers, the register's.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction jurisdiction() {
    return register().jurisdiction();
  }

  /**
   * Returns whether the registration lets its holder practise psychotherapy independently in its
   * country: the register's answer.
   *
   * @return true if it does
   */
  public boolean allowsIndependentPsychotherapy() {
    return register().allowsIndependentPsychotherapy();
  }

  /**
   * Returns whether the registration is active and its validity contains the date.
   *
   * @param date the date, not null
   * @return true if in force on the date
   */
  public boolean isValidOn(LocalDate date) {
    return status() == LicenseStatus.ACTIVE && validity().contains(date);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Registration}; register, number, validity and status are required. */
  public static final class Builder extends ImmutableRegistration.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

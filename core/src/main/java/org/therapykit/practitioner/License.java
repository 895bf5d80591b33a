package org.therapykit.practitioner;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A licence to practise a regulated profession in one jurisdiction, such as a clinical social
 * worker's licence {@code LCSW-12345} in {@code US-NY}, valid {@code 2022-07-01/2025-06-30}.
 *
 * <p>Whether the licence allows independent psychotherapy practice is derived, not stored: see
 * {@link #allowsIndependentPsychotherapy()}. Whether it is valid on a date is {@link
 * #isValidOn(LocalDate)}.
 *
 * <p>Invariants: the number is not blank and at most 64 characters; the title, if present, is not
 * blank and at most 32 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class License implements WithLicense, TherapyValue {
  License() {}

  /**
   * Returns the profession.
   *
   * @return the profession, not null
   */
  public abstract Profession profession();

  /**
   * Returns the issuing jurisdiction, such as {@code US-NY}.
   *
   * @return the jurisdiction, not null
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the licence number as the regulator writes it.
   *
   * @return the number, not null, not blank
   */
  @Text(max = 64)
  public abstract String number();

  /**
   * Returns the title the regulator uses, such as {@code LCSW} or {@code LMFT}.
   *
   * @return the title, or empty
   */
  @Text(max = 32)
  public abstract Optional<String> title();

  /**
   * Returns the period the licence is issued for.
   *
   * @return the validity, not null
   */
  public abstract DateRange validity();

  /**
   * Returns the regulator's status.
   *
   * @return the status, not null
   */
  public abstract LicenseStatus status();

  /**
   * Returns whether this is a provisional, associate or intern licence that requires clinical
   * supervision (for example an associate professional counsellor). Defaults to false.
   *
   * @return true for a provisional licence
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /**
   * Returns whether this licence allows psychotherapy without clinical supervision: the profession
   * allows it ({@link Profession#allowsIndependentPsychotherapy()}) and the licence is not {@link
   * #provisional()}. Says nothing about dates; see {@link #isValidOn(LocalDate)}.
   *
   * @return true if independent psychotherapy is within this licence
   */
  public boolean allowsIndependentPsychotherapy() {
    return profession().allowsIndependentPsychotherapy() && !provisional();
  }

  /**
   * Returns whether the licence is in force on a date: its status is {@link LicenseStatus#ACTIVE}
   * and its validity contains the date.
   *
   * @param date the date, not null
   * @return true if in force
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

  /**
   * Builds a {@link License}; every attribute but {@code title} and {@code provisional} is
   * required.
   */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

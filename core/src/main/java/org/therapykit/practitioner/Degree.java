package org.therapykit.practitioner;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * An academic degree, such as a master's in social work awarded {@code 2015-05-20} by a clinical,
 * human-service programme.
 *
 * <p>{@link #clinical()} says the programme included psychotherapy training (AASECT's "advanced
 * clinical degree"); {@link #humanService()} says it was a human-service programme (social work,
 * counselling, nursing, education, psychology and the like).
 *
 * <p>Invariants: the field is not blank and at most 200 characters; the institution, if present,
 * likewise. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Degree implements WithDegree, TherapyValue {
  Degree() {}

  /**
   * Returns the level.
   *
   * @return the level, not null
   */
  public abstract DegreeLevel level();

  /**
   * Returns the field of study, such as {@code Social Work}.
   *
   * @return the field, not null, not blank
   */
  @Text(max = 200)
  public abstract String field();

  /**
   * Returns the awarding institution.
   *
   * @return the institution, or empty
   */
  @Text(max = 200)
  public abstract Optional<String> institution();

  /**
   * Returns the date the degree was awarded.
   *
   * @return the date, not null
   */
  public abstract LocalDate awarded();

  /**
   * Returns whether the programme included psychotherapy training. Defaults to false.
   *
   * @return true for a clinical programme
   */
  @Value.Default
  public boolean clinical() {
    return false;
  }

  /**
   * Returns whether the programme was a human-service programme. Defaults to false.
   *
   * @return true for a human-service programme
   */
  @Value.Default
  public boolean humanService() {
    return false;
  }

  /**
   * Returns whether at least {@code years} full years have passed since the award on {@code asOf}:
   * a degree awarded {@code 2020-06-01} has two years on {@code 2022-06-01}, not on {@code
   * 2022-05-31}.
   *
   * @param years the number of years, zero or more
   * @param asOf the date, not null
   * @return true if the years have passed
   */
  public boolean hasYearsSinceAward(int years, LocalDate asOf) {
    return !awarded().plusYears(years).isAfter(asOf);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Degree}; level, field and award date are required. */
  public static final class Builder extends ImmutableDegree.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

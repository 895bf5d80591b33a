package org.therapykit.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.testkit.internal.Credentials;

/**
 * A generator of {@link Affiliation}s with invented organisations, such as being on staff at {@code
 * Northside Fertility Centre} ({@code org-0042}).
 *
 * <p>By default: any kind of organisation and role, named after an invented place; half have a
 * period. Immutable and thread-safe.
 */
public final class AffiliationGenerator implements Generator<Affiliation> {
  private final Optional<LocalDate> currentOn;
  private final String description;

  private AffiliationGenerator(Optional<LocalDate> currentOn, String description) {
    this.currentOn = currentOn;
    this.description = description;
  }

  static AffiliationGenerator create() {
    return new AffiliationGenerator(Optional.empty(), "affiliations()");
  }

  /**
   * Returns a generator of affiliations that hold on a date: no period, or one starting up to 15
   * years before it with no end.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public AffiliationGenerator currentOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new AffiliationGenerator(Optional.of(date), description + ".currentOn(" + date + ")");
  }

  @Override
  public Affiliation next(Source source) {
    return Credentials.affiliation(source, currentOn);
  }

  /** Returns the expression that built this generator, such as {@code affiliations()}. */
  @Override
  public String toString() {
    return description;
  }
}

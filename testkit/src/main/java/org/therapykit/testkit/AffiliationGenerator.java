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
  private record Config(Optional<LocalDate> currentOn) {}

  private final Config config;
  private final String description;

  private AffiliationGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static AffiliationGenerator create() {
    return new AffiliationGenerator(new Config(Optional.empty()), "affiliations()");
  }

  private AffiliationGenerator with(Config next, String step) {
    return new AffiliationGenerator(next, description + "." + step);
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
    return with(new Config(Optional.of(date)), "currentOn(" + date + ")");
  }

  @Override
  public Affiliation next(Source source) {
    return Credentials.affiliation(source, config.currentOn());
  }

  /** Returns the expression that built this generator, such as {@code affiliations()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.testkit.internal.Catalog;
import org.therapykit.testkit.internal.Credentials;

/**
 * A generator of {@link Degree}s, such as {@code TherapyGenerators.degrees().ofLevel(MASTER)
 * .clinical()}: a clinical master's in Social Work from an invented university.
 *
 * <p>By default: a programme from a catalog whose field is consistent with its level and kind
 * (Social Work, Clinical Psychology, Marriage and Family Therapy, Public Health, ...), an invented
 * institution four times in five, and an award date between 1990-01-01 and 2035-12-31.
 * Customisations narrow the catalog when they are called, never by filtering values. Immutable and
 * thread-safe.
 */
public final class DegreeGenerator implements Generator<Degree> {
  private record Config(
      ImmutableList<Catalog.Programme> programmes, LocalDate from, LocalDate to) {}

  private final Config config;
  private final String description;

  private DegreeGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static DegreeGenerator create() {
    return new DegreeGenerator(
        new Config(Catalog.PROGRAMMES, LocalDate.of(1990, 1, 1), LocalDate.of(2035, 12, 31)),
        "degrees()");
  }

  private DegreeGenerator with(Config next, String step) {
    return new DegreeGenerator(next, description + "." + step);
  }

  private DegreeGenerator narrow(Predicate<Catalog.Programme> keep, String step) {
    ImmutableList<Catalog.Programme> left =
        config.programmes().stream().filter(keep).collect(ImmutableList.toImmutableList());
    checkArgument(!left.isEmpty(), "no degree programme fits %s.%s", description, step);
    return with(new Config(left, config.from(), config.to()), step);
  }

  /**
   * Returns a generator of degrees of one level.
   *
   * @param level the level, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if no catalog programme of the level fits earlier choices
   *     (there is no clinical bachelor's)
   */
  public DegreeGenerator ofLevel(DegreeLevel level) {
    Objects.requireNonNull(level, "level");
    return narrow(p -> p.level() == level, "ofLevel(" + level + ")");
  }

  /**
   * Returns a generator of degrees from programmes that included psychotherapy training.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if no catalog programme fits earlier choices
   */
  public DegreeGenerator clinical() {
    return narrow(Catalog.Programme::clinical, "clinical()");
  }

  /**
   * Returns a generator of degrees from human-service programmes.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if no catalog programme fits earlier choices
   */
  public DegreeGenerator humanService() {
    return narrow(Catalog.Programme::humanService, "humanService()");
  }

  /**
   * Returns a generator of degrees awarded from {@code first} to {@code last}, both included.
   *
   * @param first the earliest award date, not null
   * @param last the latest award date, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public DegreeGenerator awardedBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return with(
        new Config(config.programmes(), first, last),
        "awardedBetween(" + first + ", " + last + ")");
  }

  @Override
  public Degree next(Source source) {
    return Credentials.degree(source, source.pick(config.programmes()), config.from(), config.to());
  }

  /** Returns the expression that built this generator, such as {@code degrees().clinical()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.testkit.internal.PractitionerFactory;

/**
 * A generator of practitioners whose evidence meets one {@link RequirementSet} — any set, a shipped
 * one or a host's own — or fails exactly one of its requirements, such as {@code
 * TherapyGenerators.meeting(mySet).failing(Requirement.PRACTICE_HOURS).asOf(date)}.
 *
 * <p>Each practitioner carries only what the set's criteria ask for (a licence for independent
 * psychotherapy in one of the set's jurisdictions, degrees, training and practice records), built
 * by walking the set's criteria, so {@code set.evaluate(practitioner, date)} is met for every
 * criterion, or unmet for exactly the failed one. The practice records' contracts are dated so that
 * the set is the one in force for a policy holding only it. Immutable and thread-safe.
 */
public final class EvidenceGenerator implements Generator<Practitioner> {
  private record Config(RequirementSet set, Optional<Requirement> failing, LocalDate asOf) {}

  private final Config config;
  private final String description;

  private EvidenceGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static EvidenceGenerator create(RequirementSet set) {
    Objects.requireNonNull(set, "set");
    return new EvidenceGenerator(
        new Config(set, Optional.empty(), PractitionerGenerator.DEFAULT_AS_OF),
        "meeting(" + set.id() + ")");
  }

  /**
   * Returns the requirements of a set that evidence can fail while meeting all the others: every
   * one except practice hours no larger than the direct-teaching hours within them, a practice span
   * without a minimum, supervision hours no larger than the individual hours within them, and
   * supervision asked for both in hours and in proportion to practice.
   *
   * @param set the set, not null
   * @return the requirements, in the set's order, not null
   */
  public static ImmutableList<Requirement> failable(RequirementSet set) {
    return PractitionerFactory.breakable(set);
  }

  /**
   * Returns a generator of practitioners that fail one requirement of the set and meet the others.
   *
   * @param requirement a requirement in {@link #failable(RequirementSet)}, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the set cannot fail it alone
   */
  public EvidenceGenerator failing(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    checkArgument(
        failable(config.set()).contains(requirement),
        "%s cannot fail %s alone; it can fail %s",
        config.set().id(),
        requirement.code(),
        failable(config.set()).stream().map(Requirement::code).toList());
    return new EvidenceGenerator(
        new Config(config.set(), Optional.of(requirement), config.asOf()),
        "meeting("
            + config.set().id()
            + ").failing("
            + requirement.code()
            + ")"
            + datePart(config));
  }

  /**
   * Returns a generator of practitioners assessed on another date. Defaults to {@link
   * PractitionerGenerator#DEFAULT_AS_OF}.
   *
   * @param date the date, from 1990 to 2100, not null
   * @return a new generator, not null
   */
  public EvidenceGenerator asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkArgument(
        !date.isBefore(LocalDate.of(1990, 1, 1)) && !date.isAfter(LocalDate.of(2100, 12, 31)),
        "date %s is not from 1990 to 2100",
        date);
    Config next = new Config(config.set(), config.failing(), date);
    return new EvidenceGenerator(
        next,
        "meeting("
            + config.set().id()
            + ")"
            + config.failing().map(r -> ".failing(" + r.code() + ")").orElse("")
            + datePart(next));
  }

  private static String datePart(Config c) {
    return c.asOf().equals(PractitionerGenerator.DEFAULT_AS_OF) ? "" : ".asOf(" + c.asOf() + ")";
  }

  @Override
  public Practitioner next(Source source) {
    return PractitionerFactory.meeting(source, config.asOf(), config.set(), config.failing());
  }

  /** Returns the expression that built this generator, such as {@code meeting(2025.T.1)}. */
  @Override
  public String toString() {
    return description;
  }
}

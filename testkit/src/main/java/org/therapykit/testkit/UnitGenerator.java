package org.therapykit.testkit;

import java.util.Optional;
import org.therapykit.client.TreatedUnit;
import org.therapykit.client.UnitKind;
import org.therapykit.testkit.internal.Course;

/**
 * A generator of treated units, such as {@code TherapyGenerators.units().couple()
 * .inFertilityTreatment()}: two partners with consecutive ids ({@code client-04217} and {@code
 * client-04218}), in fertility treatment at an invented clinic.
 *
 * <p>By default four units in ten are individuals and six couples; three in ten are in fertility
 * treatment; six clients in ten have an invented display name. Shrinks toward an individual. Each
 * customisation returns a new generator; this one is immutable and thread-safe.
 */
public final class UnitGenerator implements Generator<TreatedUnit> {
  private record Config(Optional<UnitKind> kind, boolean fertility) {}

  private final Config config;
  private final String description;

  private UnitGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static UnitGenerator create() {
    return new UnitGenerator(new Config(Optional.empty(), false), "units()");
  }

  private UnitGenerator with(Config next, String step) {
    return new UnitGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of individuals: units of one client.
   *
   * @return a new generator, not null
   */
  public UnitGenerator individual() {
    return with(new Config(Optional.of(UnitKind.INDIVIDUAL), config.fertility()), "individual()");
  }

  /**
   * Returns a generator of couples: units of two clients with distinct ids.
   *
   * @return a new generator, not null
   */
  public UnitGenerator couple() {
    return with(new Config(Optional.of(UnitKind.COUPLE), config.fertility()), "couple()");
  }

  /**
   * Returns a generator of units in fertility treatment: a fertility context at stage in-treatment,
   * usually with the clinic's id.
   *
   * @return a new generator, not null
   */
  public UnitGenerator inFertilityTreatment() {
    return with(new Config(config.kind(), true), "inFertilityTreatment()");
  }

  @Override
  public TreatedUnit next(Source source) {
    boolean couple =
        config.kind().map(k -> k == UnitKind.COUPLE).orElseGet(() -> source.chance(60));
    boolean inTreatment = config.fertility() || source.chance(30);
    return Course.unit(source, couple, inTreatment, Course.clinic(source));
  }

  /** Returns the expression that built this generator, such as {@code units().couple()}. */
  @Override
  public String toString() {
    return description;
  }
}

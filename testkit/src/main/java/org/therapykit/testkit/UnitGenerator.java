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
  private final Optional<UnitKind> kind;
  private final boolean fertility;
  private final String description;

  private UnitGenerator(Optional<UnitKind> kind, boolean fertility, String description) {
    this.kind = kind;
    this.fertility = fertility;
    this.description = description;
  }

  static UnitGenerator create() {
    return new UnitGenerator(Optional.empty(), false, "units()");
  }

  /**
   * Returns a generator of individuals: units of one client.
   *
   * @return a new generator, not null
   */
  public UnitGenerator individual() {
    return new UnitGenerator(
        Optional.of(UnitKind.INDIVIDUAL), fertility, description + ".individual()");
  }

  /**
   * Returns a generator of couples: units of two clients with distinct ids.
   *
   * @return a new generator, not null
   */
  public UnitGenerator couple() {
    return new UnitGenerator(Optional.of(UnitKind.COUPLE), fertility, description + ".couple()");
  }

  /**
   * Returns a generator of units in fertility treatment: a fertility context at stage in-treatment,
   * usually with the clinic's id.
   *
   * @return a new generator, not null
   */
  public UnitGenerator inFertilityTreatment() {
    return new UnitGenerator(kind, true, description + ".inFertilityTreatment()");
  }

  @Override
  public TreatedUnit next(Source source) {
    boolean couple = kind.map(k -> k == UnitKind.COUPLE).orElseGet(() -> source.chance(60));
    boolean inTreatment = fertility || source.chance(30);
    return Course.unit(source, couple, inTreatment, Course.clinic(source));
  }

  /** Returns the expression that built this generator, such as {@code units().couple()}. */
  @Override
  public String toString() {
    return description;
  }
}

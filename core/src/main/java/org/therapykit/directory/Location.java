package org.therapykit.directory;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Jurisdiction;
import org.therapykit.internal.Sensitive;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * Where an organisation is, or where a client lives: a jurisdiction, and optionally a locality, a
 * postal code and coordinates, such as {@code US-IL}, Chicago, 60611, {@code 41.8925,-87.6237}.
 *
 * <p>The jurisdiction decides licensing; the coordinates decide distance. Without coordinates a
 * location is near another only in the same locality. Invariants: locality at most 100 characters
 * and postal code at most 16, neither blank. Immutable and thread-safe.
 */
@Value.Immutable
@Sensitive
public abstract class Location implements WithLocation, TherapyValue {
  Location() {}

  /**
   * Returns the jurisdiction.
   *
   * @return the jurisdiction, not null
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the town or city.
   *
   * @return the locality, or empty
   */
  @Text(max = 100)
  public abstract Optional<String> locality();

  /**
   * Returns the postal code.
   *
   * @return the postal code, or empty
   */
  @Text(max = 16)
  public abstract Optional<String> postalCode();

  /**
   * Returns the coordinates.
   *
   * @return the coordinates, or empty
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Obtains a location known only by its jurisdiction.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the location, not null
   */
  public static Location in(Jurisdiction jurisdiction) {
    return builder().jurisdiction(jurisdiction).build();
  }

  /**
   * Returns the distance to another location, when both have coordinates.
   *
   * @param other the other location, not null
   * @return the distance in kilometres, or empty
   */
  public Optional<Double> distanceKm(Location other) {
    if (coordinates().isEmpty() || other.coordinates().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(coordinates().get().distanceKm(other.coordinates().get()));
  }

  /**
   * Returns whether the other location is in the same locality (ignoring case), when both name one.
   *
   * @param other the other location, not null
   * @return true if both localities are present and equal
   */
  public boolean isSameLocality(Location other) {
    return locality().isPresent()
        && other.locality().isPresent()
        && locality().get().equalsIgnoreCase(other.locality().get())
        && jurisdiction().equals(other.jurisdiction());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; the jurisdiction is required. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

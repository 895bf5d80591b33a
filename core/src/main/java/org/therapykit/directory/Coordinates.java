package org.therapykit.directory;

import org.immutables.value.Value;
import org.therapykit.internal.Range;
import org.therapykit.internal.Sensitive;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * A point on the earth in decimal degrees (WGS 84), such as {@code 41.8781,-87.6298} for central
 * Chicago.
 *
 * <p>Invariants: latitude from -90 to 90, longitude from -180 to 180, both finite. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Sensitive
public abstract class Coordinates implements WithCoordinates, TherapyValue {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  Coordinates() {}

  /**
   * Returns the latitude in decimal degrees.
   *
   * @return from -90 to 90
   */
  @Range(min = -90, max = 90)
  @Value.Parameter
  public abstract double latitude();

  /**
   * Returns the longitude in decimal degrees.
   *
   * @return from -180 to 180
   */
  @Range(min = -180, max = 180)
  @Value.Parameter
  public abstract double longitude();

  /**
   * Obtains a point.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @return the point, not null
   * @throws org.therapykit.validation.InvalidValueException with {@link FindingCode#OUT_OF_RANGE}
   *     if out of range
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  /**
   * Returns the great-circle distance to another point (haversine, mean earth radius).
   *
   * @param other the other point, not null
   * @return the distance in kilometres, zero or more
   */
  public double distanceKm(Coordinates other) {
    double lat1 = Math.toRadians(latitude());
    double lat2 = Math.toRadians(other.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude() - longitude());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Coordinates}; both attributes are required. */
  public static final class Builder extends ImmutableCoordinates.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }

  /** Returns {@code latitude,longitude}, such as {@code 41.8781,-87.6298}. */
  @Override
  public String toString() {
    return latitude() + "," + longitude();
  }
}

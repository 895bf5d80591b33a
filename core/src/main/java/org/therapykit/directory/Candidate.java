package org.therapykit.directory;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;
import org.therapykit.qualification.Classification;

/**
 * One practitioner offered for a query, with its place and the reasons for it, such as rank 1:
 * {@code p-0007}, certified sex therapist, in person at {@code org-northside-fertility}, 2.4 km,
 * because {@code on-staff-at-referring-organization} and {@code certified}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate implements WithCandidate, TherapyValue {
  Candidate() {}

  /**
   * Returns the place in the result, from 1.
   *
   * @return the rank
   */
  @Range(min = 1, max = Integer.MAX_VALUE)
  public abstract int rank();

  /**
   * Returns the practitioner's id.
   *
   * @return the id, not null
   */
  public abstract PractitionerId practitionerId();

  /**
   * Returns the practitioner's display name.
   *
   * @return the name, not null
   */
  @Text(max = 200)
  public abstract String displayName();

  /**
   * Returns the practitioner's classification on the query date.
   *
   * @return the classification, not null
   */
  public abstract Classification classification();

  /**
   * Returns how the practitioner would see the client.
   *
   * @return the mode, not null
   */
  public abstract ServiceMode mode();

  /**
   * Returns where, for in-person care.
   *
   * @return the organisation, or empty for telehealth
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns the distance from the client to the organisation, where both have coordinates, rounded
   * to 0.1 km.
   *
   * @return the distance in kilometres, or empty
   */
  @Range(min = 0, max = 40_075)
  @Value.Redacted
  public abstract Optional<Double> distanceKm();

  /**
   * Returns the reasons for the place: the tier first, then the standing, then distance.
   *
   * @return the reasons, not empty, not null
   */
  public abstract ImmutableList<PlacementReason> reasons();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Candidate}. */
  public static final class Builder extends ImmutableCandidate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

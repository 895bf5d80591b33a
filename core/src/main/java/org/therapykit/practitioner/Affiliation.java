package org.therapykit.practitioner;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.OrganizationId;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A practitioner's tie to an organisation, such as being {@link AffiliationRole#ON_STAFF} at a
 * {@link OrganizationKind#FERTILITY_CLINIC} named {@code Northside Fertility Centre}.
 *
 * <p>Invariants: the organisation name is not blank and at most 200 characters. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Affiliation implements WithAffiliation, TherapyValue {
  Affiliation() {}

  /**
   * Returns the organisation's identifier.
   *
   * @return the identifier, not null
   */
  public abstract OrganizationId organizationId();

  /**
   * Returns the organisation's name.
   *
   * @return the name, not null, not blank
   */
  @Text(max = 200)
  public abstract String organizationName();

  /**
   * Returns the kind of organisation.
   *
   * @return the kind, not null
   */
  public abstract OrganizationKind organizationKind();

  /**
   * Returns the practitioner's role there.
   *
   * @return the role, not null
   */
  public abstract AffiliationRole role();

  /**
   * Returns the period of the affiliation.
   *
   * @return the period, or empty if unknown or ongoing without a known start
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns whether the affiliation holds on a date: no period, or a period containing it.
   *
   * @param date the date, not null
   * @return true if current on the date
   */
  public boolean isCurrentOn(LocalDate date) {
    return period().map(p -> p.contains(date)).orElse(true);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Affiliation}; every attribute but the period is required. */
  public static final class Builder extends ImmutableAffiliation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

package org.therapykit.directory;

import org.immutables.value.Value;
import org.therapykit.OrganizationId;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.practitioner.OrganizationKind;

/**
 * An organisation where practitioners work or that refers clients, such as {@code
 * org-northside-fertility}, "Northside Fertility Centre", a {@link
 * OrganizationKind#FERTILITY_CLINIC} in Chicago, {@code US-IL}.
 *
 * <p>Practitioners refer to organisations by id in their affiliations; the directory joins the two.
 * Invariant: the name is not blank and at most 200 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization implements WithOrganization, TherapyDocument {
  Organization() {}

  /**
   * Returns the identifier.
   *
   * @return the id, not null
   */
  public abstract OrganizationId id();

  /**
   * Returns the name.
   *
   * @return the name, not null, not blank
   */
  @Text(max = 200)
  public abstract String name();

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public abstract OrganizationKind kind();

  /**
   * Returns where it is.
   *
   * @return the location, not null
   */
  public abstract Location location();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}; every attribute is required. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

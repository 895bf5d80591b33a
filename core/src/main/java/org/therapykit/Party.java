package org.therapykit;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * A person or organisation outside the client unit that refers, discloses or receives: for example
 * the fertility specialist {@code Dr. Rowan Placeholder} ({@link PartyRole#FERTILITY_SPECIALIST})
 * at organisation {@code org-fertility-01}.
 *
 * <p>A party is identified by a practitioner id, an organisation id, a name, or any combination. A
 * party that names only an organisation stands for anyone in that role at the organisation, the
 * "class of persons" a release of information may name; see {@link #includes(Party)}.
 *
 * <p>The name is free text and is redacted from {@link #toString()}: it can tell who a client sees.
 *
 * <p>Invariants: at least one of name, practitioner and organisation ({@link
 * FindingCode#MISSING_VALUE} at {@code /name}); the name, if present, is not blank and at most 200
 * characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party implements WithParty {
  Party() {}

  /**
   * Returns the role.
   *
   * @return the role, not null
   */
  public abstract PartyRole role();

  /**
   * Returns the name, such as {@code Dr. Rowan Placeholder} or {@code Example Fertility Centre}.
   *
   * @return the name, or empty; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the practitioner id, when the party is a practitioner known to the host.
   *
   * @return the id, or empty
   */
  public abstract Optional<PractitionerId> practitioner();

  /**
   * Returns the organisation id: the party's organisation, or the organisation itself.
   *
   * @return the id, or empty
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns whether {@code other} is this party or one of the class of persons this party names.
   *
   * <p>The roles must be equal. Then every id this party has must be equal in {@code other}: a
   * party naming only organisation {@code org-1} includes any party in the same role whose
   * organisation is {@code org-1}, with or without a practitioner id. A party with neither id is
   * matched by name, ignoring case.
   *
   * @param other the party to test, not null
   * @return true if {@code other} is covered by this party
   */
  public boolean includes(Party other) {
    if (role() != other.role()) {
      return false;
    }
    if (practitioner().isPresent() || organization().isPresent()) {
      return practitioner().map(p -> other.practitioner().equals(Optional.of(p))).orElse(true)
          && organization().map(o -> other.organization().equals(Optional.of(o))).orElse(true);
    }
    return name().map(Party::fold).equals(other.name().map(Party::fold));
  }

  private static String fold(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; the role is required, and at least one of name and ids. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("Party")
            .require(
                name().isPresent() || practitioner().isPresent() || organization().isPresent(),
                FindingCode.MISSING_VALUE,
                "/name",
                "a party needs a name, a practitioner id or an organisation id");
    name().ifPresent(n -> v.text("/name", n, 200));
    v.throwIfAny();
  }
}

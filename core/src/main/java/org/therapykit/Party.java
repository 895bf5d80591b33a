package org.therapykit;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.Text;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * A person or organisation that refers, discloses, receives or asks for information: for example
 * the fertility specialist {@code Dr. Rowan Placeholder} ({@link PartyRole#FERTILITY_SPECIALIST})
 * at organisation {@code org-fertility-01}, or the other partner of a couple, client {@code
 * client-b} ({@link PartyRole#CLIENT_DESIGNEE}).
 *
 * <p>A party is identified by a practitioner id, an organisation id, a client id, a name, or any
 * combination. A party that names only an organisation stands for anyone in that role at the
 * organisation, the "class of persons" a release of information may name; see {@link
 * #includes(Party)}. A client id makes the party a client of the case (for example the other
 * partner, as the recipient of a release or the requester of a disclosure); only a {@link
 * PartyRole#CLIENT_DESIGNEE} has one.
 *
 * <p>The name is free text and is redacted from {@link #toString()}: it can tell who a client sees.
 *
 * <p>Invariants: at least one of name, practitioner, organisation and client ({@link
 * FindingCode#MISSING_CONDITIONAL_VALUE} at {@code /name}); a client id only for a {@link
 * PartyRole#CLIENT_DESIGNEE} ({@link FindingCode#INCONSISTENT_VALUE} at {@code /client}); the name,
 * if present, is not blank and at most 200 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party implements WithParty, TherapyValue {
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
  @Text(max = 200)
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
   * Returns the client id, when the party is a client of the case acting as a recipient or
   * requester, such as the other partner of a couple.
   *
   * @return the id, or empty
   */
  public abstract Optional<ClientId> client();

  /**
   * Returns whether {@code other} is this party or one of the class of persons this party names.
   *
   * <p>The roles must be equal. Then ids decide: every id this party has (practitioner,
   * organisation, client) must be equal in {@code other}, so a party naming only organisation
   * {@code org-1} includes any party in the same role whose organisation is {@code org-1}, with or
   * without a practitioner id. A party with no id is matched by name, ignoring case and surrounding
   * spaces, and only a party that has no id either: a name cannot confirm who a party with ids is,
   * so a name-only match never overrides ids ({@link #matchesOnlyByName(Party)} tells that case
   * apart). Record recipients with ids wherever they are known.
   *
   * @param other the party to test, not null
   * @return true if {@code other} is covered by this party
   */
  public boolean includes(Party other) {
    if (role() != other.role()) {
      return false;
    }
    if (hasId()) {
      return practitioner().map(p -> other.practitioner().equals(Optional.of(p))).orElse(true)
          && organization().map(o -> other.organization().equals(Optional.of(o))).orElse(true)
          && client().map(c -> other.client().equals(Optional.of(c))).orElse(true);
    }
    return !other.hasId() && sameName(other);
  }

  /**
   * Returns whether this party, named by name only, has the name of {@code other}, a party in the
   * same role with ids: the match {@link #includes(Party)} refuses, because the name cannot confirm
   * the ids.
   *
   * @param other the party to test, not null
   * @return true if only a name would connect the two
   */
  public boolean matchesOnlyByName(Party other) {
    return role() == other.role() && !hasId() && other.hasId() && sameName(other);
  }

  /**
   * Returns whether the party has a practitioner, organisation or client id.
   *
   * @return true if it has an id
   */
  public boolean hasId() {
    return practitioner().isPresent() || organization().isPresent() || client().isPresent();
  }

  private boolean sameName(Party other) {
    return name().isPresent() && name().map(Party::fold).equals(other.name().map(Party::fold));
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
        Invariants.of(this)
            .require(
                name().isPresent()
                    || practitioner().isPresent()
                    || organization().isPresent()
                    || client().isPresent(),
                FindingCode.MISSING_CONDITIONAL_VALUE,
                "/name",
                "a party needs a name, a practitioner id, an organisation id or a client id")
            .require(
                client().isEmpty() || role() == PartyRole.CLIENT_DESIGNEE,
                FindingCode.INCONSISTENT_VALUE,
                "/client",
                "only a client designee is a client of the case");
    v.throwIfAny();
  }
}

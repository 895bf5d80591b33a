package org.therapykit.client;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.internal.NotEmpty;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * The unit being treated: an individual (one client) or a couple (two partners, each a client),
 * such as the couple {@code client-a} and {@code client-b}, in fertility treatment.
 *
 * <p>A couple's partners are two clients with distinct ids and their own rights. "Both partners" is
 * never a magic value elsewhere in the model: an owner, assignee or attendee set names the
 * partners' {@link ClientId}s.
 *
 * <p>Invariants: an {@link UnitKind#INDIVIDUAL} has exactly one client and a {@link
 * UnitKind#COUPLE} exactly two ({@link FindingCode#INCONSISTENT_VALUE} at {@code /clients}); client
 * ids are distinct ({@link FindingCode#DUPLICATE_VALUE} at the later client). Immutable and
 * thread-safe; the clients are in the order given.
 */
@Value.Immutable
public abstract class TreatedUnit implements WithTreatedUnit, TherapyValue {
  TreatedUnit() {}

  /**
   * Returns the kind of unit.
   *
   * @return the kind, not null
   */
  public abstract UnitKind kind();

  /**
   * Returns the clients: one for an individual, two for a couple.
   *
   * @return the clients, not null
   */
  @NotEmpty
  public abstract ImmutableList<Client> clients();

  /**
   * Returns the fertility context, if the unit comes in one.
   *
   * @return the context, or empty; redacted from {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<FertilityContext> fertilityContext();

  /**
   * Returns the clients' ids, in order.
   *
   * @return the ids, not null
   */
  public ImmutableSet<ClientId> clientIds() {
    return clients().stream().map(Client::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns whether a client belongs to this unit.
   *
   * @param id the client id, not null
   * @return true if one of the clients has the id
   */
  public boolean includes(ClientId id) {
    return clients().stream().anyMatch(c -> c.id().equals(id));
  }

  /**
   * Returns the index of a client in {@link #clients()}.
   *
   * @param id the client id, not null
   * @return the index, or -1 if the client is not in the unit
   */
  public int indexOf(ClientId id) {
    for (int i = 0; i < clients().size(); i++) {
      if (clients().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Obtains a unit of one client.
   *
   * @param client the client, not null
   * @return the unit, not null
   */
  public static TreatedUnit individual(Client client) {
    return builder().kind(UnitKind.INDIVIDUAL).addClient(client).build();
  }

  /**
   * Obtains a couple.
   *
   * @param partner1 one partner, not null
   * @param partner2 the other partner, not null, with another id
   * @return the unit, not null
   * @throws org.therapykit.validation.InvalidValueException if the partners share an id
   */
  public static TreatedUnit couple(Client partner1, Client partner2) {
    return builder().kind(UnitKind.COUPLE).addClient(partner1).addClient(partner2).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TreatedUnit}; the kind and its number of clients are required. */
  public static final class Builder extends ImmutableTreatedUnit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .require(
            clients().size() == kind().size(),
            FindingCode.INCONSISTENT_VALUE,
            "/clients",
            "a unit of kind " + kind().code() + " has exactly " + kind().size() + " client(s)")
        .unique("/clients", clients(), Client::id, "client id")
        .throwIfAny();
  }
}

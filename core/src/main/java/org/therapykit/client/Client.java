package org.therapykit.client;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * A person receiving therapy, such as client {@code client-a}. In couple therapy each partner is a
 * client with their own rights: each fills in their own intake form, consents for themselves, and
 * alone authorises the release of their own information.
 *
 * <p>Elsewhere in the model a client is referred to by {@link ClientId}. The display name is
 * optional (a host may keep names elsewhere) and is redacted from {@link #toString()}.
 *
 * <p>Invariants: the display name, if present, is not blank and at most 200 characters. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Client implements WithClient, TherapyValue {
  Client() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  public abstract ClientId id();

  /**
   * Returns the name to display, such as {@code Alex Example}.
   *
   * @return the name, or empty; redacted from {@code toString()}
   */
  @Text(max = 200)
  @Value.Redacted
  public abstract Optional<String> displayName();

  /**
   * Obtains a client with only an id.
   *
   * @param id the id, not null
   * @return the client, not null
   */
  public static Client of(ClientId id) {
    return builder().id(id).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Client}; the id is required. */
  public static final class Builder extends ImmutableClient.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

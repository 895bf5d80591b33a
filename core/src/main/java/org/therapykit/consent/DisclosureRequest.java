package org.therapykit.consent;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.internal.NotEmpty;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.FindingCode;

/**
 * A question a host asks before it shows or sends anything: may this requester, for this purpose,
 * on this date, see these categories of these clients' information? Example: the fertility
 * specialists of clinic {@code org-fertility-01} ask on {@code 2026-03-31}, for {@link
 * DisclosurePurpose#CARE_COORDINATION}, for {@link InformationCategory#GOALS_AND_PROGRESS} of
 * client {@code client-a}.
 *
 * <p>The requester is a {@link Party}, the same type a {@link ReleaseAuthorization} names as its
 * recipients, so that an authorisation can cover the request. Each requester of the issue is one:
 *
 * <ul>
 *   <li>the treating practitioner: role {@link org.therapykit.PartyRole#THERAPIST} with the case
 *       practitioner's {@linkplain Party#practitioner() practitioner id};
 *   <li>the other partner: role {@link org.therapykit.PartyRole#CLIENT_DESIGNEE} with their
 *       {@linkplain Party#client() client id};
 *   <li>the referring GP, the fertility specialist: roles {@link
 *       org.therapykit.PartyRole#GENERAL_PRACTITIONER}, {@link
 *       org.therapykit.PartyRole#FERTILITY_SPECIALIST}, with a practitioner or organisation id;
 *   <li>a supervisor: role {@link org.therapykit.PartyRole#SUPERVISOR};
 *   <li>anyone else: any other role.
 * </ul>
 *
 * <p>The subjects are the clients whose information is asked for: one partner, or both for joint
 * information. {@link DisclosureRules#decide} also finds the clients the requested information is
 * shared with (a goal both partners own, homework set for both, notes of a joint session) and
 * requires their authorisation too.
 *
 * <p>Invariants: at least one subject and one category ({@link FindingCode#MISSING_VALUE}). Sets of
 * categories keep {@link InformationCategory} declaration order, so {@code /request/categories/1}
 * in a finding indexes that order. Immutable and thread-safe; the requester's name is redacted from
 * {@link #toString()}.
 */
@Value.Immutable
public abstract class DisclosureRequest implements WithDisclosureRequest, TherapyDocument {
  DisclosureRequest() {}

  /**
   * Returns who asks, and would receive the information.
   *
   * @return the requester, not null
   */
  public abstract Party requester();

  /**
   * Returns the purpose of the disclosure.
   *
   * @return the purpose, not null
   */
  public abstract DisclosurePurpose purpose();

  /**
   * Returns the clients whose information is asked for, in the order given.
   *
   * @return the subjects, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<ClientId> subjects();

  /**
   * Returns the categories of information asked for, in {@link InformationCategory} declaration
   * order.
   *
   * @return the categories, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Returns the date of the disclosure: every authorisation is judged in force or not on it.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DisclosureRequest}; requester, purpose and date are required, with at least one
   * subject and category.
   */
  public static final class Builder extends ImmutableDisclosureRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

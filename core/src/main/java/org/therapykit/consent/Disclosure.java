package org.therapykit.consent;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.therapykit.AuthorizationId;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.internal.NotEmpty;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * A record that information was released: on {@code 2026-03-31}, {@link
 * InformationCategory#GOALS_AND_PROGRESS} about clients {@code client-a} and {@code client-b} went
 * to their fertility specialist for {@link DisclosurePurpose#CARE_COORDINATION}, under
 * authorisations {@code roi-a} and {@code roi-b}.
 *
 * <p>A disclosure is a log entry, not a decision: whether it was allowed is a case rule, which
 * requires, for every subject, an authorisation named here, signed for that subject, in force on
 * the date and covering the recipient, every category and the purpose.
 *
 * <p>Invariants: at least one category and one subject ({@link FindingCode#MISSING_VALUE}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disclosure implements WithDisclosure, TherapyValue {
  Disclosure() {}

  /**
   * Returns the date of the disclosure.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns who received the information.
   *
   * @return the recipient, not null
   */
  public abstract Party recipient();

  /**
   * Returns the categories of information released, in {@link InformationCategory} declaration
   * order (the order of the JSON array, whatever the order given).
   *
   * @return the categories, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Returns the clients whose information was released.
   *
   * @return the subjects, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<ClientId> subjects();

  /**
   * Returns the purpose of the disclosure.
   *
   * @return the purpose, not null
   */
  public abstract DisclosurePurpose purpose();

  /**
   * Returns the authorisations the disclosure was made under.
   *
   * @return the authorisation ids, not null, possibly empty
   */
  public abstract ImmutableSet<AuthorizationId> authorizations();

  /**
   * Returns this disclosure as a request made on its date: same requester (the recipient), purpose,
   * subjects and categories. What {@link DisclosureRules#decide} says of it is what the rules would
   * have permitted when the disclosure was made; {@link org.therapykit.course.CaseRules} checks
   * every logged disclosure that way.
   *
   * @return the request, not null
   */
  public DisclosureRequest asRequest() {
    return DisclosureRequest.builder()
        .requester(recipient())
        .purpose(purpose())
        .subjects(subjects())
        .categories(categories())
        .date(date())
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Disclosure}; date, recipient and purpose are required, with at least one
   * category and subject.
   */
  public static final class Builder extends ImmutableDisclosure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

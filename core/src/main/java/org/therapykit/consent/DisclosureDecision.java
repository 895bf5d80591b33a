package org.therapykit.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.immutables.value.Value;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.internal.Construction;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.RuleResult;

/**
 * The answer of {@link DisclosureRules#decide}: permit or deny, exactly which requested categories
 * may be released, the authorisations the answer rests on, and the reasons as findings. Example:
 * {@code PERMIT} of {@link InformationCategory#GOALS_AND_PROGRESS} for case {@code case-0001},
 * resting on authorisations {@code roi-a} and {@code roi-b}.
 *
 * <p>A decision is a self-contained audit record: it echoes the {@link #request()} and names the
 * case. A partial permit narrows the request, never widens it: {@link #permittedCategories()} is a
 * subset of the request's categories, and every category left out has at least one error finding
 * saying why. Findings are sorted by severity, errors first; their paths start with {@code
 * /request} for the request (as echoed in the decision) and point into the case otherwise (such as
 * {@code /authorizations/1/revokedOn}). No finding carries a sensitive value.
 *
 * <p>Invariants (all reported at once; {@link FindingCode#INCONSISTENT_VALUE}): the outcome is
 * {@link DisclosureOutcome#PERMIT} exactly when some category is permitted ({@code /outcome});
 * every permitted category was requested ({@code /permittedCategories/n}); a denial rests on no
 * authorisation ({@code /authorizations}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosureDecision implements RuleResult, TherapyDocument {
  DisclosureDecision() {}

  /**
   * Returns the id of the case the decision is about.
   *
   * @return the id, not null
   */
  public abstract CaseId caseId();

  /**
   * Returns the request decided.
   *
   * @return the request, not null
   */
  public abstract DisclosureRequest request();

  /**
   * Returns permit or deny.
   *
   * @return the outcome, not null
   */
  public abstract DisclosureOutcome outcome();

  /**
   * Returns the requested categories that may be released, in {@link InformationCategory}
   * declaration order: exactly the categories every required authorisation (or an exception such as
   * treatment) covers.
   *
   * @return the categories, not null; empty for a denial
   */
  public abstract ImmutableSet<InformationCategory> permittedCategories();

  /**
   * Returns the authorisations the permit rests on, in the order of the case's authorisations: for
   * every permitted category and every client whose information it releases, one authorisation of
   * that client in force on the date that covers it.
   *
   * @return the authorisation ids, not null; empty for a denial or a permit resting on an exception
   */
  public abstract ImmutableSet<AuthorizationId> authorizations();

  /**
   * Returns the findings, most severe first: the reasons for every category withheld, warnings
   * (such as {@link FindingCode#MINIMUM_NECESSARY_EXCEEDED}), and the exception a permit rests on.
   *
   * @return the findings, not null
   */
  @Override
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns whether anything may be released.
   *
   * @return true for {@link DisclosureOutcome#PERMIT}
   */
  public boolean isPermitted() {
    return outcome() == DisclosureOutcome.PERMIT;
  }

  /**
   * Returns whether this is a permit for fewer categories than were requested.
   *
   * @return true for a partial permit
   */
  public boolean isPartial() {
    return isPermitted() && permittedCategories().size() < request().categories().size();
  }

  /**
   * Returns the requested categories that may not be released.
   *
   * @return the categories, in {@link InformationCategory} declaration order, not null
   */
  public ImmutableSet<InformationCategory> deniedCategories() {
    return Sets.difference(request().categories(), permittedCategories()).immutableCopy();
  }

  static {
    Construction.register(DisclosureDecision.class, Builder::new);
  }

  /**
   * Returns a builder; package-private, as only the rule makes this output.
   *
   * @return a new builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureDecision}; case id, request and outcome are required. */
  public static final class Builder extends ImmutableDisclosureDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v =
        Invariants.of(this)
            .require(
                isPermitted() != permittedCategories().isEmpty(),
                FindingCode.INCONSISTENT_VALUE,
                "/outcome",
                "a permit names the categories it permits, a denial none")
            .require(
                isPermitted() || authorizations().isEmpty(),
                FindingCode.INCONSISTENT_VALUE,
                "/authorizations",
                "a denial rests on no authorisation");
    int n = 0;
    for (InformationCategory category : permittedCategories()) {
      v.require(
          request().categories().contains(category),
          FindingCode.INCONSISTENT_VALUE,
          "/permittedCategories/" + n,
          "a decision never permits a category that was not requested");
      n++;
    }
    v.throwIfAny();
  }
}

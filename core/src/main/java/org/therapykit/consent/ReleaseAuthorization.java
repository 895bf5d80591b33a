package org.therapykit.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.AuthorizationId;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.internal.NotEmpty;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/**
 * A release of information: one client's written authorisation for a discloser to give named
 * recipients some categories of their information for stated purposes, until an expiry date or
 * event. Example: authorisation {@code roi-b} by client {@code client-b}, signed {@code
 * 2026-02-16}, letting the therapy practice send {@link InformationCategory#GOALS_AND_PROGRESS} to
 * their fertility specialist for {@link DisclosurePurpose#CARE_COORDINATION}, until {@code
 * 2027-02-15} or the end of fertility treatment.
 *
 * <p>It carries the HIPAA core elements (45 CFR 164.508(c)(1)): the information ({@link
 * #categories()}), who may disclose ({@link #discloser()}), who may receive ({@link
 * #recipients()}), the purposes, an expiry date or event, and the signature with its date (and a
 * representative's authority). The three required statements (164.508(c)(2)) are recorded as
 * booleans: a form that lacks one is <em>defective</em> ({@link #isComplete()} is false) and is in
 * force on no date. Each partner of a couple is a separate subject: one partner's authorisation
 * never releases the other's information.
 *
 * <p>In force on a date ({@link #isInForceOn(LocalDate)}): complete, signed on or before the date,
 * not expired and not revoked. Both an expiry date and an expiry event may be given ("until this
 * date or that event, whichever comes first"): the date is the last day in force; an event ends the
 * authorisation on the day it occurs. A revocation takes effect on the date it is received and is
 * not retroactive: disclosures made before it stay authorised.
 *
 * <p>Invariants (all reported at once): at least one recipient, category and purpose ({@link
 * FindingCode#MISSING_VALUE}); an expiry date or an expiry event, or both ({@link
 * FindingCode#MISSING_CONDITIONAL_VALUE} at {@code /expiresOn}); an occurrence date only for an
 * expiry event ({@link FindingCode#INCONSISTENT_VALUE}); expiry, event and revocation dates not
 * before the signature date ({@link FindingCode#END_BEFORE_START}); and an authorisation for {@link
 * InformationCategory#PSYCHOTHERAPY_NOTES} names no other category ({@link
 * FindingCode#INCONSISTENT_VALUE} at {@code /categories}): psychotherapy notes need an
 * authorisation of their own. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReleaseAuthorization implements WithReleaseAuthorization, TherapyDocument {
  ReleaseAuthorization() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  public abstract AuthorizationId id();

  /**
   * Returns the client whose information it is, and who alone may authorise its release.
   *
   * @return the subject, not null
   */
  public abstract ClientId subject();

  /**
   * Returns who may disclose, usually the therapist or their practice.
   *
   * @return the discloser, not null
   */
  public abstract Party discloser();

  /**
   * Returns who may receive: persons, or a class of persons such as anyone in a role at an
   * organisation (see {@link Party#includes(Party)}).
   *
   * @return the recipients, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableList<Party> recipients();

  /**
   * Returns the categories of information that may be disclosed, in {@link InformationCategory}
   * declaration order.
   *
   * @return the categories, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Returns the purposes of the disclosure, in {@link DisclosurePurpose} declaration order.
   *
   * @return the purposes, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<DisclosurePurpose> purposes();

  /**
   * Returns the last day the authorisation is in force, if it has an expiry date.
   *
   * @return the inclusive date, or empty
   */
  public abstract Optional<LocalDate> expiresOn();

  /**
   * Returns the event that ends the authorisation, if it has one.
   *
   * @return the event, or empty
   */
  public abstract Optional<ExpiryEvent> expiryEvent();

  /**
   * Returns the date the expiry event occurred, once it has: the authorisation is not in force from
   * that day.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> expiryEventOccurredOn();

  /**
   * Returns the signature.
   *
   * @return the signature, not null
   */
  public abstract Signature signature();

  /**
   * Returns the date a written revocation was received, if the client revoked the authorisation.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> revokedOn();

  /**
   * Returns whether the form states the client's right to revoke in writing and how (or refers to
   * the notice of privacy practices).
   *
   * @return true if stated
   */
  public abstract boolean revocationStatement();

  /**
   * Returns whether the form states whether treatment, payment, enrolment or eligibility may be
   * conditioned on signing.
   *
   * @return true if stated
   */
  public abstract boolean conditioningStatement();

  /**
   * Returns whether the form states that the recipient may redisclose the information and that it
   * may then no longer be protected.
   *
   * @return true if stated
   */
  public abstract boolean redisclosureStatement();

  /**
   * Returns the form's defects: one {@link FindingCode#AUTHORIZATION_DEFECTIVE} error per missing
   * required statement, with a path relative to this authorisation ({@code /revocationStatement},
   * {@code /conditioningStatement}, {@code /redisclosureStatement}). A defective authorisation
   * authorises nothing; the disclosure rules and the case rules report the same findings.
   *
   * @return the defects, empty if the form is complete, not null
   */
  public ImmutableList<Finding> defects() {
    ImmutableList.Builder<Finding> defects = ImmutableList.builder();
    defect(defects, revocationStatement(), "/revocationStatement", "the right to revoke");
    defect(defects, conditioningStatement(), "/conditioningStatement", "conditioning");
    defect(defects, redisclosureStatement(), "/redisclosureStatement", "redisclosure");
    return defects.build();
  }

  private static void defect(
      ImmutableList.Builder<Finding> defects, boolean present, String path, String statement) {
    if (!present) {
      defects.add(
          Finding.error(
              FindingCode.AUTHORIZATION_DEFECTIVE,
              path,
              "the authorisation lacks the statement on "
                  + statement
                  + "; a defective authorisation authorises nothing"));
    }
  }

  /**
   * Returns whether the form has the three required statements; an incomplete form is defective.
   *
   * @return true if all three statements are present
   */
  public boolean isComplete() {
    return revocationStatement() && conditioningStatement() && redisclosureStatement();
  }

  /**
   * Returns whether the authorisation has expired by a date: the date is after the expiry date, or
   * on or after the day the expiry event occurred.
   *
   * @param date the date, not null
   * @return true if expired
   */
  public boolean isExpiredOn(LocalDate date) {
    return expiresOn().map(date::isAfter).orElse(false)
        || expiryEventOccurredOn().map(e -> !date.isBefore(e)).orElse(false);
  }

  /**
   * Returns whether the authorisation has been revoked by a date: a revocation takes effect on the
   * day it is received.
   *
   * @param date the date, not null
   * @return true if revoked on or before the date
   */
  public boolean isRevokedOn(LocalDate date) {
    return revokedOn().map(r -> !date.isBefore(r)).orElse(false);
  }

  /**
   * Returns whether the authorisation is in force on a date: complete, signed on or before the
   * date, not expired and not revoked.
   *
   * @param date the date, not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    return isComplete()
        && !date.isBefore(signature().signedOn())
        && !isExpiredOn(date)
        && !isRevokedOn(date);
  }

  /**
   * Returns whether a recipient is one of {@link #recipients()}, or of the classes they name.
   *
   * @param recipient the recipient, not null
   * @return true if named
   */
  public boolean names(Party recipient) {
    return recipients().stream().anyMatch(r -> r.includes(recipient));
  }

  /**
   * Returns whether this authorisation lets its discloser give a recipient one category of the
   * subject's information for a purpose on a date: it is {@linkplain #isInForceOn(LocalDate) in
   * force} on the date, {@linkplain #names(Party) names} the recipient, and lists the category and
   * the purpose. This is what the form says by itself; {@link DisclosureRules#decide} also checks
   * what only the case can tell — the discloser, events the case records, withdrawal of consent, a
   * representative's authority — so a host decides with it, not with this method.
   *
   * @param recipient the recipient, not null
   * @param category the category, not null
   * @param purpose the purpose, not null
   * @param date the date of the disclosure, not null
   * @return true if covered
   */
  public boolean covers(
      Party recipient, InformationCategory category, DisclosurePurpose purpose, LocalDate date) {
    return isInForceOn(date)
        && names(recipient)
        && categories().contains(category)
        && purposes().contains(purpose);
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
   * Builds a {@link ReleaseAuthorization}; id, subject, discloser, signature and the three
   * statements are required, with at least one recipient, category and purpose, and an expiry date
   * or event.
   */
  public static final class Builder extends ImmutableReleaseAuthorization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    LocalDate signed = signature().signedOn();
    Invariants.of(this)
        .require(
            !categories().contains(InformationCategory.PSYCHOTHERAPY_NOTES)
                || categories().size() == 1,
            FindingCode.INCONSISTENT_VALUE,
            "/categories",
            "psychotherapy notes need an authorisation of their own")
        .require(
            expiresOn().isPresent() || expiryEvent().isPresent(),
            FindingCode.MISSING_CONDITIONAL_VALUE,
            "/expiresOn",
            "needs an expiry date or an expiry event")
        .require(
            expiryEventOccurredOn().isEmpty() || expiryEvent().isPresent(),
            FindingCode.INCONSISTENT_VALUE,
            "/expiryEventOccurredOn",
            "an occurrence date needs an expiry event")
        .require(
            expiresOn().map(d -> !d.isBefore(signed)).orElse(true),
            FindingCode.END_BEFORE_START,
            "/expiresOn",
            "must not be before the signature date")
        .require(
            expiryEventOccurredOn().map(d -> !d.isBefore(signed)).orElse(true),
            FindingCode.END_BEFORE_START,
            "/expiryEventOccurredOn",
            "must not be before the signature date")
        .require(
            revokedOn().map(d -> !d.isBefore(signed)).orElse(true),
            FindingCode.END_BEFORE_START,
            "/revokedOn",
            "must not be before the signature date")
        .throwIfAny();
  }
}

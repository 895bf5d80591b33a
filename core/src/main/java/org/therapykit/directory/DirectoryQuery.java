package org.therapykit.directory;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.OrganizationId;
import org.therapykit.client.UnitKind;
import org.therapykit.internal.Forms;
import org.therapykit.internal.Range;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.referral.Referral;

/**
 * A search for practitioners who can take a referral: who refers, where the client lives, what the
 * concern is, for an individual or a couple, on which date, and how many results. Example: a couple
 * in Chicago ({@code US-IL}), referred by {@code org-northside-fertility} for a sexual dysfunction,
 * telehealth acceptable, on {@code 2026-11-28}, ten results.
 *
 * <p>The concern is a {@link PracticeArea}: a sexual dysfunction needs a sex therapist; a
 * relationship problem or a minor sexual difficulty can go to a sex counsellor. Without {@link
 * #maxTravelKm()}, in-person care is searched in the client's jurisdiction at any distance; with
 * it, in-person care is searched within that distance, in the client's jurisdiction or across a
 * border (where the practitioner is licensed).
 *
 * <p>Invariants: the limit is from 1 to 1,000; the travel distance from 1 to 20,000 km; the
 * language an ISO 639 code. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DirectoryQuery implements WithDirectoryQuery, TherapyDocument {

  DirectoryQuery() {}

  /**
   * Returns the organisation that referred the client, whose own staff come first.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganizationId> referringOrganization();

  /**
   * Returns where the client lives.
   *
   * @return the location, not null
   */
  @Value.Redacted
  public abstract Location clientLocation();

  /**
   * Returns what the client needs help with.
   *
   * @return the concern, not null
   */
  @Value.Redacted
  public abstract PracticeArea concern();

  /**
   * Returns whether an individual or a couple is to be seen. Defaults to an individual.
   *
   * @return the kind of unit, not null
   */
  @Value.Default
  public UnitKind unit() {
    return UnitKind.INDIVIDUAL;
  }

  /**
   * Returns whether telehealth is acceptable to the client. Defaults to true.
   *
   * @return true if telehealth candidates may be offered
   */
  @Value.Default
  public boolean telehealthAcceptable() {
    return true;
  }

  /**
   * Returns how far the client will travel for in-person care, crossing a border if need be.
   *
   * @return the distance in kilometres, or empty for "anywhere in my jurisdiction, nowhere else"
   */
  @Range(min = 1, max = 20_000)
  public abstract Optional<Integer> maxTravelKm();

  /**
   * Returns the language the client needs, such as {@code es}.
   *
   * @return the language, or empty for any
   */
  @Text(max = 16, pattern = Forms.LANGUAGE, patternHint = Forms.LANGUAGE_HINT, check = "isLanguage")
  @Value.Redacted
  public abstract Optional<String> language();

  /**
   * Returns the date on which candidates must be qualified and licensed.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns how many candidates to return at most. Defaults to 10.
   *
   * @return from 1 to 1,000
   */
  @Range(min = 1, max = 1000)
  @Value.Default
  public int limit() {
    return 10;
  }

  /**
   * Starts a query from a referral: the referrer's organisation refers, and the referral's reason
   * gives the concern ({@link org.therapykit.referral.ReferralReason#practiceArea()}); the
   * referral's date is not used, the search date is {@code asOf}.
   *
   * @param referral the referral, not null
   * @param clientLocation where the client lives, not null
   * @param asOf the date of the search, not null
   * @return a builder with those set, not null
   */
  public static Builder fromReferral(Referral referral, Location clientLocation, LocalDate asOf) {
    Builder b = builder();
    referral.referrer().organization().ifPresent(b::referringOrganization);
    return b.clientLocation(clientLocation).concern(referral.reason().practiceArea()).asOf(asOf);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectoryQuery}; client location, concern and date are required. */
  public static final class Builder extends ImmutableDirectoryQuery.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

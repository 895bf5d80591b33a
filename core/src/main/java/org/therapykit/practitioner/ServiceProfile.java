package org.therapykit.practitioner;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.client.UnitKind;
import org.therapykit.internal.Forms;
import org.therapykit.internal.NotEmpty;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyValue;

/**
 * How a practitioner can be reached by new clients: in person at which organisations, by telehealth
 * in which jurisdictions, whether they accept new clients, in which languages, and whether they see
 * individuals, couples or both. Example: in person at {@code org-northside-fertility}, telehealth
 * in {@code US-IL} and {@code US-WI}, accepting new clients, English and Spanish, individuals and
 * couples.
 *
 * <p>A practitioner without a profile is taken to practise in person wherever they are on staff or
 * visiting, with no telehealth, accepting new clients, languages not stated, seeing individuals and
 * couples ({@link #defaultFor(Practitioner)}).
 *
 * <p>Invariants: languages are ISO 639 codes in lower case, optionally with an ISO 3166 region
 * ({@code en}, {@code es}, {@code fr-CA}); at least one kind of unit is served. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ServiceProfile implements WithServiceProfile, TherapyValue {

  ServiceProfile() {}

  /**
   * Returns the organisations where the practitioner sees clients in person; each must be one of
   * the practitioner's affiliations.
   *
   * @return the organisations, not null
   */
  public abstract ImmutableSet<OrganizationId> inPersonAt();

  /**
   * Returns the jurisdictions where the practitioner offers telehealth. Offering it is not being
   * licensed there: the directory also requires a valid licence in the client's jurisdiction.
   *
   * @return the jurisdictions, not null
   */
  public abstract ImmutableSet<Jurisdiction> telehealthIn();

  /**
   * Returns whether the practitioner accepts new clients. Defaults to true.
   *
   * @return true if accepting
   */
  @Value.Default
  public boolean acceptingNewClients() {
    return true;
  }

  /**
   * Returns the languages the practitioner works in, such as {@code en} or {@code fr-CA}.
   *
   * @return the languages, empty if not stated, not null
   */
  @Text(max = 16, pattern = Forms.LANGUAGE, patternHint = Forms.LANGUAGE_HINT, check = "isLanguage")
  public abstract ImmutableSet<String> languages();

  /**
   * Returns the kinds of unit the practitioner sees. Defaults to individuals and couples.
   *
   * @return the kinds, not empty, not null
   */
  @NotEmpty
  @Value.Default
  public ImmutableSet<UnitKind> units() {
    return ImmutableSet.copyOf(UnitKind.values());
  }

  /**
   * Returns whether the practitioner states they work in a language: the language itself, or its
   * base language ({@code fr} for {@code fr-CA}, and the other way round).
   *
   * @param language an ISO 639 code, such as {@code es}, not null
   * @return true if stated
   */
  public boolean speaks(String language) {
    String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
    return languages().stream()
        .anyMatch(l -> l.equals(language) || l.equals(base) || l.startsWith(base + "-"));
  }

  /**
   * Returns the profile assumed for a practitioner who has none: in person at every organisation
   * where they are on staff or visiting, no telehealth, accepting new clients, languages not
   * stated, individuals and couples.
   *
   * @param practitioner the practitioner, not null
   * @return the assumed profile, not null
   */
  public static ServiceProfile defaultFor(Practitioner practitioner) {
    Builder b = builder();
    for (Affiliation a : practitioner.affiliations()) {
      if (a.role() != AffiliationRole.REFERRAL_PARTNER) {
        b.addInPersonAt(a.organizationId());
      }
    }
    return b.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceProfile}; every attribute has a default. */
  public static final class Builder extends ImmutableServiceProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}

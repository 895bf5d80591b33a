package org.therapykit;

import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.TextForm;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * A place whose law governs a licence or a practice, such as {@code US-FL}, {@code GB} or {@code
 * CA-QC}: an ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision.
 *
 * <p>The text form, returned by {@link #toString()} and accepted by {@link #parse(CharSequence)},
 * is the country code, then, if there is one, a hyphen and the subdivision code, all upper case.
 * The codes must be ones ISO has assigned, as listed by {@link Iso3166}: {@code ZZ} and {@code
 * US-XX} have the form but are rejected with {@link FindingCode#NOT_ASSIGNED}.
 *
 * <p>Immutable and thread-safe.
 */
@TextForm(name = "jurisdiction", pattern = "[A-Z]{2}(-[A-Z0-9]{1,3})?", example = "US-FL")
@Value.Immutable
public abstract class Jurisdiction implements WithJurisdiction, TherapyValue {

  Jurisdiction() {}

  /**
   * Returns the ISO 3166-1 alpha-2 country code, such as {@code US}.
   *
   * @return two upper-case letters, not null
   */
  @Value.Parameter
  public abstract String country();

  /**
   * Returns the ISO 3166-2 subdivision code without the country, such as {@code FL}.
   *
   * @return one to three upper-case letters or digits, or empty for a whole country
   */
  @Value.Parameter
  public abstract Optional<String> subdivision();

  /**
   * Obtains a whole country, such as {@code Jurisdiction.of("GB")}.
   *
   * @param country the ISO 3166-1 alpha-2 code, upper case, not null
   * @return the jurisdiction, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the code does not have
   *     the form, or {@link FindingCode#NOT_ASSIGNED} if ISO 3166 does not assign it
   */
  public static Jurisdiction of(String country) {
    return ImmutableJurisdiction.of(country, Optional.empty());
  }

  /**
   * Obtains a subdivision of a country, such as {@code Jurisdiction.of("US", "FL")}.
   *
   * @param country the ISO 3166-1 alpha-2 code, upper case, not null
   * @param subdivision the ISO 3166-2 subdivision code without the country, not null
   * @return the jurisdiction, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if a code does not have
   *     the form, or {@link FindingCode#NOT_ASSIGNED} if ISO 3166 does not assign the country or
   *     the subdivision
   */
  public static Jurisdiction of(String country, String subdivision) {
    return ImmutableJurisdiction.of(country, Optional.of(subdivision));
  }

  /**
   * Parses the text form, such as {@code "US-FL"} or {@code "GB"}.
   *
   * @param text the text, not null
   * @return the jurisdiction, not null
   * @throws InvalidValueException with {@link FindingCode#INVALID_FORMAT} if the text does not have
   *     the form, or {@link FindingCode#NOT_ASSIGNED} if it has the form but ISO 3166 does not
   *     assign the code
   */
  public static Jurisdiction parse(CharSequence text) {
    String s = text.toString();
    int dash = s.indexOf('-');
    return dash < 0 ? of(s) : of(s.substring(0, dash), s.substring(dash + 1));
  }

  /**
   * Returns whether this jurisdiction is {@code other} or a whole country containing it: {@code US}
   * includes {@code US-FL}; {@code US-FL} does not include {@code US}.
   *
   * @param other the other jurisdiction, not null
   * @return true if this includes the other
   */
  public boolean includes(Jurisdiction other) {
    return country().equals(other.country())
        && (subdivision().isEmpty() || subdivision().equals(other.subdivision()));
  }

  /**
   * Returns the whole country of this jurisdiction.
   *
   * @return the country, not null
   */
  public Jurisdiction toCountry() {
    return subdivision().isEmpty() ? this : of(country());
  }

  @Value.Check
  void check() {
    boolean countryForm = isCodeOf(country(), 2, 2, false);
    boolean subdivisionForm = subdivision().isEmpty() || isCodeOf(subdivision().get(), 1, 3, true);
    Violations v =
        Violations.of("Jurisdiction")
            .require(
                countryForm,
                FindingCode.INVALID_FORMAT,
                "/country",
                "must be an ISO 3166-1 alpha-2 code in upper case")
            .require(
                subdivisionForm,
                FindingCode.INVALID_FORMAT,
                "/subdivision",
                "must be one to three upper-case letters or digits");
    // only a code of the right form is looked up; a code is not sensitive, so the message names it
    if (countryForm && subdivisionForm) {
      if (!Iso3166.isAssigned(country())) {
        v.add(
            FindingCode.NOT_ASSIGNED,
            "/country",
            country() + " is not an assigned ISO 3166-1 code");
      } else if (subdivision().isPresent() && !Iso3166.isAssigned(text())) {
        v.add(
            FindingCode.NOT_ASSIGNED,
            "/subdivision",
            text() + " is not an assigned ISO 3166-2 code");
      }
    }
    v.throwIfAny();
  }

  /**
   * Returns whether {@code s} is {@code min} to {@code max} of {@code [A-Z]}, or of {@code
   * [A-Z0-9]} with {@code digits}; by hand, as jurisdictions are checked on every read.
   */
  private static boolean isCodeOf(String s, int min, int max, boolean digits) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(digits && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Returns the text form, such as {@code US-FL}. */
  @Override
  public String toString() {
    return text();
  }

  /** The text form, made once: it is written with every licence and read into every lookup. */
  @Value.Lazy
  String text() {
    return subdivision().isPresent() ? country() + "-" + subdivision().get() : country();
  }
}

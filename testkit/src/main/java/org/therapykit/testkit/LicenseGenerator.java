package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Profession;
import org.therapykit.testkit.internal.Catalog;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;
import org.therapykit.testkit.internal.Standing;

/**
 * A generator of {@link License}s, such as {@code TherapyGenerators.licenses().independent()
 * .validOn(date)}: an LCSW {@code LCSW-048213} in {@code US-NY}, active, valid on the date.
 *
 * <p>By default: a profession a regulator of the jurisdiction plausibly licenses (at least eight in
 * ten are professions that allow independent psychotherapy; one in ten of those licences is
 * provisional), a jurisdiction from {@link TherapyGenerators#jurisdictions()}, a number and title
 * in the regulator's style, a validity of one to three years starting between 1990 and 2033, and
 * mostly status active.
 *
 * <p>The standing methods ({@link #validOn}, {@link #validThrough}, {@link #expiringWithin}, {@link
 * #expiredOn}, {@link #withdrawnOn}, {@link #notYetValidOn}), inherited from {@link
 * CredentialGenerator}, each replace any earlier one, and each matches one way the qualification
 * rules see a licence on a date. Each customisation returns a new generator; this one is immutable
 * and thread-safe.
 */
public final class LicenseGenerator extends CredentialGenerator<License, LicenseGenerator> {
  private record Config(
      Optional<Profession> profession,
      Optional<Boolean> independent,
      Optional<Jurisdiction> jurisdiction,
      Standing standing) {
    Config withProfession(Profession p) {
      return new Config(Optional.of(p), independent, jurisdiction, standing);
    }

    Config withIndependent(boolean i) {
      return new Config(profession, Optional.of(i), jurisdiction, standing);
    }

    Config withJurisdiction(Jurisdiction j) {
      return new Config(profession, independent, Optional.of(j), standing);
    }

    Config withStanding(Standing s) {
      return new Config(profession, independent, jurisdiction, s);
    }
  }

  private final Config config;
  private final String description;

  private LicenseGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static LicenseGenerator create() {
    return new LicenseGenerator(
        new Config(Optional.empty(), Optional.empty(), Optional.empty(), Standing.any()),
        "licenses()");
  }

  private LicenseGenerator with(Config next, String step) {
    return new LicenseGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of licences in one profession.
   *
   * @param profession the profession, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #independent()} was chosen and the profession never
   *     allows independent psychotherapy
   */
  public LicenseGenerator ofProfession(Profession profession) {
    Objects.requireNonNull(profession, "profession");
    checkArgument(
        !config.independent().orElse(false) || profession.allowsIndependentPsychotherapy(),
        "a %s licence never allows independent psychotherapy",
        profession);
    return with(config.withProfession(profession), "ofProfession(" + profession + ")");
  }

  /**
   * Returns a generator of licences that allow independent psychotherapy: a profession that does,
   * never provisional.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if the chosen profession never allows it
   */
  public LicenseGenerator independent() {
    checkArgument(
        config.profession().map(Profession::allowsIndependentPsychotherapy).orElse(true),
        "a %s licence never allows independent psychotherapy",
        config.profession().orElse(Profession.OTHER));
    return with(config.withIndependent(true), "independent()");
  }

  /**
   * Returns a generator of licences that do not allow independent psychotherapy: a profession that
   * never does, or a provisional licence of one that would.
   *
   * @return a new generator, not null
   */
  public LicenseGenerator notIndependent() {
    return with(config.withIndependent(false), "notIndependent()");
  }

  /**
   * Returns a generator of licences issued in one jurisdiction.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return a new generator, not null
   */
  public LicenseGenerator inJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return with(config.withJurisdiction(jurisdiction), "inJurisdiction(" + jurisdiction + ")");
  }

  @Override
  LicenseGenerator withStanding(Standing standing) {
    return with(config.withStanding(standing), standing.toString());
  }

  @Override
  public License next(Source source) {
    Jurisdiction j = config.jurisdiction().orElseGet(() -> Draw.jurisdiction(source));
    boolean wantIndependent = config.independent().orElseGet(() -> !source.chance(20));
    Profession p;
    if (config.profession().isPresent()) {
      p = config.profession().get();
    } else if (wantIndependent) {
      p = source.pick(Catalog.independentProfessionsIn(j));
    } else {
      List<Profession> options = new ArrayList<>(Catalog.DEPENDENT_PROFESSIONS);
      options.addAll(Catalog.independentProfessionsIn(j));
      p = source.pick(options);
    }
    boolean provisional =
        p.allowsIndependentPsychotherapy()
            && (config.independent().isPresent() ? !wantIndependent : source.chance(10));
    return Credentials.license(source, p, j, config.standing(), provisional);
  }

  /** Returns the expression that built this generator, such as {@code licenses().independent()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationType;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Standing;

/**
 * A generator of {@link Certification}s, such as {@code TherapyGenerators.certifications()
 * .ofType(CertificationType.AASECT_CST).expiredOn(date)}: AASECT CST {@code CST-20417}, its
 * validity ended before the date.
 *
 * <p>By default: seven in ten are of a type the default policy recognises (AASECT CST, CSC and CSE,
 * COSRT, EFS-ESSM, SAS, BESTCO, OPSQ), the rest any known type; the awarding body is the type's
 * own; a certificate number in the body's style; a validity of one to three years starting between
 * 1990 and 2033; mostly status active; for AASECT, sometimes the requirements version in force when
 * it started; self-attested or verified with the body.
 *
 * <p>The standing methods, inherited from {@link CredentialGenerator}, each replace any earlier
 * one, and each matches one way the qualification rules see a certification on a date. Each
 * customisation returns a new generator; this one is immutable and thread-safe.
 */
public final class CertificationGenerator
    extends CredentialGenerator<Certification, CertificationGenerator> {
  private static final ImmutableList<CertificationType> RECOGNISED =
      QualificationPolicy.standard().recognitions().stream()
          .map(Recognition::type)
          .distinct()
          .collect(ImmutableList.toImmutableList());

  private record Config(Optional<CertificationType> type, Standing standing) {}

  private final Config config;
  private final String description;

  private CertificationGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static CertificationGenerator create() {
    return new CertificationGenerator(
        new Config(Optional.empty(), Standing.any()), "certifications()");
  }

  private CertificationGenerator with(Config next, String step) {
    return new CertificationGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of certifications of one type, awarded by the type's body ({@link
   * org.therapykit.credential.CertifyingBody#OTHER} for {@link CertificationType#OTHER}).
   *
   * @param type the type, not null
   * @return a new generator, not null
   */
  public CertificationGenerator ofType(CertificationType type) {
    Objects.requireNonNull(type, "type");
    return with(new Config(Optional.of(type), config.standing()), "ofType(" + type + ")");
  }

  @Override
  CertificationGenerator withStanding(Standing standing) {
    return with(new Config(config.type(), standing), standing.toString());
  }

  @Override
  public Certification next(Source source) {
    Optional<CertificationType> type = config.type();
    CertificationType t =
        type.orElseGet(
            () ->
                source.chance(30) ? source.pick(CertificationType.class) : source.pick(RECOGNISED));
    return Credentials.certification(source, t, config.standing());
  }

  /** Returns the expression that built this generator, such as {@code certifications()}. */
  @Override
  public String toString() {
    return description;
  }
}

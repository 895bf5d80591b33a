package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.CertificationType;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.testkit.internal.Catalog;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of {@link Jurisdiction}s, such as {@code US-NY}, {@code CA-QC}, {@code GB} or {@code
 * AU-NSW}.
 *
 * <p>By default six in ten are US states (with DC); the rest are Canadian provinces, the UK, other
 * European countries, Australian states, Israel, Mexico and Puerto Rico (the places the default
 * policy's recognitions cover), and a few places none covers (New Zealand, South Africa, Singapore,
 * Japan, Brazil, India). Customisations narrow the pool and then draw from it evenly. Immutable and
 * thread-safe; shrinks toward the first of the pool.
 */
public final class JurisdictionGenerator implements Generator<Jurisdiction> {
  private record Config(Optional<ImmutableList<Jurisdiction>> pool) {}

  private final Config config;
  private final String description;

  private JurisdictionGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static JurisdictionGenerator create() {
    return new JurisdictionGenerator(new Config(Optional.empty()), "jurisdictions()");
  }

  private JurisdictionGenerator with(Config next, String step) {
    return new JurisdictionGenerator(next, description + "." + step);
  }

  private ImmutableList<Jurisdiction> current() {
    return config.pool().orElse(Catalog.ALL_JURISDICTIONS);
  }

  /**
   * Returns a generator of the 50 US states and the District of Columbia, such as {@code US-IL}.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if an earlier customisation excluded them all
   */
  public JurisdictionGenerator unitedStates() {
    return narrow(
        current().stream()
            .filter(j -> j.country().equals("US"))
            .collect(ImmutableList.toImmutableList()),
        "unitedStates()");
  }

  /**
   * Returns a generator of jurisdictions where the default policy recognises a certification, such
   * as {@code GB} for {@link CertificationType#COSRT_ACCREDITED}; every jurisdiction for a
   * recognition without a region.
   *
   * @param type a type the default policy recognises, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the default policy does not recognise the type
   */
  public JurisdictionGenerator coveredFor(CertificationType type) {
    Recognition r = recognition(type);
    return narrow(
        current().stream().filter(r::covers).collect(ImmutableList.toImmutableList()),
        "coveredFor(" + type + ")");
  }

  /**
   * Returns a generator of jurisdictions where the default policy does not recognise a
   * certification, such as {@code GB} for {@link CertificationType#AASECT_CST}.
   *
   * @param type a type the default policy recognises for a region, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the default policy does not recognise the type, or
   *     recognises it everywhere
   */
  public JurisdictionGenerator notCoveredFor(CertificationType type) {
    Recognition r = recognition(type);
    return narrow(
        current().stream().filter(j -> !r.covers(j)).collect(ImmutableList.toImmutableList()),
        "notCoveredFor(" + type + ")");
  }

  private static Recognition recognition(CertificationType type) {
    return QualificationPolicy.standard()
        .recognitionOf(type)
        .orElseThrow(
            () -> new IllegalArgumentException("the default policy does not recognise " + type));
  }

  private JurisdictionGenerator narrow(ImmutableList<Jurisdiction> narrowed, String step) {
    checkArgument(!narrowed.isEmpty(), "no jurisdiction left after %s.%s", description, step);
    return with(new Config(Optional.of(narrowed)), step);
  }

  @Override
  public Jurisdiction next(Source source) {
    Optional<ImmutableList<Jurisdiction>> pool = config.pool();
    return pool.isPresent() ? source.pick(pool.get()) : Draw.jurisdiction(source);
  }

  /** Returns the expression that built this generator, such as {@code jurisdictions()}. */
  @Override
  public String toString() {
    return description;
  }
}

package org.therapykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.therapykit.fhir.BundleAssessment;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.PractitionerBundle;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Benchmark 8: the FHIR R4 bridge ({@link FhirR4}) taking a FHIR bundle of 1,000 practitioners to
 * their qualification assessments, against HAPI FHIR's parse of the same bundle alone. The bridge
 * should add less than the parse costs.
 *
 * <p>The bundle ({@value #BUNDLE_RESOURCE}, compact JSON) is {@code FhirR4.encode(fhir.toBundle(
 * practitioners))} of the first {@value #COUNT} practitioners the testkit's {@code practitioners()
 * .asOf(Fixtures.AS_OF)} draws for seed {@value #SEED}: any valid practitioner, certified sex
 * therapists, counsellors, educators and the unqualified mixed, with arbitrary and contradictory
 * evidence; a {@code Practitioner} per practitioner and a {@code PractitionerRole} and {@code
 * Organization} per affiliation (3,052 entries, 7.4 MB). It is committed so that the benchmark does
 * not depend on the testkit (a test checks it is still what the generator and the bridge give, and
 * that the bridge reads every practitioner back equal, with no finding).
 *
 * <p>Every method but the last starts from the same JSON text and parses it with HAPI's shared R4
 * context ({@code FhirContext.forR4Cached()}, the one {@link FhirR4#create()} uses): the baseline
 * with HAPI's parser directly, the bridge's methods through {@link FhirR4#parseBundle}, as a host
 * would. {@link #hapiParse} is the parse alone; {@link #bridgeReadOnly} adds the mapping of the
 * resources to TherapyKit values ({@link FhirR4#readPractitioners}); {@link #bridgeAssess} the
 * whole entry point ({@link FhirR4#assess}: mapping, the standard policy on {@link Fixtures#AS_OF},
 * and the output bundle of assessment resources, not encoded). {@link #rulesOnly} is the policy
 * alone over the practitioners read once in set-up, so that the cost of mapping the assessments
 * back to FHIR is what remains.
 *
 * <p>An operation takes about a tenth of a second and allocates up to about 230 MB, so the
 * iterations are longer than the other benchmarks' (five seconds, six of them warm-up: with three
 * of two seconds the scores were still falling when measured) and the forks run in a fixed,
 * pre-touched 2 GB heap, the same for all four methods: with the default, growing heap, single
 * iterations on this project's 2-core virtual machine took several times as long as the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class FhirBundleBenchmark {
  /** The testkit seed of the practitioners. */
  static final long SEED = 8;

  /** The number of practitioners in the bundle. */
  static final int COUNT = 1_000;

  /** The FHIR R4 bundle of the practitioners, compact JSON. */
  static final String BUNDLE_RESOURCE = "practitioners-1000-fhir-r4-bundle.json";

  private final FhirR4 fhir = FhirR4.create();
  private final FhirContext context = FhirContext.forR4Cached();
  private final QualificationPolicy policy = QualificationPolicy.standard();
  private final String json =
      new String(Fixtures.resource(BUNDLE_RESOURCE), StandardCharsets.UTF_8);
  private final ImmutableList<Practitioner> practitioners =
      fhir.readPractitioners(fhir.parseBundle(json)).practitioners();

  /**
   * Baseline: HAPI FHIR R4 parses the bundle, nothing more.
   *
   * @return the bundle
   */
  @Benchmark
  public Bundle hapiParse() {
    return context.newJsonParser().parseResource(Bundle.class, json);
  }

  /**
   * The bridge without rules: parses the bundle and maps every practitioner, with its roles and
   * organisations, to a TherapyKit {@link Practitioner}.
   *
   * @return the practitioners and the findings
   */
  @Benchmark
  public PractitionerBundle bridgeReadOnly() {
    return fhir.readPractitioners(fhir.parseBundle(json));
  }

  /**
   * The bridge's entry point: parses the bundle, maps the practitioners, assesses each under the
   * standard policy on {@link Fixtures#AS_OF}, and builds the output bundle of assessments.
   *
   * @return the assessments, the findings and the output bundle
   */
  @Benchmark
  public BundleAssessment bridgeAssess() {
    return fhir.assess(fhir.parseBundle(json), policy, Fixtures.AS_OF);
  }

  /**
   * Reference: the standard policy alone on {@link Fixtures#AS_OF}, over the practitioners read
   * from the bundle once in set-up.
   *
   * @return the assessments
   */
  @Benchmark
  public ImmutableList<QualificationAssessment> rulesOnly() {
    ImmutableList.Builder<QualificationAssessment> out = ImmutableList.builder();
    for (Practitioner p : practitioners) {
      out.add(policy.assess(p, Fixtures.AS_OF));
    }
    return out.build();
  }
}

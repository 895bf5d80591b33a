package org.therapykit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;

/**
 * Benchmark 6: validating a therapy case with {@link CaseRules} and deciding a disclosure request
 * with {@link DisclosureRules}, each against the cost of parsing the same case in the same run.
 *
 * <p>The case ({@value #CASE_RESOURCE}, 14 KB compact) is a couple with eight sessions: intake
 * histories and consents for both partners, a referral, a plan, three goals, five homework
 * assignments, four release authorisations and four logged disclosures — the testkit's {@code
 * cases().couple() .withSessions(8, 8)} for seed {@value #SEED}, committed so that the benchmark
 * does not depend on the testkit (a test checks it is still what the generator gives, and that the
 * case rules find nothing wrong with it). The request ({@value #REQUEST_RESOURCE}) is the case's
 * third logged disclosure asked for again: a health plan asking, for payment, about both partners'
 * physical history and homework, which the rules permit on both partners' releases (two
 * authorisations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class CaseBenchmark {
  /** The testkit seed of the case. */
  static final long SEED = 6770;

  /** The generated therapy case, compact. */
  static final String CASE_RESOURCE = "therapy-case.json";

  /** The disclosure request, compact. */
  static final String REQUEST_RESOURCE = "disclosure-request.json";

  private final TherapyJson therapyJson = TherapyJson.strict();
  private final CaseRules caseRules = CaseRules.standard();
  private final DisclosureRules disclosureRules = DisclosureRules.standard();
  private final byte[] caseDocument = Fixtures.resource(CASE_RESOURCE);
  private final TherapyCase therapyCase = therapyJson.read(TherapyCase.class, caseDocument);
  private final DisclosureRequest request =
      therapyJson.read(DisclosureRequest.class, Fixtures.resource(REQUEST_RESOURCE));

  /**
   * Validates the parsed case.
   *
   * @return the report
   */
  @Benchmark
  public CaseReport validate() {
    return caseRules.validate(therapyCase);
  }

  /**
   * Decides the request against the parsed case.
   *
   * @return the decision
   */
  @Benchmark
  public DisclosureDecision decide() {
    return disclosureRules.decide(therapyCase, request);
  }

  /**
   * Baseline: parses the same case with {@link TherapyJson}.
   *
   * @return the case
   */
  @Benchmark
  public TherapyCase parse() {
    return therapyJson.read(TherapyCase.class, caseDocument);
  }
}

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
 * with {@link DisclosureRules}, each against the cost of parsing the same case in the same run. The
 * case is the golden course of therapy of issue #4 (a couple, six sessions, plan revisions,
 * homework, consents and releases; {@value #CASE_RESOURCE}, 7.2 KB compact) and the request the
 * fertility specialist's of the golden disclosure request ({@value #REQUEST_RESOURCE}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class CaseBenchmark {
  /** The golden therapy case of core's golden files, compact. */
  static final String CASE_RESOURCE = "therapy-case.json";

  /** The golden disclosure request of core's golden files, compact. */
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

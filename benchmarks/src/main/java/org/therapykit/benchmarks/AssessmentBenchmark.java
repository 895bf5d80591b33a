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
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Benchmark 3: one qualification assessment of the parsed realistic practitioner, against the cost
 * of parsing that practitioner in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class AssessmentBenchmark {
  private final QualificationPolicy policy = QualificationPolicy.standard();
  private final TherapyJson therapyJson = TherapyJson.strict();
  private final byte[] document = Fixtures.therapyKitDocument();
  private final Practitioner practitioner = therapyJson.read(Practitioner.class, document);

  /**
   * Assesses the parsed practitioner on {@link Fixtures#AS_OF}.
   *
   * @return the assessment
   */
  @Benchmark
  public QualificationAssessment assess() {
    return policy.assess(practitioner, Fixtures.AS_OF);
  }

  /**
   * Baseline: parses the same practitioner with {@link TherapyJson}.
   *
   * @return the practitioner
   */
  @Benchmark
  public Practitioner parse() {
    return therapyJson.read(Practitioner.class, document);
  }
}

package org.therapykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayInputStream;
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
import org.therapykit.benchmarks.PractitionerRecords.PractitionerDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import tools.jackson.databind.ObjectWriter;

/**
 * Benchmark 2: writing the realistic practitioner as a JSON {@code String} (each library's own text
 * API): {@link TherapyJson} against plain Jackson 3 records and HAPI FHIR R4.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class WriteBenchmark {
  // One state per library, so that a fork sets up only what it measures (see ReadBenchmark).

  /** TherapyKit's shared strict writer and the parsed practitioner. */
  @State(Scope.Benchmark)
  public static class TherapyKitState {
    final TherapyJson json = TherapyJson.strict();
    final Practitioner practitioner = json.read(Practitioner.class, Fixtures.therapyKitDocument());
  }

  /** A plain Jackson writer of the records and the parsed records. */
  @State(Scope.Benchmark)
  public static class RecordsState {
    final ObjectWriter writer = PractitionerRecords.mapper().writerFor(PractitionerDocument.class);
    final PractitionerDocument document =
        PractitionerRecords.mapper()
            .readValue(Fixtures.therapyKitDocument(), PractitionerDocument.class);
  }

  /** A HAPI FHIR R4 parser of a shared context and the parsed equivalent resource. */
  @State(Scope.Benchmark)
  public static class FhirState {
    final IParser parser = FhirContext.forR4().newJsonParser();
    final org.hl7.fhir.r4.model.Practitioner resource =
        parser.parseResource(
            org.hl7.fhir.r4.model.Practitioner.class,
            new ByteArrayInputStream(Fixtures.fhirDocument()));
  }

  /**
   * TherapyKit: the versioned document, deterministic, as a string.
   *
   * @param s the state
   * @return the JSON text
   */
  @Benchmark
  public String therapyKit(TherapyKitState s) {
    return s.json.write(s.practitioner);
  }

  /**
   * Baseline: plain Jackson 3 writing the records.
   *
   * @param s the state
   * @return the JSON text
   */
  @Benchmark
  public String jacksonRecords(RecordsState s) {
    return s.writer.writeValueAsString(s.document);
  }

  /**
   * Baseline: HAPI FHIR R4 encoding the equivalent resource.
   *
   * @param s the state
   * @return the JSON text
   */
  @Benchmark
  public String hapiFhir(FhirState s) {
    return s.parser.encodeResourceToString(s.resource);
  }
}

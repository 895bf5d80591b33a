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
import tools.jackson.databind.ObjectReader;

/**
 * Benchmark 1: reading the realistic practitioner from UTF-8 bytes: {@link TherapyJson} (strict,
 * validated, immutable) against plain Jackson 3 records (no validation) and HAPI FHIR R4 (a shared
 * {@link FhirContext}, the equivalent FHIR document).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class ReadBenchmark {
  // One state per library, so that a fork sets up only what it measures: HAPI's FhirContext
  // loads thousands of classes and keeps the JIT busy long after it is built.

  /** TherapyKit's shared strict reader and the document. */
  @State(Scope.Benchmark)
  public static class TherapyKitState {
    final TherapyJson json = TherapyJson.strict();
    final byte[] document = Fixtures.therapyKitDocument();
  }

  /** A plain Jackson reader of the records and the same document. */
  @State(Scope.Benchmark)
  public static class RecordsState {
    final ObjectReader reader = PractitionerRecords.mapper().readerFor(PractitionerDocument.class);
    final byte[] document = Fixtures.therapyKitDocument();
  }

  /** A HAPI FHIR R4 parser of a shared context, and the equivalent FHIR document. */
  @State(Scope.Benchmark)
  public static class FhirState {
    final IParser parser = FhirContext.forR4().newJsonParser();
    final byte[] document = Fixtures.fhirDocument();
  }

  /**
   * TherapyKit: strict read with every invariant checked, into immutable values.
   *
   * @param s the state
   * @return the practitioner
   */
  @Benchmark
  public Practitioner therapyKit(TherapyKitState s) {
    return s.json.read(Practitioner.class, s.document);
  }

  /**
   * Baseline: plain Jackson 3 databind into records of the same shape, no validation.
   *
   * @param s the state
   * @return the document record
   */
  @Benchmark
  public PractitionerDocument jacksonRecords(RecordsState s) {
    return s.reader.readValue(s.document);
  }

  /**
   * Baseline: HAPI FHIR R4 parsing the equivalent {@code Practitioner} resource.
   *
   * @param s the state
   * @return the resource
   */
  @Benchmark
  public org.hl7.fhir.r4.model.Practitioner hapiFhir(FhirState s) {
    return s.parser.parseResource(
        org.hl7.fhir.r4.model.Practitioner.class, new ByteArrayInputStream(s.document));
  }
}

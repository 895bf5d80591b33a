package org.therapykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.therapykit.benchmarks.PractitionerRecords.PractitionerDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;

/**
 * Benchmark 5: the first read in a fresh JVM, once per fork: creating the reader (TherapyKit's
 * shared strict instance, a new Jackson {@code JsonMapper}, or a new HAPI {@code FhirContext} and
 * parser) and reading one document. Setup loads the document bytes without touching Jackson or
 * TherapyKit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  private byte[] document = new byte[0];
  private byte[] fhirDocument = new byte[0];

  /** Loads the documents as plain bytes. */
  @Setup
  public void load() {
    document = bytes("practitioner.json");
    fhirDocument = bytes("practitioner-fhir-r4.json");
  }

  private static byte[] bytes(String name) {
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * TherapyKit: the first use of {@link TherapyJson#strict()} and one read.
   *
   * @return the practitioner
   */
  @Benchmark
  public Practitioner therapyKit() {
    return TherapyJson.strict().read(Practitioner.class, document);
  }

  /**
   * Baseline: a new plain Jackson 3 mapper and one read into records.
   *
   * @return the document record
   */
  @Benchmark
  public PractitionerDocument jacksonRecords() {
    return PractitionerRecords.mapper().readValue(document, PractitionerDocument.class);
  }

  /**
   * Baseline: a new HAPI FHIR R4 context and parser, and one parse.
   *
   * @return the resource
   */
  @Benchmark
  public org.hl7.fhir.r4.model.Practitioner hapiFhir() {
    return FhirContext.forR4()
        .newJsonParser()
        .parseResource(
            org.hl7.fhir.r4.model.Practitioner.class, new ByteArrayInputStream(fhirDocument));
  }
}

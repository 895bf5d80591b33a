package org.therapykit.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.therapykit.benchmarks.PractitionerRecords.PractitionerDocument;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Benchmark 4: one pass over newline-delimited JSON of {@link #records} practitioners (the
 * realistic one with distinct ids, 2.1 KB each, 210 MB for 100,000), built in memory: {@link
 * TherapyJson#readAll} with a qualification assessment of every record, against a raw Jackson token
 * pass over the same bytes, the floor for any JSON reader. One operation is one whole pass. Reading
 * alone and plain Jackson databind of records over the same bytes are there for reference.
 *
 * <p>Constant memory: the forks run with a heap of {@value #HEAP}, which holds the input and the
 * working set of one record, but not 100,000 parsed practitioners (about 3 KB each retained, 300
 * MB): a reader that kept its records would fail with {@code OutOfMemoryError}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = BulkBenchmark.HEAP_OPTION)
public class BulkBenchmark {
  static final String HEAP = "384m";
  static final String HEAP_OPTION = "-Xmx" + HEAP;

  /** The number of records in the input. */
  @Param("100000")
  public int records;

  private final TherapyJson therapyJson = TherapyJson.strict();
  private final QualificationPolicy policy = QualificationPolicy.standard();
  private final JsonFactory factory = new JsonFactory();
  private final ObjectReader recordsReader =
      PractitionerRecords.mapper().readerFor(PractitionerDocument.class);
  private byte[] ndjson = new byte[0];

  /** Builds the input. */
  @Setup
  public void setUp() {
    ndjson = Fixtures.ndjson(records);
  }

  /**
   * TherapyKit: streams every record through the strict reader and assesses it.
   *
   * @return the number of certified sex therapists found, which is every record
   */
  @Benchmark
  public long therapyKitReadAndAssess() {
    long certified = 0;
    try (JsonRecords<Practitioner> all =
        therapyJson.readAll(Practitioner.class, new ByteArrayInputStream(ndjson))) {
      for (JsonRecord<Practitioner> r : all) {
        Practitioner p = r.value().orElseThrow(() -> new IllegalStateException("bad record"));
        if (policy.assess(p, Fixtures.AS_OF).classification()
            == Classification.CERTIFIED_SEX_THERAPIST) {
          certified++;
        }
      }
    }
    return certified;
  }

  /**
   * TherapyKit, reading only: the part of {@link #therapyKitReadAndAssess} that is parsing.
   *
   * @return the number of records read
   */
  @Benchmark
  public long therapyKitRead() {
    long read = 0;
    try (JsonRecords<Practitioner> all =
        therapyJson.readAll(Practitioner.class, new ByteArrayInputStream(ndjson))) {
      for (JsonRecord<Practitioner> r : all) {
        if (r.value().isPresent()) {
          read++;
        }
      }
    }
    return read;
  }

  /**
   * Reference: plain Jackson 3 databind of the same records (no validation, no assessment) over the
   * same bytes, to show what a reader that builds objects costs above the token pass.
   *
   * @return the number of records read
   */
  @Benchmark
  public long jacksonRecordsRead() {
    long read = 0;
    try (MappingIterator<PractitionerDocument> all = recordsReader.readValues(ndjson)) {
      while (all.hasNextValue()) {
        all.nextValue();
        read++;
      }
    }
    return read;
  }

  /**
   * Baseline: a raw Jackson 3 token pass over the same bytes ({@code nextToken()} until the end, no
   * values decoded, no objects built).
   *
   * @return the number of tokens
   */
  @Benchmark
  public long rawTokenPass() {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), ndjson)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}

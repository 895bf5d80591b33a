package org.therapykit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.therapykit.json.JsonProblem;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Validates a large directory of practitioners in constant memory: streams newline-delimited JSON
 * (or a JSON array) through {@link TherapyJson#readAll}, assesses each practitioner as it is read,
 * and keeps only the counts. A bad record is reported with its index and the rest are still read.
 *
 * <pre>{@code
 * java -cp therapykit.jar org.therapykit.examples.BulkDirectoryValidation directory.ndjson 2026-11-28
 * }</pre>
 *
 * <p>A test runs it over 50,000 generated records that are never held in memory at once.
 */
public final class BulkDirectoryValidation {
  private BulkDirectoryValidation() {}

  /**
   * The outcome: how many practitioners got each classification, and how many records were bad.
   *
   * @param counts the count per classification, every classification present
   * @param invalid the number of records that could not be read
   */
  public record Result(Map<Classification, Long> counts, long invalid) {}

  /**
   * Validates the file named by the first argument as of the date in the second.
   *
   * @param args a file of practitioners and a date, yyyy-MM-dd
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BulkDirectoryValidation FILE DATE");
      System.exit(2);
    }
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      Result result = validate(in, LocalDate.parse(args[1]), System.err);
      System.out.println(result);
    }
  }

  /**
   * Reads every practitioner in the input, assesses each on the date and counts the
   * classifications; reports each bad record on {@code problems} in one line.
   *
   * @param in newline-delimited JSON or a JSON array of practitioner documents; not closed
   * @param asOf the date of the assessments
   * @param problems where bad records are reported
   * @return the counts
   */
  public static Result validate(InputStream in, LocalDate asOf, PrintStream problems) {
    // snippet: bulk-validation
    TherapyJson json = TherapyJson.strict();
    QualificationPolicy policy = QualificationPolicy.standard();
    Map<Classification, Long> counts = new EnumMap<>(Classification.class);
    for (Classification c : Classification.values()) {
      counts.put(c, 0L);
    }
    long invalid = 0;
    try (JsonRecords<Practitioner> records = json.readAll(Practitioner.class, in)) {
      for (JsonRecord<Practitioner> record : records) { // one record in memory at a time
        if (record.value().isPresent()) {
          Classification c = policy.assess(record.value().get(), asOf).classification();
          counts.merge(c, 1L, Long::sum);
        } else {
          invalid++;
          for (JsonProblem problem : record.error().orElseThrow().problems()) {
            problems.println("record " + record.index() + ": " + problem); // one line each
          }
        }
      }
    }
    // end snippet
    return new Result(counts, invalid);
  }
}

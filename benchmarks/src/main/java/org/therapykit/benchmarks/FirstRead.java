package org.therapykit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import org.therapykit.benchmarks.PractitionerRecords.PractitionerDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;

/**
 * One first read in a fresh JVM, for counting the classes it loads: {@code run.sh} starts it with
 * {@code -Xlog:class+load} once with {@code therapykit} and once with {@code records} and reports
 * how many classes each loaded, and how many of them are TherapyKit's.
 */
public final class FirstRead {
  private FirstRead() {}

  /**
   * Reads the benchmark practitioner once.
   *
   * @param args {@code therapykit} or {@code records}
   * @throws IOException if the document cannot be loaded
   */
  public static void main(String[] args) throws IOException {
    byte[] document;
    try (InputStream in = FirstRead.class.getResourceAsStream("practitioner.json")) {
      document = in == null ? new byte[0] : in.readAllBytes();
    }
    Object read =
        args.length > 0 && args[0].equals("records")
            ? PractitionerRecords.mapper().readValue(document, PractitionerDocument.class)
            : TherapyJson.strict().read(Practitioner.class, document);
    if (read == null) {
      throw new IllegalStateException("nothing read");
    }
  }
}

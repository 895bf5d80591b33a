package org.therapykit.examples;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * The first example of docs/json.md: read a practitioner document, assess it, write the assessment,
 * and see what a bad document gives. A test runs it; docs/json.md shows the same code as a whole
 * program, which DocSnippetsTest compiles and runs.
 */
public final class JsonExample {
  private JsonExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static String run(PrintStream out) {
    // snippet: json-read-write
    TherapyJson json = TherapyJson.strict(); // build once, share: immutable and thread-safe

    String document =
        "{\"formatVersion\":\"1.1\",\"practitioner\":{\"id\":\"p-0112\","
            + "\"displayName\":\"Jordan Reyes, LMFT\",\"licenses\":[{"
            + "\"profession\":\"marriage-family-therapist\",\"jurisdiction\":\"US-CA\","
            + "\"number\":\"LMFT 118204\",\"validity\":\"2021-03-01/2027-02-28\","
            + "\"status\":\"active\"}]}}";
    Practitioner practitioner = json.read(Practitioner.class, document);

    QualificationAssessment assessment =
        QualificationPolicy.standard().assess(practitioner, LocalDate.parse("2026-11-28"));
    String written = json.write(assessment); // {"formatVersion":"1.1","qualificationAssessment":...
    out.println(written.substring(0, 60));

    try {
      json.read(Practitioner.class, document.replace("\"active\"", "\"ACTIVE\""));
    } catch (JsonInputException e) {
      out.println(e.code() + " " + e.pointer()); // INVALID_VALUE /practitioner/licenses/0/status
    }

    byte[] directory =
        (document + "\n" + document.replace("p-0112", "p-0113") + "\n")
            .getBytes(StandardCharsets.UTF_8);
    try (JsonRecords<Practitioner> records =
        json.readAll(Practitioner.class, new ByteArrayInputStream(directory))) {
      for (JsonRecord<Practitioner> record : records) {
        out.println(record.index() + " " + record.value().map(p -> p.id().value()).orElse("?"));
      }
    }
    // end snippet
    return written;
  }
}

package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host that owns its Jackson 3 {@code JsonMapper} registers TherapyKit's module and carries a
 * {@link Practitioner} inside a message of its own. A test runs it; docs/json.md shows the same
 * code as a whole program, which DocSnippetsTest compiles and runs.
 *
 * <p>Through the module, TherapyKit values are read and written without the {@code formatVersion}
 * envelope and under the host mapper's own settings; for TherapyKit's strict, versioned reading of
 * whole documents, use {@link TherapyJson} instead.
 */
public final class HostJacksonModuleExample {
  private HostJacksonModuleExample() {}

  /**
   * The host's own message: a clinic's directory entry for a practitioner.
   *
   * @param clinic the clinic's name
   * @param acceptingReferrals whether the practitioner takes new referrals
   * @param practitioner the practitioner, in TherapyKit's format
   */
  public record DirectoryEntry(
      String clinic, boolean acceptingReferrals, Practitioner practitioner) {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static DirectoryEntry run(PrintStream out) {
    // snippet: host-jackson-module
    // the host's message: record DirectoryEntry(String clinic, boolean acceptingReferrals,
    //                                           Practitioner practitioner)
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(TherapyJson.module()) // TherapyKit's types; nothing else changes
            .build();

    String message =
        "{\"clinic\":\"Harbour Street Clinic\",\"acceptingReferrals\":true,"
            + "\"practitioner\":{\"id\":\"p-0112\",\"displayName\":\"Jordan Reyes, LMFT\","
            + "\"licenses\":[{\"profession\":\"marriage-family-therapist\","
            + "\"jurisdiction\":\"US-CA\",\"number\":\"LMFT 118204\","
            + "\"validity\":\"2021-03-01/2027-02-28\",\"status\":\"active\"}]}}";
    DirectoryEntry entry = mapper.readValue(message, DirectoryEntry.class);

    QualificationAssessment assessment =
        QualificationPolicy.standard().assess(entry.practitioner(), LocalDate.parse("2026-11-28"));
    out.println(entry.practitioner().displayName() + ": " + assessment.classification());

    String written = mapper.writeValueAsString(entry); // the practitioner has no envelope here
    out.println(written.substring(0, 72));
    // end snippet
    return mapper.readValue(written, DirectoryEntry.class);
  }
}

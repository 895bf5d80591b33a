package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --format json}: one qualification-assessment document per line (newline-delimited JSON in
 * the library's wire format). After the assessments of each FHIR input comes one more line, its
 * mapping findings as an array (empty if there are none):
 *
 * <pre>{@code
 * {"input":"bundle.json","mappingFindings":[{"code":"UNKNOWN_CODE","location":"Bundle.entry[3].resource.qualification[1].code","severity":"error","message":"..."}]}
 * }</pre>
 *
 * <p>Nothing else goes to standard output.
 */
final class JsonReport implements Report {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final TherapyJson json;
  private final PrintWriter out;

  JsonReport(TherapyJson json, PrintWriter out) {
    this.json = json;
    this.out = out;
  }

  @Override
  public void begin(LocalDate asOf, String policyId, List<Source> sources) {}

  @Override
  public void add(Practitioner practitioner, QualificationAssessment assessment) {
    out.print(json.write(assessment));
    out.print('\n');
  }

  @Override
  public void mappingFindings(Source source, List<MappingFinding> findings) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("input", source.name());
    ArrayNode array = line.putArray("mappingFindings");
    for (MappingFinding f : findings) {
      array
          .addObject()
          .put("code", f.code().code())
          .put("location", f.location())
          .put("severity", f.severity().code())
          .put("message", f.message());
    }
    out.print(MAPPER.writeValueAsString(line));
    out.print('\n');
  }

  @Override
  public void end(LocalDate asOf, Tally tally) {}
}

package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;

/**
 * {@code --format json}: one qualification-assessment document per line (newline-delimited JSON in
 * the library's wire format), nothing else on standard output.
 */
final class JsonReport implements Report {
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
  public void end(LocalDate asOf, Tally tally) {}
}

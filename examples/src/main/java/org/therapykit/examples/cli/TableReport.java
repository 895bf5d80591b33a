package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.StandardQualificationPolicy;

/**
 * The table for people: a header with the date and policy, one row per practitioner (name,
 * classification, scope, and the lines of {@link Explanation} under WHY), and a summary count per
 * classification. For FHIR input, the mapping findings follow the rows, one line each: input,
 * severity, code, FHIRPath-like location and message.
 *
 * <p>Columns have fixed widths so that rows can be written as they are read, in constant memory; a
 * longer name is cut with an ellipsis, and a long WHY line wraps after a comma.
 */
final class TableReport implements Report {
  static final int NAME = 22;
  static final int CLASSIFICATION = 23;
  static final int SCOPE = 11;
  static final int WIDTH = 132;
  private static final int WHY = NAME + CLASSIFICATION + SCOPE + 6;

  private final PrintWriter out;
  private final StandardQualificationPolicy policy;
  private final List<String> mappingFindings = new ArrayList<>();

  TableReport(PrintWriter out, StandardQualificationPolicy policy) {
    this.out = out;
    this.policy = policy;
  }

  @Override
  public void begin(LocalDate asOf, String policyId, List<Source> sources) {
    out.println("therapykit check: as of " + asOf + ", policy " + policyId);
    out.println(
        "input: " + sources.stream().map(Source::description).collect(Collectors.joining(", ")));
    out.println();
    out.println(row("NAME", "CLASSIFICATION", "SCOPE", "WHY"));
  }

  @Override
  public void add(Practitioner practitioner, QualificationAssessment assessment) {
    List<String> why = new ArrayList<>();
    for (String line : Explanation.of(practitioner, assessment, policy)) {
      why.addAll(wrap(line));
    }
    out.println(
        row(
            fit(practitioner.displayName(), NAME),
            label(assessment.classification()),
            assessment.scope().code(),
            why.isEmpty() ? "" : why.get(0)));
    for (int i = 1; i < why.size(); i++) {
      out.println(" ".repeat(WHY) + why.get(i));
    }
  }

  @Override
  public void mappingFindings(Source source, List<MappingFinding> findings) {
    for (MappingFinding f : findings) {
      mappingFindings.add(Text.oneLine(source.name() + ": " + f));
    }
  }

  @Override
  public void end(LocalDate asOf, Tally tally) {
    if (tally.fhirInputs() > 0) {
      out.println();
      if (mappingFindings.isEmpty()) {
        out.println("FHIR mapping findings: none");
      } else {
        out.println("FHIR mapping findings:");
        mappingFindings.forEach(line -> out.println("  " + line));
      }
    }
    out.println();
    out.println(
        "Summary: "
            + tally.assessed()
            + (tally.assessed() == 1 ? " practitioner" : " practitioners")
            + " as of "
            + asOf);
    List<Classification> widestFirst = new ArrayList<>(List.of(Classification.values()));
    Collections.reverse(widestFirst);
    for (Classification c : widestFirst) {
      out.println(summaryRow(label(c), tally.count(c)));
    }
    out.println(summaryRow("with an expiry warning", tally.expiring()));
    out.println(summaryRow("invalid records", tally.invalid()));
    if (tally.fhirInputs() > 0) {
      out.println(summaryRow("FHIR mapping findings", tally.mappingFindings()));
    }
  }

  /** The classification as words, such as {@code certified sex therapist}. */
  static String label(Classification c) {
    return c.code().replace('-', ' ');
  }

  private static String row(String name, String classification, String scope, String why) {
    return (pad(name, NAME)
            + "  "
            + pad(classification, CLASSIFICATION)
            + "  "
            + pad(scope, SCOPE)
            + "  "
            + why)
        .stripTrailing();
  }

  private static String summaryRow(String label, long count) {
    String number = Long.toString(count);
    return "  " + pad(label, 24) + " ".repeat(Math.max(0, 6 - number.length())) + number;
  }

  private static String pad(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return length >= width ? text : text + " ".repeat(width - length);
  }

  /** Cuts a name to the column, with an ellipsis. */
  static String fit(String text, int width) {
    String one = Text.oneLine(text);
    if (one.codePointCount(0, one.length()) <= width) {
      return one;
    }
    return one.substring(0, one.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** Wraps a line after a comma so that it fits the WHY column; continuations are indented. */
  static List<String> wrap(String line) {
    int room = WIDTH - WHY;
    List<String> lines = new ArrayList<>();
    String rest = line;
    String indent = "";
    while (indent.length() + rest.length() > room) {
      int cut = rest.lastIndexOf(", ", room - indent.length() - 1);
      if (cut <= 0) {
        cut = rest.indexOf(", ");
      }
      if (cut <= 0) {
        break;
      }
      lines.add(indent + rest.substring(0, cut + 1));
      rest = rest.substring(cut + 2);
      indent = "    ";
    }
    lines.add(indent + rest);
    return lines;
  }
}

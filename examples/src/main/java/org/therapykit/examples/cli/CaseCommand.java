package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;
import org.therapykit.validation.Finding;
import org.therapykit.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code therapykit case FILE}: reads therapy-case documents and prints the findings of the case
 * rules, one per line (or the case reports as JSON).
 */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Validates therapy cases with TherapyKit's case rules and prints the findings: code, path"
          + " in the case, severity and message. Messages never contain the case's sensitive"
          + " text.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes: 0 every case was read (whatever its findings); 1 a record could not be read;"
          + " 2 usage error or unreadable input; 3 internal error."
    })
final class CaseCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      description =
          "A therapyCase document, or several (one after another, pretty-printed or not, a JSON"
              + " array or newline-delimited JSON); '-' reads standard input.")
  String file = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default) or json: one caseReport document per case.")
  CheckCommand.Format format = CheckCommand.Format.TABLE;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  private final Streams streams;

  CaseCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return Commands.run(
        streams,
        debug,
        () -> {
          Source source = Commands.source(file, streams);
          DocumentInput input = DocumentInput.read(source, line -> Commands.problem(streams, line));
          PrintWriter out = streams.out();
          CaseRules rules = CaseRules.standard();
          List<TherapyCase> cases = input.all(TherapyCase.class);
          int others = input.documents().size() - cases.size();
          if (others > 0) {
            Commands.problem(
                streams, source.name() + ": " + others + " document(s) that are not therapy cases");
          }
          for (TherapyCase c : cases) {
            CaseReport report = rules.validate(c);
            if (format == CheckCommand.Format.JSON) {
              out.println(TherapyJson.strict().write(report));
            } else {
              table(out, c, report);
            }
          }
          if (cases.isEmpty()) {
            Commands.problem(streams, source.name() + ": no therapy case in the input");
          }
          return input.invalid() > 0 || others > 0 || cases.isEmpty()
              ? ExitCodes.INVALID_RECORDS
              : ExitCodes.OK;
        });
  }

  private static void table(PrintWriter out, TherapyCase c, CaseReport report) {
    out.println(
        "therapykit case: "
            + c.id()
            + ", "
            + c.unit().kind().code()
            + ", "
            + c.sessions().size()
            + " session(s), practitioner "
            + c.practitioner().id()
            + ", policy "
            + report.qualificationPolicyId());
    if (report.findings().isEmpty()) {
      out.println("no findings: the case is in order");
      out.println();
      return;
    }
    out.println();
    out.println(String.format("%-8s  %-36s  %-28s  %s", "SEVERITY", "CODE", "PATH", "MESSAGE"));
    for (Finding f : report.findings()) {
      out.println(
          String.format(
                  "%-8s  %-36s  %-28s  %s",
                  f.severity().code(),
                  f.code().code(),
                  f.path().isEmpty() ? "/" : f.path(),
                  f.message())
              .stripTrailing());
    }
    out.println();
    out.println(
        "Summary: "
            + count(report, Severity.ERROR)
            + " error(s), "
            + count(report, Severity.WARNING)
            + " warning(s), "
            + count(report, Severity.INFO)
            + " info");
    out.println();
  }

  private static long count(CaseReport report, Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }
}

package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.therapykit.Party;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;
import org.therapykit.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code therapykit disclose FILE}: evaluates disclosure requests against a therapy case and prints
 * each decision — permit or deny, the categories covered, the authorisations relied on, and the
 * findings.
 */
@Command(
    name = "disclose",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Decides disclosure requests against a therapy case: may this requester, for this purpose,"
          + " on this date, see these categories of these clients' information? Fails closed.",
      "",
      "FILE holds one therapyCase document and one or more disclosureRequest documents, in any"
          + " layout: documents one after another (cat case.json request.json | therapykit"
          + " disclose -), a JSON array or newline-delimited JSON.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes: 0 everything was read and decided (whatever the decisions); 1 a record could"
          + " not be read, or the file lacks a case or a request; 2 usage error or unreadable"
          + " input; 3 internal error."
    })
final class DiscloseCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      description = "The case and the requests; '-' reads standard input.")
  String file = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default) or json: one disclosureDecision document per request.")
  CheckCommand.Format format = CheckCommand.Format.TABLE;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  private final Streams streams;

  DiscloseCommand(Streams streams) {
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
          List<TherapyCase> cases = input.all(TherapyCase.class);
          List<DisclosureRequest> requests = input.all(DisclosureRequest.class);
          if (cases.size() != 1 || requests.isEmpty()) {
            Commands.problem(
                streams,
                source.name()
                    + ": expected one therapyCase and at least one disclosureRequest document,"
                    + " found "
                    + cases.size()
                    + " case(s) and "
                    + requests.size()
                    + " request(s)");
            return ExitCodes.INVALID_RECORDS;
          }
          PrintWriter out = streams.out();
          DisclosureRules rules = DisclosureRules.standard();
          int n = 0;
          for (DisclosureRequest request : requests) {
            DisclosureDecision d = rules.decide(cases.get(0), request);
            if (format == CheckCommand.Format.JSON) {
              out.println(TherapyJson.strict().write(d));
            } else {
              print(out, ++n, d);
            }
          }
          return input.invalid() > 0 || input.documents().size() != 1 + requests.size()
              ? ExitCodes.INVALID_RECORDS
              : ExitCodes.OK;
        });
  }

  private static void print(PrintWriter out, int n, DisclosureDecision d) {
    DisclosureRequest r = d.request();
    out.println(
        "request "
            + n
            + ": "
            + requester(r.requester())
            + " asks, for "
            + Text.words(r.purpose())
            + ", on "
            + r.date()
            + ", about "
            + r.subjects().stream().map(Object::toString).collect(Collectors.joining(" and "))
            + ": "
            + r.categories().stream().map(Text::words).collect(Collectors.joining(", ")));
    out.println(
        "  "
            + d.outcome().code().toUpperCase(java.util.Locale.ROOT)
            + (d.isPermitted()
                ? ": "
                    + d.permittedCategories().stream()
                        .map(Text::words)
                        .collect(Collectors.joining(", "))
                    + (d.isPartial() ? " (partial)" : "")
                : ""));
    if (!d.authorizations().isEmpty()) {
      out.println(
          "  relies on: "
              + d.authorizations().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(", ")));
    }
    for (Finding f : d.findings()) {
      out.println("  " + f);
    }
    out.println();
  }

  /** The requester by role and identifiers; a party's name may be sensitive and is not shown. */
  private static String requester(Party p) {
    StringBuilder sb = new StringBuilder(Text.words(p.role()));
    p.practitioner().ifPresent(id -> sb.append(' ').append(id));
    p.organization().ifPresent(id -> sb.append(" of ").append(id));
    p.client().ifPresent(id -> sb.append(' ').append(id));
    return sb.toString();
  }
}

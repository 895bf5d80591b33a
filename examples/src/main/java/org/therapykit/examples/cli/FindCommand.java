package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.therapykit.Jurisdiction;
import org.therapykit.client.UnitKind;
import org.therapykit.directory.Candidate;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Exclusion;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.referral.Referral;
import org.therapykit.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code therapykit find --referral FILE [--directory FILE]}: turns a referral into a ranked,
 * explained list of qualified practitioners from a directory of practitioners and organisations.
 */
@Command(
    name = "find",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds practitioners who can take a referral: qualified for the concern on the date,"
          + " licensed where care happens, ranked (the referring organisation's own staff, nearby"
          + " hospitals and sexual-health centres, others by distance, across a border,"
          + " telehealth; certified before uncertified) with the reasons for each place, and the"
          + " practitioners excluded with theirs.",
      "",
      "The referral file holds a directoryQuery document, or a referral document together with"
          + " --client. Without --directory, searches the bundled sample directory.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes: 0 everything was read; 1 some directory records could not be read (the rest"
          + " were searched) or the referral file is not a query or referral; 2 usage error or"
          + " unreadable input; 3 internal error."
    })
final class FindCommand implements Callable<Integer> {
  @Option(
      names = "--referral",
      required = true,
      paramLabel = "FILE",
      description = "A directoryQuery or referral document.")
  String referral = "";

  @Option(
      names = "--directory",
      paramLabel = "FILE",
      description =
          "Practitioner and organisation documents (one after another, pretty-printed or not, a"
              + " JSON array or newline-delimited JSON). Default: the bundled sample directory.")
  @Nullable String directory;

  @Option(
      names = "--client",
      paramLabel = "PLACE",
      description =
          "With a referral document: where the client lives, JURISDICTION or"
              + " JURISDICTION@LATITUDE,LONGITUDE, such as US-IL@41.88,-87.63.",
      converter = PlaceConverter.class)
  @Nullable Location client;

  @Option(names = "--couple", description = "With a referral document: a couple is referred.")
  boolean couple;

  @Option(
      names = "--travel",
      paramLabel = "KM",
      description = "With a referral document: how far the client will travel, across a border.")
  @Nullable Integer travel;

  @Option(names = "--no-telehealth", description = "With a referral document: in person only.")
  boolean noTelehealth;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description = "With a referral document: a language the practitioner must work in.")
  @Nullable String language;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = CheckCommand.DateConverter.class,
      description = "Date of the search, yyyy-MM-dd. Default: the query's date, or today.")
  @Nullable LocalDate asOf;

  @Option(names = "--limit", paramLabel = "N", description = "How many candidates (default 10).")
  @Nullable Integer limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default) or json: the directoryResult document.")
  CheckCommand.Format format = CheckCommand.Format.TABLE;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  private final Streams streams;

  FindCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return Commands.run(streams, debug, this::find);
  }

  private int find() {
    Source referralSource = Commands.source(referral, streams);
    Source directorySource =
        directory == null ? Source.sample() : Commands.source(directory, streams);
    DocumentInput referralInput =
        DocumentInput.read(referralSource, line -> Commands.problem(streams, line));
    DirectoryQuery query;
    try {
      query = query(referralInput, referralSource);
    } catch (InvalidValueException e) {
      Commands.problem(streams, "therapykit: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (MissingClient e) {
      Commands.problem(
          streams, "therapykit: a referral document needs --client (see 'therapykit find --help')");
      return ExitCodes.USAGE;
    }
    if (query == null) {
      return ExitCodes.INVALID_RECORDS;
    }
    DocumentInput directoryInput =
        DocumentInput.read(directorySource, line -> Commands.problem(streams, line));
    List<Practitioner> practitioners = directoryInput.all(Practitioner.class);
    List<Organization> organizations = directoryInput.all(Organization.class);
    DirectoryIndex index;
    try {
      index = DirectoryIndex.of(practitioners, organizations);
    } catch (InvalidValueException e) {
      Commands.problem(streams, directorySource.name() + ": " + e.getMessage());
      return ExitCodes.INVALID_RECORDS;
    }
    DirectoryResult result = index.find(query);
    PrintWriter out = streams.out();
    if (format == CheckCommand.Format.JSON) {
      out.println(TherapyJson.strict().write(result));
    } else {
      table(out, result, index, directorySource, practitioners.size(), organizations.size());
    }
    return referralInput.invalid() + directoryInput.invalid() > 0
        ? ExitCodes.INVALID_RECORDS
        : ExitCodes.OK;
  }

  /** The query of the referral file, or null after reporting why there is none. */
  private @Nullable DirectoryQuery query(DocumentInput input, Source source) {
    List<DirectoryQuery> queries = input.all(DirectoryQuery.class);
    List<Referral> referrals = input.all(Referral.class);
    if (queries.size() + referrals.size() != 1 || input.documents().size() != 1) {
      Commands.problem(
          streams,
          source.name()
              + ": expected one directoryQuery or referral document, found "
              + input.documents().size()
              + " readable document(s)");
      return null;
    }
    if (!queries.isEmpty()) {
      DirectoryQuery q = queries.get(0);
      DirectoryQuery.Builder b = DirectoryQuery.builder().from(q);
      if (asOf != null) {
        b.asOf(asOf);
      }
      if (limit != null) {
        b.limit(limit);
      }
      return b.build();
    }
    if (client == null) {
      throw new MissingClient();
    }
    DirectoryQuery.Builder b =
        DirectoryQuery.fromReferral(
                referrals.get(0), client, asOf != null ? asOf : LocalDate.now(streams.clock()))
            .unit(couple ? UnitKind.COUPLE : UnitKind.INDIVIDUAL)
            .telehealthAcceptable(!noTelehealth);
    if (travel != null) {
      b.maxTravelKm(travel);
    }
    if (language != null) {
      b.language(language);
    }
    if (limit != null) {
      b.limit(limit);
    }
    return b.build();
  }

  /** Converts {@code --client}: a jurisdiction, optionally with coordinates. */
  static final class PlaceConverter implements ITypeConverter<Location> {
    @Override
    public Location convert(String place) {
      int at = place.indexOf('@');
      String jurisdiction = at < 0 ? place : place.substring(0, at);
      Location.Builder b = Location.builder();
      try {
        b.jurisdiction(Jurisdiction.parse(jurisdiction));
      } catch (InvalidValueException e) {
        throw new TypeConversionException(
            "'" + jurisdiction + "' is not a jurisdiction such as US-IL, GB or CA-QC");
      }
      if (at >= 0) {
        String[] latLon = place.substring(at + 1).split(",", -1);
        try {
          if (latLon.length != 2) {
            throw new NumberFormatException();
          }
          b.coordinates(
              Coordinates.of(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])));
        } catch (NumberFormatException | InvalidValueException e) {
          throw new TypeConversionException(
              "'"
                  + place.substring(at + 1)
                  + "' is not LATITUDE,LONGITUDE in degrees, such as 41.88,-87.63");
        }
      }
      return b.build();
    }
  }

  private static void table(
      PrintWriter out,
      DirectoryResult result,
      DirectoryIndex index,
      Source directory,
      int practitioners,
      int organizations) {
    DirectoryQuery q = result.query();
    out.println(
        "therapykit find: "
            + q.concern().code()
            + " for "
            + (q.unit() == UnitKind.COUPLE ? "a couple" : "an individual")
            + " in "
            + q.clientLocation().jurisdiction()
            + q.referringOrganization()
                .map(
                    o ->
                        ", referred by "
                            + index.organization(o).map(Organization::name).orElse(o.value()))
                .orElse("")
            + ", as of "
            + q.asOf());
    out.println(
        "directory: "
            + directory.description()
            + " ("
            + practitioners
            + " practitioners, "
            + organizations
            + " organisations)");
    out.println();
    if (result.candidates().isEmpty()) {
      out.println("No practitioner can take this referral.");
    } else {
      out.println(
          String.format(
              "%-4s  %-22s  %-23s  %6s  %-36s  %s",
              "RANK", "NAME", "CLASSIFICATION", "KM", "WHERE", "WHY"));
      for (Candidate c : result.candidates()) {
        String where =
            c.organization()
                .map(o -> index.organization(o).map(Organization::name).orElse(o.value()))
                .orElse("telehealth");
        out.println(
            String.format(
                    "%-4s  %-22s  %-23s  %6s  %-36s  %s",
                    c.rank(),
                    cut(c.displayName(), 22),
                    Text.words(c.classification()),
                    c.distanceKm().map(d -> String.format(Locale.ROOT, "%.1f", d)).orElse(""),
                    cut(where, 36),
                    c.reasons().stream().map(Text::words).collect(Collectors.joining("; ")))
                .stripTrailing());
      }
    }
    out.println();
    if (!result.excluded().isEmpty()) {
      out.println("Excluded (considered, not offered):");
      for (Exclusion e : result.excluded()) {
        String name =
            index.practitioner(e.practitionerId()).map(Practitioner::displayName).orElse("");
        List<String> why = new ArrayList<>();
        e.reasons().forEach(r -> why.add(Text.words(r)));
        out.println("  " + e.practitionerId() + "  " + name + ": " + String.join("; ", why));
      }
      out.println();
    }
    out.println(
        "Summary: "
            + result.candidates().size()
            + " offered of "
            + result.eligibleCount()
            + " eligible; "
            + result.excluded().size()
            + " excluded; "
            + result.notConsidered()
            + " not considered (no licence, telehealth or in-person service relevant to the"
            + " client)");
  }

  /** A referral document without {@code --client}: a usage error. */
  private static final class MissingClient extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingClient() {
      super(null, null, false, false);
    }
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}

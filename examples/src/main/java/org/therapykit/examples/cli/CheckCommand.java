package org.therapykit.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.jspecify.annotations.Nullable;
import org.therapykit.directory.Organization;
import org.therapykit.fhir.FhirInputException;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.Mapped;
import org.therapykit.fhir.MappingCode;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.fhir.PractitionerBundle;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.BoardRequirementSets;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.StandardQualificationPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code therapykit check [FILE...]}: reads practitioners, assesses each with the standard policy
 * on one date, and writes a table (or the assessments as JSON).
 *
 * <p>Input is the library's JSON format in any layout (one document, pretty-printed or not, several
 * one after another, a JSON array or newline-delimited JSON), read as a stream in constant memory.
 * A record that cannot be read is reported on standard error in one line, {@code staff.ndjson:
 * record 1: UNKNOWN_FIELD at /practitioner/colour (line 2, column 67): property not defined by the
 * format}, and the rest are still checked (exit code 1). A file that cannot be read stops the run
 * before anything is checked (exit code 2).
 *
 * <p>An input whose first JSON value is an object with a top-level {@code resourceType} is read as
 * FHIR R4 instead (with {@link FhirR4}), pretty-printed or not: every practitioner of a {@code
 * Bundle} (with the {@code PractitionerRole}s and {@code Organization}s it holds), or a single
 * {@code Practitioner}. The practitioners are assessed and reported as above; what could not be
 * mapped is reported as mapping findings with FHIRPath-like locations, such as {@code error
 * UNKNOWN_CODE at Bundle.entry[3].resource.qualification[1].code}, in the table or as one JSON line
 * per input. A mapping finding of severity error, a practitioner that could not be read, other FHIR
 * resources and FHIR that HAPI cannot parse ({@code UNPARSABLE}) count as invalid records (exit
 * code 1); none of them prints a stack trace or an input value. Unlike the library's format, a FHIR
 * input is one resource and is read whole.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks practitioners and says, for each, whether they are a certified sex therapist, a sex"
          + " therapist, a sex counsellor, a sexuality educator or none of these, and why.",
      "",
      "Reads practitioner documents in TherapyKit's JSON format, in any layout: one document"
          + " (pretty-printed or not), several one after another, a JSON array or"
          + " newline-delimited JSON (organisation documents of a directory are skipped). Without"
          + " FILE, checks the bundled sample directory of fictional practitioners.",
      "",
      "Also reads FHIR R4 JSON, detected by a top-level resourceType: a Bundle of practitioners"
          + " (with their PractitionerRoles and Organizations) or a single Practitioner. What"
          + " cannot be mapped is reported as mapping findings with FHIRPath-like locations.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Each invalid record is reported on standard error as '<file>: record <index>: <CODE> at"
          + " <JSON Pointer> (line N, column M)'; the rest are still checked. A progress line goes"
          + " to standard error every 10,000 records.",
      "",
      "Each FHIR input that cannot be read is reported as '<file>: <CODE>[ at <element>]:"
          + " <message>' (UNPARSABLE, UNSUPPORTED_RESOURCE). Mapping findings of FHIR input are"
          + " listed after the table, one line each: '<file>: <severity> <CODE> at <location>:"
          + " <message>'; with --format json, as one more line per input, an object with the"
          + " input's name and its mappingFindings array.",
      "",
      "Exit codes: 0 every record was read; 1 some records were invalid (or an input was empty, or"
          + " a FHIR element could not be mapped); 2 usage error or unreadable input; 3 internal"
          + " error."
    })
final class CheckCommand implements Callable<Integer> {
  /** A progress line goes to standard error after each this many records. */
  static final int PROGRESS_EVERY = 10_000;

  /** The output formats. */
  enum Format {
    TABLE,
    JSON
  }

  /** The policies a run can hold sex therapists to. */
  enum Board {
    /** The standard policy: AASECT's numbers. */
    STANDARD,
    /** COSRT's accredited-member numbers (United Kingdom). */
    COSRT,
    /** The EFS-ESSM ECPS numbers (Europe). */
    ECPS,
    /** The SAS provisional psychosexual therapist numbers (Australia). */
    SAS;

    StandardQualificationPolicy policy() {
      return switch (this) {
        case STANDARD -> QualificationPolicy.standard();
        case COSRT ->
            BoardRequirementSets.policy("standard-cosrt", BoardRequirementSets.COSRT_2018);
        case ECPS -> BoardRequirementSets.policy("standard-ecps", BoardRequirementSets.ECPS_2014);
        case SAS ->
            BoardRequirementSets.policy(
                "standard-sas", BoardRequirementSets.SAS_PROVISIONAL_THERAPIST);
      };
    }
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Practitioner files (any layout, or FHIR R4 JSON); '-' reads standard input."
              + " Default: the bundled sample directory.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Date of the assessment, yyyy-MM-dd. Default: today.")
  @Nullable LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table (default): a table for people, with a summary; json: one assessment document per"
              + " line, in the library's JSON format (for FHIR input, then one line of mapping"
              + " findings).")
  Format format = Format.TABLE;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description =
          "standard (default): sex therapists are held to AASECT's numbers; cosrt, ecps or sas:"
              + " to that board's numbers instead (COSRT: United Kingdom; EFS-ESSM ECPS: Europe;"
              + " SAS provisional therapist: Australia), everything else as the standard policy.")
  Board board = Board.STANDARD;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  private final Streams streams;
  private final TherapyJson json = TherapyJson.strict();
  private StandardQualificationPolicy policy = QualificationPolicy.standard();
  private @Nullable FhirR4 fhir;

  CheckCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    PrintWriter out = streams.out();
    PrintWriter err = streams.err();
    try {
      LocalDate date = asOf != null ? asOf : LocalDate.now(streams.clock());
      policy = board.policy();
      List<Source> sources = sources();
      Report report =
          format == Format.JSON ? new JsonReport(json, out) : new TableReport(out, policy);
      Tally tally = new Tally();
      report.begin(date, policy.id(), sources);
      for (Source source : sources) {
        check(source, date, report, tally);
      }
      report.end(date, tally);
      return tally.invalid() > 0 || tally.mappingErrors() > 0
          ? ExitCodes.INVALID_RECORDS
          : ExitCodes.OK;
    } catch (UnreadableInputException e) {
      out.flush();
      err.println("therapykit: " + e.getMessage());
      trace(e);
      return ExitCodes.USAGE;
    } catch (RuntimeException e) {
      out.flush();
      err.println(
          "therapykit: internal error: " + Text.describe(e) + " (run with --debug for details)");
      trace(e);
      return ExitCodes.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Resolves the arguments, checking every file before anything is read. */
  private List<Source> sources() {
    if (files.isEmpty()) {
      return List.of(Source.sample());
    }
    List<Source> sources = new ArrayList<>();
    for (String file : files) {
      sources.add(file.equals("-") ? Source.stdin(streams.in()) : Source.file(file));
    }
    return sources;
  }

  private void check(Source source, LocalDate date, Report report, Tally tally) {
    long before = tally.records();
    try (ContentSensor in = new ContentSensor(source.open())) {
      FhirInput.Sniffed sniffed = FhirInput.sniff(in);
      if (sniffed.fhir()) {
        checkFhir(source, FhirInput.text(sniffed.input()), date, report, tally);
      } else {
        checkDocuments(source, sniffed.input(), date, report, tally);
      }
      if (tally.records() == before && !in.sawContent()) {
        tally.addInvalid();
        problem(source.name() + ": EMPTY_INPUT: no practitioner records, the input is empty");
      }
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(
          source.name(), "cannot be read: " + Source.reason(e.getCause()), e);
    } catch (IOException e) {
      throw new UnreadableInputException(source.name(), "cannot be read: " + Source.reason(e), e);
    }
  }

  /** Reads TherapyKit documents in any layout, one record at a time. */
  private void checkDocuments(
      Source source, InputStream in, LocalDate date, Report report, Tally tally) {
    try (JsonRecords<TherapyDocument> records = json.readAllDocuments(in)) {
      for (JsonRecord<TherapyDocument> record : records) {
        if (tally.records() > 0 && tally.records() % PROGRESS_EVERY == 0) {
          progress(tally.records());
        }
        TherapyDocument document = record.value().orElse(null);
        if (document instanceof Organization) {
          continue; // a directory also lists the organisations its practitioners work at
        }
        if (document instanceof Practitioner p) {
          assess(p, date, report, tally);
        } else if (document != null) {
          tally.addInvalid();
          problem(
              source.name()
                  + ": record "
                  + record.index()
                  + ": not a practitioner or organisation document");
        } else {
          tally.addInvalid();
          invalid(source, record.index(), record.error().orElseThrow());
        }
      }
    }
  }

  /**
   * Reads one FHIR resource: every practitioner of a Bundle, or one Practitioner. An input that is
   * not one resource HAPI can parse, or another resource, is one invalid record.
   */
  private void checkFhir(Source source, String text, LocalDate date, Report report, Tally tally) {
    if (FhirInput.hasMoreThanOneValue(text)) {
      tally.addInvalid();
      problem(
          source.name()
              + ": "
              + MappingCode.UNPARSABLE.code()
              + ": more JSON follows the first FHIR resource; give one resource, a Bundle or a"
              + " Practitioner");
      return;
    }
    IBaseResource resource;
    try {
      resource = fhir().parse(text);
    } catch (FhirInputException e) {
      tally.addInvalid();
      problem(
          source.name()
              + ": "
              + e.code().code()
              + (e.location().isEmpty() ? "" : " at " + e.location())
              + ": "
              + e.getMessage());
      trace(e);
      return;
    }
    List<MappingFinding> findings;
    if (resource instanceof Bundle bundle) {
      PractitionerBundle read = fhir().readPractitioners(bundle);
      for (Practitioner p : read.practitioners()) {
        assess(p, date, report, tally);
      }
      long practitioners =
          bundle.getEntry().stream()
              .map(BundleEntryComponent::getResource)
              .filter(r -> r instanceof org.hl7.fhir.r4.model.Practitioner)
              .count();
      for (long i = read.practitioners().size(); i < practitioners; i++) {
        tally.addInvalid(); // left out, with its findings
      }
      findings = read.findings();
    } else if (resource instanceof org.hl7.fhir.r4.model.Practitioner p) {
      Mapped<Practitioner> read = fhir().fromFhir(p, List.of(), List.of());
      if (read.value().isPresent()) {
        assess(read.value().get(), date, report, tally);
      } else {
        tally.addInvalid();
      }
      findings = read.findings();
    } else {
      tally.addInvalid();
      problem(
          source.name()
              + ": "
              + MappingCode.UNSUPPORTED_RESOURCE.code()
              + ": a FHIR "
              + resource.fhirType()
              + " resource; check reads a FHIR Bundle of practitioners or a Practitioner");
      return;
    }
    report.mappingFindings(source, findings);
    tally.addFhirInput(findings);
  }

  private void assess(Practitioner p, LocalDate date, Report report, Tally tally) {
    QualificationAssessment a = policy.assess(p, date);
    report.add(p, a);
    tally.add(a);
  }

  /** The FHIR bridge, created on the first FHIR input (HAPI's context takes a moment). */
  private FhirR4 fhir() {
    FhirR4 bridge = fhir;
    if (bridge == null) {
      bridge = FhirR4.create();
      fhir = bridge;
    }
    return bridge;
  }

  private void invalid(Source source, long index, JsonInputException e) {
    for (String line : Text.problems(e)) {
      problem(source.name() + ": record " + index + ": " + line);
    }
    trace(e);
  }

  private void progress(long records) {
    problem("therapykit: " + records + " records checked");
  }

  /** One line on standard error, after what is already on standard output. */
  private void problem(String line) {
    streams.out().flush();
    streams.err().println(Text.oneLine(line));
    streams.err().flush();
  }

  private void trace(Throwable e) {
    if (debug) {
      e.printStackTrace(streams.err());
    }
  }

  /** Notes whether the input holds anything other than blanks and a byte order mark. */
  private static final class ContentSensor extends FilterInputStream {
    private boolean content;

    ContentSensor(InputStream in) {
      super(in);
    }

    boolean sawContent() {
      return content;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        note(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; !content && i < offset + n; i++) {
        note(buffer[i] & 0xFF);
      }
      return n;
    }

    private void note(int b) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
        content = true;
      }
    }
  }

  /** Parses {@code --as-of}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date yyyy-MM-dd");
      }
    }
  }
}

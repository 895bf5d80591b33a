package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.examples.cli.SamplePractitioners.Sample;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyJson;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;

/**
 * Runs {@code therapykit} in this JVM, with captured standard streams and a clock fixed at {@link
 * SamplePractitioners#AS_OF}: the golden table, the JSON format, every exit code, and malformed
 * input (the JSONTestSuite's {@code n_} files, empty files, directories, missing files) reported in
 * one line per problem without a stack trace.
 */
class TherapyKitCliTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/therapykit/examples/cli/check-sample-2026-11-28.txt");
  private static final Path JSON_TEST_SUITE =
      Path.of("../core/src/test/resources/json-test-suite/test_parsing");
  private static final Clock CLOCK =
      Clock.fixed(
          SamplePractitioners.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  /** One in-process run: exit code and what went to standard output and error. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TherapyKitCli.run(Streams.of(stdin, out, err, CLOCK), args);
    return new Run(
        code,
        out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
        err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  private static String sample() {
    return new String(SampleDirectoryTest.generated(), StandardCharsets.UTF_8);
  }

  /** No stack trace, no exception class name: what a person sees for bad input. */
  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  // ---- the main job --------------------------------------------------------------------------

  @Test
  void checksTheBundledSampleDirectoryAsInTheGoldenFile() throws IOException {
    Run run = run("check", "--as-of", "2026-11-28");
    if (Boolean.getBoolean("therapykit.update")) {
      Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(run.out())
        .startsWith("therapykit check: as of 2026-11-28, policy therapykit-aasect-2025\n")
        .contains("Summary: 47 practitioners as of 2026-11-28\n")
        .contains("\n  certified sex therapist     16\n")
        .contains("\n  invalid records              0\n");
  }

  @Test
  void defaultsToTodayFromTheClock() throws IOException {
    Run run = run("check");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void explainsEachClassificationInTheTable() {
    String out = run("check").out();
    assertThat(out)
        .contains(
            "Dr. Amara Osei          certified sex therapist  therapy      holds aasect-cst to"
                + " 2027-01-31, psychologist licence US-IL\n")
        .contains("warning: aasect-cst expires 2027-01-31 (in 64 days)")
        .contains("AASECT-CST-2018.03 not met: supervised practice 240 of 300 h,")
        .contains("error: aasect-cst claimed without a licence for independent psychotherapy")
        .contains("error: aasect-cst-supervisor claimed without a valid aasect-cst")
        .contains("note: abs-certified-sexologist is not recognised (a non-clinical certificate)")
        .contains("warning: aasect-cst not in force: no active aasect membership");
  }

  private static String row(String out, String name) {
    return out.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
  }

  @Test
  void holdsSexTherapistsToAnotherBoardsNumbersWithPolicy() {
    Run standard = run("check", "--as-of", "2026-11-28");
    Run cosrt = run("check", "--as-of", "2026-11-28", "--policy", "cosrt");
    assertThat(cosrt.code()).isEqualTo(ExitCodes.OK);
    assertThat(cosrt.err()).isEmpty();
    assertThat(cosrt.out())
        .startsWith("therapykit check: as of 2026-11-28, policy standard-cosrt\n");
    // a UK therapist with COSRT's numbers and no certificate
    assertThat(row(standard.out(), "Imogen Hart")).contains("not qualified");
    assertThat(row(cosrt.out(), "Imogen Hart")).contains(" sex therapist ");
    // certificates count as before: the COSRT-accredited therapist is certified under both
    assertThat(row(standard.out(), "Fiona MacLeod")).contains("certified sex therapist");
    assertThat(row(cosrt.out(), "Fiona MacLeod")).contains("certified sex therapist");
    Run json = run("check", "--as-of", "2026-11-28", "--policy", "SAS", "--format", "json");
    assertThat(json.out()).contains("\"policyId\":\"standard-sas\"");
    Run wrong = run("check", "--policy", "nope");
    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("--policy").containsIgnoringCase("standard, cosrt, ecps, sas");
    assertThat(wrong.errLines()).hasSize(1);
    assertNoStackTrace(wrong);
  }

  @Test
  void writesTheAssessmentsAsNewlineDelimitedJson() {
    Run run = run("check", "--as-of=2026-11-28", "--format", "json");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    List<Sample> samples = SamplePractitioners.all();
    try (JsonRecords<QualificationAssessment> records =
        TherapyJson.strict()
            .readAll(
                QualificationAssessment.class,
                new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord<QualificationAssessment>> all = records.stream().toList();
      assertThat(all).hasSize(samples.size());
      for (int i = 0; i < all.size(); i++) {
        QualificationAssessment a = all.get(i).value().orElseThrow();
        assertThat(a.practitionerId()).isEqualTo(samples.get(i).practitioner().id());
        assertThat(a.classification()).isEqualTo(samples.get(i).expected());
        assertThat(a.asOf()).isEqualTo(SamplePractitioners.AS_OF);
      }
    }
    assertThat(run.out().lines()).allMatch(l -> l.startsWith("{\"formatVersion\":\"1.1\","));
  }

  @Test
  void readsFilesAndStandardInputInJsonArraysAndNewlineDelimitedJson(@TempDir Path dir)
      throws IOException {
    List<String> lines = sample().lines().toList();
    Path ndjson = dir.resolve("some.ndjson");
    Files.writeString(ndjson, String.join("\n", lines.subList(0, 3)) + "\n");
    Path array = dir.resolve("more.json");
    Files.writeString(array, "[\n" + String.join(",\n", lines.subList(3, 5)) + "\n]\n");
    byte[] stdin = (lines.get(5) + "\n").getBytes(StandardCharsets.UTF_8);

    Run run =
        run(new ByteArrayInputStream(stdin), "check", ndjson.toString(), array.toString(), "-");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("input: " + ndjson + ", " + array + ", standard input\n")
        .contains("Summary: 6 practitioners as of 2026-11-28\n")
        .contains("Grace Whitaker, PMHNP");
  }

  @Test
  void acceptsAnEmptyArrayAsAnEmptyDirectory(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("none.json");
    Files.writeString(empty, "[]\n");
    Run run = run("check", empty.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Summary: 0 practitioners as of 2026-11-28\n");
  }

  // ---- exit code 1: invalid records ------------------------------------------------------------

  @Test
  void reportsEachInvalidRecordInOneLineAndChecksTheRest(@TempDir Path dir) throws IOException {
    List<String> lines = sample().lines().toList();
    String unknownField =
        lines.get(1).replace("\"displayName\"", "\"colour\":\"teal\",\"displayName\"");
    String badCode = lines.get(2).replace("\"psychiatrist\"", "\"wizard\"");
    Path file = dir.resolve("directory.ndjson");
    Files.writeString(
        file,
        String.join("\n", lines.get(0), unknownField, "", badCode, "{oops", lines.get(3)) + "\n");

    Run run = run("check", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    List<String> err = run.errLines();
    assertThat(err).hasSize(3);
    assertThat(err.get(0))
        .startsWith(file + ": record 1: UNKNOWN_FIELD at /practitioner/colour (line 2, column ");
    assertThat(err.get(1))
        .startsWith(
            file
                + ": record 2: INVALID_VALUE at /practitioner/licenses/0/profession (line 4,"
                + " column ");
    assertThat(err.get(2))
        .isEqualTo(
            file + ": record 3: MALFORMED_JSON at / (line 5, column 2): not well-formed JSON");
    assertNoStackTrace(run);
    assertThat(run.out())
        .contains("Dr. Amara Osei")
        .contains("Nadia Kowalski")
        .doesNotContain("Helena Marsh")
        .contains("Summary: 2 practitioners as of 2026-11-28\n")
        .contains("\n  invalid records              3\n");
    // the values of the bad records never appear
    assertThat(run.err()).doesNotContain("teal").doesNotContain("wizard");
  }

  @Test
  void reportsABadElementOfAJsonArray(@TempDir Path dir) throws IOException {
    List<String> lines = sample().lines().toList();
    Path file = dir.resolve("array.json");
    Files.writeString(file, "[\n" + lines.get(0) + ",\n42,\n" + lines.get(1) + "\n]\n");
    Run run = run("check", "--format", "json", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith(file + ": record 1: WRONG_TYPE at / (line 3");
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void reportsAnEmptyFile(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.ndjson");
    Files.write(empty, new byte[0]);
    Path blank = dir.resolve("blank.ndjson");
    Files.writeString(blank, " \n\n\t\n");
    Run run = run("check", empty.toString(), blank.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines())
        .containsExactly(
            empty + ": EMPTY_INPUT: no practitioner records, the input is empty",
            blank + ": EMPTY_INPUT: no practitioner records, the input is empty");
    assertNoStackTrace(run);
  }

  static Stream<Path> rejectedByJsonTestSuite() throws IOException {
    try (Stream<Path> files = Files.list(JSON_TEST_SUITE)) {
      List<Path> n =
          files.filter(p -> p.getFileName().toString().startsWith("n_")).sorted().toList();
      assertThat(n).hasSize(188);
      return n.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedByJsonTestSuite")
  void rejectsMalformedJsonInOneLinePerProblem(Path file) {
    Run run = run("check", file.toString());
    assertThat(run.code()).isIn(ExitCodes.INVALID_RECORDS, ExitCodes.USAGE);
    assertThat(run.errLines()).isNotEmpty();
    assertThat(run.errLines())
        .allMatch(
            l ->
                l.matches("\\Q" + file + "\\E: (record \\d+: [A-Z_]+ at /\\S* .*|EMPTY_INPUT: .*)"),
            "one line per problem, naming the record, its code and its JSON Pointer");
    assertNoStackTrace(run);
  }

  // ---- exit code 2: usage errors and unreadable input ------------------------------------------

  @Test
  void reportsAMissingFileADirectoryAndUnreadableStandardInput(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    Run run = run("check", missing.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("therapykit: " + missing + ": no such file");
    assertThat(run.out()).isEmpty();
    assertNoStackTrace(run);

    run = run("check", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines())
        .containsExactly("therapykit: " + dir + ": is a directory, not a file");
    assertNoStackTrace(run);

    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device not ready");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return read();
          }
        };
    run = run(failing, "check", "-");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines())
        .containsExactly("therapykit: <stdin>: cannot be read: device not ready");
    assertNoStackTrace(run);
  }

  @Test
  void checksEveryFileBeforeReadingAny(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.ndjson");
    Files.writeString(good, sample());
    Run run = run("check", good.toString(), dir.resolve("typo.ndjson").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void reportsUsageErrorsInOneLine() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"check", "--as-of", "tomorrow"},
            new String[] {"check", "--format", "xml"},
            new String[] {"check", "--colour"},
            new String[] {"case", "couple.json"},
            new String[] {"disclose", "request.json"},
            new String[] {"find"},
            new String[] {"find", "--referral", "r.json", "--limit", "many"},
            new String[] {"cases", "couple.json"},
            new String[] {"--bogus"})) {
      Run run = run(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(run.errLines()).as(String.join(" ", args)).hasSize(1);
      assertThat(run.errLines().get(0)).startsWith("therapykit: ");
      assertThat(run.out()).isEmpty();
      assertNoStackTrace(run);
    }
    assertThat(run("check", "--as-of", "tomorrow").err())
        .isEqualTo(
            "therapykit: Invalid value for option '--as-of': 'tomorrow' is not a date yyyy-MM-dd"
                + " (see 'therapykit check --help')\n");
    assertThat(run("cases", "couple.json").err())
        .isEqualTo(
            "therapykit: unknown command 'cases' (commands in this build: check, case, find,"
                + " disclose, help) (see 'therapykit --help')\n");
    assertThat(run("case", "couple.json").err())
        .isEqualTo("therapykit: couple.json: no such file\n");
    assertThat(run("find").err())
        .isEqualTo(
            "therapykit: Missing required option: '--referral=FILE'"
                + " (see 'therapykit find --help')\n");
  }

  @Test
  void printsHelpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("Usage: therapykit").contains("check").contains("Exit codes:");
    Run checkHelp = run("check", "--help");
    assertThat(checkHelp.code()).isEqualTo(ExitCodes.OK);
    assertThat(checkHelp.out())
        .contains("--as-of=DATE")
        .contains("--format=FORMAT")
        .contains("--debug");
    assertThat(run("help", "check").out()).isEqualTo(checkHelp.out());
    Run version = run("--version");
    assertThat(version.code()).isEqualTo(ExitCodes.OK);
    assertThat(version.out()).startsWith("therapykit 0.1.0");
  }

  // ---- exit code 3 and --debug
  // -------------------------------------------------------------------

  @Test
  void reportsAnInternalErrorInOneLineAndShowsTheStackTraceWithDebug() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("simulated bug");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return read();
          }
        };
    Run run = run(broken, "check", "-");
    assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.errLines())
        .containsExactly(
            "therapykit: internal error: simulated bug (run with --debug for details)");

    run = run(broken, "check", "--debug", "-");
    assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err())
        .contains("java.lang.IllegalStateException: simulated bug")
        .contains("\tat ");
  }

  @Test
  void showsStackTracesOfBadInputOnlyWithDebug(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.ndjson");
    Files.writeString(bad, "{}\n");
    assertNoStackTrace(run("check", bad.toString()));
    Run debug = run("check", "--debug", bad.toString());
    assertThat(debug.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(debug.err()).contains("JsonInputException").contains("\tat ");
  }

  // ---- large inputs --------------------------------------------------------------------------

  /**
   * The first 40 practitioners of the sample directory {@code times} times over, streamed, never
   * held in memory whole.
   */
  static InputStream repeatedSample(int times) {
    byte[] sample =
        (String.join("\n", sample().lines().limit(40).toList()) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    return new SequenceInputStream(
        Collections.enumeration(
            Stream.generate(() -> (InputStream) new ByteArrayInputStream(sample))
                .limit(times)
                .toList()));
  }

  @Test
  void printsProgressOnStandardErrorForInputsOverTenThousandRecords() {
    Run run = run(repeatedSample(300), "check", "-"); // 12,000 records
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("therapykit: 10000 records checked");
    assertThat(run.out())
        .contains("Summary: 12000 practitioners as of 2026-11-28\n")
        .contains("\n  certified sex therapist   3600\n");

    Run exactly = run(repeatedSample(250), "check", "--format", "json", "-"); // 10,000 records
    assertThat(exactly.code()).isEqualTo(ExitCodes.OK);
    assertThat(exactly.err()).isEmpty();
    assertThat(exactly.out().lines().count()).isEqualTo(10_000);
    assertThat(Classification.values()).hasSize(5);
  }
}

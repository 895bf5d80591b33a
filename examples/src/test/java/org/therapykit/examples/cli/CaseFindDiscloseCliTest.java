package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.examples.cli.TherapyKitCliTest.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.course.CaseReport;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.examples.SampleFilesTest;
import org.therapykit.examples.cli.TherapyKitCliTest.Run;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.validation.FindingCode;

/**
 * {@code therapykit case}, {@code find} and {@code disclose} on the sample files of {@code
 * examples/samples/}: golden output, the JSON formats, every exit code, and bad input in one line
 * without a stack trace or a sensitive value.
 */
class CaseFindDiscloseCliTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/therapykit/examples/cli");
  private static final String CASES = SampleFilesTest.DIR.resolve("cases.ndjson").toString();
  private static final String REFERRAL = SampleFilesTest.DIR.resolve("referral.json").toString();
  private static final String DISCLOSURE =
      SampleFilesTest.DIR.resolve("disclosure.ndjson").toString();

  private static void assertGolden(String name, Run run) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("therapykit.update")) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void assertOneLineProblems(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.errLines()).allMatch(l -> !l.isBlank());
  }

  private static <T extends TherapyDocument> List<T> readAll(Class<T> type, String ndjson) {
    try (JsonRecords<T> records =
        TherapyJson.strict()
            .readAll(type, new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      return records.stream().map(JsonRecord::value).map(v -> v.orElseThrow()).toList();
    }
  }

  // ---- case ------------------------------------------------------------------------------------

  @Test
  void caseReportsTheFindingsOfEachCase() throws IOException {
    Run run = run("case", CASES);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertGolden("case-sample.txt", run);
    assertThat(run.out())
        .contains("no findings: the case is in order")
        .contains("case-0002")
        .contains("SESSION_WITHOUT_CONSENT")
        .contains("/sessions/5/attendees/1");
  }

  @Test
  void caseWritesOneCaseReportPerCaseAsJson() {
    Run run = run("case", "--format", "json", CASES);
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    List<CaseReport> reports = readAll(CaseReport.class, run.out());
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).isClean()).isTrue();
    assertThat(reports.get(1).findings(FindingCode.SESSION_WITHOUT_CONSENT)).isNotEmpty();
  }

  @Test
  void caseReportsRecordsThatAreNotCases(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mixed.ndjson");
    List<String> lines = Files.readAllLines(Path.of(CASES));
    Files.writeString(file, lines.get(0) + "\n{\"formatVersion\":\"1.1\",\"therapyCase\":{}}\n");
    Run run = run("case", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    // one line per problem of the record: the id, the practitioner and the unit are missing
    assertThat(run.errLines())
        .containsExactly(
            file
                + ": record 1: MISSING_FIELD at /therapyCase/id (line 2, column 39): required"
                + " property absent",
            file
                + ": record 1: MISSING_FIELD at /therapyCase/practitioner (line 2, column 39):"
                + " required property absent",
            file
                + ": record 1: MISSING_FIELD at /therapyCase/unit (line 2, column 39): required"
                + " property absent");
    assertThat(run.out()).contains("no findings: the case is in order");
    assertOneLineProblems(run);

    Files.writeString(file, Files.readString(Path.of(REFERRAL)));
    run = run("case", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines())
        .containsExactly(
            file + ": 1 document(s) that are not therapy cases",
            file + ": no therapy case in the input");
  }

  @Test
  void caseNeverPrintsTheSensitiveTextOfACase() throws IOException {
    String input = Files.readString(Path.of(CASES));
    Run run = run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "case", "-");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    // every free-text value of the sample cases (histories, notes, goals, reasons, names…)
    List<String> freeText = new ArrayList<>();
    for (String line : input.lines().toList()) {
      collectFreeText(PLAIN.readTree(line), freeText);
    }
    assertThat(freeText).hasSizeGreaterThan(20);
    assertThat(freeText).allSatisfy(text -> assertThat(run.out()).doesNotContain(text));
    // and the codes that name a dysfunction, a reason, a topic, a homework kind or a stage
    List<String> codes = new ArrayList<>();
    for (String line : input.lines().toList()) {
      collectSensitiveCodes(PLAIN.readTree(line).get("therapyCase"), codes);
    }
    assertThat(codes).contains("erectile-disorder", "sensate-focus", "fertility-related");
    assertThat(codes).allSatisfy(code -> assertThat(run.out()).doesNotContain(code));
  }

  /** The values of the sensitive code attributes of a case, found by their JSON names. */
  private static void collectSensitiveCodes(tools.jackson.databind.JsonNode c, List<String> into) {
    c.get("goals")
        .forEach(g -> g.path("dysfunction").asOptional().ifPresent(d -> into.add(d.asString())));
    c.get("homework").forEach(h -> into.add(h.get("kind").asString()));
    c.path("referral").path("reason").asOptional().ifPresent(r -> into.add(r.asString()));
    c.get("intakes")
        .forEach(
            i ->
                i.values()
                    .forEach(
                        section ->
                            section
                                .path("items")
                                .forEach(item -> into.add(item.get("topic").asString()))));
    into.removeIf(code -> code.equals("other"));
  }

  private static final tools.jackson.databind.json.JsonMapper PLAIN =
      tools.jackson.databind.json.JsonMapper.builder().build();

  /** String values with a space in them: prose, not codes, ids or dates. */
  private static void collectFreeText(tools.jackson.databind.JsonNode node, List<String> into) {
    if (node.isString() && node.asString().contains(" ")) {
      into.add(node.asString());
    }
    for (tools.jackson.databind.JsonNode child : node.values()) {
      collectFreeText(child, into);
    }
  }

  // ---- find ------------------------------------------------------------------------------------

  @Test
  void findRanksTheSampleDirectoryForTheSampleReferral() throws IOException {
    Run run = run("find", "--referral", REFERRAL);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertGolden("find-sample.txt", run);
    assertThat(run.out())
        .contains("referred by Northside Fertility Centre")
        .contains("Dr. Amara Osei")
        .contains("on staff at referring organization")
        .contains("Dr. Lena Park")
        .contains("Excluded (considered, not offered):")
        .contains("Dr. Sam Ito");
  }

  @Test
  void findWritesTheDirectoryResultAsJson() {
    Run run = run("find", "--referral", REFERRAL, "--format", "json", "--limit", "3");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    DirectoryResult result = TherapyJson.strict().read(DirectoryResult.class, run.out());
    assertThat(result.candidates()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
    assertThat(result.query()).isEqualTo(SampleFilesTest.referral().withLimit(3));
    assertThat(result.candidates())
        .extracting(c -> c.displayName())
        .containsExactly("Dr. Amara Osei", "Dr. Lena Park", "Rosa Jiménez, LMFT");
  }

  @Test
  void findTakesAReferralDocumentWithTheClientOnTheCommandLine(@TempDir Path dir)
      throws IOException {
    Path referral = dir.resolve("referral.json");
    Files.writeString(
        referral,
        TherapyJson.strict()
            .write(
                org.therapykit.examples.SampleFilesTest.cases().get(0).referral().orElseThrow()));
    Run run = run("find", "--referral", referral.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "therapykit: a referral document needs --client (see 'therapykit find --help')");

    run =
        run(
            "find",
            "--referral",
            referral.toString(),
            "--client",
            "US-IL@41.8781,-87.6298",
            "--couple",
            "--as-of",
            "2026-11-28");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("for a couple in US-IL").contains("RANK");

    run = run("find", "--referral", referral.toString(), "--client", "US-IL@north,west");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "therapykit: Invalid value for option '--client': 'north,west' is not"
                + " LATITUDE,LONGITUDE in degrees, such as 41.88,-87.63 (see 'therapykit find"
                + " --help')");
    run = run("find", "--referral", referral.toString(), "--client", "Illinois");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "therapykit: Invalid value for option '--client': 'Illinois' is not a jurisdiction"
                + " such as US-IL, GB or CA-QC (see 'therapykit find --help')");
    run = run("find", "--referral", referral.toString(), "--client", "US-IL@95,0");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineProblems(run);
  }

  @Test
  void findReportsAWrongReferralFileAndBadDirectoryRecords(@TempDir Path dir) throws IOException {
    Run run = run("find", "--referral", CASES);
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines())
        .containsExactly(
            CASES
                + ": expected one directoryQuery or referral document, found 2 readable"
                + " document(s)");
    assertThat(run.out()).isEmpty();

    Path directory = dir.resolve("directory.ndjson");
    String sample = new String(SampleDirectoryTest.generated(), StandardCharsets.UTF_8);
    Files.writeString(directory, sample + "{\"formatVersion\":\"1.1\",\"organization\":7}\n");
    run = run("find", "--referral", REFERRAL, "--directory", directory.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith(directory + ": record 60: WRONG_TYPE at /organization");
    assertThat(run.out()).contains("Dr. Lena Park");
    assertOneLineProblems(run);

    run = run("find", "--referral", dir.resolve("nope.json").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines())
        .containsExactly("therapykit: " + dir.resolve("nope.json") + ": no such file");
  }

  // ---- disclose --------------------------------------------------------------------------------

  @Test
  void discloseDecidesEachRequest() throws IOException {
    Run run = run("disclose", DISCLOSURE);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertGolden("disclose-sample.txt", run);
    assertThat(run.out())
        .contains("request 1: fertility specialist p-0301 of org-fertility-01 asks")
        .contains("  PERMIT: goals and progress (partial)")
        .contains("  DENY")
        .contains("request 3: therapist");
  }

  @Test
  void discloseWritesOneDecisionPerRequestAsJson() {
    Run run = run("disclose", "--format", "json", DISCLOSURE);
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    List<DisclosureDecision> decisions = readAll(DisclosureDecision.class, run.out());
    assertThat(decisions)
        .extracting(DisclosureDecision::outcome)
        .containsExactly(
            DisclosureOutcome.PERMIT, DisclosureOutcome.DENY, DisclosureOutcome.PERMIT);
  }

  @Test
  void discloseNeedsACaseAndARequest() {
    Run run = run("disclose", CASES);
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_RECORDS);
    assertThat(run.errLines())
        .containsExactly(
            CASES
                + ": expected one therapyCase and at least one disclosureRequest document, found"
                + " 2 case(s) and 0 request(s)");
    assertThat(run.out()).isEmpty();
    assertOneLineProblems(run);
  }
}

package org.therapykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.examples.cli.TherapyKitCliTest.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.examples.cli.TherapyKitCliTest.Run;

/**
 * The project's own pretty-printed golden documents, as a person would hand them to the program:
 * every command reads them as written (issue #12: before, any pretty-printed file failed).
 */
class GoldenFilesAsInputTest {
  private static final Path GOLDEN =
      Path.of("../core/src/test/resources/org/therapykit/json/golden");

  static Stream<Path> practitioners() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("practitioner-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("practitioners")
  void checkReadsEachGoldenPractitioner(Path file) throws IOException {
    assertThat(Files.readString(file)).contains("\n  \"practitioner\": {");
    Run run = run("check", "--as-of", "2026-11-28", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Summary: 1 practitioner as of 2026-11-28");
  }

  @Test
  void checkReadsSeveralGoldenFilesAndSkipsTheOrganisation() throws IOException {
    String[] args =
        Stream.concat(
                Stream.of(
                    "check",
                    "--as-of",
                    "2026-11-28",
                    GOLDEN.resolve("organization.json").toString()),
                practitioners().map(Path::toString))
            .toArray(String[]::new);
    Run run = run(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Summary: 7 practitioners as of 2026-11-28");
  }

  @Test
  void caseReadsTheGoldenCase() {
    Run run = run("case", GOLDEN.resolve("therapy-case.json").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("case-0001").contains("no findings: the case is in order");
  }

  @Test
  void findReadsTheGoldenQuery() {
    Run run = run("find", "--referral", GOLDEN.resolve("directory-query.json").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("RANK").contains("certified sex therapist");
  }

  @Test
  void discloseReadsTheGoldenCaseAndRequestOneAfterTheOther() throws IOException {
    byte[] input =
        (Files.readString(GOLDEN.resolve("therapy-case.json"))
                + Files.readString(GOLDEN.resolve("disclosure-request.json")))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Run run = run(new ByteArrayInputStream(input), "disclose", "-");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("request 1:").contains("PERMIT");
  }
}

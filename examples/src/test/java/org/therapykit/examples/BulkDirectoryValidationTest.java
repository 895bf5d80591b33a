package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.therapykit.qualification.Classification;

class BulkDirectoryValidationTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  /**
   * The first 40 practitioners of the sample directory (it goes on with more, and organisations).
   */
  private static byte[] sample() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            BulkDirectoryValidation.class.getResourceAsStream("sample-directory.ndjson"))) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (String.join("\n", all.lines().limit(40).toList()) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void countsTheClassificationsOfFiftyThousandStreamedRecordsAndReportsTheBadOnes()
      throws IOException {
    byte[] sample = sample();
    byte[] bad =
        "{\"formatVersion\":\"1.1\",\"practitioner\":{}}\n".getBytes(StandardCharsets.UTF_8);
    // 1,250 copies of 40 sample practitioners and one bad record, generated as they are read
    InputStream directory =
        new SequenceInputStream(
            Collections.enumeration(
                Stream.concat(
                        Stream.generate(() -> (InputStream) new ByteArrayInputStream(sample))
                            .limit(1250),
                        Stream.of(new ByteArrayInputStream(bad)))
                    .toList()));
    ByteArrayOutputStream problems = new ByteArrayOutputStream();

    BulkDirectoryValidation.Result result =
        BulkDirectoryValidation.validate(
            directory, AS_OF, new PrintStream(problems, true, StandardCharsets.UTF_8));

    assertThat(result.counts())
        .isEqualTo(
            Map.of(
                Classification.CERTIFIED_SEX_THERAPIST, 12 * 1250L,
                Classification.SEX_THERAPIST, 6 * 1250L,
                Classification.SEX_COUNSELLOR, 8 * 1250L,
                Classification.SEXUALITY_EDUCATOR, 6 * 1250L,
                Classification.NOT_QUALIFIED, 8 * 1250L));
    assertThat(result.invalid()).isEqualTo(1);
    assertThat(problems.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "record 50000: MISSING_FIELD at /practitioner/id (line 50001, column 40): required"
                + " property absent",
            "record 50000: MISSING_FIELD at /practitioner/displayName (line 50001, column 40):"
                + " required property absent");
  }
}

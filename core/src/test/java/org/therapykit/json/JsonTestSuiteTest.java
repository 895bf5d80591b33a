package org.therapykit.json;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.practitioner.Practitioner;

/**
 * Every file of nst/JSONTestSuite's {@code test_parsing} corpus (MIT; vendored unchanged under
 * {@code src/test/resources/json-test-suite}): the typed readers, the any-kind reader and the bulk
 * readers throw or report only {@link JsonInputException}, never hang, never throw another type.
 * None of the files is a TherapyKit document, so every read fails.
 */
class JsonTestSuiteTest {
  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir =
        Path.of(JsonTestSuiteTest.class.getResource("/json-test-suite/test_parsing").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.sorted().toList();
      return all.stream();
    }
  }

  @Test
  void theWholeCorpusIsThere() throws Exception {
    List<Path> files = corpus().toList();
    assertThat(files).hasSize(318);
    assertThat(files.stream().filter(f -> f.getFileName().toString().startsWith("n_")))
        .hasSize(188);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void onlyOurExceptionComesOut(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TherapyJson json = TherapyJson.strict();
    for (Class<? extends TherapyDocument> type : TherapyJson.documentKinds().keySet()) {
      JsonInputException fromBytes =
          assertTimeoutPreemptively(
              ofSeconds(5), () -> TherapyJsonTest.failure(() -> json.read(type, bytes)));
      assertThat(fromBytes.code()).isNotNull();
      JsonInputException fromStream =
          assertTimeoutPreemptively(
              ofSeconds(5),
              () ->
                  TherapyJsonTest.failure(
                      () -> json.read(type, (InputStream) new ByteArrayInputStream(bytes))));
      assertThat(fromStream.code()).isNotNull();
    }
    JsonInputException anyKind =
        assertTimeoutPreemptively(
            ofSeconds(5),
            () ->
                TherapyJsonTest.failure(
                    () -> json.readDocument(new String(bytes, StandardCharsets.UTF_8))));
    assertThat(anyKind.code()).isNotNull();
    // as a bulk input: every record is a value or one of our errors, nothing else escapes
    for (boolean anyDocument : new boolean[] {true, false}) {
      List<JsonRecord<?>> records =
          assertTimeoutPreemptively(
              ofSeconds(5),
              () -> {
                try (JsonRecords<?> all =
                    anyDocument
                        ? json.readAllDocuments(new ByteArrayInputStream(bytes))
                        : json.readAll(Practitioner.class, new ByteArrayInputStream(bytes))) {
                  return all.stream().<JsonRecord<?>>map(r -> r).toList();
                }
              });
      assertThat(records).allMatch(r -> r.error().isPresent() != r.value().isPresent());
    }
    String name = file.getFileName().toString();
    if (name.startsWith("n_")) {
      // a document that is not JSON never gets further than the parser or the envelope
      JsonInputException e = TherapyJsonTest.failure(() -> json.read(Practitioner.class, bytes));
      assertThat(e.code())
          .as(name)
          .isIn(
              JsonErrorCode.MALFORMED_JSON,
              JsonErrorCode.EMPTY_INPUT,
              JsonErrorCode.TRAILING_CONTENT,
              JsonErrorCode.WRONG_TYPE,
              JsonErrorCode.TOO_LARGE,
              JsonErrorCode.UNKNOWN_FIELD,
              JsonErrorCode.MISSING_FIELD,
              JsonErrorCode.MISSING_ENVELOPE,
              JsonErrorCode.INVALID_ENCODING);
    }
  }
}

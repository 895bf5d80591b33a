package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

class TherapyJsonTest {
  private final TherapyJson json = TherapyJson.strict();
  private final Practitioner practitioner = GoldenPractitioners.certified();

  static JsonInputException failure(Runnable read) {
    try {
      read.run();
    } catch (JsonInputException e) {
      return e;
    }
    throw new AssertionError("expected a JsonInputException");
  }

  static String codeAndPointer(JsonInputException e) {
    return e.code() + " " + e.pointer();
  }

  @Test
  void readsFromEveryKindOfInput() {
    String text = json.write(practitioner);
    byte[] bytes = json.writeBytes(practitioner);
    assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(json.read(Practitioner.class, text)).isEqualTo(practitioner);
    assertThat(json.read(Practitioner.class, bytes)).isEqualTo(practitioner);
    assertThat(json.read(Practitioner.class, new ByteArrayInputStream(bytes)))
        .isEqualTo(practitioner);
    assertThat(json.read(Practitioner.class, new StringReader(text))).isEqualTo(practitioner);
  }

  @Test
  void writesToEveryKindOfOutputTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(practitioner, out);
    StringWriter w = new StringWriter();
    json.write(practitioner, w);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(w.toString());
    assertThat(w.toString()).isEqualTo(json.write(practitioner));
  }

  @Test
  void writingIsDeterministic() {
    Practitioner copy = Practitioner.builder().from(practitioner).build();
    assertThat(json.writeBytes(copy)).isEqualTo(json.writeBytes(practitioner));
    assertThat(TherapyJson.builder().build().write(practitioner))
        .isEqualTo(json.write(practitioner));
  }

  @Test
  void writesTheVersionFirstAndOmitsAbsentValues() {
    String text = json.write(GoldenPractitioners.educator());
    assertThat(text).startsWith("{\"formatVersion\":\"1.1\",\"practitioner\":{\"id\":\"p-0341\"");
    assertThat(text).doesNotContain("null").doesNotContain("\"licenses\"");
  }

  @Test
  void roundTripsAnAssessment() {
    QualificationAssessment a =
        QualificationPolicy.standard().assess(practitioner, GoldenPractitioners.AS_OF);
    assertThat(json.read(QualificationAssessment.class, json.write(a))).isEqualTo(a);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"practitioner\":{\"id\":\"p\",\"displayName\":\"x\"}}|MISSING_FIELD /formatVersion",
        "{\"formatVersion\":\"1.1\"}|MISSING_FIELD /practitioner",
        "{\"formatVersion\":\"2.0\",\"practitioner\":{}}|UNSUPPORTED_VERSION /formatVersion",
        "{\"formatVersion\":\"0.9\",\"practitioner\":{}}|UNSUPPORTED_VERSION /formatVersion",
        "{\"formatVersion\":\"1\",\"practitioner\":{}}|INVALID_VALUE /formatVersion",
        "{\"formatVersion\":1.0,\"practitioner\":{}}|WRONG_TYPE /formatVersion",
        "{\"formatVersion\":null,\"practitioner\":{}}|NULL_VALUE /formatVersion",
        "{\"formatVersion\":\"1.1\",\"practitioner\":null}|NULL_VALUE /practitioner",
        "{\"formatVersion\":\"1.1\",\"kind\":\"x\"}|UNKNOWN_FIELD /kind",
        "{\"formatVersion\":\"1.1\",\"practitioner\":[]}|WRONG_TYPE /practitioner",
        "[]|WRONG_TYPE ''",
        "'  '|EMPTY_INPUT ''",
        "{\"formatVersion\":\"1.1\",\"formatVersion\":\"1.1\"}|DUPLICATE_FIELD /formatVersion",
      })
  void rejectsBrokenEnvelopes(String input, String expected) {
    String in = input.equals("'  '") ? "  " : input;
    assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, in))))
        .isEqualTo(expected.replace("''", ""));
  }

  @Test
  void acceptsAnyMinorVersionOfTheMajorItReads() {
    String text = json.write(practitioner).replace("\"1.1\"", "\"1.7\"");
    assertThat(json.read(Practitioner.class, text)).isEqualTo(practitioner);
  }

  @Test
  void canSkipUnknownFieldsWhenAskedTo() {
    TherapyJson lenient = TherapyJson.builder().acceptUnknownFields(true).build();
    String text =
        json.write(practitioner)
            .replace("{\"formatVersion\":\"1.1\",", "{\"formatVersion\":\"1.3\",\"extra\":[1,{}],")
            .replace("\"displayName\"", "\"nickname\":{\"a\":1},\"displayName\"");
    assertThat(lenient.acceptsUnknownFields()).isTrue();
    assertThat(lenient.read(Practitioner.class, text)).isEqualTo(practitioner);
    assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, text))))
        .isEqualTo("UNKNOWN_FIELD /extra");
  }

  /** Not a TherapyKit type: only the library's root types may implement TherapyDocument. */
  private static final class Foreign implements TherapyDocument {}

  @Test
  void rejectsDocumentTypesThatAreNotTherapyKits() {
    // a License or a PractitionerId is not a TherapyDocument: passing one does not compile
    assertThatThrownBy(() -> json.read(Foreign.class, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("practitioner");
    assertThatThrownBy(() -> json.write(new Foreign()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json.readAll(Foreign.class, new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enforcesTheDocumentSizeLimitOnEveryInput() {
    TherapyJson small = TherapyJson.builder().maxDocumentBytes(1024).build();
    String big = json.write(practitioner);
    assertThat(big.length()).isGreaterThan(1024);
    assertThat(small.maxDocumentBytes()).isEqualTo(1024);
    assertThat(failure(() -> small.read(Practitioner.class, big)).code())
        .isEqualTo(JsonErrorCode.TOO_LARGE);
    assertThat(
            failure(() -> small.read(Practitioner.class, big.getBytes(StandardCharsets.UTF_8)))
                .code())
        .isEqualTo(JsonErrorCode.TOO_LARGE);
    assertThat(
            failure(
                    () ->
                        small.read(
                            Practitioner.class,
                            new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .code())
        .isEqualTo(JsonErrorCode.TOO_LARGE);
    assertThatThrownBy(() -> TherapyJson.builder().maxDocumentBytes(10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prettyPrintsWithTwoSpacesAndLineFeeds() {
    TherapyJson pretty = TherapyJson.builder().prettyPrint(true).build();
    assertThat(pretty.prettyPrints()).isTrue();
    assertThat(pretty.write(practitioner))
        .startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"practitioner\": {\n    \"id\"")
        .doesNotContain("\r");
  }

  @Test
  void reportsAFailingStreamAsAnIoProblemNotAsBadJson() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> json.read(Practitioner.class, broken))
        .isInstanceOf(UncheckedIOException.class);
    OutputStream brokenOut =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> json.write(practitioner, brokenOut))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void carriesLineAndColumnWhereTheParserKnowsThem() {
    String text = "{\"formatVersion\":\"1.1\",\n\"practitioner\":{\"id\":\"p-1\",\n\"colour\":1}}";
    JsonInputException e = failure(() -> json.read(Practitioner.class, text));
    assertThat(codeAndPointer(e)).isEqualTo("UNKNOWN_FIELD /practitioner/colour");
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).isPresent();
    assertThat(e.getMessage()).startsWith("UNKNOWN_FIELD at /practitioner/colour (line 3, column");
  }

  @Test
  void writesAndReadsManyDocumentsAsNewlineDelimitedJson() {
    List<Practitioner> all = List.copyOf(GoldenPractitioners.all().values());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeAll(all, out);
    String ndjson = out.toString(StandardCharsets.UTF_8);
    assertThat(ndjson.lines()).hasSize(all.size());
    try (JsonRecords<Practitioner> records =
        json.readAll(Practitioner.class, new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(records.stream().map(r -> r.value().orElseThrow()).toList())
          .containsExactlyElementsOf(all);
    }
  }

  @Test
  void anUnknownCodeNamesTheValidCodes() {
    String text = json.write(practitioner).replace("\"psychologist\"", "\"shaman\"");
    JsonInputException e = failure(() -> json.read(Practitioner.class, text));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/licenses/0/profession");
    assertThat(e.problems().get(0).detail())
        .isEqualTo(
            "unknown Profession code; valid: psychologist, psychiatrist, clinical-social-worker,"
                + " master-social-worker, bachelor-social-worker, marriage-family-therapist,"
                + " professional-counsellor, psychiatric-nurse-practitioner, psychotherapist,"
                + " physician, nurse, other")
        .doesNotContain("shaman");
  }

  @Test
  void aPayloadWithoutItsEnvelopeSaysSo() {
    String payload = bare();
    JsonInputException e = failure(() -> json.read(Practitioner.class, payload));
    assertThat(codeAndPointer(e)).isEqualTo("MISSING_ENVELOPE ");
    assertThat(e.getMessage()).contains("{\"formatVersion\": \"1.1\", \"practitioner\": {...}}");
  }

  private String bare() {
    String text = json.write(practitioner);
    return text.substring(text.indexOf("\"practitioner\":") + 15, text.length() - 1);
  }

  @Test
  void aDocumentReportsEveryProblemUpToTwenty() {
    String text = json.write(practitioner);
    String three =
        text.replace("\"displayName\":\"Dr. Amara Osei\",", "")
            .replace("\"psychologist\"", "\"shaman\"")
            .replace("\"provisional\":false", "\"provisional\":\"no\"");
    assertThat(failure(() -> json.read(Practitioner.class, three)).problems())
        .extracting(q -> q.code() + " " + q.pointer())
        .containsExactly(
            "INVALID_VALUE /practitioner/licenses/0/profession",
            "WRONG_TYPE /practitioner/licenses/0/provisional",
            "MISSING_FIELD /practitioner/displayName");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      many.append("\"x").append(i).append("\":").append(i).append(',');
    }
    String thirty = text.replace("{\"id\"", "{" + many + "\"id\"");
    JsonInputException e = failure(() -> json.read(Practitioner.class, thirty));
    assertThat(e.problems()).hasSize(20).allMatch(q -> q.code() == JsonErrorCode.UNKNOWN_FIELD);
    assertThat(e.isTruncated()).isTrue();
    assertThat(e.getMessage()).endsWith("; and at least 19 more problems");
  }
}

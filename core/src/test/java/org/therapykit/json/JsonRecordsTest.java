package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

class JsonRecordsTest {
  private final TherapyJson json = TherapyJson.strict();
  private final String a = json.write(GoldenPractitioners.certified());
  private final String b = json.write(GoldenPractitioners.counsellor());

  private List<String> read(String input) {
    try (JsonRecords<Practitioner> records =
        json.readAll(
            Practitioner.class, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      return records.stream()
          .map(
              r ->
                  r.index()
                      + " "
                      + r.value()
                          .map(p -> p.id().value())
                          .orElseGet(
                              () -> r.error().map(TherapyJsonTest::codeAndPointer).orElseThrow()))
          .toList();
    }
  }

  @Test
  void readsNewlineDelimitedJsonAndGoesOnAfterBadRecords() {
    String bad = a.replace("\"displayName\"", "\"colour\":1,\"displayName\"");
    String input = a + "\n" + bad + "\n\n  \n" + "{broken\n" + b + "\r\n";
    assertThat(read(input))
        .containsExactly(
            "0 p-0007", "1 UNKNOWN_FIELD /practitioner/colour", "2 MALFORMED_JSON ", "3 p-0230");
  }

  @Test
  void readsAJsonArrayAndGoesOnAfterBadRecords() {
    String bad = b.replace("\"bachelor-social-worker\"", "\"wizard\"");
    String input = "[\n" + a + ",\n" + bad + ", 42, [1,[2]], " + b + "\n]\n";
    assertThat(read(input))
        .containsExactly(
            "0 p-0007",
            "1 INVALID_VALUE /practitioner/licenses/0/profession",
            "2 WRONG_TYPE ",
            "3 WRONG_TYPE ",
            "4 p-0230");
  }

  @Test
  void stopsAtASyntaxErrorInsideAnArray() {
    String input = "[" + a + ", {\"formatVersion\": \"1.1\" \"practitioner\": {}}, " + b + "]";
    List<String> out = read(input);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isEqualTo("0 p-0007");
    assertThat(out.get(1)).startsWith("1 MALFORMED_JSON");
  }

  @Test
  void reportsTrailingContentAfterTheArrayAndATruncatedArray() {
    assertThat(read("[" + a + "] x")).containsExactly("0 p-0007", "1 TRAILING_CONTENT ");
    assertThat(read("[" + a + "] []")).containsExactly("0 p-0007", "1 TRAILING_CONTENT ");
    assertThat(read("[" + a + ",")).containsExactly("0 p-0007", "1 MALFORMED_JSON ");
  }

  @Test
  void handlesEmptyInputsAndAByteOrderMark() {
    assertThat(read("")).isEmpty();
    assertThat(read(" \n \n")).isEmpty();
    assertThat(read("[]")).isEmpty();
    assertThat(read("\uFEFF" + a + "\n")).containsExactly("0 p-0007");
    assertThat(read("\uFEFF[" + a + "]")).containsExactly("0 p-0007");
  }

  @Test
  void rejectsARecordAboveTheSizeLimitAndGoesOn() {
    TherapyJson small = TherapyJson.builder().maxDocumentBytes(2048).build();
    String training =
        "{\"category\":\"sar\",\"hours\":1,\"delivery\":\"online\",\"completed\":\"2020-01-01\"},";
    String big = a.replace("\"trainings\":[", "\"trainings\":[" + training.repeat(40));
    assertThat(big.length()).isGreaterThan(2048);
    assertThat(json.read(Practitioner.class, big).trainings()).hasSize(44);
    String input = big + "\n" + b + "\n";
    try (JsonRecords<Practitioner> records =
        small.readAll(
            Practitioner.class, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord<Practitioner>> all = records.stream().toList();
      assertThat(all).hasSize(2);
      assertThat(all.get(0).error().orElseThrow().code()).isEqualTo(JsonErrorCode.TOO_LARGE);
      assertThat(all.get(0).isOk()).isFalse();
      assertThat(all.get(1).isOk()).isTrue();
      assertThat(all.get(0).toString()).startsWith("#0 TOO_LARGE");
      assertThat(all.get(1).toString()).isEqualTo("#1 ok");
    }
    try (JsonRecords<Practitioner> records =
        small.readAll(
            Practitioner.class,
            new ByteArrayInputStream(
                ("[" + big + "," + b + "]").getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord<Practitioner>> all = records.stream().toList();
      assertThat(all.get(0).error().orElseThrow().code()).isEqualTo(JsonErrorCode.TOO_LARGE);
      assertThat(all.get(1).isOk()).isTrue();
    }
  }

  private List<String> lines(String input) {
    try (JsonRecords<Practitioner> records =
        json.readAll(
            Practitioner.class, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      return records.stream()
          .filter(r -> !r.isOk())
          .map(
              r -> {
                JsonInputException e = r.error().orElseThrow();
                return r.index() + " " + e.code() + " line " + e.line().orElse(0);
              })
          .toList();
    }
  }

  @Test
  void reportsTheLineOfABadRecordInTheWholeInput() {
    String bad = a.replace("\"displayName\"", "\"colour\":1,\"displayName\"");
    // newline-delimited: each record is parsed alone, but its line is counted in the input,
    // blank lines and leading blank lines included
    assertThat(lines("\n\n" + a + "\n\n" + bad + "\n" + "{broken\n" + bad + "\r\n"))
        .containsExactly(
            "1 UNKNOWN_FIELD line 5", "2 MALFORMED_JSON line 6", "3 UNKNOWN_FIELD line 7");
    // a JSON array: lines skipped before the array count too
    assertThat(lines("\n \n[" + a + ",\n" + bad + "\n] x"))
        .containsExactly("1 UNKNOWN_FIELD line 4", "2 TRAILING_CONTENT line 5");
    assertThat(lines("\n[" + a + "]\n[]")).containsExactly("1 TRAILING_CONTENT line 3");
  }

  @Test
  void canBeIteratedOnlyOnce() {
    try (JsonRecords<Practitioner> records =
        json.readAll(Practitioner.class, new ByteArrayInputStream(new byte[0]))) {
      assertThat(records.iterator().hasNext()).isFalse();
      assertThatThrownBy(records::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void readsAnyLayoutByContentNotByLine() {
    TherapyJson pretty = TherapyJson.builder().prettyPrint(true).build();
    String pa = pretty.write(GoldenPractitioners.certified());
    String pb = pretty.write(GoldenPractitioners.counsellor());
    // one pretty-printed document, as a person would hand it over
    assertThat(read(pa + "\n")).containsExactly("0 p-0007");
    // several pretty-printed documents one after another, and compact ones on one line
    assertThat(read(pa + "\n" + pb)).containsExactly("0 p-0007", "1 p-0230");
    assertThat(read(a + b + "  " + a)).containsExactly("0 p-0007", "1 p-0230", "2 p-0007");
    // a pretty-printed array of pretty-printed documents
    assertThat(read("[\n" + pa + ",\n" + pb + "\n]\n")).containsExactly("0 p-0007", "1 p-0230");
    // an empty array, or blank input: no records
    assertThat(read("[ ]")).isEmpty();
    assertThat(read(" \n\n")).isEmpty();
  }

  @Test
  void aBadRecordAmongPrettyDocumentsDoesNotHideTheNext() {
    TherapyJson pretty = TherapyJson.builder().prettyPrint(true).build();
    String pa = pretty.write(GoldenPractitioners.certified());
    String tooDeep =
        "{\"formatVersion\":\"1.1\",\"practitioner\":{\"x\":"
            + "[".repeat(40)
            + "]".repeat(40)
            + "}}";
    String unknown = pa.replace("\"displayName\"", "\"colour\": \"}\",\n    \"displayName\"");
    assertThat(read(pa + "\n" + tooDeep + "\n" + unknown + "\n" + pa))
        .containsExactly(
            "0 p-0007",
            "1 UNKNOWN_FIELD /practitioner/x", // then TOO_LARGE inside it: 40 levels deep
            "2 UNKNOWN_FIELD /practitioner/colour",
            "3 p-0007");
  }

  @Test
  void saysWhereAndWhyReadingStops() {
    TherapyJson pretty = TherapyJson.builder().prettyPrint(true).build();
    String pa = pretty.write(GoldenPractitioners.certified());
    // a record whose brackets never close takes the rest of the input with it: one final error
    try (JsonRecords<Practitioner> records =
        json.readAll(
            Practitioner.class,
            new ByteArrayInputStream(
                (pa + "\n{\"formatVersion\": \"1.1\", \"practitioner\": {\n" + pa)
                    .getBytes(StandardCharsets.UTF_8)))) {
      List<JsonRecord<Practitioner>> all = records.stream().toList();
      assertThat(all).hasSize(2);
      assertThat(all.get(0).isOk()).isTrue();
      JsonRecord<Practitioner> last = all.get(1);
      assertThat(last.stopsReading()).isTrue();
      JsonInputException e = last.error().orElseThrow();
      assertThat(e.code()).isEqualTo(JsonErrorCode.MALFORMED_JSON);
      assertThat(e.line()).hasValue(pa.split("\n").length + 1);
      assertThat(e.getMessage()).contains("reading stopped");
    }
    // in newline-delimited JSON the line ends the record: reading never stops
    assertThat(read(a + "\n{\"formatVersion\":\n" + a + "\n"))
        .containsExactly("0 p-0007", "1 MALFORMED_JSON ", "2 p-0007");
  }
}

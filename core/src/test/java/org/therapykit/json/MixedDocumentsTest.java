package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.directory.DirectoryGolden;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Practitioner;

/** Documents of several kinds in one stream: a directory of practitioners and organisations. */
class MixedDocumentsTest {
  private final TherapyJson json = TherapyJson.strict();

  @Test
  void readsEachRecordAsTheKindItsEnvelopeNames() {
    List<TherapyDocument> documents =
        List.of(
            GoldenPractitioners.certified(),
            DirectoryGolden.organization(),
            DirectoryGolden.practitionerWithServices());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeAll(documents, out);
    String bad = "{\"formatVersion\":\"1.1\",\"hospital\":{}}\n{\"formatVersion\":\"1.1\"}\n";
    byte[] input = (out.toString(StandardCharsets.UTF_8) + bad).getBytes(StandardCharsets.UTF_8);
    try (JsonRecords<TherapyDocument> records =
        json.readAllDocuments(new ByteArrayInputStream(input))) {
      List<JsonRecord<TherapyDocument>> all = records.stream().toList();
      assertThat(all.subList(0, 3).stream().map(r -> r.value().orElseThrow()).toList())
          .isEqualTo(documents);
      assertThat(all.get(0).value().orElseThrow()).isInstanceOf(Practitioner.class);
      assertThat(all.get(1).value().orElseThrow()).isInstanceOf(Organization.class);
      assertThat(codeAndPointer(all.get(3).error().orElseThrow()))
          .isEqualTo("UNKNOWN_FIELD /hospital");
      assertThat(codeAndPointer(all.get(4).error().orElseThrow())).isEqualTo("MISSING_FIELD ");
    }
  }

  @Test
  void readsOneDocumentOfAnyKind() {
    Object read = json.readDocument(json.write(DirectoryGolden.query()));
    assertThat(read).isEqualTo(DirectoryGolden.query());
    String twoPayloads =
        "{\"formatVersion\":\"1.1\",\"organization\":"
            + json.write(DirectoryGolden.organization()).substring(40)
            + ",\"practitioner\":{}}";
    assertThat(failure(() -> json.readDocument(twoPayloads)).code())
        .isIn(JsonErrorCode.UNKNOWN_FIELD, JsonErrorCode.MALFORMED_JSON);
    assertThat(
            codeAndPointer(
                failure(
                    () ->
                        json.readDocument(
                            "{\"formatVersion\":\"1.1\",\"organization\":{\"id\":\"x\",\"colour\":1}}"))))
        .isEqualTo("UNKNOWN_FIELD /organization/colour");
  }
}

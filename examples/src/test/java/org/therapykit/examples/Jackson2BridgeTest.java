package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.therapykit.json.JsonErrorCode;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.referral.Referral;

/** A Jackson 2 host (Spring Boot 3) carries TherapyKit documents in its own messages. */
class Jackson2BridgeTest {
  private static final Path GOLDEN =
      Path.of("../core/src/test/resources/org/therapykit/json/golden");

  /** The host's message, as a Spring Boot 3 controller would take it. */
  record Referred(String note, Practitioner practitioner, Referral referral) {}

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(
              Jackson2Bridge.module(TherapyJson.strict(), Practitioner.class, Referral.class));

  @Test
  void readsAndWritesDocumentsInsideAJackson2HostsMessage() throws Exception {
    // pretty-printed golden documents, pasted into the host's message as they are
    String practitioner =
        Files.readString(GOLDEN.resolve("practitioner-certified-sex-therapist.json"));
    String referral = Files.readString(GOLDEN.resolve("referral.json"));
    String message =
        "{\"note\":\"from the front desk\",\"practitioner\":"
            + practitioner
            + ",\"referral\":"
            + referral
            + "}";

    Referred read = mapper.readValue(message, Referred.class);
    assertThat(read.practitioner())
        .isEqualTo(TherapyJson.strict().read(Practitioner.class, practitioner));
    assertThat(read.referral()).isEqualTo(TherapyJson.strict().read(Referral.class, referral));

    String written = mapper.writeValueAsString(read);
    assertThat(written)
        .contains(
            "\"practitioner\":" + TherapyJson.strict().write(read.practitioner()),
            "\"referral\":" + TherapyJson.strict().write(read.referral()));
    assertThat(mapper.readValue(written, Referred.class)).isEqualTo(read);
  }

  @Test
  void anInvalidDocumentFailsTheHostsReadWithTheTherapyKitProblem() {
    String message =
        "{\"note\":\"x\",\"practitioner\":{\"formatVersion\":\"1.1\",\"practitioner\":"
            + "{\"displayName\":\"No Id\"}},\"referral\":null}";
    assertThatThrownBy(() -> mapper.readValue(message, Referred.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a valid TherapyKit Practitioner document")
        .cause()
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.MISSING_FIELD));
  }

  @Test
  void withoutTheBridgeJackson2DoesNotWriteTheTherapyKitFormat() throws Exception {
    // why the bridge exists: Jackson 2 ignores TherapyKit's Jackson 3 annotations
    Practitioner p =
        TherapyJson.strict()
            .read(
                Practitioner.class,
                Files.readString(GOLDEN.resolve("practitioner-certified-sex-therapist.json")));
    String plain;
    try {
      plain = new ObjectMapper().writeValueAsString(p);
    } catch (JsonMappingException e) {
      plain = "failed: " + e.getClass().getSimpleName();
    }
    assertThat(plain).isNotEqualTo(mapper.writeValueAsString(p));
  }
}

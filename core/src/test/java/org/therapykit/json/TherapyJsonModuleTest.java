package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A host that owns its JsonMapper registers the module and gets the wire format, unwrapped. */
class TherapyJsonModuleTest {
  private final JsonMapper host =
      JsonMapper.builder()
          .addModule(TherapyJson.module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void readsAndWritesModelValuesWithoutTheEnvelope() {
    Practitioner p = GoldenPractitioners.certified();
    String text = host.writeValueAsString(p);
    assertThat(text).startsWith("{\"id\":\"p-0007\",\"displayName\":\"Dr. Amara Osei\"");
    assertThat(host.readValue(text, Practitioner.class)).isEqualTo(p);
    // the payload the module writes is the payload TherapyJson wraps
    assertThat(TherapyJson.strict().write(p))
        .isEqualTo("{\"formatVersion\":\"1.0\",\"practitioner\":" + text + "}");
  }

  @Test
  void writesEnumsAsTheirCodesInsideAHostsOwnTypes() {
    Map<String, Object> hostDocument = Map.of("profession", Profession.CLINICAL_SOCIAL_WORKER);
    assertThat(host.writeValueAsString(hostDocument))
        .isEqualTo("{\"profession\":\"clinical-social-worker\"}");
  }

  @Test
  void leavesTypesThatAreNotOursAlone() {
    JsonMapper plain = JsonMapper.builder().build();
    Map<String, Object> value = Map.of("date", LocalDate.of(2026, 1, 2), "n", 1);
    assertThat(host.writeValueAsString(value)).isEqualTo(plain.writeValueAsString(value));
    assertThat(TherapyJson.module().getModuleName()).isEqualTo("therapykit");
    assertThat(TherapyJson.module().version().getMajorVersion()).isEqualTo(0);
  }
}

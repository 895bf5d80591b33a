package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.examples.HostJacksonModuleExample.DirectoryEntry;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import tools.jackson.databind.json.JsonMapper;

class HostJacksonModuleExampleTest {
  @Test
  void readsAndWritesAPractitionerInsideTheHostsOwnMessage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DirectoryEntry back =
        HostJacksonModuleExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(back.clinic()).isEqualTo("Harbour Street Clinic");
    assertThat(back.acceptingReferrals()).isTrue();
    assertThat(back.practitioner().licenses().get(0).profession())
        .isEqualTo(Profession.MARRIAGE_FAMILY_THERAPIST);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .first()
        .isEqualTo("Jordan Reyes, LMFT: NOT_QUALIFIED");
  }

  @Test
  void writesThePractitionerAsTherapyJsonDoesWithoutTheEnvelope() {
    DirectoryEntry entry =
        HostJacksonModuleExample.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonMapper mapper = JsonMapper.builder().addModule(TherapyJson.module()).build();
    String host = mapper.writeValueAsString(entry.practitioner());
    String document = TherapyJson.strict().write(entry.practitioner());
    assertThat(document).isEqualTo("{\"formatVersion\":\"1.1\",\"practitioner\":" + host + "}");
    assertThat(mapper.readValue(host, Practitioner.class)).isEqualTo(entry.practitioner());
  }
}

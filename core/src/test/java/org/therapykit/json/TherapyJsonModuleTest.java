package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
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
        .isEqualTo("{\"formatVersion\":\"1.1\",\"practitioner\":" + text + "}");
  }

  @Test
  void writesEnumsAsTheirCodesInsideAHostsOwnTypes() {
    Map<String, Object> hostDocument = Map.of("profession", Profession.CLINICAL_SOCIAL_WORKER);
    assertThat(host.writeValueAsString(hostDocument))
        .isEqualTo("{\"profession\":\"clinical-social-worker\"}");
  }

  /** A host record holding TherapyKit values, as a host's own API type would. */
  record Listing(
      Practitioner practitioner, Profession profession, java.util.List<License> licenses) {}

  @Test
  void aPlainMapperWithoutTheModuleReadsAndWritesTheSameForm() {
    // TherapyValue names the module's serializer and deserializer: never {} and never the
    // constant names
    JsonMapper plain = JsonMapper.builder().build();
    Practitioner p = GoldenPractitioners.certified();
    String text = plain.writeValueAsString(p);
    assertThat(text).isEqualTo(host.writeValueAsString(p));
    assertThat(plain.readValue(text, Practitioner.class)).isEqualTo(p);
    Listing listing = new Listing(p, Profession.PSYCHOLOGIST, p.licenses());
    String hostText = plain.writeValueAsString(listing);
    assertThat(hostText).contains("\"profession\":\"psychologist\"").contains("\"licenses\":[{");
    assertThat(plain.readValue(hostText, Listing.class)).isEqualTo(listing);
  }

  @Test
  void aHostsTreeModelHoldsValuesWithFractionalHoursAndReadsThemBack() {
    // valueToTree writes into a tree, which takes typed numbers only: 62.5 and 0.25 hours
    JsonMapper plain = JsonMapper.builder().build();
    Practitioner p = GoldenPractitioners.certified();
    tools.jackson.databind.JsonNode tree = plain.valueToTree(p);
    assertThat(tree.at("/trainings/0/hours").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal("62.5"));
    assertThat(plain.treeToValue(tree, Practitioner.class)).isEqualTo(p);
    org.therapykit.credential.TrainingRecord quarter =
        org.therapykit.credential.TrainingRecord.builder()
            .from(p.trainings().get(0))
            .hours(org.therapykit.Hours.ofHundredths(25))
            .build();
    assertThat(
            plain.treeToValue(
                plain.valueToTree(quarter), org.therapykit.credential.TrainingRecord.class))
        .isEqualTo(quarter);
    assertThat(plain.writeValueAsString(quarter)).contains("\"hours\":0.25");
  }

  @Test
  void findAndAddModulesFindsTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules())
        .extracting(JacksonModule::getModuleName)
        .contains("therapykit");
    Practitioner p = GoldenPractitioners.certified();
    assertThat(found.readValue(found.writeValueAsString(p), Practitioner.class)).isEqualTo(p);
  }

  @Test
  void aValueThatCannotBeReadFailsTheJacksonWayWithEveryProblem() {
    String text =
        host.writeValueAsString(GoldenPractitioners.certified())
            .replace("\"displayName\":\"Dr. Amara Osei\",", "")
            .replace("\"psychologist\"", "\"shaman\"");
    assertThatThrownBy(() -> host.readValue(text, Practitioner.class))
        .isInstanceOf(DatabindException.class)
        .cause()
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(q -> q.code() + " " + q.pointer())
                    .containsExactly(
                        "INVALID_VALUE /licenses/0/profession", "MISSING_FIELD /displayName"));
    // a host that accepts unknown properties gets that from the module too
    JsonMapper lenient =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    String extra =
        host.writeValueAsString(GoldenPractitioners.certified())
            .replace("{\"id\"", "{\"x\":1,\"id\"");
    assertThat(lenient.readValue(extra, Practitioner.class))
        .isEqualTo(GoldenPractitioners.certified());
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

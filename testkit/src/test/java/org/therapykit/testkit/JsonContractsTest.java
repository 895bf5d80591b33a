package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;
import org.therapykit.plan.Session;
import org.therapykit.practitioner.Practitioner;

class JsonContractsTest {
  private static final NetworkntSchemas SCHEMAS = new NetworkntSchemas();

  @Test
  void namesEveryRootTypeWithItsKindAndSchema() {
    assertThat(JsonContracts.rootTypes()).hasSize(12);
    assertThat(JsonContracts.documentKind(TherapyCase.class)).isEqualTo("therapyCase");
    assertThat(JsonContracts.schemaResource(ReleaseAuthorization.class))
        .isEqualTo("/org/therapykit/json/schema/releaseAuthorization.schema.json");
    for (Class<?> type : JsonContracts.rootTypes().keySet()) {
      assertThat(TherapyJson.class.getResource(JsonContracts.schemaResource(type))).isNotNull();
    }
    assertThatThrownBy(() -> JsonContracts.documentKind(Session.class))
        .isInstanceOf(IllegalArgumentException.class);
    // JsonContracts.of(Session.class, ...) does not compile: a Session is not a TherapyDocument
  }

  @Test
  void passesForTheLibrarysOwnJson() {
    JsonContracts.of(TherapyCase.class, TherapyGenerators.cases())
        .withSamples(50)
        .checkRoundTrip()
        .checkSchemaValidity(SCHEMAS);
    JsonContracts.of(Practitioner.class, TherapyGenerators.practitioners())
        .withSeed(3L)
        .withSamples(50)
        .withJson(TherapyJson.builder().prettyPrint(true).build())
        .checkRoundTrip()
        .checkSchemaValidity(
            doc -> SCHEMAS.validate(JsonContracts.schemaResource(Practitioner.class), doc));
  }

  @Test
  void reportsASchemaProblemWithTheSeedAndSample() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                JsonContracts.of(TherapyCase.class, TherapyGenerators.cases())
                    .withSeed(99L)
                    .withSamples(10)
                    .checkSchemaValidity(
                        (schema, doc) ->
                            doc.contains("\"sessions\"")
                                ? List.of("/x too many sessions")
                                : List.of()));
    assertThat(e)
        .hasMessageContaining("from seed 99L")
        .hasMessageContaining("therapyCase.schema.json")
        .hasMessageContaining("/x too many sessions")
        .hasMessageContaining("Samples.nth(99L, ");
  }

  @Test
  void aSchemaInvariantChecksEveryValueValueContractsProduces() {
    ValueContracts.of(TherapyGenerators.authorizations())
        .withSamples(100)
        .withInvariant(
            JsonContracts.schemaInvariant(
                ReleaseAuthorization.class, TherapyJson.strict(), SCHEMAS))
        .checkInvariants()
        .checkWither(
            "revokedOn",
            ReleaseAuthorization::revokedOn,
            ReleaseAuthorization::withRevokedOn,
            Generator.constant(java.util.Optional.<java.time.LocalDate>empty()));
    assertThatThrownBy(
            () ->
                JsonContracts.<ReleaseAuthorization>schemaInvariant(
                        ReleaseAuthorization.class, TherapyJson.strict(), (s, d) -> List.of("no"))
                    .accept(Samples.nth(1L, 0, TherapyGenerators.authorizations())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("releaseAuthorization.schema.json");
  }

  @Test
  void isConfiguredImmutably() {
    JsonContracts<TherapyCase> base =
        JsonContracts.of(TherapyCase.class, TherapyGenerators.cases());
    assertThat(base.withSeed(1L)).isNotSameAs(base);
    assertThat(base.withSamples(3).toString()).contains("3 samples").contains("therapyCase");
    assertThat(base.toString()).contains(JsonContracts.DEFAULT_SAMPLES + " samples");
    assertThatThrownBy(() -> base.withSamples(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

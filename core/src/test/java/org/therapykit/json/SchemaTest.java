package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.Coded;
import org.therapykit.TestGenerators;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.FindingCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every golden file and every generated value validates against its shipped JSON Schema. */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Schema schema(String kind) {
    String resource = TherapyJson.SCHEMA_RESOURCE_DIRECTORY + kind + ".schema.json";
    try (InputStream in = TherapyJson.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> errors(String kind, String json) {
    List<String> out = new ArrayList<>();
    for (Error e : schema(kind).validate(json, InputFormat.JSON)) {
      out.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    return out;
  }

  static Stream<Arguments> goldenFiles() {
    return GoldenFilesTest.documents()
        .map(a -> Arguments.of(a.get()[0], GoldenFilesTest.kindOf(a.get()[1])));
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void everyGoldenFileValidates(String file, String kind) throws IOException {
    assertThat(errors(kind, GoldenFilesTest.golden(file))).isEmpty();
  }

  @Test
  void everyRootTypeShipsASchema() throws IOException {
    assertThat(TherapyJson.documentKinds()).hasSize(12);
    for (var e : TherapyJson.documentKinds().entrySet()) {
      String kind = e.getValue();
      assertThat(schema(kind)).as(kind).isNotNull();
      // the public accessor gives the shipped resource, which is the committed copy in docs/
      String text = TherapyJson.schema(e.getKey());
      assertThat(text)
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
          .contains("\"$id\": \"urn:org.therapykit:json:" + kind + ":1\"");
      assertThat(text)
          .isEqualTo(
              java.nio.file.Files.readString(
                  java.nio.file.Path.of("../docs/schema/" + kind + ".schema.json"),
                  java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void generatedPractitionersAndAssessmentsValidate() {
    qt().withFixedSeed(31L)
        .withExamples(500)
        .forAll(TestGenerators.practitioners(), TestGenerators.dates())
        .checkAssert(
            (p, asOf) -> {
              assertThat(errors("practitioner", TherapyJson.strict().write(p))).isEmpty();
              assertThat(
                      errors(
                          "qualificationAssessment",
                          TherapyJson.strict()
                              .write(QualificationPolicy.standard().assess(p, asOf))))
                  .isEmpty();
            });
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String base = TherapyJson.strict().write(GoldenPractitioners.certified());
    assertThat(errors("practitioner", base.replace("\"psychologist\"", "\"PSYCHOLOGIST\"")))
        .isNotEmpty();
    assertThat(
            errors("practitioner", base.replace("\"displayName\"", "\"colour\":1,\"displayName\"")))
        .isNotEmpty();
    assertThat(errors("practitioner", base.replace("\"1.1\"", "\"2.0\""))).isNotEmpty();
    assertThat(errors("practitioner", base.replace("\"hours\":14", "\"hours\":14.001")))
        .isNotEmpty();
  }

  @Test
  void theSchemasListExactlyTheEnumCodesOfTheLibrary() throws IOException {
    JsonMapper plain = JsonMapper.builder().build();
    List<JsonNode> schemas = new ArrayList<>();
    for (String kind : TherapyJson.documentKinds().values()) {
      schemas.add(read(plain, kind));
    }
    int checked = 0;
    List<Class<?>> codedEnums =
        Stream.of(WireTypes.ALL)
            .filter(t -> t.isEnum() && Coded.class.isAssignableFrom(t))
            .toList();
    for (Class<?> type : codedEnums) {
      List<String> expected =
          Stream.of(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
      for (JsonNode schema : schemas) {
        JsonNode listed = schema.at("/$defs/" + type.getSimpleName() + "/enum");
        if (!listed.isMissingNode()) {
          List<String> codes = new ArrayList<>();
          listed.forEach(n -> codes.add(n.asString()));
          assertThat(codes).as(type.getSimpleName()).containsExactlyElementsOf(expected);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(codedEnums.size());
    List<String> findingCodes = new ArrayList<>();
    read(plain, "qualificationAssessment")
        .at("/$defs/FindingCode/enum")
        .forEach(n -> findingCodes.add(n.asString()));
    assertThat(findingCodes)
        .containsExactlyElementsOf(Stream.of(FindingCode.values()).map(FindingCode::code).toList());
  }

  private static JsonNode read(JsonMapper mapper, String kind) throws IOException {
    try (InputStream in =
        TherapyJson.class.getResourceAsStream(
            TherapyJson.SCHEMA_RESOURCE_DIRECTORY + kind + ".schema.json")) {
      return mapper.readTree(in);
    }
  }

  static Practitioner anyPractitioner() {
    return GoldenPractitioners.certified();
  }
}

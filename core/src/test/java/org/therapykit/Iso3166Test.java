package org.therapykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Iso3166Test {
  private static final Path ROOT = Path.of("..");
  private static final Path DATA = Path.of("src/main/resources/org/therapykit/iso-3166.txt");

  @ParameterizedTest
  @ValueSource(strings = {"US", "US-NY", "GB", "CA-QC", "AU-NSW", "GB-ENG", "US-DC", "DE", "PR"})
  void knowsAssignedCodes(String code) {
    assertThat(Iso3166.isAssigned(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ZZ", "ZZ-99", "US-XX", "XX", "us", "us-ny", "Us", "US-ny", "", "US-", "-NY", "USA"
      })
  void rejectsCodesThatAreNotAssigned(String code) {
    assertThat(Iso3166.isAssigned(code)).isFalse();
  }

  @Test
  void theCountsAreThoseOfTheResource() throws IOException {
    List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
    List<String> codes = lines.stream().filter(l -> !l.startsWith("#")).toList();
    long countries = codes.stream().filter(c -> c.length() == 2).count();
    assertThat(Iso3166.countryCount()).isEqualTo(countries).isGreaterThan(240);
    assertThat(Iso3166.subdivisionCount()).isEqualTo(codes.size() - countries).isGreaterThan(4_000);
    assertThat(codes).allMatch(Iso3166::isAssigned);
    assertThat(lines)
        .contains(
            "# version: " + Iso3166.dataVersion(),
            "# date: " + Iso3166.dataDate(),
            "# countries: " + Iso3166.countryCount(),
            "# subdivisions: " + Iso3166.subdivisionCount());
    // countries first, then subdivisions, each list sorted
    assertThat(codes.subList(0, (int) countries)).isSorted().allMatch(c -> c.matches("[A-Z]{2}"));
    assertThat(codes.subList((int) countries, codes.size()))
        .isSorted()
        .allMatch(c -> c.matches("[A-Z]{2}-[A-Z0-9]{1,3}"));
  }

  @Test
  void theDocumentationNamesTheDataVersion() throws IOException {
    String release = "iso-codes " + Iso3166.dataVersion();
    for (Path doc :
        List.of(
            Path.of("src/main/java/org/therapykit/Iso3166.java"),
            ROOT.resolve("docs/json-format.md"),
            ROOT.resolve("DOMAIN-NOTES.md"))) {
      assertThat(Files.readString(doc, StandardCharsets.UTF_8))
          .as(doc.toString())
          .contains(release)
          .contains(Iso3166.dataDate().toString());
    }
  }

  /** Every jurisdiction in the repository's JSON: the samples and the golden files. */
  @Test
  void everyJurisdictionInTheRepositorysDocumentsIsAssigned() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Set<String> found = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> all = Files.walk(ROOT)) {
      files =
          all.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> !p.toString().contains("/.git/"))
              .filter(p -> !p.toString().contains("json-test-suite"))
              .toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> documents =
          file.toString().endsWith(".ndjson")
              ? text.lines().filter(l -> !l.isBlank()).toList()
              : List.of(text);
      for (String document : documents) {
        collect(mapper.readTree(document), "", found);
      }
    }
    assertThat(found).contains("US-NY", "GB", "CA-QC", "AU-NSW").hasSizeGreaterThan(20);
    assertThat(found).allMatch(Iso3166::isAssigned);
  }

  private static void collect(JsonNode node, String key, Set<String> found) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        collect(node.get(name), name, found);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, key, found);
      }
    } else if (node.isString()
        && (key.equals("jurisdiction") || key.equals("telehealthIn"))
        && node.asString().matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
      found.add(node.asString());
    }
  }
}

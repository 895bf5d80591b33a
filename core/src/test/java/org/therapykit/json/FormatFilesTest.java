package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the repository says about the format is what the build generates from the model: the field
 * tables of {@code docs/json-format.md} and the schemas under {@code docs/schema/}. With {@code
 * -Dtherapykit.updateFormat=true} the test rewrites them instead (see {@code docs/json-format.md}).
 */
class FormatFilesTest {
  private static final Path DOCS = Path.of("../docs");
  private static final Path FORMAT = DOCS.resolve("json-format.md");
  private static final Path TABLES =
      Path.of("target/generated-sources/annotations/org/therapykit/json/format-tables.md");
  private static final Pattern BLOCK =
      Pattern.compile("<!-- wire:([A-Za-z]+) -->\\n(.*?)<!-- /wire -->", Pattern.DOTALL);
  private static final boolean UPDATE = Boolean.getBoolean("therapykit.updateFormat");

  static Map<String, String> blocks(String text) {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      assertThat(blocks.put(m.group(1), m.group(2))).as("block %s twice", m.group(1)).isNull();
    }
    return blocks;
  }

  @Test
  void theFormatTablesAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = blocks(Files.readString(TABLES, StandardCharsets.UTF_8));
    assertThat(generated).containsKeys("documents", "JsonErrorCode", "Practitioner");
    String doc = Files.readString(FORMAT, StandardCharsets.UTF_8);
    if (UPDATE) {
      Matcher m = BLOCK.matcher(doc);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String fresh = generated.getOrDefault(m.group(1), m.group(2));
        m.appendReplacement(
            out,
            Matcher.quoteReplacement(
                "<!-- wire:" + m.group(1) + " -->\n" + fresh + "<!-- /wire -->"));
      }
      m.appendTail(out);
      doc = out.toString();
      Files.writeString(FORMAT, doc, StandardCharsets.UTF_8);
    }
    Map<String, String> documented = blocks(doc);
    assertThat(documented.keySet())
        .as(
            "every wire type has a table in docs/json-format.md: add an empty"
                + " <!-- wire:Name --> <!-- /wire --> pair in its section for a new type, and"
                + " remove the pair of a type that is gone")
        .containsExactlyInAnyOrderElementsOf(generated.keySet());
    for (Map.Entry<String, String> e : generated.entrySet()) {
      assertThat(documented.get(e.getKey()))
          .as(
              "the table of %s in docs/json-format.md is stale; regenerate it (see the command"
                  + " at the top of that file)",
              e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
    Path dir = DOCS.resolve("schema");
    if (UPDATE) {
      Files.createDirectories(dir);
      try (var old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    for (String kind : TherapyJson.documentKinds().values()) {
      String name = kind + ".schema.json";
      String shipped;
      try (InputStream in =
          Objects.requireNonNull(
              TherapyJson.class.getResourceAsStream(TherapyJson.SCHEMA_RESOURCE_DIRECTORY + name),
              name)) {
        shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (UPDATE) {
        Files.writeString(dir.resolve(name), shipped, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(dir.resolve(name), StandardCharsets.UTF_8))
          .as("docs/schema/%s is stale; regenerate it (see docs/json-format.md)", name)
          .isEqualTo(shipped);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.count())
          .as("docs/schema/ holds exactly the shipped schemas")
          .isEqualTo(TherapyJson.documentKinds().size());
    }
  }
}

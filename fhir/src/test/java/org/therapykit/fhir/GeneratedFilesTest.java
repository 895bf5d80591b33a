package org.therapykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files generated from the mapping's one source: the tables of {@code docs/fhir-mapping.md}
 * (from the {@link Native} and {@link Carried} declarations and the wire schemas) and the JSON
 * resources shipped under {@code org/therapykit/fhir/terminology/} (from {@link FhirTerminology}).
 * {@code -Dtherapykit.update=true} rewrites them; without it, a difference fails.
 */
class GeneratedFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("therapykit.update");
  private static final Path DOC = Path.of("..", "docs", "fhir-mapping.md");
  private static final Path TERMINOLOGY =
      Path.of("src", "main", "resources", "org", "therapykit", "fhir", "terminology");

  @Test
  void theMappingTablesAreGeneratedFromTheDeclarations() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String updated = replace(doc, "elements", elements());
    updated = replace(updated, "extensions", extensions());
    updated = replace(updated, "terminology", terminology());
    if (UPDATE) {
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
    }
    assertThat(doc)
        .as("docs/fhir-mapping.md; -Dtherapykit.update=true rewrites it")
        .isEqualTo(updated);
  }

  @Test
  void theShippedTerminologyIsWhatTheCodeGenerates() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Resource r : FhirTerminology.resources()) {
      expected.put(
          r.fhirType() + "-" + r.getIdPart() + ".json", Fixtures.FHIR.encodePretty(r) + "\n");
    }
    if (UPDATE) {
      Files.createDirectories(TERMINOLOGY);
      try (var files = Files.list(TERMINOLOGY)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Files.writeString(TERMINOLOGY.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Set<String> present = new TreeSet<>();
    try (var files = Files.list(TERMINOLOGY)) {
      files.forEach(p -> present.add(p.getFileName().toString()));
    }
    assertThat(present).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(Files.readString(TERMINOLOGY.resolve(e.getKey()), StandardCharsets.UTF_8))
          .as(e.getKey() + "; -Dtherapykit.update=true rewrites it")
          .isEqualTo(e.getValue());
      // and the jar serves it
      assertThat(
              GeneratedFilesTest.class.getResource(
                  "/org/therapykit/fhir/terminology/" + e.getKey()))
          .isNotNull();
    }
  }

  private static String replace(String doc, String name, String table) {
    Pattern p =
        Pattern.compile("(<!-- fhir:" + name + " -->\n)(.*?)(<!-- /fhir -->)", Pattern.DOTALL);
    Matcher m = p.matcher(doc);
    assertThat(m.find()).as("marker fhir:" + name + " in docs/fhir-mapping.md").isTrue();
    return doc.substring(0, m.start(2)) + table + doc.substring(m.end(2));
  }

  private static ImmutableList<Native> natives() {
    return ImmutableList.<Native>builder()
        .addAll(PractitionerMapping.NATIVES)
        .addAll(AssessmentMapping.NATIVES)
        .addAll(CaseMapping.NATIVES)
        .build();
  }

  private static String elements() {
    StringBuilder out = new StringBuilder();
    out.append("| TherapyKit | FHIR R4 element | Read back | How |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (Native n : natives()) {
      out.append("| `")
          .append(n.type())
          .append('.')
          .append(n.field())
          .append("` | `")
          .append(n.element())
          .append("` | ")
          .append(n.readBack() ? "yes" : "no: written for readers")
          .append(" | ")
          .append(n.note())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String extensions() {
    Map<String, JsonNode> defs = new LinkedHashMap<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (Class<? extends org.therapykit.json.TherapyDocument> root :
        List.of(Practitioner.class, QualificationAssessment.class, TherapyCase.class)) {
      mapper
          .readTree(TherapyJson.schema(root))
          .get("$defs")
          .properties()
          .forEach(e -> defs.putIfAbsent(e.getKey(), e.getValue()));
    }
    List<Carried> carried = new ArrayList<>(PractitionerMapping.carried());
    carried.add(AssessmentMapping.REST);
    carried.addAll(CaseMapping.CARRIED);
    StringBuilder out = new StringBuilder();
    out.append("| Extension | On | Carries the fields of | Fields |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (Carried c : carried) {
      Set<String> fields = new LinkedHashSet<>();
      JsonNode def = defs.get(c.type());
      if (def == null) {
        throw new AssertionError("no schema of " + c.type());
      }
      def.get("properties").properties().forEach(e -> fields.add(e.getKey()));
      for (Native n : natives()) {
        if (n.type().equals(c.type()) && n.readBack()) {
          fields.remove(n.field());
        }
      }
      fields.removeAll(handledElsewhere(c.type()));
      out.append("| `")
          .append(c.url())
          .append("` | `")
          .append(c.element())
          .append("` | ")
          .append(c.type())
          .append(" | ")
          .append(
              fields.isEmpty()
                  ? "(none today; any field added later)"
                  : fields.stream()
                      .map(f -> "`" + f + "`")
                      .reduce((a, b) -> a + ", " + b)
                      .orElse(""))
          .append(" |\n");
    }
    return out.toString();
  }

  /** Fields another resource or extension carries: lists mapped one resource per element. */
  private static Set<String> handledElsewhere(String type) {
    return switch (type) {
      case "Practitioner" ->
          Set.of(
              "licenses",
              "registrations",
              "degrees",
              "certifications",
              "memberships",
              "affiliations",
              "trainings",
              "continuingEducation",
              "clinicalExperience",
              "supervisedPractice",
              "services");
      case "TherapyCase" ->
          Set.of(
              "referral",
              "intakes",
              "consents",
              "authorizations",
              "plan",
              "goals",
              "sessions",
              "homework");
      case "Session" -> Set.of("psychotherapyNote");
      default -> Set.of();
    };
  }

  private static String terminology() {
    StringBuilder out = new StringBuilder();
    out.append("| CodeSystem and ValueSet | Codes from | Codes |\n");
    out.append("| --- | --- | --- |\n");
    for (Class<? extends org.therapykit.Coded> type : FhirTerminology.TYPES) {
      org.therapykit.Coded[] codes = type.getEnumConstants();
      out.append("| `")
          .append(FhirTerminology.nameOf(type))
          .append("` | `")
          .append(
              type == FhirTerminology.Concept.class
                  ? "FhirTerminology.Concept"
                  : type.getSimpleName())
          .append("` | ")
          .append(codes.length)
          .append(" |\n");
    }
    return out.toString();
  }
}

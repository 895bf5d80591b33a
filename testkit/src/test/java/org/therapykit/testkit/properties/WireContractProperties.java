package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.therapykit.json.JsonErrorCode;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.JsonProblem;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.JsonContracts;
import org.therapykit.testkit.NetworkntSchemas;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader and the shipped schemas agree, over mutated documents. Each mutant is a generated
 * document of a root kind with one edit (a property removed, added, repeated or renamed; a value
 * replaced by null, by another JSON type, or by an edge value of its own type; a list emptied or an
 * element repeated; the envelope's version changed). For every mutant:
 *
 * <ul>
 *   <li>only a {@link JsonInputException} comes out of the reader;
 *   <li>the schema is never stricter: when the schema rejects it, so does the reader;
 *   <li>when the reader rejects it and the schema accepts it, every problem the reader reports is
 *       of a kind listed in {@code docs/json-format.md}, "What the schemas do not check" ({@link
 *       Gap});
 *   <li>a mutant the reader accepts writes and reads back equal.
 * </ul>
 *
 * <p>{@value #MUTANTS} mutants, seeded; {@code -Dtherapykit.contract.scale=10} runs ten times as
 * many (see the README). The counts of each verdict are printed.
 */
class WireContractProperties {
  static final int MUTANTS = 24_000;
  private static final int SCALE = Integer.getInteger("therapykit.contract.scale", 1);
  private static final int BASES_PER_KIND = 100;
  private static final TherapyJson JSON = TherapyJson.strict();
  private static final NetworkntSchemas SCHEMAS = new NetworkntSchemas();
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The kinds of document a schema accepts and the reader rejects, as {@code docs/json-format.md}
   * lists them (by the same names).
   */
  enum Gap {
    DUPLICATE_PROPERTY,
    RELATION,
    CALENDAR,
    UNASSIGNED_CODE,
    SURROGATE,
    LIMIT;

    private static final Set<FindingCode> RELATIONS =
        Set.of(
            FindingCode.END_BEFORE_START,
            FindingCode.PART_EXCEEDS_TOTAL,
            FindingCode.UNKNOWN_REFERENCE,
            FindingCode.DUPLICATE_VALUE,
            FindingCode.UNKNOWN_BODY_TYPE_COMBINATION,
            FindingCode.MISSING_CONDITIONAL_VALUE,
            FindingCode.INCONSISTENT_VALUE);

    String documented() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The gap a problem of the reader belongs to, or null if a schema should have reported it. The
     * mutants never hold an unpaired surrogate, so {@link #SURROGATE} (tested on its own by core's
     * {@code SchemaGapsTest}) is never the answer here.
     */
    static Gap of(JsonProblem p) {
      return switch (p.code()) {
        case DUPLICATE_FIELD -> DUPLICATE_PROPERTY;
        case TOO_LARGE, INVALID_ENCODING -> LIMIT;
        case INVALID_VALUE -> ofViolations(p.violations());
        default -> null;
      };
    }

    private static Gap ofViolations(List<Finding> violations) {
      Gap gap = null;
      for (Finding v : violations) {
        Gap g =
            RELATIONS.contains(v.code())
                ? RELATION
                : v.code() == FindingCode.NO_SUCH_DATE
                    ? CALENDAR
                    : v.code() == FindingCode.NOT_ASSIGNED ? UNASSIGNED_CODE : null;
        if (g == null) {
          return null;
        }
        gap = gap == null ? g : gap;
      }
      return gap;
    }
  }

  enum Verdict {
    BOTH_ACCEPT,
    BOTH_REJECT,
    GAP
  }

  @Test
  void theDocumentedGapsAreTheOnesThisPropertyAllows() throws IOException {
    String doc = Files.readString(Path.of("../docs/json-format.md"), StandardCharsets.UTF_8);
    String section =
        doc.substring(doc.indexOf("## What the schemas do not check"), doc.indexOf("## Errors"));
    Matcher m = Pattern.compile("(?m)^- `([a-z-]+)`:").matcher(section);
    List<String> listed = new ArrayList<>();
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertThat(listed)
        .containsExactlyElementsOf(Stream.of(Gap.values()).map(Gap::documented).toList());
  }

  @Test
  void readerAndSchemaAgreeOnMutatedDocuments() {
    List<Arguments> kinds = JsonProperties.everyRootType().toList();
    int perKind = MUTANTS * SCALE / kinds.size();
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    Map<Gap, Integer> gaps = new EnumMap<>(Gap.class);
    Map<String, Integer> operators = new TreeMap<>();
    long seed = 4_200L;
    for (Arguments kind : kinds) {
      @SuppressWarnings("unchecked")
      Class<TherapyDocument> type = (Class<TherapyDocument>) kind.get()[1];
      @SuppressWarnings("unchecked")
      Generator<? extends TherapyDocument> values =
          (Generator<? extends TherapyDocument>) kind.get()[2];
      String schema = JsonContracts.schemaResource(type);
      SplittableRandom random = new SplittableRandom(seed++);
      List<String> bases = new ArrayList<>();
      Iterator<? extends TherapyDocument> it =
          values.stream(new SplittableRandom(seed++)).iterator();
      for (int i = 0; i < BASES_PER_KIND; i++) {
        bases.add(JSON.write(it.next()));
      }
      for (int i = 0; i < perKind; i++) {
        String base = bases.get(random.nextInt(bases.size()));
        Mutant mutant = mutate(base, random);
        operators.merge(mutant.operator(), 1, Integer::sum);
        Verdict v = check(type, schema, mutant, gaps);
        verdicts.merge(v, 1, Integer::sum);
      }
    }
    System.out.println(
        "WireContractProperties: "
            + perKind * kinds.size()
            + " mutants: "
            + verdicts
            + "; gaps "
            + gaps
            + "; operators "
            + operators);
    // the property is not vacuous: every verdict happens, and both agreements often
    assertThat(verdicts.getOrDefault(Verdict.BOTH_REJECT, 0)).isGreaterThan(perKind);
    assertThat(verdicts.getOrDefault(Verdict.BOTH_ACCEPT, 0)).isGreaterThan(perKind / 4);
    assertThat(gaps)
        .containsKeys(Gap.DUPLICATE_PROPERTY, Gap.RELATION, Gap.CALENDAR, Gap.UNASSIGNED_CODE);
  }

  private static Verdict check(
      Class<TherapyDocument> type, String schema, Mutant mutant, Map<Gap, Integer> gaps) {
    String text = mutant.text();
    List<String> schemaErrors = SCHEMAS.validate(schema, text);
    TherapyDocument read = null;
    JsonInputException error = null;
    try {
      read = JSON.read(type, text);
    } catch (JsonInputException e) {
      error = e;
    } catch (RuntimeException e) {
      throw new AssertionError(mutant.operator() + " gave " + e + " for " + text, e);
    }
    if (error == null) {
      assertThat(schemaErrors)
          .as("the schema is stricter than the reader (%s): %s", mutant.operator(), text)
          .isEmpty();
      assertThat(JSON.read(type, JSON.write(read))).isEqualTo(read);
      return Verdict.BOTH_ACCEPT;
    }
    if (!schemaErrors.isEmpty()) {
      return Verdict.BOTH_REJECT;
    }
    if (error.problems().stream().anyMatch(p -> p.code() == JsonErrorCode.DUPLICATE_FIELD)) {
      // the schema validated the parsed data, in which the repeated property's last value
      // replaced the first: the reader's other problems may concern a value the schema never saw
      gaps.merge(Gap.DUPLICATE_PROPERTY, 1, Integer::sum);
      return Verdict.GAP;
    }
    for (JsonProblem p : error.problems()) {
      Gap gap = Gap.of(p);
      assertThat(gap)
          .as(
              "the schema accepts what the reader rejects for a reason a schema can state"
                  + " (%s): %s in %s",
              mutant.operator(), p, text)
          .isNotNull();
      gaps.merge(gap, 1, Integer::sum);
    }
    return Verdict.GAP;
  }

  // ---- mutation ---------------------------------------------------------------------------

  record Mutant(String operator, String text) {}

  /** A place in the tree: the container and the key or index of a value in it. */
  record Place(JsonNode container, String key, int index) {
    JsonNode value() {
      return key != null ? container.get(key) : container.get(index);
    }

    void set(JsonNode v) {
      if (key != null) {
        ((ObjectNode) container).set(key, v);
      } else {
        ((ArrayNode) container).set(index, v);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) container).remove(key);
      } else {
        ((ArrayNode) container).remove(index);
      }
    }
  }

  private static final String[] TEXTS = {
    "",
    " ",
    "\t\u2003",
    "x",
    "other",
    "p-0001",
    "p 0001",
    "US-IL",
    "US-ZZZZ",
    "US-XX",
    "ZZ",
    "us-il",
    "2024-01-01",
    "2023-02-29",
    "2024-02-29",
    "2023-02-30",
    "2023-04-31",
    "2023-13-01",
    "2023-00-10",
    "0000-01-01",
    "9999-12-31",
    "+10000-01-01",
    "2024-1-01",
    "2024-01-01/2026-12-31",
    "2026-12-31/2024-01-01",
    "2024-01-01/..",
    "2024-02-30/..",
    "en",
    "fr-CA",
    "EN",
    "2025.T.1",
    "aasect",
    "therapy",
    "ACTIVE",
    "/licenses/0",
    "no-slash",
  };

  private static final String[] NUMBERS = {
    "0",
    "-1",
    "1",
    "2",
    "3.0",
    "1e2",
    "1.5",
    "100",
    "101",
    "1000",
    "1001",
    "20000",
    "20001",
    "2147483647",
    "2147483648",
    "-2147483649",
    "0.01",
    "0.001",
    "10000000",
    "10000000.01",
    "-0.0",
    "90",
    "90.5",
    "-180",
    "180.25",
    "40075",
    "1e400",
    "12.345"
  };

  private static Mutant mutate(String base, SplittableRandom random) {
    JsonNode root = TREE.readTree(base);
    int operator = random.nextInt(12);
    if (operator == 0) {
      return new Mutant("duplicate-property", duplicateProperty(base, random));
    }
    if (operator == 1) {
      String[] versions = {"1.1", "1.9999", "1.01", "01.0", "2.0", "0.9", "1", "1.0.0", "v1.0"};
      ((ObjectNode) root).put("formatVersion", versions[random.nextInt(versions.length)]);
      return new Mutant("version", TREE.writeValueAsString(root));
    }
    List<Place> places = new ArrayList<>();
    collect(
        root.get(
            root.propertyNames().stream()
                .filter(n -> !n.equals("formatVersion"))
                .findFirst()
                .orElseThrow()),
        places);
    Place place = places.get(random.nextInt(places.size()));
    JsonNode value = place.value();
    String name;
    switch (operator) {
      case 2 -> {
        place.remove();
        name = "remove";
      }
      case 3 -> {
        place.set(NODES.nullNode());
        name = "null";
      }
      case 4 -> {
        JsonNode[] others = {
          NODES.stringNode("1"),
          NODES.numberNode(1),
          NODES.booleanNode(true),
          NODES.arrayNode(),
          NODES.objectNode(),
          NODES.arrayNode().add(value.deepCopy())
        };
        place.set(others[random.nextInt(others.length)]);
        name = "other-type";
      }
      case 5, 6 -> {
        if (value.isString()) {
          String s = TEXTS[random.nextInt(TEXTS.length)];
          if (random.nextInt(6) == 0) {
            s =
                "y"
                    .repeat(
                        new int[] {
                              16, 17, 32, 33, 64, 65, 128, 129, 200, 201, 500, 501, 1000, 1001,
                              2000, 2001, 5001, 20_001
                            }
                            [random.nextInt(18)]);
          }
          place.set(NODES.stringNode(s));
          name = "text";
        } else if (value.isNumber()) {
          place.set(TREE.readTree(NUMBERS[random.nextInt(NUMBERS.length)]));
          name = "number";
        } else if (value.isBoolean()) {
          place.set(NODES.booleanNode(!value.booleanValue()));
          name = "boolean";
        } else if (value.isArray() && !value.isEmpty()) {
          if (random.nextBoolean()) {
            ((ArrayNode) value).removeAll();
            name = "empty-list";
          } else {
            ((ArrayNode) value).add(value.get(random.nextInt(value.size())).deepCopy());
            name = "repeat-element";
          }
        } else {
          place.set(NODES.stringNode(TEXTS[random.nextInt(TEXTS.length)]));
          name = "structure-to-text";
        }
      }
      case 7 -> {
        if (place.container().isObject()) {
          ObjectNode o = (ObjectNode) place.container();
          o.set("zz" + random.nextInt(3), NODES.numberNode(1));
          name = "add-property";
        } else {
          ((ArrayNode) place.container()).add(value.deepCopy());
          name = "repeat-element";
        }
      }
      case 8 -> {
        if (place.key() != null) {
          // a property under another name: the name of a sibling or of any property elsewhere
          List<String> names = new ArrayList<>();
          allNames(root, names);
          String to = names.get(random.nextInt(names.size()));
          ObjectNode o = (ObjectNode) place.container();
          o.remove(place.key());
          o.set(to, value);
          name = "rename";
        } else {
          place.remove();
          name = "remove";
        }
      }
      default -> {
        // an edge value taken from elsewhere in the same document, of any type
        Place other = places.get(random.nextInt(places.size()));
        place.set(other.value().deepCopy());
        name = "swap";
      }
    }
    return new Mutant(name, TREE.writeValueAsString(root));
  }

  private static void collect(JsonNode node, List<Place> places) {
    if (node.isObject()) {
      for (String key : node.propertyNames()) {
        places.add(new Place(node, key, -1));
        collect(node.get(key), places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places.add(new Place(node, null, i));
        collect(node.get(i), places);
      }
    }
  }

  private static void allNames(JsonNode node, List<String> names) {
    if (node.isObject()) {
      for (String key : node.propertyNames()) {
        names.add(key);
        allNames(node.get(key), names);
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        allNames(e, names);
      }
    }
  }

  /** Repeats a property in the text: {@code "name":} becomes {@code "name":"x","name":}. */
  private static String duplicateProperty(String base, SplittableRandom random) {
    Matcher m = Pattern.compile("\"([A-Za-z]+)\":").matcher(base);
    List<int[]> at = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).equals("formatVersion")) {
        at.add(new int[] {m.start(), m.end()});
      }
    }
    int[] p = at.get(random.nextInt(at.size()));
    String name = base.substring(p[0], p[1]);
    return base.substring(0, p[0]) + name + "\"x\"," + base.substring(p[0]);
  }
}

package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.therapykit.course.CaseRules;
import org.therapykit.course.GoldenCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Hostile input at every entry point, single and bulk: only {@link JsonInputException} comes out,
 * and every bulk record is accounted for. Each case takes a seed document and applies one of: byte
 * edits, a cut at a structural character, another encoding or byte order mark, deep nesting, a huge
 * array, a repeated or unknown property, an extreme number or an extreme date. The case is then
 * read as text, bytes, a stream and characters, as its own kind and as any kind; and, placed
 * between valid documents, in bulk as newline-delimited JSON, as an array and as pretty-printed
 * documents one after another. There, the valid records before it are read, and either the valid
 * record after it is read too or a record says that reading stopped (and is the last): no record is
 * lost without an error.
 *
 * <p>{@value #CASES} seeded cases in {@code mvn verify}; {@code -Dtherapykit.fuzz.cases=200000}
 * runs more (see the README).
 */
class FuzzProperties {
  static final int CASES = 25_000;
  private static final int RUN = Integer.getInteger("therapykit.fuzz.cases", CASES);
  private static final long SEED = 20_261_204L;
  private static final TherapyJson JSON = TherapyJson.strict();
  private static final TherapyJson PRETTY = TherapyJson.builder().prettyPrint(true).build();
  private static final byte[] INTERESTING =
      "{}[]\",:0-9.eE+-ntfl\\u \n\t\u0000\u00ff\u00c3\u00a9\""
          .getBytes(StandardCharsets.ISO_8859_1);

  private record Seed(Class<? extends TherapyDocument> type, TherapyDocument value, String text) {}

  private static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    for (Practitioner p : GoldenPractitioners.all().values()) {
      seeds.add(seed(Practitioner.class, p));
      seeds.add(
          seed(
              org.therapykit.qualification.QualificationAssessment.class,
              QualificationPolicy.standard().assess(p, GoldenPractitioners.AS_OF)));
    }
    seeds.add(seed(org.therapykit.course.TherapyCase.class, GoldenCase.build()));
    seeds.add(
        seed(
            org.therapykit.course.CaseReport.class,
            CaseRules.standard().validate(GoldenCase.build())));
    for (TherapyDocument d : GoldenDisclosures.all().values()) {
      seeds.add(seed(GoldenFilesTest.rootType(d), d));
    }
    return seeds;
  }

  private static Seed seed(Class<? extends TherapyDocument> type, TherapyDocument value) {
    return new Seed(type, value, JSON.write(value));
  }

  @Test
  void onlyOurExceptionComesOutAndNoRecordIsLost() {
    List<Seed> seeds = seeds();
    SplittableRandom random = new SplittableRandom(SEED);
    int[] outcomes = new int[3]; // read, rejected, bulk stopped
    for (int i = 0; i < RUN; i++) {
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      int operator = random.nextInt(9);
      byte[] hostile = hostile(seed, operator, i, random);
      try {
        single(seed.type(), hostile, outcomes);
        bulk(seeds.get(0), hostile, i, outcomes);
      } catch (AssertionError | RuntimeException e) {
        if (Boolean.getBoolean("fuzz.debug")) {
          debug(seeds.get(0), hostile);
        }
        throw new AssertionError(
            "case " + i + " (seed " + SEED + ", operator " + operator + ") failed: " + e, e);
      }
    }
    System.out.println(
        "FuzzProperties: "
            + RUN
            + " cases; single reads accepted "
            + outcomes[0]
            + ", rejected "
            + outcomes[1]
            + "; bulk inputs that stopped reading "
            + outcomes[2]);
    assertThat(outcomes[1]).isGreaterThan(RUN);
    assertThat(outcomes[2]).isPositive();
  }

  // ---- the hostile inputs -----------------------------------------------------------------

  private static byte[] hostile(Seed seed, int operator, int i, SplittableRandom random) {
    byte[] doc = seed.text().getBytes(StandardCharsets.UTF_8);
    String text = seed.text();
    return switch (operator) {
      case 0, 1 -> edit(doc, random);
      case 2 -> cut(doc, i, random);
      case 3 -> encoded(text, random);
      case 4 -> deep(text, random);
      case 5 -> huge(text, random);
      case 6 -> keys(text, random);
      case 7 -> numbers(text, random);
      default -> dates(text, random);
    };
  }

  private static byte[] edit(byte[] doc, SplittableRandom random) {
    byte[] out = doc.clone();
    int edits = 1 + random.nextInt(4);
    for (int m = 0; m < edits; m++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        case 2 -> {
          if (out.length > 1) {
            byte[] shorter = new byte[out.length - 1];
            System.arraycopy(out, 0, shorter, 0, at);
            System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
            out = shorter;
          }
        }
        default -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = INTERESTING[random.nextInt(INTERESTING.length)];
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }

  /** The document cut at a structural character: each case takes the next such place. */
  private static byte[] cut(byte[] doc, int i, SplittableRandom random) {
    List<Integer> places = new ArrayList<>();
    for (int k = 0; k < doc.length; k++) {
      byte b = doc[k];
      if (b == '{' || b == '}' || b == '[' || b == ']' || b == ',' || b == ':' || b == '"') {
        places.add(k);
      }
    }
    int at = places.get((i + random.nextInt(3)) % places.size());
    return java.util.Arrays.copyOf(doc, at + random.nextInt(2));
  }

  private static byte[] encoded(String text, SplittableRandom random) {
    Charset[] charsets = {
      StandardCharsets.UTF_16BE,
      StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16,
      Charset.forName("UTF-32BE"),
      Charset.forName("UTF-32LE"),
      StandardCharsets.UTF_8
    };
    Charset c = charsets[random.nextInt(charsets.length)];
    byte[] body = text.getBytes(c);
    byte[][] boms = {
      {},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE},
      {0, 0, (byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, 0, 0},
      {0, 0, 0, 0x7B, 0x20}
    };
    byte[] bom = boms[random.nextInt(boms.length)];
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static byte[] deep(String text, SplittableRandom random) {
    int depth = 20 + random.nextInt(random.nextInt(10) == 0 ? 10_000 : 200);
    String nest =
        random.nextBoolean()
            ? "[".repeat(depth) + "]".repeat(depth)
            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    return insertValue(text, nest, random);
  }

  private static byte[] huge(String text, SplittableRandom random) {
    int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 250_000 : 20_000);
    StringBuilder sb = new StringBuilder(n * 4).append('[');
    String element = random.nextBoolean() ? "1" : "{\"profession\":\"nurse\"}";
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : ",").append(element);
    }
    return insertValue(text, sb.append(']').toString(), random);
  }

  private static byte[] keys(String text, SplittableRandom random) {
    List<Integer> names = places(text, "\":");
    int at = names.get(random.nextInt(names.size()));
    int start = text.lastIndexOf('"', at - 1);
    String name = text.substring(start, at + 2);
    String inserted =
        random.nextBoolean() ? name + "\"x\"," : "\"k" + random.nextInt(1000) + "\":[null,{}],";
    return (text.substring(0, start) + inserted + text.substring(start))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] numbers(String text, SplittableRandom random) {
    String[] extreme = {
      "1e999999999", "-1e999999999", "1E-400", "-0", "0.0000000000000000000000000001",
      "123456789012345678901234567890", "1.7976931348623157E309", "9223372036854775808", "1e", "-",
      "0x10", "1_000", "Infinity", "NaN", "01"
    };
    return replaceValue(text, "[0-9][0-9.eE+-]*", extreme[random.nextInt(extreme.length)], random);
  }

  private static byte[] dates(String text, SplittableRandom random) {
    String[] extreme = {
      "\"99999-01-01\"",
      "\"-0001-01-01\"",
      "\"0000-00-00\"",
      "\"2024-02-30T00:00\"",
      "\"2024-02-29/2023-02-28\"",
      "\"9999-12-31/10000-01-01\"",
      "\"2023-02-29\"",
      "\"+10000-01-01\"",
      "\"1970-01-01\"",
      "\"2024-01-01/..\""
    };
    return replaceValue(
        text,
        "\"[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9.-]+)?\"",
        extreme[random.nextInt(extreme.length)],
        random);
  }

  private static List<Integer> places(String text, String what) {
    List<Integer> at = new ArrayList<>();
    for (int k = text.indexOf(what); k >= 0; k = text.indexOf(what, k + 1)) {
      at.add(k);
    }
    return at;
  }

  /** Puts a value in place of a random property's value, or after the envelope if none fits. */
  private static byte[] insertValue(String text, String value, SplittableRandom random) {
    List<Integer> names = places(text, "\":");
    int at = names.get(random.nextInt(names.size())) + 2;
    int end = at;
    int depth = 0;
    boolean inString = false;
    for (; end < text.length(); end++) {
      char c = text.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            end++;
            break;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
        if (depth == 0) {
          end++;
          break;
        }
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    return (text.substring(0, at) + value + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceValue(
      String text, String pattern, String replacement, SplittableRandom random) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(":" + pattern).matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start() + 1, m.end()});
    }
    if (found.isEmpty()) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    int[] f = found.get(random.nextInt(found.size()));
    return (text.substring(0, f[0]) + replacement + text.substring(f[1]))
        .getBytes(StandardCharsets.UTF_8);
  }

  // ---- the entry points -------------------------------------------------------------------

  private static void single(
      Class<? extends TherapyDocument> type, byte[] hostile, int[] outcomes) {
    String asText = new String(hostile, StandardCharsets.UTF_8);
    Runnable[] reads = {
      () -> JSON.read(type, hostile),
      () -> JSON.read(type, new ByteArrayInputStream(hostile)),
      () -> JSON.read(type, asText),
      () ->
          JSON.read(
              type,
              new InputStreamReader(new ByteArrayInputStream(hostile), StandardCharsets.UTF_8)),
      () -> JSON.readDocument(asText),
      () -> JSON.readDocument(hostile)
    };
    for (Runnable read : reads) {
      try {
        read.run();
        outcomes[0]++;
      } catch (JsonInputException e) {
        outcomes[1]++;
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  /**
   * The hostile document between valid ones, in the three layouts: the valid records before it are
   * read, and the valid record after it is read unless a record says reading stopped.
   */
  private static void bulk(Seed valid, byte[] hostile, int i, int[] outcomes) {
    String a = valid.text();
    String pretty = PRETTY.write(valid.value());
    String middle = new String(hostile, StandardCharsets.ISO_8859_1);
    // newline-delimited: the hostile record stays on its line
    String line = middle.replace('\n', ' ').replace('\r', ' ');
    byte[][] inputs = {
      latin1(a + "\n" + a + "\n" + line + "\n" + a + "\n"),
      latin1("[" + a + "," + a + "," + middle + "," + a + "]"),
      latin1(pretty + "\n" + pretty + "\n" + middle + "\n" + pretty + "\n")
    };
    // each case reads one layout, one way; the layouts and both ways take turns
    int layout = i % inputs.length;
    {
      for (boolean anyKind : new boolean[] {i % 2 == 0}) {
        List<JsonRecord<? extends TherapyDocument>> records = new ArrayList<>();
        try (JsonRecords<? extends TherapyDocument> all =
            anyKind
                ? JSON.readAllDocuments(new ByteArrayInputStream(inputs[layout]))
                : JSON.readAll(valid.type(), new ByteArrayInputStream(inputs[layout]))) {
          all.forEach(records::add);
        }
        check(valid, records, layout == 0, line.isBlank(), outcomes);
      }
    }
  }

  private static void check(
      Seed valid,
      List<JsonRecord<? extends TherapyDocument>> records,
      boolean lines,
      boolean blankLine,
      int[] outcomes) {
    assertThat(records.size()).isGreaterThanOrEqualTo(3);
    for (int k = 0; k < records.size(); k++) {
      JsonRecord<? extends TherapyDocument> r = records.get(k);
      assertThat(r.index()).isEqualTo(k);
      assertThat(r.value().isPresent()).isNotEqualTo(r.error().isPresent());
      assertThat(r.stopsReading()).isEqualTo(r.stopsReading() && k == records.size() - 1);
    }
    assertThat(records.get(0).value().orElse(null)).isEqualTo(valid.value());
    assertThat(records.get(1).value().orElse(null)).isEqualTo(valid.value());
    JsonRecord<? extends TherapyDocument> last = records.get(records.size() - 1);
    if (last.stopsReading()) {
      outcomes[2]++;
      assertThat(lines).as("newline-delimited input never stops reading").isFalse();
    } else {
      assertThat(last.value().orElse(null))
          .as("the record after the hostile one")
          .isEqualTo(valid.value());
      if (lines) {
        // one record per non-blank line, the hostile one included
        assertThat(records).hasSize(blankLine ? 3 : 4);
      }
    }
  }

  private static void debug(Seed valid, byte[] hostile) {
    String a = valid.text();
    String pretty = PRETTY.write(valid.value());
    String middle = new String(hostile, StandardCharsets.ISO_8859_1);
    String line = middle.replace('\n', ' ').replace('\r', ' ');
    String[] inputs = {
      a + "\n" + a + "\n" + line + "\n" + a + "\n",
      "[" + a + "," + a + "," + middle + "," + a + "]",
      pretty + "\n" + pretty + "\n" + middle + "\n" + pretty + "\n"
    };
    System.out.println(
        "hostile: " + java.util.HexFormat.of().formatHex(hostile, 0, Math.min(40, hostile.length)));
    for (String in : inputs) {
      try (JsonRecords<TherapyDocument> all =
          JSON.readAllDocuments(new ByteArrayInputStream(latin1(in)))) {
        all.forEach(r -> System.out.println("  " + r));
      }
      System.out.println("--");
    }
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}

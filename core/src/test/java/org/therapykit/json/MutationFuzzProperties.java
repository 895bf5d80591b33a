package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.GoldenCase;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * A fuzz-style property: valid documents mutated byte by byte (10,000 cases from a fixed seed)
 * either read to a value or fail with {@link JsonInputException} — never anything else. A failing
 * case prints its seed and case number so it can be replayed.
 */
class MutationFuzzProperties {
  private static final long SEED = 0x7E57_2026L;
  private static final int CASES = 10_000;
  private static final byte[] INTERESTING =
      "{}[]\",:0-9.eE+ntfl\\u\u0000\u00ff\"".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void mutatedDocumentsReadOrFailWithOurExceptionOnly() {
    TherapyJson json = TherapyJson.strict();
    List<byte[]> seeds = new ArrayList<>();
    List<Class<? extends TherapyDocument>> types = new ArrayList<>();
    for (Practitioner p : GoldenPractitioners.all().values()) {
      seeds.add(json.writeBytes(p));
      types.add(Practitioner.class);
      seeds.add(
          json.writeBytes(QualificationPolicy.standard().assess(p, GoldenPractitioners.AS_OF)));
      types.add(QualificationAssessment.class);
    }
    seeds.add(json.writeBytes(GoldenCase.build()));
    types.add(TherapyCase.class);
    seeds.add(json.writeBytes(CaseRules.standard().validate(GoldenCase.build())));
    types.add(CaseReport.class);
    SplittableRandom random = new SplittableRandom(SEED);
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      int which = random.nextInt(seeds.size());
      byte[] doc = mutate(seeds.get(which), random);
      try {
        json.read(types.get(which), doc);
        read++;
      } catch (JsonInputException e) {
        rejected++;
        assertThat(e.code()).isNotNull();
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            "case " + i + " (seed " + SEED + ") threw " + e.getClass().getName(), e);
      }
    }
    assertThat(read + rejected).isEqualTo(CASES);
    assertThat(rejected).isGreaterThan(CASES / 2);
  }

  private static byte[] mutate(byte[] doc, SplittableRandom random) {
    byte[] out = doc.clone();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        case 2 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter.length == 0 ? out : shorter;
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
}

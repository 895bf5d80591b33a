package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.course.GoldenCase.MARKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.therapykit.course.RedactionWalkTest;
import org.therapykit.validation.Finding;

/**
 * The JSON half of the redaction walk ({@link RedactionWalkTest}): for every root document type,
 * each marked sample is written, each sensitive string in it broken in the ways a reader reports
 * (wrong type, too long, blank, truncated, an unknown field holding it), and read back; no {@link
 * JsonInputException} message, violation or finding may repeat the marker.
 *
 * <p>Sensitive text is a value. A pointer names the property it points to, so a property
 * <em>name</em> made of sensitive text (which no writer of the format produces) appears in an
 * {@code UNKNOWN_FIELD} pointer; that is outside this check.
 */
class JsonRedactionWalkTest {
  private static final Pattern MARKED_STRING =
      Pattern.compile("\"" + Pattern.quote(MARKER) + "[^\"]*\"");

  @Test
  void noJsonErrorRepeatsARedactedText() {
    Map<Class<?>, List<Object>> samples = RedactionWalkTest.samples();
    TherapyJson json = TherapyJson.strict();
    int documentsWithMarker = 0;
    int errors = 0;
    for (Class<? extends TherapyDocument> root : TherapyJson.documentKinds().keySet()) {
      assertThat(samples).as("samples of root document %s", root.getSimpleName()).containsKey(root);
      for (Object sample : samples.getOrDefault(root, List.of())) {
        String written = json.write((TherapyDocument) sample);
        if (!written.contains(MARKER)) {
          continue;
        }
        documentsWithMarker++;
        for (String hostile : breakages(written)) {
          try {
            json.read(root, hostile);
          } catch (JsonInputException e) {
            assertThat(String.valueOf(e.getMessage())).doesNotContain(MARKER);
            for (Finding v : e.violations()) {
              assertThat(v.toString()).doesNotContain(MARKER);
            }
            errors++;
          }
        }
      }
    }
    assertThat(documentsWithMarker)
        .as("root documents holding sensitive text")
        .isGreaterThanOrEqualTo(5);
    assertThat(errors).isGreaterThan(200);
  }

  /** Every marked string value of a document, broken in five ways, one at a time. */
  private static List<String> breakages(String document) {
    List<String> out = new ArrayList<>();
    Matcher m = MARKED_STRING.matcher(document);
    int seen = 0;
    while (m.find() && seen < 40) {
      String value = m.group();
      String before = document.substring(0, m.start());
      String after = document.substring(m.end());
      String inner = value.substring(1, value.length() - 1);
      out.add(before + "[" + value + "]" + after); // wrong type
      out.add(before + "\"" + inner + "x".repeat(110_000) + "\"" + after); // too long
      out.add(before + "\" \"" + after); // blank: an invariant
      out.add(before + value + ",\"x\":" + value + after); // an unknown field holding it
      out.add(document.substring(0, m.start() + 1 + Math.min(inner.length(), 30))); // truncated
      seen++;
    }
    return out;
  }
}

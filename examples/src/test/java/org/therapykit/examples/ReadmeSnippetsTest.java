package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README and of {@code docs/} marked {@code <!-- snippet: fragment name
 * -->} (a fragment of a longer program, which {@link DocSnippetsTest} cannot compile alone) must
 * be, line for line (indentation aside), the code between {@code // snippet: name} and {@code //
 * end snippet} in a source file of the project, where tests run it. So the fragments cannot rot.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern README_SNIPPET =
      Pattern.compile(
          "<!-- snippet: fragment ([a-z0-9-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOURCE_SNIPPET =
      Pattern.compile("// snippet: ([a-z0-9-]+)\\n(.*?)// end snippet", Pattern.DOTALL);

  @Test
  void everyReadmeSnippetIsCodeThatRuns() throws IOException {
    Map<String, String> inReadme = new LinkedHashMap<>();
    for (Path doc : DocSnippetsTest.markdownFiles()) {
      Matcher m = README_SNIPPET.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        inReadme.put(m.group(1), normalise(m.group(2)));
      }
    }
    assertThat(inReadme)
        .containsKeys(
            "course-referral",
            "course-intake",
            "course-plan",
            "course-sessions",
            "course-case",
            "course-validate",
            "junit-method-source",
            "quicktheories-property",
            "value-contracts",
            "find-a-therapist",
            "disclosure-decide",
            "case-generators",
            "case-breaks",
            "json-contracts");

    Map<String, String> inSources = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT)) {
      sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList();
    }
    for (Path source : sources) {
      Matcher s = SOURCE_SNIPPET.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (s.find()) {
        inSources.put(s.group(1), normalise(s.group(2)));
      }
    }
    for (Map.Entry<String, String> e : inReadme.entrySet()) {
      assertThat(inSources).as("source of README snippet %s", e.getKey()).containsKey(e.getKey());
      assertThat(e.getValue())
          .as("README snippet %s", e.getKey())
          .isEqualTo(inSources.get(e.getKey()));
    }
  }

  private static String normalise(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .reduce("", (a, b) -> a + b + "\n");
  }
}

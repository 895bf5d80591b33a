package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of {@code README.md}, {@code docs/*.md} and {@code
 * benchmarks/README.md} compiles as pasted, imports included, against this module's test class path
 * (the library, the testkit, JUnit, AssertJ, QuickTheories): each block is a whole compilation
 * unit, written to a file named after its first top-level type and compiled with {@code --release
 * 17}.
 *
 * <p>The comment line just before a block may say more:
 *
 * <ul>
 *   <li>{@code <!-- snippet: fragment NAME -->}: the block is deliberately a fragment (statements
 *       or methods of a longer program) and is not compiled alone; {@link ReadmeSnippetsTest}
 *       checks that it is the code between {@code // snippet: NAME} and {@code // end snippet} of a
 *       source file that a test runs.
 *   <li>{@code <!-- snippet: run NAME; argument: PATH; prints: TEXT -->}: after compiling, the
 *       block's {@code main} is run (with {@code PATH}, relative to the repository root, as its one
 *       argument if given), and what it prints must contain {@code TEXT}.
 * </ul>
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^```java\\n(.*?)^```\\s*$", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.*?) -->");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

  /** A Java block of a Markdown file, with the snippet marker just before it, if any. */
  record Snippet(String file, int line, String marker, String code) {
    boolean fragment() {
      return marker.startsWith("fragment");
    }

    String option(String key) {
      for (String part : Pattern.compile(";").splitAsStream(marker).toList()) {
        String p = part.strip();
        if (p.startsWith(key + ":")) {
          return p.substring(key.length() + 1).strip();
        }
      }
      return "";
    }

    boolean runs() {
      return marker.startsWith("run ");
    }

    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    files.add(ROOT.resolve("benchmarks/README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  static List<Snippet> snippets(String file, String markdown) {
    List<Snippet> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      String before = markdown.substring(0, m.start()).stripTrailing();
      String lastLine = before.substring(before.lastIndexOf('\n') + 1);
      Matcher marker = MARKER.matcher(lastLine);
      int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      found.add(new Snippet(file, line, marker.matches() ? marker.group(1) : "", m.group(1)));
    }
    return found;
  }

  static List<Snippet> allSnippets() throws IOException {
    List<Snippet> all = new ArrayList<>();
    for (Path file : markdownFiles()) {
      all.addAll(
          snippets(
              ROOT.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    return all;
  }

  /**
   * Compiles one snippet into {@code dir}; returns the class loader of the result. Throws an {@link
   * AssertionError} with the compiler's messages if it does not compile.
   */
  static ClassLoader compile(Snippet snippet, Path dir) throws IOException {
    Matcher type = TYPE.matcher(snippet.code());
    if (!type.find()) {
      throw new AssertionError(
          snippet
              + ": no top-level class, interface, record or enum; a block that is a fragment on"
              + " purpose must follow <!-- snippet: fragment NAME -->");
    }
    Path source = dir.resolve("src").resolve(type.group(1) + ".java");
    Path classes = dir.resolve("classes");
    Files.createDirectories(source.getParent());
    Files.createDirectories(classes);
    Files.writeString(source, snippet.code(), StandardCharsets.UTF_8);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-encoding",
              "UTF-8",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      ok =
          compiler
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjects(source.toFile()))
              .call();
    }
    if (!ok) {
      StringBuilder message = new StringBuilder(snippet + " does not compile as pasted:");
      diagnostics
          .getDiagnostics()
          .forEach(
              d ->
                  message
                      .append("\n  line ")
                      .append(d.getLineNumber())
                      .append(": ")
                      .append(d.getMessage(Locale.ROOT)));
      throw new AssertionError(message.toString());
    }
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, DocSnippetsTest.class.getClassLoader());
  }

  /** Runs the snippet's {@code main} and returns what it printed. */
  static String run(Snippet snippet, ClassLoader loader) throws ReflectiveOperationException {
    Matcher type = TYPE.matcher(snippet.code());
    assertThat(type.find()).isTrue();
    Method main = loader.loadClass(type.group(1)).getMethod("main", String[].class);
    String argument = snippet.option("argument");
    String[] args =
        argument.isEmpty() ? new String[0] : new String[] {ROOT.resolve(argument).toString()};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    synchronized (DocSnippetsTest.class) {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      try {
        main.invoke(null, (Object) args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(snippet + ": main threw " + e.getCause(), e.getCause());
      } finally {
        System.setOut(saved);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAsPasted(@TempDir Path tmp) throws IOException {
    List<Snippet> all = allSnippets();
    assertThat(all).hasSizeGreaterThan(10);
    return all.stream()
        .filter(s -> !s.fragment())
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.toString() + (s.marker().isEmpty() ? "" : " (" + s.marker() + ")"),
                    () -> {
                      ClassLoader loader =
                          compile(s, tmp.resolve(s.file().replace('/', '_') + "_" + s.line()));
                      if (s.runs()) {
                        String printed = run(s, loader);
                        assertThat(printed).as("what %s prints", s).contains(s.option("prints"));
                      }
                    }));
  }

  @Test
  void theReadmeQuickStartAndJsonBlocksAreCompleteAndRun() throws IOException {
    List<Snippet> readme =
        snippets("README.md", Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(readme)
        .extracting(Snippet::marker)
        .anyMatch(m -> m.startsWith("run quick-start;") && m.contains("prints: CERTIFIED_SEX"))
        .anyMatch(m -> m.startsWith("run json;"))
        .noneMatch(m -> m.startsWith("fragment"));
    assertThat(readme.stream().filter(s -> s.marker().startsWith("run quick-start;")))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.code().strip().lines().filter(l -> !l.isBlank()))
                    .hasSizeLessThanOrEqualTo(15));
  }

  @Test
  void fragmentsAreFew() throws IOException {
    assertThat(allSnippets().stream().filter(Snippet::fragment)).hasSizeLessThanOrEqualTo(15);
  }

  @Test
  void aBlockThatDoesNotCompileFails(@TempDir Path tmp) {
    Snippet missingImport =
        snippets(
                "broken.md",
                """
                <!-- snippet: run broken; prints: x -->
                ```java
                public class Broken {
                  public static void main(String[] args) {
                    System.out.println(LocalDate.parse("2026-11-28"));
                  }
                }
                ```
                """)
            .get(0);
    assertThatThrownBy(() -> compile(missingImport, tmp.resolve("a")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("broken.md:2 does not compile as pasted")
        .hasMessageContaining("LocalDate");

    Snippet statements =
        snippets("broken.md", "```java\nString s = \"not a compilation unit\";\n```\n").get(0);
    assertThatThrownBy(() -> compile(statements, tmp.resolve("b")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no top-level class");
  }

  @Test
  void aBlockThatPrintsSomethingElseFails(@TempDir Path tmp) throws Exception {
    Snippet snippet =
        snippets(
                "wrong.md",
                """
                <!-- snippet: run wrong; prints: CERTIFIED_SEX_THERAPIST -->
                ```java
                public class Wrong {
                  public static void main(String[] args) {
                    System.out.println("NOT_QUALIFIED");
                  }
                }
                ```
                """)
            .get(0);
    String printed = run(snippet, compile(snippet, tmp));
    assertThat(printed).doesNotContain(snippet.option("prints"));
  }
}

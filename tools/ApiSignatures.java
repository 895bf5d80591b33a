import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The API baseline check (docs/publishing.md), run by the build in the verify phase of each
 * published module: {@code java -cp <module's compile class path> tools/ApiSignatures.java
 * <classes> <api file> <update>}.
 *
 * <p>Lists every public or protected type and member of the module's exported packages (all
 * packages when the module has no module-info), with generics, one per line, sorted; compares the
 * list with the committed file and fails when they differ, naming the command that rewrites it.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    Path apiFile = Path.of(args[1]);
    boolean update = Boolean.parseBoolean(args[2]);
    List<String> actual = signatures(classes);
    String text = String.join("\n", actual) + "\n";
    if (update) {
      Files.createDirectories(apiFile.getParent());
      Files.writeString(apiFile, text, StandardCharsets.UTF_8);
      System.out.println("[api] wrote " + actual.size() + " signatures to " + apiFile);
      return;
    }
    List<String> expected =
        Files.exists(apiFile)
            ? Files.readAllLines(apiFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .collect(Collectors.toList())
            : List.of();
    if (expected.equals(actual)) {
      System.out.println("[api] " + apiFile.getFileName() + ": " + actual.size() + " signatures match");
      return;
    }
    Set<String> removed = new TreeSet<>(expected);
    removed.removeAll(actual);
    Set<String> added = new TreeSet<>(actual);
    added.removeAll(expected);
    StringBuilder message = new StringBuilder();
    message
        .append("[api] The public API differs from ")
        .append(apiFile)
        .append(Files.exists(apiFile) ? "" : " (missing)")
        .append(":\n");
    removed.forEach(s -> message.append("  - ").append(s).append('\n'));
    added.forEach(s -> message.append("  + ").append(s).append('\n'));
    message.append(
        "[api] If the change is intended, update the baseline with:"
            + " mvn -B verify -DskipTests -Dtherapykit.updateApi=true"
            + " and commit the api/*.api files.\n");
    System.err.print(message);
    System.exit(1);
  }

  static List<String> signatures(Path classes) throws IOException {
    Set<String> packages = exportedPackages(classes);
    List<String> classNames;
    try (Stream<Path> files = Files.walk(classes)) {
      classNames =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .map(p -> classes.relativize(p).toString())
              .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .map(n -> n.replace('\\', '.'))
              .filter(n -> packages.contains(packageOf(n)))
              .sorted()
              .collect(Collectors.toList());
    }
    ClassLoader loader = ApiSignatures.class.getClassLoader();
    TreeSet<String> out = new TreeSet<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name, e);
      }
      if (!isVisible(type)) {
        continue;
      }
      describe(type, out);
    }
    return new ArrayList<>(out);
  }

  private static Set<String> exportedPackages(Path classes) {
    if (Files.exists(classes.resolve("module-info.class"))) {
      ModuleDescriptor descriptor =
          ModuleFinder.of(classes).findAll().iterator().next().descriptor();
      return descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> packageOf(classes.relativize(p).toString().replace('/', '.')))
          .map(n -> n.substring(0, Math.max(0, n.lastIndexOf('.'))))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** A type is API if it and every enclosing type are public or protected. */
  private static boolean isVisible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      int m = t.getModifiers();
      if (!Modifier.isPublic(m) && !Modifier.isProtected(m)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(Member member) {
    int m = member.getModifiers();
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !member.isSynthetic();
  }

  private static void describe(Class<?> type, Set<String> out) {
    String name = type.getName();
    StringBuilder header = new StringBuilder(type.toGenericString());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      header.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    String interfaces =
        Stream.of(type.getGenericInterfaces())
            .map(java.lang.reflect.Type::getTypeName)
            .sorted()
            .collect(Collectors.joining(", "));
    if (!interfaces.isEmpty()) {
      header.append(type.isInterface() ? " extends " : " implements ").append(interfaces);
    }
    out.add(name + " | " + header);
    boolean finalClass = Modifier.isFinal(type.getModifiers()) || type.isEnum();
    for (Field f : type.getDeclaredFields()) {
      if (isApi(f) && !(finalClass && Modifier.isProtected(f.getModifiers()))) {
        out.add(name + " | " + f.toGenericString());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isApi(c) && !type.isEnum()) {
        out.add(name + " | " + c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isApi(m) && !m.isBridge()) {
        String deprecated = m.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
        out.add(name + " | " + deprecated + m.toGenericString());
      }
    }
  }
}

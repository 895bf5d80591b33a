package org.therapykit.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.therapykit.processor.Model.ObjectType;
import org.therapykit.processor.Model.Wire;

/**
 * Generates the wire contract of therapykit-core from its model, once per compilation: the JSON
 * codecs and registry ({@code org.therapykit.json}), each model package's {@code Invariants}, one
 * JSON Schema per root document (class output, {@code org/therapykit/json/schema/}), and the format
 * tables ({@code org/therapykit/json/format-tables.md} in the generated-sources folder).
 *
 * <p>The root documents are the {@code @Value.Immutable} types that implement {@code
 * org.therapykit.json.TherapyDocument}; everything else is reached from their attributes. In a
 * compilation without that interface the processor does nothing.
 */
public final class WireProcessor extends AbstractProcessor {
  private boolean done;

  /** Creates the processor; javac calls this. */
  public WireProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    TypeElement document = processingEnv.getElementUtils().getTypeElement(Scanner.DOCUMENT);
    if (document == null) {
      return false;
    }
    List<TypeElement> roots = new ArrayList<>();
    for (TypeElement t : ElementFilter.typesIn(round.getRootElements())) {
      if (Scanner.hasAnnotation(t, Scanner.IMMUTABLE)
          && processingEnv
              .getTypeUtils()
              .isAssignable(t.asType(), processingEnv.getTypeUtils().erasure(document.asType()))) {
        roots.add(t);
      }
    }
    if (roots.isEmpty()) {
      return false;
    }
    done = true;
    Scanner scanner = new Scanner(processingEnv);
    Wire wire = scanner.scan(roots);
    if (wire == null || scanner.failed()) {
      return false;
    }
    try {
      generate(wire);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "[therapykit wire] cannot write: " + e);
    }
    return false;
  }

  private void generate(Wire wire) throws IOException {
    Filer filer = processingEnv.getFiler();
    JavaGen java = new JavaGen(wire);
    Element[] origin = wire.roots().stream().map(ObjectType::element).toArray(Element[]::new);
    for (Map.Entry<String, String> e : java.invariants().entrySet()) {
      source(filer, e.getKey(), e.getValue(), origin);
    }
    for (ObjectType o : wire.objects().values()) {
      source(
          filer,
          JavaGen.JSON_PACKAGE + "." + JavaGen.codecName(o.simpleName()),
          java.codec(o),
          origin);
    }
    source(filer, JavaGen.JSON_PACKAGE + ".WireScalars", java.scalars(), origin);
    source(filer, JavaGen.JSON_PACKAGE + ".WireTypes", java.types(), origin);
    SchemaGen schemas = new SchemaGen(wire);
    for (ObjectType root : wire.roots()) {
      FileObject f =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT,
              "org.therapykit.json.schema",
              root.kind() + ".schema.json",
              origin);
      try (Writer w = f.openWriter()) {
        w.write(schemas.schema(root));
      }
    }
    FileObject tables =
        filer.createResource(
            StandardLocation.SOURCE_OUTPUT, "org.therapykit.json", "format-tables.md", origin);
    try (Writer w = tables.openWriter()) {
      w.write(new DocsGen(wire).tables());
    }
  }

  private static void source(Filer filer, String name, String text, Element[] origin)
      throws IOException {
    try (Writer w = filer.createSourceFile(name, origin).openWriter()) {
      w.write(text);
    }
  }
}

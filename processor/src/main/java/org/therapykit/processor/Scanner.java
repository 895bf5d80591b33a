package org.therapykit.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.therapykit.processor.Model.Attr;
import org.therapykit.processor.Model.Container;
import org.therapykit.processor.Model.EnumType;
import org.therapykit.processor.Model.Kind;
import org.therapykit.processor.Model.ObjectType;
import org.therapykit.processor.Model.Presence;
import org.therapykit.processor.Model.RangeRule;
import org.therapykit.processor.Model.Shape;
import org.therapykit.processor.Model.TextFormType;
import org.therapykit.processor.Model.TextRule;
import org.therapykit.processor.Model.Wire;

/**
 * Reads the wire types of the model: the root documents (the {@code @Value.Immutable} types that
 * implement {@code TherapyDocument}) and every type reachable from their attributes. Anything the
 * processor cannot map is a compile error at the element, never a guess.
 */
final class Scanner {
  static final String DOCUMENT = "org.therapykit.json.TherapyDocument";
  static final String VALUE = "org.therapykit.json.TherapyValue";
  static final String TEXT = "org.therapykit.internal.Text";
  static final String RANGE = "org.therapykit.internal.Range";
  static final String NOT_EMPTY = "org.therapykit.internal.NotEmpty";
  static final String TEXT_FORM = "org.therapykit.internal.TextForm";
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  static final String DEFAULT = "org.immutables.value.Value.Default";
  static final String DERIVED = "org.immutables.value.Value.Derived";
  static final String LAZY = "org.immutables.value.Value.Lazy";
  static final String CHECK = "org.immutables.value.Value.Check";
  static final String CODED = "org.therapykit.Coded";
  static final String HOURS = "org.therapykit.Hours";
  static final String ISO_DATES = "org.therapykit.internal.IsoDates";
  static final String THERAPY_JSON = "org.therapykit.json.TherapyJson";
  static final String ERROR_CODE = "org.therapykit.json.JsonErrorCode";
  static final String FORMS = "org.therapykit.internal.Forms";

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final Trees trees;
  private boolean failed;

  private final Map<String, ObjectType> objects = new TreeMap<>();
  private final Map<String, EnumType> enums = new TreeMap<>();
  private final Map<String, TextFormType> textForms = new TreeMap<>();

  Scanner(ProcessingEnvironment env) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.messager = env.getMessager();
    this.trees = Trees.instance(env);
  }

  boolean failed() {
    return failed;
  }

  private void error(Element e, String message) {
    failed = true;
    messager.printMessage(Diagnostic.Kind.ERROR, "[therapykit wire] " + message, e);
  }

  /** Returns the model, or null if an error was reported. */
  Wire scan(List<TypeElement> roots) {
    TypeElement thisJson = elements.getTypeElement(THERAPY_JSON);
    String version = constant(thisJson, "FORMAT_VERSION", String.class);
    TypeElement hours = elements.getTypeElement(HOURS);
    Long maxHours = constant(hours, "MAX_HUNDREDTHS", Long.class);
    TypeElement iso = elements.getTypeElement(ISO_DATES);
    String datePattern = constant(iso, "DATE_PATTERN", String.class);
    Integer minYear = constant(iso, "MIN_YEAR", Integer.class);
    Integer maxYear = constant(iso, "MAX_YEAR", Integer.class);
    if (version == null || maxHours == null || datePattern == null || minYear == null) {
      return null;
    }
    Deque<TypeElement> todo = new ArrayDeque<>();
    List<ObjectType> rootTypes = new ArrayList<>();
    for (TypeElement root : roots) {
      todo.add(root);
    }
    while (!todo.isEmpty()) {
      TypeElement t = todo.poll();
      if (objects.containsKey(t.getQualifiedName().toString())) {
        continue;
      }
      ObjectType o = objectType(t, roots.contains(t), todo);
      if (o != null) {
        objects.put(o.qualifiedName(), o);
      }
    }
    for (TypeElement root : roots) {
      ObjectType o = objects.get(root.getQualifiedName().toString());
      if (o != null) {
        rootTypes.add(o);
      }
    }
    rootTypes.sort(Comparator.comparing(ObjectType::kind));
    if (failed) {
      return null;
    }
    return new Wire(
        version,
        rootTypes,
        objects,
        enums,
        textForms,
        maxHours,
        datePattern,
        minYear,
        maxYear,
        errorCodes());
  }

  /** The codes of {@code JsonErrorCode} with the first sentence of each one's documentation. */
  private Map<String, String> errorCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    TypeElement e = elements.getTypeElement(ERROR_CODE);
    if (e == null) {
      return codes;
    }
    for (Element c : e.getEnclosedElements()) {
      if (c.getKind() == ElementKind.ENUM_CONSTANT) {
        codes.put(c.getSimpleName().toString(), summary(c));
      }
    }
    return codes;
  }

  private <T> T constant(TypeElement type, String name, Class<T> valueType) {
    if (type == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[therapykit wire] missing type for " + name);
      failed = true;
      return null;
    }
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (f.getSimpleName().contentEquals(name) && valueType.isInstance(f.getConstantValue())) {
        return valueType.cast(f.getConstantValue());
      }
    }
    error(type, "expected a compile-time constant " + name);
    return null;
  }

  private ObjectType objectType(TypeElement t, boolean root, Deque<TypeElement> todo) {
    if (!hasAnnotation(t, IMMUTABLE)) {
      error(t, t + " is reached from a document but is not an @Value.Immutable type");
      return null;
    }
    if (!implementsType(t, VALUE)) {
      error(t, t + " is a wire type: it must implement " + VALUE);
    }
    // A rule output keeps builder() package-private (only its rule makes one); its codec then
    // obtains a builder through org.therapykit.internal.Construction.
    ExecutableElement builder =
        ElementFilter.methodsIn(t.getEnclosedElements()).stream()
            .filter(
                m ->
                    m.getSimpleName().contentEquals("builder")
                        && m.getModifiers().contains(Modifier.STATIC)
                        && !m.getModifiers().contains(Modifier.PRIVATE)
                        && m.getParameters().isEmpty())
            .findFirst()
            .orElse(null);
    if (builder == null) {
      error(t, t + " needs a static builder(), public or package-private, to be read from JSON");
    }
    boolean publicBuilder = builder != null && builder.getModifiers().contains(Modifier.PUBLIC);
    List<Attr> attrs = new ArrayList<>();
    ExecutableElement check = null;
    for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
      if (hasAnnotation(m, CHECK)) {
        check = m;
      }
      Attr a = attribute(m, todo);
      if (a != null) {
        attrs.add(a);
      }
    }
    for (TypeMirror s : t.getInterfaces()) {
      for (ExecutableElement m :
          ElementFilter.methodsIn(types.asElement(s).getEnclosedElements())) {
        String name = m.getSimpleName().toString();
        if (m.getModifiers().contains(Modifier.ABSTRACT)
            && m.getParameters().isEmpty()
            && attrs.stream().noneMatch(a -> a.name().equals(name))) {
          error(
              t,
              t + " inherits attribute " + m.getSimpleName() + "; declare attributes in the type");
        }
      }
    }
    String kind = root ? decapitalize(t.getSimpleName().toString()) : "";
    ObjectType o =
        new ObjectType(
            t,
            t.getSimpleName().toString(),
            elements.getPackageOf(t).getQualifiedName().toString(),
            attrs,
            summary(t),
            kind,
            check != null && callsInvariants(check),
            publicBuilder);
    if (o.hasInvariants() && !o.checked()) {
      error(
          check == null ? t : check,
          t
              + " declares invariants (@Text, @Range, @NotEmpty or a date) but no @Value.Check"
              + " calls Invariants.of(this)");
    }
    return o;
  }

  /** Whether the check method's body calls {@code Invariants.of(this)}. */
  private boolean callsInvariants(ExecutableElement check) {
    MethodTree tree = trees.getTree(check);
    if (tree == null || tree.getBody() == null) {
      return false;
    }
    boolean[] found = {false};
    tree.getBody()
        .accept(
            new TreeScanner<Void, Void>() {
              @Override
              public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                String s = node.getMethodSelect().toString();
                if (s.equals("Invariants.of")
                    && node.getArguments().size() == 1
                    && node.getArguments().get(0).toString().equals("this")) {
                  found[0] = true;
                }
                return super.visitMethodInvocation(node, unused);
              }
            },
            null);
    return found[0];
  }

  private Attr attribute(ExecutableElement m, Deque<TypeElement> todo) {
    if (m.getModifiers().contains(Modifier.STATIC)
        || !m.getModifiers().contains(Modifier.PUBLIC)
        || !m.getParameters().isEmpty()
        || m.getReturnType().getKind() == TypeKind.VOID
        || hasAnnotation(m, LAZY)) {
      return null;
    }
    Presence presence;
    if (hasAnnotation(m, DEFAULT)) {
      presence = Presence.DEFAULTED;
    } else if (hasAnnotation(m, DERIVED)) {
      presence = Presence.DERIVED;
    } else if (m.getModifiers().contains(Modifier.ABSTRACT)) {
      presence = Presence.REQUIRED;
    } else {
      return null; // a computed accessor, not an attribute
    }
    String name = m.getSimpleName().toString();
    TypeMirror type = m.getReturnType();
    Container container = Container.ONE;
    String raw = rawName(type);
    if (raw.equals("java.util.Optional")) {
      container = Container.OPTIONAL;
    } else if (raw.equals("com.google.common.collect.ImmutableList")) {
      container = Container.LIST;
    } else if (raw.equals("com.google.common.collect.ImmutableSet")) {
      container = Container.SET;
    }
    if (container != Container.ONE) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      type = args.get(0);
      if (presence == Presence.REQUIRED) {
        presence = Presence.OPTIONAL;
      }
    }
    Shape shape = shape(m, type, todo);
    if (shape == null) {
      return null;
    }
    TextRule text = textRule(m);
    RangeRule range = rangeRule(m);
    boolean notEmpty = hasAnnotation(m, NOT_EMPTY);
    if (shape.kind() == Kind.STRING && text == null) {
      error(m, name + ": every text attribute declares its rule with @Text");
    }
    if (text != null && shape.kind() != Kind.STRING) {
      error(m, name + ": @Text applies to text only");
    }
    if (shape.kind() == Kind.DOUBLE && range == null) {
      error(m, name + ": every decimal attribute declares its @Range");
    }
    if (range != null
        && shape.kind() != Kind.INT
        && shape.kind() != Kind.LONG
        && shape.kind() != Kind.DOUBLE
        && shape.kind() != Kind.HOURS) {
      error(m, name + ": @Range applies to numbers only");
    }
    if (notEmpty && container != Container.LIST && container != Container.SET) {
      error(m, name + ": @NotEmpty applies to lists and sets only");
    }
    if (text != null && !text.pattern().isEmpty()) {
      try {
        Pattern.compile(text.pattern());
      } catch (PatternSyntaxException e) {
        error(m, name + ": invalid pattern: " + e.getDescription());
      }
    }
    return new Attr(
        name,
        shape,
        container,
        presence,
        text,
        range,
        notEmpty,
        summary(m),
        defaultText(m, presence));
  }

  /** The expression a {@code @Value.Default} method returns, such as {@code false}, or "". */
  private String defaultText(ExecutableElement m, Presence presence) {
    if (presence != Presence.DEFAULTED) {
      return "";
    }
    MethodTree tree = trees.getTree(m);
    if (tree != null
        && tree.getBody() != null
        && tree.getBody().getStatements().size() == 1
        && tree.getBody().getStatements().get(0) instanceof ReturnTree r
        && r.getExpression() != null) {
      return r.getExpression().toString();
    }
    return "";
  }

  private Shape shape(Element at, TypeMirror type, Deque<TypeElement> todo) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new Shape(Kind.BOOLEAN, null);
      case INT:
        return new Shape(Kind.INT, null);
      case LONG:
        return new Shape(Kind.LONG, null);
      case DOUBLE:
        return new Shape(Kind.DOUBLE, null);
      case DECLARED:
        break;
      default:
        error(at, "no JSON form for " + type);
        return null;
    }
    String raw = rawName(type);
    switch (raw) {
      case "java.lang.String":
        return new Shape(Kind.STRING, null);
      case "java.lang.Boolean":
        return new Shape(Kind.BOOLEAN, null);
      case "java.lang.Integer":
        return new Shape(Kind.INT, null);
      case "java.lang.Long":
        return new Shape(Kind.LONG, null);
      case "java.lang.Double":
        return new Shape(Kind.DOUBLE, null);
      case "java.time.LocalDate":
        return new Shape(Kind.DATE, null);
      case "java.time.YearMonth":
        return new Shape(Kind.MONTH, null);
      case HOURS:
        return new Shape(Kind.HOURS, (TypeElement) types.asElement(type));
      default:
        break;
    }
    TypeElement te = (TypeElement) types.asElement(type);
    if (te.getKind() == ElementKind.ENUM) {
      if (!implementsType(te, CODED)) {
        error(at, te + " is written by its code: it must implement " + CODED);
        return null;
      }
      enums.computeIfAbsent(raw, k -> enumType(te));
      return new Shape(Kind.ENUM, te);
    }
    AnnotationMirror form = inheritedAnnotation(te, TEXT_FORM);
    if (form != null) {
      textForms.computeIfAbsent(raw, k -> textForm(te, form));
      return new Shape(Kind.TEXT_FORM, te);
    }
    if (hasAnnotation(te, IMMUTABLE)) {
      todo.add(te);
      return new Shape(Kind.OBJECT, te);
    }
    error(at, "no JSON form for " + type + ": not a value, enum or @TextForm type");
    return null;
  }

  private EnumType enumType(TypeElement te) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Element e : te.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Tree tree = trees.getTree(e);
      String code = null;
      if (tree instanceof VariableTree vt && vt.getInitializer() instanceof NewClassTree nc) {
        List<? extends ExpressionTree> args = nc.getArguments();
        if (!args.isEmpty()
            && args.get(0) instanceof LiteralTree lit
            && lit.getValue() instanceof String s) {
          code = s;
        }
      }
      if (code == null) {
        error(
            e, "the code of " + e + " must be its constructor's first argument, a string literal");
        continue;
      }
      if (codes.containsValue(code)) {
        error(e, "code " + code + " is used twice in " + te);
      }
      codes.put(e.getSimpleName().toString(), code);
    }
    if (!implementsType(te, VALUE)) {
      error(te, te + " is a wire type: it must implement " + VALUE + " (through Coded)");
    }
    return new EnumType(te, codes, summary(te));
  }

  private TextFormType textForm(TypeElement te, AnnotationMirror form) {
    String parse = null;
    for (ExecutableElement m : ElementFilter.methodsIn(te.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC)
          && m.getModifiers().contains(Modifier.PUBLIC)
          && m.getParameters().size() == 1) {
        String param = m.getParameters().get(0).asType().toString();
        if (m.getSimpleName().contentEquals("parse") && param.equals("java.lang.CharSequence")) {
          parse = "parse";
        } else if (parse == null
            && m.getSimpleName().contentEquals("of")
            && param.equals("java.lang.String")) {
          parse = "of";
        }
      }
    }
    if (parse == null) {
      error(te, te + " has a text form but neither parse(CharSequence) nor of(String)");
    }
    if (!implementsType(te, VALUE)) {
      error(te, te + " is a wire type: it must implement " + VALUE);
    }
    String pattern = (String) value(form, "pattern");
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      error(te, "invalid pattern: " + e.getDescription());
    }
    return new TextFormType(
        te, (String) value(form, "name"), pattern, (String) value(form, "example"), parse);
  }

  private TextRule textRule(ExecutableElement m) {
    AnnotationMirror a = annotation(m, TEXT);
    if (a == null) {
      return null;
    }
    Object pattern = value(a, "pattern");
    Object hint = value(a, "patternHint");
    Object empty = value(a, "mayBeEmpty");
    Object check = value(a, "check");
    if (check != null && !hasStaticCheck((String) check)) {
      error(m, "@Text check " + check + " is not a static boolean method of " + FORMS + "(String)");
    }
    return new TextRule(
        (Integer) value(a, "max"),
        pattern == null ? "" : (String) pattern,
        hint == null ? "" : (String) hint,
        empty != null && (Boolean) empty,
        check == null ? "" : (String) check);
  }

  private boolean hasStaticCheck(String name) {
    TypeElement forms = elements.getTypeElement(FORMS);
    return forms != null
        && ElementFilter.methodsIn(forms.getEnclosedElements()).stream()
            .anyMatch(
                f ->
                    f.getSimpleName().contentEquals(name)
                        && f.getModifiers().contains(Modifier.STATIC)
                        && f.getReturnType().getKind() == TypeKind.BOOLEAN
                        && f.getParameters().size() == 1);
  }

  private RangeRule rangeRule(ExecutableElement m) {
    AnnotationMirror a = annotation(m, RANGE);
    if (a == null) {
      return null;
    }
    return new RangeRule((Double) value(a, "min"), (Double) value(a, "max"));
  }

  // ---- helpers -----------------------------------------------------------------------

  private static String rawName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  private boolean implementsType(TypeElement t, String name) {
    TypeElement target = elements.getTypeElement(name);
    return target != null && types.isAssignable(t.asType(), types.erasure(target.asType()));
  }

  static boolean hasAnnotation(Element e, String name) {
    return annotation(e, name) != null;
  }

  /** The annotation on {@code te} or, failing that, on the nearest superclass that has it. */
  private AnnotationMirror inheritedAnnotation(TypeElement te, String name) {
    for (TypeElement t = te; t != null; t = superclass(t)) {
      AnnotationMirror a = annotation(t, name);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private TypeElement superclass(TypeElement t) {
    return t.getSuperclass().getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(t.getSuperclass())
        : null;
  }

  static AnnotationMirror annotation(Element e, String name) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(name)) {
        return a;
      }
    }
    return null;
  }

  /** The value of an annotation element as written, or null if left at its default. */
  static Object value(AnnotationMirror a, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The first sentence of an element's Javadoc as plain text, with "Returns " dropped: "Returns the
   * regulator's status." becomes "the regulator's status".
   */
  String summary(Element e) {
    String doc = elements.getDocComment(e);
    if (doc == null) {
      return "";
    }
    String text = doc.strip();
    int tags = text.indexOf("\n@");
    if (text.startsWith("@")) {
      return "";
    }
    if (tags >= 0) {
      text = text.substring(0, tags);
    }
    text = inlineTags(text.replaceAll("\\s+", " ").strip());
    text = text.replaceAll("<[^>]+>", "");
    int end = sentenceEnd(text);
    if (end >= 0) {
      text = text.substring(0, end);
    }
    if (text.startsWith("Returns ")) {
      text = text.substring("Returns ".length());
    }
    return text.replace("|", "\\|");
  }

  /**
   * Replaces Javadoc inline tags, whose content may hold balanced braces: {@code {@code x}} becomes
   * {@code `x`}, a link its label or the name it links to.
   */
  static String inlineTags(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int depth = 0;
      int end = start;
      for (; end < text.length(); end++) {
        char c = text.charAt(end);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      if (end >= text.length()) {
        out.append(text, start, text.length());
        break;
      }
      String tag = text.substring(start + 2, end);
      int space = tag.indexOf(' ');
      String name = space < 0 ? tag : tag.substring(0, space);
      String body = space < 0 ? "" : tag.substring(space + 1).strip();
      if (name.equals("code") || name.equals("literal")) {
        out.append('`').append(body).append('`');
      } else if (name.equals("link") || name.equals("linkplain")) {
        // the reference ends at the first space outside its parameter list
        int refEnd = 0;
        int parens = 0;
        while (refEnd < body.length() && (parens > 0 || body.charAt(refEnd) != ' ')) {
          char c = body.charAt(refEnd++);
          parens += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        String label = body.substring(refEnd).strip();
        if (!label.isEmpty()) {
          out.append(label);
        } else {
          String ref = body.substring(0, refEnd);
          int hash = ref.indexOf('#');
          String member =
              hash >= 0 ? ref.substring(hash + 1) : ref.substring(ref.lastIndexOf('.') + 1);
          int paren = member.indexOf('(');
          out.append(paren >= 0 ? member.substring(0, paren) + "()" : member);
        }
      } else {
        out.append(body);
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** Abbreviations whose period does not end a sentence. */
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("e.g", "i.e", "Dr", "Mr", "Mrs", "Ms", "St", "vs", "etc", "No", "cf");

  /** The index of the period that ends the first sentence, or -1. */
  private static int sentenceEnd(String text) {
    boolean inCode = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      } else if (c == '.' && !inCode && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        int word = i;
        while (word > 0 && text.charAt(word - 1) != ' ') {
          word--;
        }
        if (!ABBREVIATIONS.contains(text.substring(word, i))) {
          return i;
        }
      }
    }
    return -1;
  }

  ProcessingEnvironment env() {
    return env;
  }
}

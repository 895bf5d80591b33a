package org.therapykit.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.therapykit.processor.Model.Attr;
import org.therapykit.processor.Model.Container;
import org.therapykit.processor.Model.EnumType;
import org.therapykit.processor.Model.ObjectType;
import org.therapykit.processor.Model.Shape;
import org.therapykit.processor.Model.TextFormType;
import org.therapykit.processor.Model.TextRule;
import org.therapykit.processor.Model.Wire;

/** Writes one JSON Schema (draft 2020-12) per root document, from the same model as the codecs. */
final class SchemaGen {
  /**
   * Text that is not blank: it holds a character that Java's {@code Character.isWhitespace} does
   * not count as white space (spelled out, so that Java and ECMA-262 agree).
   */
  static final String NOT_BLANK =
      "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

  /** The form of a month in documents, {@code yyyy-MM} with a month from 01 to 12. */
  static final String MONTH_PATTERN = "[0-9]{4}-(0[1-9]|1[0-2])";

  private final Wire wire;

  SchemaGen(Wire wire) {
    this.wire = wire;
  }

  /** The version pattern of the envelope: this major version, any minor version. */
  String versionPattern() {
    String major = wire.formatVersion().substring(0, wire.formatVersion().indexOf('.'));
    return "^" + major + "\\.(0|[1-9][0-9]{0,3})$";
  }

  /** Returns the schema of a root document as pretty-printed JSON text. */
  String schema(ObjectType root) {
    Map<String, Object> defs = new TreeMap<>();
    collect(root, defs);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    String major = wire.formatVersion().substring(0, wire.formatVersion().indexOf('.'));
    s.put("$id", "urn:org.therapykit:json:" + root.kind() + ":" + major);
    s.put("title", "TherapyKit " + root.kind() + " document, format " + major + ".x");
    s.put(
        "description",
        sentence(root.summary())
            + " Generated from the model. The reader also checks what a JSON Schema cannot express"
            + " (see the format documentation, \"What the schemas do not check\").");
    s.put("type", "object");
    s.put("additionalProperties", false);
    s.put("required", List.of("formatVersion", root.kind()));
    Map<String, Object> props = new LinkedHashMap<>();
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("type", "string");
    version.put("pattern", versionPattern());
    version.put(
        "description", "The format version, major.minor; this schema describes " + major + ".x.");
    props.put("formatVersion", version);
    props.put(root.kind(), ref(root.simpleName()));
    s.put("properties", props);
    s.put("$defs", defs);
    return Json.write(s) + "\n";
  }

  private void collect(ObjectType o, Map<String, Object> defs) {
    if (defs.containsKey(o.simpleName())) {
      return;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    defs.put(o.simpleName(), d);
    d.put("type", "object");
    if (!o.summary().isEmpty()) {
      d.put("description", sentence(o.summary()));
    }
    d.put("additionalProperties", false);
    List<String> required = new ArrayList<>();
    Map<String, Object> props = new LinkedHashMap<>();
    for (Attr a : o.attrs()) {
      if (a.isRequiredOnWire()) {
        required.add(a.name());
      }
      Map<String, Object> p = property(a, defs);
      if (!a.summary().isEmpty()) {
        p.put("description", sentence(a.summary()));
      }
      props.put(a.name(), p);
    }
    if (!required.isEmpty()) {
      d.put("required", required);
    }
    d.put("properties", props);
  }

  private Map<String, Object> property(Attr a, Map<String, Object> defs) {
    Map<String, Object> value = value(a, defs);
    if (a.container() == Container.LIST || a.container() == Container.SET) {
      Map<String, Object> arr = new LinkedHashMap<>();
      arr.put("type", "array");
      arr.put("items", value);
      if (a.notEmpty()) {
        arr.put("minItems", 1);
      }
      if (a.container() == Container.SET) {
        arr.put("uniqueItems", true);
      }
      return arr;
    }
    return value;
  }

  private Map<String, Object> value(Attr a, Map<String, Object> defs) {
    Shape shape = a.shape();
    Map<String, Object> v = new LinkedHashMap<>();
    switch (shape.kind()) {
      case STRING -> text(a.text(), v);
      case BOOLEAN -> v.put("type", "boolean");
      case INT -> integer(a, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> integer(a, v, Long.MIN_VALUE, Long.MAX_VALUE);
      case DOUBLE -> {
        v.put("type", "number");
        v.put("minimum", Json.number(a.range().min()));
        v.put("maximum", Json.number(a.range().max()));
      }
      case DATE -> {
        defs.put("Date", dateDef());
        return ref("Date");
      }
      case MONTH -> {
        defs.put("Month", monthDef());
        return ref("Month");
      }
      case HOURS -> {
        defs.put("Hours", hoursDef());
        Map<String, Object> r = ref("Hours");
        if (a.range() != null) {
          r.put("minimum", Json.number(a.range().min()));
          r.put("maximum", Json.number(a.range().max()));
        }
        return r;
      }
      case ENUM -> {
        EnumType e = wire.enums().get(shape.qualifiedName());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "string");
        d.put("enum", new ArrayList<>(e.codes().values()));
        defs.put(e.simpleName(), d);
        return ref(e.simpleName());
      }
      case TEXT_FORM -> {
        TextFormType t = wire.textForms().get(shape.qualifiedName());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "string");
        d.put("pattern", anchored(t.pattern()));
        d.put("description", "A " + t.name() + ", such as " + t.example() + ".");
        defs.put(t.simpleName(), d);
        return ref(t.simpleName());
      }
      case OBJECT -> {
        collect(wire.objects().get(shape.qualifiedName()), defs);
        return ref(shape.simpleName());
      }
    }
    return v;
  }

  private static void integer(Attr a, Map<String, Object> v, long min, long max) {
    v.put("type", "integer");
    v.put("minimum", a.range() == null ? min : (long) a.range().min());
    v.put("maximum", a.range() == null ? max : (long) a.range().max());
  }

  static void text(TextRule rule, Map<String, Object> v) {
    v.put("type", "string");
    if (!rule.mayBeEmpty()) {
      v.put("minLength", 1);
    }
    v.put("maxLength", rule.max());
    List<String> patterns = new ArrayList<>();
    if (!rule.mayBeEmpty()) {
      patterns.add(NOT_BLANK);
    }
    if (!rule.pattern().isEmpty()) {
      patterns.add(anchored(rule.pattern()));
    }
    if (patterns.size() == 1) {
      v.put("pattern", patterns.get(0));
    } else if (patterns.size() > 1) {
      List<Object> all = new ArrayList<>();
      for (String p : patterns) {
        all.add(Map.of("pattern", p));
      }
      v.put("allOf", all);
    }
  }

  private Map<String, Object> dateDef() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", "string");
    d.put("pattern", anchored(wire.datePattern()));
    d.put("description", "A calendar date, yyyy-MM-dd.");
    return d;
  }

  private Map<String, Object> monthDef() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", "string");
    d.put("pattern", anchored(MONTH_PATTERN));
    d.put("description", "A calendar month, yyyy-MM.");
    return d;
  }

  private Map<String, Object> hoursDef() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", "number");
    d.put("minimum", 0);
    d.put("maximum", wire.maxHoursHundredths() / 100);
    d.put("multipleOf", Json.number(0.01));
    d.put("description", "Hours, with at most two decimal places.");
    return d;
  }

  static String anchored(String pattern) {
    return "^(?:" + pattern + ")$";
  }

  private static Map<String, Object> ref(String name) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("$ref", "#/$defs/" + name);
    return r;
  }

  private static String sentence(String summary) {
    if (summary.isEmpty()) {
      return summary;
    }
    String s = Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    return (s.endsWith(".") ? s : s + ".").replace("\\|", "|");
  }
}

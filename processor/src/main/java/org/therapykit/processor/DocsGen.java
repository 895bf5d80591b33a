package org.therapykit.processor;

import org.therapykit.processor.Model.Attr;
import org.therapykit.processor.Model.Container;
import org.therapykit.processor.Model.EnumType;
import org.therapykit.processor.Model.Kind;
import org.therapykit.processor.Model.ObjectType;
import org.therapykit.processor.Model.Shape;
import org.therapykit.processor.Model.TextRule;
import org.therapykit.processor.Model.Wire;

/**
 * Writes the field tables of the format documentation. The output is a Markdown file of blocks,
 * each between {@code <!-- wire:Name -->} and {@code <!-- /wire -->}, the same markers the
 * committed {@code docs/json-format.md} holds; a test compares the two.
 */
final class DocsGen {
  /** Enums with more codes than this are named rather than listed in a table cell. */
  private static final int MAX_INLINE_CODES = 30;

  private final Wire wire;

  DocsGen(Wire wire) {
    this.wire = wire;
  }

  String tables() {
    StringBuilder s = new StringBuilder();
    s.append("<!-- wire:documents -->\n");
    s.append("| Root document | Envelope property | Schema resource in `therapykit-core.jar` |\n");
    s.append("| --- | --- | --- |\n");
    for (ObjectType r : wire.roots()) {
      s.append("| `")
          .append(r.simpleName())
          .append("` | `")
          .append(r.kind())
          .append("` | `/org/therapykit/json/schema/");
      s.append(r.kind()).append(".schema.json` |\n");
    }
    s.append("<!-- /wire -->\n\n");
    s.append("<!-- wire:JsonErrorCode -->\n| Code | When |\n| --- | --- |\n");
    for (java.util.Map.Entry<String, String> e : wire.errorCodes().entrySet()) {
      s.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n");
    }
    s.append("<!-- /wire -->\n\n");
    for (ObjectType o : wire.objects().values()) {
      s.append("<!-- wire:").append(o.simpleName()).append(" -->\n");
      s.append(table(o));
      s.append("<!-- /wire -->\n\n");
    }
    return s.toString();
  }

  private String table(ObjectType o) {
    StringBuilder s = new StringBuilder();
    s.append("| Field | Type | Required | Meaning |\n| --- | --- | --- | --- |\n");
    for (Attr a : o.attrs()) {
      s.append("| `").append(a.name()).append("` | ").append(type(a)).append(" | ");
      s.append(required(a)).append(" | ").append(a.summary()).append(" |\n");
    }
    return s.toString();
  }

  private String required(Attr a) {
    switch (a.presence()) {
      case REQUIRED:
        return "yes";
      case OPTIONAL:
        return a.notEmpty() ? "yes" : "no";
      case DERIVED:
        return "no (derived: written, checked, ignored on reading)";
      case DEFAULTED:
      default:
        String d = defaultValue(a);
        return d.isEmpty() ? "no (has a default)" : "no (default " + d + ")";
    }
  }

  private String defaultValue(Attr a) {
    String t = a.defaultText();
    if (t.equals("true") || t.equals("false") || t.matches("-?[0-9]+")) {
      return "`" + t + "`";
    }
    if (a.shape().kind() == Kind.HOURS && t.endsWith("Hours.ZERO")) {
      return "`0`";
    }
    if (a.shape().kind() == Kind.ENUM) {
      EnumType e = wire.enums().get(a.shape().qualifiedName());
      int dot = t.lastIndexOf('.');
      String constant = dot < 0 ? t : t.substring(dot + 1);
      String code = e.codes().get(constant);
      if (code != null) {
        return "`" + code + "`";
      }
    }
    return "";
  }

  private String type(Attr a) {
    String one = shape(a);
    if (a.container() == Container.LIST || a.container() == Container.SET) {
      String c = (a.container() == Container.SET ? "set of " : "list of ") + one;
      return a.notEmpty() ? c + ", at least one" : c;
    }
    return one;
  }

  private String shape(Attr a) {
    Shape s = a.shape();
    switch (s.kind()) {
      case STRING:
        return text(a.text());
      case BOOLEAN:
        return "boolean";
      case INT:
      case LONG:
        return a.range() == null
            ? "integer"
            : "integer " + plain(a.range().min()) + " to " + plain(a.range().max());
      case DOUBLE:
        return "number " + plain(a.range().min()) + " to " + plain(a.range().max());
      case DATE:
        return "date";
      case MONTH:
        return "month";
      case HOURS:
        return a.range() == null
            ? "hours"
            : "hours " + plain(a.range().min()) + " to " + plain(a.range().max());
      case TEXT_FORM:
        return wire.textForms().get(s.qualifiedName()).name();
      case OBJECT:
        return s.simpleName();
      case ENUM:
      default:
        EnumType e = wire.enums().get(s.qualifiedName());
        if (e.codes().size() > MAX_INLINE_CODES) {
          return "a `" + e.simpleName() + "` code";
        }
        StringBuilder b = new StringBuilder();
        for (String code : e.codes().values()) {
          b.append(b.length() == 0 ? "" : ", ").append('`').append(code).append('`');
        }
        return b.toString();
    }
  }

  private static String text(TextRule r) {
    StringBuilder b = new StringBuilder("text ≤ ").append(plain(r.max()));
    if (r.mayBeEmpty()) {
      b.append(", may be empty");
    }
    if (!r.pattern().isEmpty()) {
      b.append(", ").append(r.hint().isEmpty() ? "matching `" + r.pattern() + "`" : r.hint());
    }
    return b.toString().replace("|", "\\|");
  }

  private static String plain(double d) {
    Object n = Json.number(d);
    if (n instanceof Long l) {
      if (l == Integer.MAX_VALUE) {
        return "2,147,483,647";
      }
      return String.format(java.util.Locale.ROOT, "%,d", l);
    }
    return n.toString();
  }
}

package org.therapykit.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.Finding;
import org.therapykit.validation.InvalidValueException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TherapyKit values as JSON trees in their wire form (the one source of their fields), and those
 * trees as FHIR extensions.
 *
 * <p>The bridge maps the fields FHIR has elements for natively and carries the rest of a value in
 * one TherapyKit extension, generically: an object is a complex extension whose sub-extensions are
 * named by field; a string is {@code valueString}, a whole number {@code valueInteger}, another
 * number {@code valueDecimal}, a boolean {@code valueBoolean}; a list is a sub-extension whose
 * sub-extensions are all named {@code item}, in order; an empty string (FHIR has none) is a
 * sub-extension holding one {@code empty} flag. Empty lists and absent values are left out.
 */
final class Trees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Unknown fields fail, as in TherapyJson: a sub-extension the wire form lacks is reported. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final String ITEM = "item";
  private static final String EMPTY = "empty";

  private Trees() {}

  /** Returns the wire form of a value. */
  static ObjectNode tree(TherapyValue value) {
    JsonNode node = MAPPER.valueToTree(value);
    if (!(node instanceof ObjectNode o)) {
      throw new IllegalArgumentException("not an object value: " + value.getClass().getName());
    }
    return o;
  }

  /** Reads a value from its wire form, or throws a {@link Problem} naming codes only. */
  static <T> T value(JsonNode node, Class<T> type) throws Problem {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (RuntimeException e) {
      throw Problem.of(e, type);
    }
  }

  /** Returns the extension holding the fields of {@code fields}, or null if it has none. */
  static @Nullable Extension extension(String url, ObjectNode fields) {
    Extension e = new Extension(url);
    for (Map.Entry<String, JsonNode> f : fields.properties()) {
      add(e, f.getKey(), f.getValue());
    }
    return e.hasExtension() ? e : null;
  }

  private static void add(Extension parent, String url, JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isArray()) {
      Extension list = new Extension(url);
      for (JsonNode item : value) {
        add(list, ITEM, item);
      }
      if (list.hasExtension()) {
        parent.addExtension(list);
      }
    } else if (value.isObject()) {
      Extension child = extension(url, (ObjectNode) value);
      if (child != null) {
        parent.addExtension(child);
      }
    } else if (value.isString() && value.asString().isEmpty()) {
      Extension empty = new Extension(url);
      empty.addExtension(new Extension(EMPTY, new BooleanType(true)));
      parent.addExtension(empty);
    } else {
      parent.addExtension(new Extension(url, primitive(value)));
    }
  }

  private static Type primitive(JsonNode value) {
    if (value.isBoolean()) {
      return new BooleanType(value.booleanValue());
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return new IntegerType(value.intValue());
    }
    if (value.isNumber()) {
      return new DecimalType(value.decimalValue());
    }
    return new StringType(value.asString());
  }

  /**
   * Returns the fields an extension holds, as the object {@link #extension} was given; a
   * sub-extension that is not in this form throws.
   */
  static ObjectNode fields(Extension e) throws Problem {
    ObjectNode out = NODES.objectNode();
    for (Extension child : e.getExtension()) {
      String url = child.getUrl();
      if (url == null || url.isEmpty()) {
        throw new Problem("a sub-extension has no url");
      }
      if (out.has(url)) {
        throw new Problem("the field " + url + " appears twice");
      }
      out.set(url, node(child));
    }
    return out;
  }

  private static JsonNode node(Extension e) throws Problem {
    if (e.hasValue()) {
      Type v = e.getValue();
      if (v instanceof BooleanType b && b.getValue() != null) {
        return NODES.booleanNode(b.booleanValue());
      }
      if (v instanceof IntegerType i && i.getValue() != null) {
        return NODES.numberNode(i.getValue());
      }
      if (v instanceof DecimalType d && d.getValue() != null) {
        BigDecimal value = d.getValue();
        return NODES.numberNode(value);
      }
      if (v instanceof StringType s && s.getValue() != null) {
        return NODES.stringNode(s.getValue());
      }
      throw new Problem("the field " + e.getUrl() + " has a value of an unexpected type");
    }
    List<Extension> children = e.getExtension();
    if (children.size() == 1
        && EMPTY.equals(children.get(0).getUrl())
        && children.get(0).getValue() instanceof BooleanType) {
      return NODES.stringNode("");
    }
    if (!children.isEmpty() && children.stream().allMatch(c -> ITEM.equals(c.getUrl()))) {
      ArrayNode list = NODES.arrayNode();
      for (Extension c : children) {
        list.add(node(c));
      }
      return list;
    }
    return fields(e);
  }

  /** A wire form that did not make a value; the message holds codes and field names only. */
  static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String detail;

    Problem(String message) {
      super(message, null, false, false);
      this.detail = message;
    }

    /** Returns the message, never null. */
    String detail() {
      return detail;
    }

    static Problem of(RuntimeException e, Class<?> type) {
      List<String> parts = new ArrayList<>();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException iv) {
          for (Finding f : iv.violations()) {
            parts.add(f.code().code() + (f.path().isEmpty() ? "" : " at " + f.path()));
          }
          break;
        }
        if (t instanceof JsonInputException j) {
          parts.add(j.code().name() + (j.pointer().isEmpty() ? "" : " at " + j.pointer()));
          break;
        }
      }
      return new Problem(
          "does not make a valid "
              + type.getSimpleName()
              + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
    }
  }
}

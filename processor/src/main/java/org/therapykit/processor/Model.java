package org.therapykit.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/** What the processor knows of the model: the wire types, read once from the source. */
final class Model {
  private Model() {}

  /** The JSON shape of one value. */
  enum Kind {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    DOUBLE,
    DATE,
    MONTH,
    HOURS,
    ENUM,
    TEXT_FORM,
    OBJECT
  }

  /** How many values an attribute holds. */
  enum Container {
    ONE,
    OPTIONAL,
    LIST,
    SET
  }

  /** Whether an attribute must appear in a document. */
  enum Presence {
    /** Must be present. */
    REQUIRED,
    /** May be absent; the model supplies a default. Always written. */
    DEFAULTED,
    /** May be absent (an empty optional, an empty list or set). Written only when present. */
    OPTIONAL,
    /**
     * Computed from other attributes: written, and on reading checked for its form, then ignored.
     */
    DERIVED
  }

  /** A leaf or object type. {@code type} is null for the JDK kinds. */
  record Shape(Kind kind, TypeElement type) {
    String simpleName() {
      return type.getSimpleName().toString();
    }

    String qualifiedName() {
      return type.getQualifiedName().toString();
    }

    /** The Java type of one value, boxed. */
    String javaType() {
      return switch (kind) {
        case STRING -> "String";
        case BOOLEAN -> "Boolean";
        case INT -> "Integer";
        case LONG -> "Long";
        case DOUBLE -> "Double";
        case DATE -> "java.time.LocalDate";
        case MONTH -> "java.time.YearMonth";
        case HOURS -> "org.therapykit.Hours";
        default -> qualifiedName();
      };
    }
  }

  /** The rule of {@code @Text}. */
  record TextRule(int max, String pattern, String hint, boolean mayBeEmpty, String check) {}

  /** The rule of {@code @Range}. */
  record RangeRule(double min, double max) {}

  /** One attribute of an object type, in source order. */
  record Attr(
      String name,
      Shape shape,
      Container container,
      Presence presence,
      TextRule text,
      RangeRule range,
      boolean notEmpty,
      String summary,
      String defaultText) {
    boolean isCollection() {
      return container == Container.LIST || container == Container.SET;
    }

    /**
     * Whether a document must hold the property: a required value, or a list that may not be empty.
     */
    boolean isRequiredOnWire() {
      return presence == Presence.REQUIRED || (presence == Presence.OPTIONAL && notEmpty);
    }
  }

  /** An Immutables value written as a JSON object. */
  record ObjectType(
      TypeElement element,
      String simpleName,
      String packageName,
      List<Attr> attrs,
      String summary,
      String kind,
      boolean checked,
      boolean publicBuilder) {
    boolean isRoot() {
      return !kind.isEmpty();
    }

    String qualifiedName() {
      return element.getQualifiedName().toString();
    }

    boolean hasInvariants() {
      for (Attr a : attrs) {
        if (a.presence() != Presence.DERIVED
            && (a.text() != null
                || a.range() != null
                || a.notEmpty()
                || a.shape().kind() == Kind.DATE
                || a.shape().kind() == Kind.MONTH)) {
          return true;
        }
      }
      return false;
    }
  }

  /** An enum implementing {@code Coded}: constant names to wire codes, in declaration order. */
  record EnumType(TypeElement element, Map<String, String> codes, String summary) {
    String simpleName() {
      return element.getSimpleName().toString();
    }
  }

  /** A value written as one string ({@code @TextForm}). */
  record TextFormType(
      TypeElement element, String name, String pattern, String example, String parse) {
    String simpleName() {
      return element.getSimpleName().toString();
    }
  }

  /** Everything reachable from the root documents. */
  record Wire(
      String formatVersion,
      List<ObjectType> roots,
      Map<String, ObjectType> objects,
      Map<String, EnumType> enums,
      Map<String, TextFormType> textForms,
      long maxHoursHundredths,
      String datePattern,
      int minYear,
      int maxYear,
      Map<String, String> errorCodes) {}
}

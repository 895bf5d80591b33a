package org.therapykit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.therapykit.Coded;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.internal.IsoDates;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializers and deserializers of the leaf types: each reads exactly one JSON shape and nothing
 * else (no coercion), and reports with a {@link JsonErrorCode} but never the input value.
 */
final class Codecs {
  private Codecs() {}

  /** A value written as a JSON string, such as a {@code PractitionerId} or a {@code DateRange}. */
  static final class TextSerializer<T> extends StdSerializer<T> {
    private final Function<T, String> format;

    TextSerializer(Class<T> type, Function<T, String> format) {
      super(type);
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.apply(value));
    }
  }

  /** Reads a JSON string through a parse function that throws for bad text. */
  static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private final Function<String, T> parse;
    private final String expected;

    TextDeserializer(Class<T> type, Function<String, T> parse, String expected) {
      super(type);
      this.parse = parse;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new JsonProblem(p, JsonErrorCode.WRONG_TYPE, "expected a string: " + expected);
      }
      try {
        return parse.apply(p.getString());
      } catch (InvalidValueException | DateTimeParseException e) {
        throw new JsonProblem(p, JsonErrorCode.INVALID_VALUE, "expected " + expected);
      }
    }
  }

  /** Parses a calendar date in the one form the format allows, {@code yyyy-MM-dd}. */
  static LocalDate parseDate(String text) {
    if (!IsoDates.isPlainDate(text, 0, text.length())) {
      throw new DateTimeParseException("not yyyy-MM-dd", "", 0);
    }
    return IsoDates.parse(text, 0, text.length());
  }

  /** Writes a date as {@code yyyy-MM-dd}, exactly as {@code LocalDate.toString()}, without it. */
  static final class DateSerializer extends StdSerializer<LocalDate> {
    DateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializationContext ctxt) {
      char[] text = new char[10];
      if (IsoDates.format(value, text, 0) < 0) {
        gen.writeString(value.toString());
      } else {
        gen.writeString(text, 0, 10);
      }
    }
  }

  /** Writes a date range as {@link DateRange#toString()} does, without building strings. */
  static final class DateRangeSerializer extends StdSerializer<DateRange> {
    DateRangeSerializer() {
      super(DateRange.class);
    }

    @Override
    public void serialize(DateRange value, JsonGenerator gen, SerializationContext ctxt) {
      char[] text = new char[21];
      int n = IsoDates.format(value.start(), text, 0);
      if (n >= 0) {
        text[n++] = '/';
        if (value.end().isPresent()) {
          n = IsoDates.format(value.end().get(), text, n);
        } else {
          text[n++] = '.';
          text[n++] = '.';
        }
      }
      if (n < 0) {
        gen.writeString(value.toString()); // a year beyond 0 to 9999
      } else {
        gen.writeString(text, 0, n);
      }
    }
  }

  /** Writes the stable {@link Coded#code()} of an enum constant. */
  static final class CodedSerializer extends StdSerializer<Coded> {
    CodedSerializer() {
      super(Coded.class);
    }

    @Override
    public void serialize(Coded value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.code());
    }
  }

  /** Reads an enum constant from its code; never from a number or a constant name. */
  static final class CodedDeserializer<E extends Enum<E> & Coded> extends StdScalarDeserializer<E> {
    private final Map<String, E> byCode = new HashMap<>();
    private final String typeName;

    CodedDeserializer(Class<E> type) {
      super(type);
      for (E e : type.getEnumConstants()) {
        byCode.put(e.code(), e);
      }
      this.typeName = type.getSimpleName();
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new JsonProblem(p, JsonErrorCode.WRONG_TYPE, "expected a string code of " + typeName);
      }
      E e = byCode.get(p.getString());
      if (e == null) {
        throw new JsonProblem(p, JsonErrorCode.INVALID_VALUE, "unknown code of " + typeName);
      }
      return e;
    }
  }

  /** Writes a finding code in its upper snake case wire form. */
  static final class FindingCodeSerializer extends StdSerializer<FindingCode> {
    FindingCodeSerializer() {
      super(FindingCode.class);
    }

    @Override
    public void serialize(FindingCode value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.code());
    }
  }

  /** Reads a finding code from its wire form. */
  static final class FindingCodeDeserializer extends StdScalarDeserializer<FindingCode> {
    private final Map<String, FindingCode> byCode = new HashMap<>();

    FindingCodeDeserializer() {
      super(FindingCode.class);
      for (FindingCode c : FindingCode.values()) {
        byCode.put(c.code(), c);
      }
    }

    @Override
    public FindingCode deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new JsonProblem(p, JsonErrorCode.WRONG_TYPE, "expected a finding code string");
      }
      FindingCode c = byCode.get(p.getString());
      if (c == null) {
        throw new JsonProblem(p, JsonErrorCode.INVALID_VALUE, "unknown finding code");
      }
      return c;
    }
  }

  /** Writes hours as a plain JSON number, such as {@code 89.5}. */
  static final class HoursSerializer extends StdSerializer<Hours> {
    HoursSerializer() {
      super(Hours.class);
    }

    @Override
    public void serialize(Hours value, JsonGenerator gen, SerializationContext ctxt) {
      long hundredths = value.hundredths();
      long whole = hundredths / 100;
      int fraction = (int) (hundredths % 100);
      if (fraction == 0) {
        gen.writeNumber(whole);
      } else if (fraction % 10 == 0) {
        // Hours.toString() without its BigDecimal: 62.5, 0.1
        gen.writeNumber(whole + "." + fraction / 10);
      } else {
        gen.writeNumber(whole + (fraction < 10 ? ".0" : ".") + fraction);
      }
    }
  }

  /**
   * Reads hours from a JSON number with at most two decimal places, from 0 to 10,000,000. A string,
   * a boolean, a huge exponent such as {@code 1e-100000000} or a third decimal place is rejected,
   * never rounded.
   */
  static final class HoursDeserializer extends StdScalarDeserializer<Hours> {
    HoursDeserializer() {
      super(Hours.class);
    }

    @Override
    public Hours deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      try {
        if (t == JsonToken.VALUE_NUMBER_INT) {
          if (p.getNumberType() != JsonParser.NumberType.INT
              && p.getNumberType() != JsonParser.NumberType.LONG) {
            throw new JsonProblem(p, JsonErrorCode.INVALID_VALUE, "hours out of range");
          }
          return Hours.of(p.getLongValue());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          return Hours.of(new BigDecimal(p.getString()));
        }
      } catch (InvalidValueException | NumberFormatException | ArithmeticException e) {
        throw new JsonProblem(
            p, JsonErrorCode.INVALID_VALUE, "hours must be 0 to 10,000,000 with two decimals");
      }
      throw new JsonProblem(p, JsonErrorCode.WRONG_TYPE, "expected a number of hours");
    }
  }
}

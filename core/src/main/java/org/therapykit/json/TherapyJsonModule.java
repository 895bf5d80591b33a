package org.therapykit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for hosts that own a {@code JsonMapper}: it registers, for every TherapyKit
 * type with a JSON form ({@link TherapyValue}), the same generated reader and writer {@link
 * TherapyJson} uses, and nothing for any other type.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TherapyJsonModule()).build();
 * // or JsonMapper.builder().findAndAddModules().build(): the module is a registered service
 * Practitioner p = mapper.readValue(json, Practitioner.class);
 * }</pre>
 *
 * <p>Values read and write without the document envelope ({@code formatVersion}) that {@link
 * TherapyJson} adds. Each value's fields are read strictly (duplicates, {@code null}, coercion,
 * invariants); unknown properties are rejected unless the host disables {@code
 * DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}. The host's mapper keeps its own read limits
 * and its own handling of every other type. A value that cannot be read fails with a Jackson {@code
 * DatabindException} whose cause is a {@link JsonInputException} with every problem.
 *
 * <p>Registering the module is optional: {@link TherapyValue} names the same serializer and
 * deserializer, so a mapper without the module reads and writes TherapyKit values the same way
 * (never as {@code {}}). The module makes the choice explicit and skips the annotation lookup.
 *
 * <p>Immutable and thread-safe; one instance may be registered with any number of mappers.
 */
public final class TherapyJsonModule extends JacksonModule {
  /** The index of each class in the generated registry, including generated subclasses. */
  private static final ClassValue<Integer> INDEX =
      new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
          for (int i = 0; i < WireTypes.ALL.length; i++) {
            if (WireTypes.ALL[i].isAssignableFrom(type)) {
              return i;
            }
          }
          return -1;
        }
      };

  /**
   * Creates the module; {@code ServiceLoader} and hosts call this.
   *
   * @throws IllegalStateException if {@code jackson-annotations} is older than 2.20, which Jackson
   *     3 needs (a Jackson 2 BOM pins it lower): the message says what to do
   */
  public TherapyJsonModule() {
    ClassLoader loader = TherapyJsonModule.class.getClassLoader();
    JacksonAnnotations.require(loader == null ? ClassLoader.getSystemClassLoader() : loader);
  }

  @Override
  public String getModuleName() {
    return "therapykit";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.therapykit", "therapykit-core");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (int i = 0; i < WireTypes.ALL.length; i++) {
      add(serializers, deserializers, WireTypes.ALL[i], i);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void add(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type, int index) {
    serializers.addSerializer(type, new WireSerializer(index));
    deserializers.addDeserializer(type, new TypedDeserializer<>(type, index));
  }

  private static int indexOf(Class<?> type) {
    return INDEX.get(type);
  }

  /**
   * Writes any {@link TherapyValue} in its TherapyKit form; named by {@link TherapyValue}, so that
   * a mapper without the module writes the same. Hosts do not use it directly.
   */
  public static final class WireSerializer extends StdSerializer<Object> {
    private final int index;

    /** Creates the serializer that finds the form from the value's class; Jackson calls this. */
    public WireSerializer() {
      this(-1);
    }

    WireSerializer(int index) {
      super(Object.class);
      this.index = index;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      int i = index >= 0 ? index : indexOf(value.getClass());
      if (i < 0) {
        throw DatabindException.from(g, "not a TherapyKit value: " + value.getClass().getName());
      }
      WireTypes.write(i, g, value);
    }
  }

  /**
   * Reads any {@link TherapyValue} type from its TherapyKit form; named by {@link TherapyValue}, so
   * that a mapper without the module reads the same. Hosts do not use it directly.
   */
  public static final class WireDeserializer extends DeserializerBase<Object> {
    /** Creates the deserializer before Jackson tells it the type; Jackson calls this. */
    public WireDeserializer() {
      super(Object.class, -1);
    }

    @Override
    public tools.jackson.databind.ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, @Nullable BeanProperty property) {
      JavaType t = ctxt.getContextualType();
      if (t == null && property != null) {
        t = property.getType();
      }
      if (t == null) {
        return this;
      }
      int i = indexOf(t.getRawClass());
      return i < 0 ? this : new TypedDeserializer<>(WireTypes.ALL[i], i);
    }
  }

  /** The deserializer of one known type. */
  private static final class TypedDeserializer<T> extends DeserializerBase<T> {
    TypedDeserializer(Class<T> type, int index) {
      super(type, index);
    }
  }

  /** Reads through the generated reader of one type and reports problems the Jackson way. */
  private abstract static class DeserializerBase<T>
      extends tools.jackson.databind.ValueDeserializer<T> {
    private final Class<T> type;
    private final int index;

    DeserializerBase(Class<T> type, int index) {
      this.type = type;
      this.index = index;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (index < 0) {
        throw DatabindException.from(
            p, "not a TherapyKit value type: " + type.getName() + " (register TherapyJsonModule)");
      }
      WireReader r =
          new WireReader(!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
      Object value;
      try {
        value = WireTypes.read(index, p, r);
      } catch (WireReader.Stop stop) {
        throw failure(p, new JsonInputException(r.problems(), true));
      }
      if (value == null || r.hasProblems()) {
        throw failure(p, new JsonInputException(r.problems(), r.truncated()));
      }
      return type.cast(value);
    }

    private static DatabindException failure(JsonParser p, JsonInputException e) {
      return DatabindException.from(p, "Invalid TherapyKit value: " + e.getMessage(), e);
    }
  }
}

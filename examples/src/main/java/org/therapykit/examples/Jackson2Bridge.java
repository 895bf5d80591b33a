package org.therapykit.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.therapykit.json.JsonInputException;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;

/**
 * For a Jackson 2 host (Spring Boot 3): a Jackson 2 module that carries TherapyKit documents inside
 * the host's own messages by passing them through {@link TherapyJson} as text. A test runs it.
 *
 * <p>{@code TherapyJson} needs only Jackson 3's {@code jackson-core} (package {@code
 * tools.jackson}, so it sits beside Jackson 2 without conflict) and works with whatever {@code
 * jackson-annotations} the host's BOM pins. Each TherapyKit value travels as a whole document,
 * {@code formatVersion} envelope included, so it is read with TherapyKit's strict, versioned rules;
 * a document that breaks them fails the host's read with a {@code JsonMappingException} whose cause
 * is the {@link JsonInputException} (code and JSON Pointer). Copy this class into the host: it is
 * not published.
 */
public final class Jackson2Bridge {
  private Jackson2Bridge() {}

  /**
   * Returns a Jackson 2 module that reads and writes the given TherapyKit document types; in Spring
   * Boot 3, declare it as a {@code @Bean} of type {@code com.fasterxml.jackson.databind.Module} and
   * Boot adds it to its {@code ObjectMapper}.
   *
   * @param json the TherapyKit reader and writer to use, not null
   * @param types the document types the host's messages carry, such as {@code Practitioner.class}
   * @return the module, not null
   */
  @SafeVarargs
  public static SimpleModule module(TherapyJson json, Class<? extends TherapyDocument>... types) {
    SimpleModule module = new SimpleModule("therapykit-jackson2-bridge");
    for (Class<? extends TherapyDocument> type : types) {
      add(module, json, type);
    }
    return module;
  }

  private static <T extends TherapyDocument> void add(
      SimpleModule module, TherapyJson json, Class<T> type) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeRawValue(json.write(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = p.readValueAsTree();
            try {
              return json.read(type, tree.toString());
            } catch (JsonInputException e) {
              throw JsonMappingException.from(
                  p, "not a valid TherapyKit " + type.getSimpleName() + " document", e);
            }
          }
        });
  }
}

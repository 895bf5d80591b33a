package org.therapykit.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.therapykit.json.TherapyJson;

/**
 * The schema hook of {@link JsonContracts} backed by networknt's json-schema-validator, as a host
 * would write it: each schema loaded once from the classpath resource it is given.
 */
public final class NetworkntSchemas implements JsonContracts.SchemaValidator {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  @Override
  public List<String> validate(String schemaResource, String document) {
    Schema schema = schemas.computeIfAbsent(schemaResource, NetworkntSchemas::load);
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(document, InputFormat.JSON)) {
      out.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    return out;
  }

  private static Schema load(String resource) {
    try (InputStream in = TherapyJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + resource);
      }
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

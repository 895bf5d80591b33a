package org.therapykit.fhir;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of the mapping table: a TherapyKit field (by its wire name) that the bridge maps to a
 * FHIR element natively. The writer takes the field out of the value's wire form with {@link
 * #take}, so whatever no line takes is carried in the value's TherapyKit extension; the reader puts
 * it back with {@link #put}. {@code docs/fhir-mapping.md} is generated from these lines.
 *
 * @param type the TherapyKit type, such as {@code License}
 * @param field the wire field, such as {@code validity}
 * @param element the FHIR element, as a FHIRPath-like path, such as {@code
 *     Practitioner.qualification.period}
 * @param note how the value is written, for the table
 * @param readBack false for an element written for FHIR readers only, derived from a field that
 *     travels in the TherapyKit extension (the reader ignores the element)
 */
@com.google.errorprone.annotations.Immutable
record Native(String type, String field, String element, String note, boolean readBack) {

  Native(String type, String field, String element, String note) {
    this(type, field, element, note, true);
  }

  /** A line for an element written for readers only; the field itself is carried. */
  static Native writtenOnly(String type, String field, String element, String note) {
    return new Native(type, field, element, note, false);
  }

  /** Removes the field from a value's wire form and returns it, or null if absent. */
  @Nullable JsonNode take(ObjectNode wire) {
    JsonNode v = wire.remove(field);
    return v == null || v.isNull() ? null : v;
  }

  /** Removes a text field and returns it, or null if absent. */
  @Nullable String text(ObjectNode wire) {
    JsonNode v = take(wire);
    return v == null ? null : v.asString();
  }

  /** Puts a text field into a wire form being rebuilt; null leaves it absent. */
  void put(ObjectNode wire, @Nullable String value) {
    if (value != null) {
      wire.put(field, value);
    }
  }

  /** Puts a field into a wire form being rebuilt; null leaves it absent. */
  void put(ObjectNode wire, @Nullable JsonNode value) {
    if (value != null) {
      wire.set(field, value);
    }
  }
}

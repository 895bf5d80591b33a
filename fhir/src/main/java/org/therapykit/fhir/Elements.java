package org.therapykit.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.therapykit.DateRange;
import tools.jackson.databind.JsonNode;

/** Conversions between TherapyKit's wire values and FHIR datatypes, shared by the mappings. */
final class Elements {
  /** Identifier systems for TherapyKit's ids: {@code .../id/practitioner} and so on. */
  static final String ID = FhirTerminology.BASE + "/id/";

  private Elements() {}

  /**
   * Returns the FHIR id of a TherapyKit value: a UUID named by the resource type and the TherapyKit
   * id, so that it is stable and always a valid FHIR id (TherapyKit ids may hold characters, such
   * as {@code _} and {@code :}, and lengths FHIR ids may not).
   */
  static String fhirId(String resourceType, String... key) {
    return UUID.nameUUIDFromBytes((resourceType + "/" + String.join("\u0000", key)).getBytes(UTF_8))
        .toString();
  }

  /** Returns the {@code urn:uuid} reference to a resource written with {@link #fhirId}. */
  static Reference reference(String fhirId) {
    return new Reference("urn:uuid:" + fhirId);
  }

  /** Returns the identifier of a TherapyKit id of the given kind. */
  static Identifier identifier(String kind, String value) {
    return new Identifier().setSystem(ID + kind).setValue(value);
  }

  /** Returns the value of the identifier of the given kind, or null. */
  static @Nullable String identifierValue(java.util.List<Identifier> identifiers, String kind) {
    for (Identifier i : identifiers) {
      if ((ID + kind).equals(i.getSystem()) && i.hasValue()) {
        return i.getValue();
      }
    }
    return null;
  }

  /** Returns the FHIR period of a TherapyKit date range such as {@code 2019-08-01/..}. */
  static Period period(String range) {
    DateRange r = DateRange.parse(range);
    Period p = new Period().setStartElement(new DateTimeType(r.start().toString()));
    r.end().ifPresent(end -> p.setEndElement(new DateTimeType(end.toString())));
    return p;
  }

  /**
   * Returns the TherapyKit date range of a period, or null if it has no start; a date-time keeps
   * its date.
   */
  static @Nullable String range(Period p) {
    if (!p.hasStartElement() || p.getStartElement().getValueAsString() == null) {
      return null;
    }
    String start = date(p.getStartElement().getValueAsString());
    String end = p.hasEndElement() ? date(p.getEndElement().getValueAsString()) : "..";
    return start + "/" + end;
  }

  /** Returns the date part of a FHIR date or dateTime string. */
  static String date(@Nullable String dateTime) {
    if (dateTime == null) {
      return "";
    }
    return dateTime.length() > 10 ? dateTime.substring(0, 10) : dateTime;
  }

  /** Returns a field the wire form must have; its absence is a bug in the mapping, not input. */
  static String require(@Nullable String value) {
    if (value == null) {
      throw new IllegalStateException("a required field is absent from the wire form");
    }
    return value;
  }

  /** As {@link #require(String)}, for a node. */
  static JsonNode require(@Nullable JsonNode value) {
    if (value == null) {
      throw new IllegalStateException("a required field is absent from the wire form");
    }
    return value;
  }
}

package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import org.therapykit.validation.Severity;

/**
 * A problem met while mapping FHIR to TherapyKit (or an element withheld on the way out): a code, a
 * FHIRPath-like location such as {@code Bundle.entry[3].resource.qualification[1].period}, a
 * severity and a message for people that never contains a value from the input.
 *
 * @param code the code, not null
 * @param location where, as a FHIRPath-like expression, not null
 * @param severity {@code error} when the element (or its resource) was not mapped, {@code warning}
 *     when it was mapped with a loss, {@code info} otherwise; not null
 * @param message for people, not null; never holds an input value
 */
public record MappingFinding(MappingCode code, String location, Severity severity, String message) {

  /**
   * Checks that no component is null.
   *
   * @param code see the record's description
   * @param location see the record's description
   * @param severity see the record's description
   * @param message see the record's description
   */
  public MappingFinding {
    requireNonNull(code, "code");
    requireNonNull(location, "location");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
  }

  static MappingFinding error(MappingCode code, String location, String message) {
    return new MappingFinding(code, location, Severity.ERROR, message);
  }

  static MappingFinding warning(MappingCode code, String location, String message) {
    return new MappingFinding(code, location, Severity.WARNING, message);
  }

  /**
   * Returns the finding with its location under {@code prefix}: {@code Practitioner.name} under
   * {@code Bundle.entry[2].resource} is {@code Bundle.entry[2].resource.name}.
   *
   * @param prefix the location of the resource, not null
   * @return the relocated finding, not null
   */
  public MappingFinding under(String prefix) {
    int dot = location.indexOf('.');
    String rest = dot < 0 ? "" : location.substring(dot);
    return new MappingFinding(code, prefix + rest, severity, message);
  }

  @Override
  public String toString() {
    return severity.code() + " " + code.code() + " at " + location + ": " + message;
  }
}

package org.therapykit.fhir;

import org.therapykit.TherapyKitException;

/**
 * Input that is not FHIR R4 JSON at all (not JSON, or not a resource HAPI can parse): thrown by
 * {@link FhirR4#parse}. FHIR that parses but cannot be mapped is never an exception; it is reported
 * as {@link MappingFinding}s. The message never holds a value from the input.
 */
public final class FhirInputException extends TherapyKitException {
  /** The serial form's version. */
  private static final long serialVersionUID = 1L;

  /** Where the parser stopped, or empty. */
  private final String location;

  FhirInputException(String message, String location) {
    super(message);
    this.location = location;
  }

  /**
   * Returns the code, always {@link MappingCode#UNPARSABLE}.
   *
   * @return the code, not null
   */
  public MappingCode code() {
    return MappingCode.UNPARSABLE;
  }

  /**
   * Returns where the parser stopped, as an element path when HAPI names one, else empty.
   *
   * @return the location, not null
   */
  public String location() {
    return location;
  }
}

package org.therapykit.fhir;

import org.therapykit.Coded;

/**
 * The codes of {@link MappingFinding}s: what kept a FHIR element from being mapped to TherapyKit.
 *
 * <p>Codes are append-only, like {@link org.therapykit.validation.FindingCode}'s; the wire form is
 * {@link #code()}. They are also the concepts of the {@code mapping-code} CodeSystem of {@link
 * FhirTerminology}.
 */
public enum MappingCode implements Coded {
  /** A coded element carries no code the bridge maps (for example a qualification code). */
  UNKNOWN_CODE("UNKNOWN_CODE"),
  /** An element the mapping needs is absent, such as a period without a start. */
  MISSING_ELEMENT("MISSING_ELEMENT"),
  /**
   * The elements are present but do not make a valid TherapyKit value (an invariant fails, or a
   * TherapyKit extension is malformed); the message names the invariant codes, never the value.
   */
  INVALID_VALUE("INVALID_VALUE"),
  /** A reference does not resolve to a resource of the expected type in the same bundle. */
  UNRESOLVED_REFERENCE("UNRESOLVED_REFERENCE"),
  /** A Consent whose scope, provisions or parties the rules cannot interpret. */
  UNINTERPRETABLE_CONSENT("UNINTERPRETABLE_CONSENT"),
  /** A resource of a type the entry point does not read; it is skipped. */
  UNSUPPORTED_RESOURCE("UNSUPPORTED_RESOURCE"),
  /** The input is not FHIR JSON the parser can read at all. */
  UNPARSABLE("UNPARSABLE"),
  /** A value is not exported, by design: psychotherapy notes never leave TherapyKit in a bundle. */
  WITHHELD("WITHHELD");

  private final String code;

  MappingCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

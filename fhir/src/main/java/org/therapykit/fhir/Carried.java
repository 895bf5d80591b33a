package org.therapykit.fhir;

/**
 * One TherapyKit extension of the mapping table: the fields of {@code type} that no {@link Native}
 * line maps travel in the extension {@code url} at {@code element}.
 *
 * @param type the TherapyKit type
 * @param element where the extension sits, as a FHIRPath-like path
 * @param url the extension's canonical URL
 */
@com.google.errorprone.annotations.Immutable
record Carried(String type, String element, String url) {
  static Carried of(String type, String element, String name) {
    return new Carried(type, element, FhirTerminology.BASE + "/StructureDefinition/" + name);
  }
}

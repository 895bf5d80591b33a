/**
 * The HL7 FHIR R4 bridge: TherapyKit's practitioners, courses of therapy and qualification
 * assessments to and from HAPI FHIR's R4 structures.
 *
 * <p>Start at {@link org.therapykit.fhir.FhirR4}. What the bridge maps, element by element, is in
 * {@code docs/fhir-mapping.md}; the CodeSystems and ValueSets it writes codes from are {@link
 * org.therapykit.fhir.FhirTerminology}'s. Reading FHIR never throws for content: what cannot be
 * mapped is reported as a {@link org.therapykit.fhir.MappingFinding} with a FHIRPath-like location,
 * and the rest is still mapped.
 */
@NullMarked
package org.therapykit.fhir;

import org.jspecify.annotations.NullMarked;

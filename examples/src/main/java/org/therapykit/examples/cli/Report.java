package org.therapykit.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;

/** Where {@code check} writes its results: a table for people, or JSON for programs. */
interface Report {
  /** Called once, before any record. */
  void begin(LocalDate asOf, String policyId, List<Source> sources);

  /** Called for each practitioner read, in input order. */
  void add(Practitioner practitioner, QualificationAssessment assessment);

  /**
   * Called after the practitioners of a FHIR input: what could not be mapped from FHIR to
   * TherapyKit, each finding with its FHIRPath-like location, possibly none.
   */
  void mappingFindings(Source source, List<MappingFinding> findings);

  /** Called once, after the last record. */
  void end(LocalDate asOf, Tally tally);
}

package org.therapykit.examples.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * The counts of one run of {@code check}: per classification, invalid records, expiry warnings, and
 * for FHIR input the mapping findings.
 */
final class Tally {
  private final Map<Classification, Long> counts = new EnumMap<>(Classification.class);
  private long records;
  private long invalid;
  private long expiring;
  private long fhirInputs;
  private long mappingFindings;
  private long mappingErrors;

  void add(QualificationAssessment a) {
    records++;
    counts.merge(a.classification(), 1L, Long::sum);
    if (!a.findings(FindingCode.CERTIFICATION_EXPIRING).isEmpty()
        || !a.findings(FindingCode.LICENSE_EXPIRING).isEmpty()) {
      expiring++;
    }
  }

  void addInvalid() {
    records++;
    invalid++;
  }

  /** Counts a FHIR input read and its mapping findings. */
  void addFhirInput(List<MappingFinding> findings) {
    fhirInputs++;
    mappingFindings += findings.size();
    mappingErrors += findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** Records seen, valid or not. */
  long records() {
    return records;
  }

  long count(Classification c) {
    return counts.getOrDefault(c, 0L);
  }

  /** Records that could not be read, and empty inputs. */
  long invalid() {
    return invalid;
  }

  /** Practitioners with a certification or licence that expires within the warning window. */
  long expiring() {
    return expiring;
  }

  /** Practitioners assessed. */
  long assessed() {
    return records - invalid;
  }

  /** FHIR inputs read (a Bundle or a Practitioner each). */
  long fhirInputs() {
    return fhirInputs;
  }

  /** Mapping findings of the FHIR inputs, of every severity. */
  long mappingFindings() {
    return mappingFindings;
  }

  /** Mapping findings of severity error: FHIR elements or resources that were not mapped. */
  long mappingErrors() {
    return mappingErrors;
  }
}

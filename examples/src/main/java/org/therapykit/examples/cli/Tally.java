package org.therapykit.examples.cli;

import java.util.EnumMap;
import java.util.Map;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.validation.FindingCode;

/** The counts of one run of {@code check}: per classification, invalid records, expiry warnings. */
final class Tally {
  private final Map<Classification, Long> counts = new EnumMap<>(Classification.class);
  private long records;
  private long invalid;
  private long expiring;

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
}

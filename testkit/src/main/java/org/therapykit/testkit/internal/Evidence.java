package org.therapykit.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.therapykit.credential.Certification;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.testkit.Source;

/**
 * The evidence of one practitioner being generated: lists that are filled, then built once. Keeps
 * licence and certificate numbers unique, so the practitioner's invariants hold by construction.
 * Used by one generation on one thread.
 */
final class Evidence {
  final List<License> licenses = new ArrayList<>();
  final List<Degree> degrees = new ArrayList<>();
  final List<Certification> certifications = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<TrainingRecord> trainings = new ArrayList<>();
  final List<SupervisedPractice> practice = new ArrayList<>();
  final List<Affiliation> affiliations = new ArrayList<>();
  final List<ContinuingEducation> continuingEducation = new ArrayList<>();
  final List<ClinicalExperience> experience = new ArrayList<>();
  private final Set<String> licenseKeys = new HashSet<>();
  private final Set<String> certificationKeys = new HashSet<>();

  void add(License l) {
    licenses.add(unique(l));
  }

  /** Inserts at a drawn position, so the element a rule reports is not always first. */
  void insert(Source s, License l) {
    licenses.add(s.between(0, licenses.size()), unique(l));
  }

  void add(Certification c) {
    certifications.add(unique(c));
  }

  /** Inserts at a drawn position; returns the certification as stored (perhaps renumbered). */
  Certification insert(Source s, Certification c) {
    Certification stored = unique(c);
    certifications.add(s.between(0, certifications.size()), stored);
    return stored;
  }

  /**
   * Inserts an earlier cycle of a certification already added: same body and number, so it skips
   * the renumbering that keeps other certificates apart.
   */
  void insertEarlierCycle(Source s, Certification c) {
    certifications.add(s.between(0, certifications.size()), c);
  }

  private License unique(License l) {
    String number = l.number();
    for (int k = 2; !licenseKeys.add(l.jurisdiction() + "|" + number); k++) {
      number = l.number() + "-" + k;
    }
    return number.equals(l.number()) ? l : l.withNumber(number);
  }

  private Certification unique(Certification c) {
    String number = c.number();
    for (int k = 2; !certificationKeys.add(c.body() + "|" + number); k++) {
      number = c.number() + "-" + k;
    }
    return number.equals(c.number()) ? c : c.withNumber(number);
  }

  Practitioner build(Source s) {
    boolean doctor =
        degrees.stream().anyMatch(d -> d.level().isAtLeast(DegreeLevel.DOCTORATE))
            || licenses.stream().anyMatch(l -> l.profession() == Profession.PSYCHIATRIST);
    return Practitioner.builder()
        .id(Credentials.practitionerId(s))
        .displayName(Credentials.displayName(s, doctor))
        .licenses(licenses)
        .degrees(degrees)
        .certifications(certifications)
        .memberships(memberships)
        .trainings(trainings)
        .supervisedPractice(practice)
        .affiliations(affiliations)
        .continuingEducation(continuingEducation)
        .clinicalExperience(experience)
        .build();
  }
}

package org.therapykit.examples.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.therapykit.DateRange;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.Discipline;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Registration;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;

/**
 * The "why" of one row of the table, in short lines: what the classification rests on, every
 * finding other than the requirement results (errors, then warnings, then notes), and the
 * requirements not met, with their numbers.
 *
 * <p>For example, for a licensed clinical social worker with an AASECT counsellor certificate and
 * part of the sex-therapy evidence:
 *
 * <pre>
 * holds aasect-csc to 2028-07-31
 * AASECT-CST-2018.03 not met: supervised practice 240 of 300 h, supervision 30 of 50 h
 * </pre>
 *
 * <p>The lines are built from finding codes and paths, and from the practitioner's own
 * (non-sensitive) credential data; an unknown code falls back to the finding's message.
 */
final class Explanation {
  private static final Pattern ITEM = Pattern.compile("^/(certifications|licenses)/(\\d+)(/.*)?$");
  private static final Set<FindingCode> CERTIFICATE_NOT_IN_FORCE =
      Set.of(
          FindingCode.MEMBERSHIP_LAPSED,
          FindingCode.INCONSISTENT_CLAIM,
          FindingCode.LICENSE_JURISDICTION_NOT_COVERED);

  private final Practitioner practitioner;
  private final QualificationAssessment assessment;
  private final StandardQualificationPolicy policy;
  private final LocalDate asOf;

  private Explanation(
      Practitioner practitioner,
      QualificationAssessment assessment,
      StandardQualificationPolicy policy) {
    this.practitioner = practitioner;
    this.assessment = assessment;
    this.policy = policy;
    this.asOf = assessment.asOf();
  }

  /** Returns the lines explaining an assessment of a practitioner, the decisive ones first. */
  static ImmutableList<String> of(
      Practitioner practitioner,
      QualificationAssessment assessment,
      StandardQualificationPolicy policy) {
    return new Explanation(practitioner, assessment, policy).lines();
  }

  private ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    basis().ifPresent(lines::add);
    for (Finding f : assessment.findings()) {
      if (f.code() != FindingCode.REQUIREMENT_MET && f.code() != FindingCode.REQUIREMENT_NOT_MET) {
        lines.add(prefix(f) + describe(f).orElse(f.message()));
      }
    }
    lines.addAll(unmet());
    return lines.build();
  }

  // ---- what the classification rests on -----------------------------------------------

  private Optional<String> basis() {
    Classification c = assessment.classification();
    return switch (c) {
      case NOT_QUALIFIED -> Optional.of("no qualifying certificate, no requirement set met");
      case SEX_THERAPIST -> Optional.of(meets(Discipline.SEX_THERAPY));
      case CERTIFIED_SEX_THERAPIST -> Optional.of(certificates(c).orElse("certified"));
      case SEX_COUNSELLOR ->
          Optional.of(certificates(c).orElseGet(() -> meets(Discipline.SEXUALITY_COUNSELLING)));
      case SEXUALITY_EDUCATOR ->
          Optional.of(certificates(c).orElseGet(() -> meets(Discipline.SEXUALITY_EDUCATION)));
    };
  }

  private String meets(Discipline d) {
    List<String> sets =
        assessment.requirements().stream()
            .filter(r -> r.discipline() == d)
            .map(RequirementResult::requirementSetId)
            .distinct()
            .toList();
    return "meets every requirement of " + String.join(", ", sets);
  }

  /** The certificates in force that grant the classification, with a covering licence. */
  private Optional<String> certificates(Classification c) {
    List<String> held = new ArrayList<>();
    for (int i = 0; i < practitioner.certifications().size(); i++) {
      Certification cert = practitioner.certifications().get(i);
      Optional<Recognition> recognition =
          policy.recognitionOf(cert.type()).filter(r -> r.grants() == c);
      if (!cert.isValidOn(asOf) || recognition.isEmpty() || notInForce(i)) {
        continue;
      }
      String text = cert.type().code() + until(cert.validity());
      if (c.isTherapist()) {
        Optional<License> licence =
            practitioner.licensesValidOn(asOf).stream()
                .filter(License::allowsIndependentPsychotherapy)
                .filter(l -> recognition.get().covers(l.jurisdiction()))
                .findFirst();
        Optional<Registration> registration =
            practitioner.registrations().stream()
                .filter(r -> r.isValidOn(asOf) && r.allowsIndependentPsychotherapy())
                .filter(r -> recognition.get().covers(r.jurisdiction()))
                .findFirst();
        if (licence.isPresent()) {
          text += ", " + licence(licence.get());
        } else if (registration.isPresent()) {
          text +=
              ", "
                  + registration.get().register().code()
                  + " registration "
                  + registration.get().jurisdiction();
        }
      }
      held.add(text);
    }
    return held.isEmpty() ? Optional.empty() : Optional.of("holds " + String.join("; ", held));
  }

  private boolean notInForce(int certification) {
    String at = "/certifications/" + certification;
    return assessment.findings().stream()
        .anyMatch(f -> f.path().equals(at) && CERTIFICATE_NOT_IN_FORCE.contains(f.code()));
  }

  // ---- findings -------------------------------------------------------------------------

  private static String prefix(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error: ";
      case WARNING -> "warning: ";
      case INFO -> "note: ";
    };
  }

  private Optional<String> describe(Finding f) {
    Matcher m = ITEM.matcher(f.path());
    if (!m.matches()) {
      return Optional.empty();
    }
    int index = Integer.parseInt(m.group(2));
    String rest = m.group(3) == null ? "" : m.group(3);
    if (m.group(1).equals("certifications")) {
      return index < practitioner.certifications().size()
          ? describe(f, practitioner.certifications().get(index), rest)
          : Optional.empty();
    }
    return index < practitioner.licenses().size()
        ? describe(f, practitioner.licenses().get(index), rest)
        : Optional.empty();
  }

  private Optional<String> describe(Finding f, Certification c, String rest) {
    String type = c.type().code();
    return Optional.ofNullable(
        switch (f.code()) {
          case CERTIFICATION_EXPIRING -> type + " expires" + end(c.validity());
          case CERTIFICATION_EXPIRED -> type + " expired" + ended(c.validity());
          case CERTIFICATION_NOT_ACTIVE ->
              rest.equals("/status")
                  ? type + " is " + c.status().code()
                  : type + " is not valid until " + c.validity().start();
          case CERTIFICATION_NOT_RECOGNISED ->
              type
                  + " is not recognised"
                  + (c.type().level() == CertificationLevel.NON_CLINICAL
                      ? " (a non-clinical certificate)"
                      : " as a qualification");
          case MEMBERSHIP_LAPSED ->
              type + " not in force: no active " + c.body().code() + " membership";
          case INCONSISTENT_CLAIM ->
              c.type().base().isPresent()
                  ? type + " claimed without a valid " + c.type().base().get().code()
                  : type + " claimed without a licence for independent psychotherapy";
          case LICENSE_JURISDICTION_NOT_COVERED -> type + " is not recognised where the licence is";
          default -> null;
        });
  }

  private Optional<String> describe(Finding f, License l, String rest) {
    String licence = licence(l);
    return Optional.ofNullable(
        switch (f.code()) {
          case LICENSE_EXPIRING -> licence + " expires" + end(l.validity());
          case LICENSE_EXPIRED -> licence + " expired" + ended(l.validity());
          case LICENSE_NOT_ACTIVE ->
              rest.equals("/status")
                  ? licence + " is " + l.status().code()
                  : licence + " is not valid until " + l.validity().start();
          case LICENSE_NOT_INDEPENDENT ->
              (l.provisional() ? "provisional " : "")
                  + licence
                  + " does not allow independent psychotherapy";
          default -> null;
        });
  }

  private static String licence(License l) {
    return l.profession().code() + " licence " + l.jurisdiction();
  }

  private static String until(DateRange validity) {
    return validity.end().map(end -> " to " + end).orElse("");
  }

  private String end(DateRange validity) {
    return validity
        .end()
        .map(e -> " " + e + " (in " + ChronoUnit.DAYS.between(asOf, e) + " days)")
        .orElse("");
  }

  private static String ended(DateRange validity) {
    return validity.end().map(e -> " " + e).orElse("");
  }

  // ---- requirements not met ---------------------------------------------------------------

  /**
   * The unmet requirements of the sets the policy reports on (sex therapy unless certified, every
   * discipline for someone not qualified), for each set the practitioner has started on: one with
   * some hours counted toward it, such as {@code 2025.T.1 not met: supervised practice 240 of 300
   * h, supervision 30 of 50 h}. A set without any hours says little and is left out.
   */
  private List<String> unmet() {
    Classification c = assessment.classification();
    if (c == Classification.CERTIFIED_SEX_THERAPIST) {
      return List.of();
    }
    Map<String, List<RequirementResult>> bySet = new LinkedHashMap<>();
    for (RequirementResult r : assessment.requirements()) {
      if (r.discipline() == Discipline.SEX_THERAPY || c == Classification.NOT_QUALIFIED) {
        bySet.computeIfAbsent(r.requirementSetId(), k -> new ArrayList<>()).add(r);
      }
    }
    List<String> lines = new ArrayList<>();
    bySet.forEach(
        (set, results) -> {
          boolean started =
              results.stream().anyMatch(r -> r.actual().map(h -> h.hundredths() > 0).orElse(false));
          List<String> items =
              results.stream().filter(r -> !r.met()).map(Explanation::item).toList();
          if (started && !items.isEmpty()) {
            lines.add(set + " not met: " + String.join(", ", items));
          }
        });
    return lines;
  }

  private static String item(RequirementResult r) {
    String label = r.requirement().label();
    if (r.actual().isPresent() && r.required().isPresent()) {
      return label + " " + r.actual().get() + " of " + r.required().get() + " h";
    }
    return label;
  }
}

package org.therapykit.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.ContinuingEducationKind;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.credential.Supervisor;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.Verification;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.CoreKnowledgeAreas;
import org.therapykit.qualification.Criterion;
import org.therapykit.qualification.DegreeRoute;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RenewalRule;
import org.therapykit.qualification.Requirement;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.qualification.SupervisionLimits;
import org.therapykit.testkit.QualificationBreak;
import org.therapykit.testkit.Source;

/**
 * Builds one practitioner for a target: a classification on a date, a {@link QualificationBreak},
 * or anything. Every number comes from the default policy's requirement sets and recognitions, so
 * the evidence meets (or just misses) exactly what the policy asks. One instance per generated
 * practitioner.
 */
public final class PractitionerFactory {
  private static final StandardQualificationPolicy POLICY = Credentials.POLICY;

  /** Recognised certifications that make a licensed clinician a certified sex therapist. */
  public static final ImmutableList<CertificationType> THERAPIST_TYPES =
      recognised(Classification.CERTIFIED_SEX_THERAPIST);

  private static final ImmutableList<CertificationType> COUNSELLOR_TYPES =
      recognised(Classification.SEX_COUNSELLOR);
  private static final ImmutableList<CertificationType> EDUCATOR_TYPES =
      recognised(Classification.SEXUALITY_EDUCATOR);
  private static final ImmutableList<CertificationType> UNRECOGNISED_TYPES =
      Arrays.stream(CertificationType.values())
          .filter(
              t ->
                  t.level() == CertificationLevel.NON_CLINICAL
                      || (POLICY.recognitionOf(t).isEmpty()
                          && t.level() != CertificationLevel.SUPERVISOR
                          && !membershipRequired(t)))
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<CertificationType> SUPERVISOR_TYPES =
      Arrays.stream(CertificationType.values())
          .filter(t -> t.base().isPresent())
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<CertificationType> MEMBERSHIP_TYPES =
      Arrays.stream(CertificationType.values())
          .filter(t -> membershipRequired(t) && POLICY.recognitionOf(t).isPresent())
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<CertificationType> CLINICAL_TYPES =
      Arrays.stream(CertificationType.values())
          .filter(t -> t.level() != CertificationLevel.NON_CLINICAL)
          .collect(ImmutableList.toImmutableList());
  private static final ImmutableList<CertificationType> NON_CLINICAL_TYPES =
      Arrays.stream(CertificationType.values())
          .filter(t -> t.level() == CertificationLevel.NON_CLINICAL)
          .collect(ImmutableList.toImmutableList());
  private static final Jurisdiction QUEBEC = Jurisdiction.of("CA", "QC");

  private final Source s;
  private final LocalDate d;
  private final LocalDate through;
  private final Optional<Jurisdiction> fixed;
  private final boolean noise;
  private final Evidence ev = new Evidence();
  private final Standing clean;
  private Standing mainLicense;
  private LocalDate trainingFrom;
  private Jurisdiction home;

  private PractitionerFactory(Source s, LocalDate d, Optional<Jurisdiction> fixed, boolean noise) {
    this(s, d, d, fixed, noise);
  }

  private PractitionerFactory(
      Source s, LocalDate d, LocalDate through, Optional<Jurisdiction> fixed, boolean noise) {
    this.s = s;
    this.d = d;
    this.through = through;
    this.fixed = fixed;
    this.noise = noise;
    LocalDate warned = d.plusDays(POLICY.expiryWarningDays());
    this.clean = Standing.validThrough(d, warned.isAfter(through) ? warned : through);
    this.mainLicense = noise ? Standing.validThrough(d, through) : clean;
    this.trainingFrom = d.minusYears(12);
    this.home = fixed.orElse(Catalog.US_STATES.get(0));
  }

  // ---- entry points ----------------------------------------------------------------------

  /**
   * Builds a practitioner with a classification on a date.
   *
   * @param s the source
   * @param d the date
   * @param j the jurisdiction of every licence, or empty for any
   * @param c the classification
   * @return the practitioner
   */
  public static Practitioner classified(
      Source s, LocalDate d, Optional<Jurisdiction> j, Classification c) {
    PractitionerFactory f = new PractitionerFactory(s, d, j, true);
    switch (c) {
      case CERTIFIED_SEX_THERAPIST -> f.certifiedTherapist(Standing.validThrough(d, d));
      case SEX_THERAPIST -> f.uncertifiedTherapist();
      case SEX_COUNSELLOR -> f.counsellor();
      case SEXUALITY_EDUCATOR -> f.educator();
      case NOT_QUALIFIED -> f.notQualified();
    }
    return f.finish();
  }

  /**
   * Builds a practitioner that breaks one rule on a date.
   *
   * @param s the source
   * @param d the date
   * @param j the jurisdiction of every licence, or empty for any
   * @param b the break
   * @return the practitioner
   */
  public static Practitioner breaking(
      Source s, LocalDate d, Optional<Jurisdiction> j, QualificationBreak b) {
    PractitionerFactory f = new PractitionerFactory(s, d, j, false);
    f.applyBreak(b);
    return f.finish();
  }

  /**
   * Builds a practitioner whose evidence meets every criterion of a set on a date, or every
   * criterion but the one reporting as {@code broken} (which must be in {@link
   * #breakable(RequirementSet)}). The evidence is only what the set asks for: licences (in one of
   * the set's jurisdictions, if it lists any), degrees, training and practice records.
   *
   * @param s the source
   * @param d the date
   * @param set the set, any a host builds
   * @param broken the requirement to miss, or empty
   * @return the practitioner
   */
  public static Practitioner meeting(
      Source s, LocalDate d, RequirementSet set, Optional<Requirement> broken) {
    checkArgument(
        broken.map(r -> breakable(set).contains(r)).orElse(true),
        "set %s cannot fail %s alone",
        set.id(),
        broken);
    PractitionerFactory f = new PractitionerFactory(s, d, Optional.empty(), false);
    f.home =
        set.jurisdictions().isEmpty()
            ? Draw.jurisdiction(s)
            : s.pick(ImmutableList.copyOf(set.jurisdictions()));
    f.meet(set, date -> set, broken, true);
    return f.finish();
  }

  /**
   * Builds a practitioner from arbitrary, possibly contradictory evidence around a date.
   *
   * @param s the source
   * @param d the date the evidence is dated around
   * @param j the jurisdiction of every licence, or empty for any
   * @return the practitioner
   */
  public static Practitioner arbitrary(Source s, LocalDate d, Optional<Jurisdiction> j) {
    PractitionerFactory f = new PractitionerFactory(s, d, j, true);
    f.anything();
    return f.finish();
  }

  /**
   * Builds a practitioner whose classification holds on every day from {@code first} to {@code
   * last}: a certified sex therapist (licence, certification and AASECT membership in force
   * throughout), or a certified sex counsellor (a recognised counsellor certification and its
   * membership in force throughout, any licence too). Evidence is dated around {@code first}.
   *
   * @param s the source
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @param j the jurisdiction of every licence, or empty for any
   * @param c {@link Classification#CERTIFIED_SEX_THERAPIST} or {@link
   *     Classification#SEX_COUNSELLOR}
   * @return the practitioner
   */
  public static Practitioner throughout(
      Source s, LocalDate first, LocalDate last, Optional<Jurisdiction> j, Classification c) {
    PractitionerFactory f = new PractitionerFactory(s, first, last, j, true);
    switch (c) {
      case CERTIFIED_SEX_THERAPIST -> f.certifiedTherapist(Standing.validThrough(first, last));
      case SEX_COUNSELLOR -> {
        f.certifiedCounsellor();
        f.addNoise();
      }
      default -> throw new IllegalArgumentException("no classification throughout for " + c);
    }
    return f.finish();
  }

  /**
   * Returns whether a break can be made with every licence in a jurisdiction: all can, but {@code
   * SUPERVISOR_TENURE_SHORT}, whose CST must be recognised where the licence is.
   *
   * @param b the break
   * @param j the jurisdiction
   * @return true if it can
   */
  public static boolean worksIn(QualificationBreak b, Jurisdiction j) {
    return b != QualificationBreak.SUPERVISOR_TENURE_SHORT
        || coveringTypes(j).contains(CertificationType.AASECT_CST);
  }

  /**
   * Returns the recognised therapist certifications whose recognition covers a jurisdiction.
   *
   * @param j the jurisdiction
   * @return the types, possibly empty
   */
  public static ImmutableList<CertificationType> coveringTypes(Jurisdiction j) {
    return THERAPIST_TYPES.stream()
        .filter(t -> POLICY.recognitionOf(t).map(r -> r.covers(j)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the catalog's jurisdictions a type's recognition covers.
   *
   * @param type the type
   * @return the jurisdictions; every one for a type without recognition or region
   */
  public static ImmutableList<Jurisdiction> coveredJurisdictions(CertificationType type) {
    Optional<Recognition> r = POLICY.recognitionOf(type);
    return Catalog.ALL_JURISDICTIONS.stream()
        .filter(j -> r.map(x -> x.covers(j)).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<CertificationType> recognised(Classification grants) {
    return POLICY.recognitions().stream()
        .filter(r -> r.grants() == grants)
        .map(Recognition::type)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean membershipRequired(CertificationType t) {
    return POLICY.membershipRequiredBodies().contains(Credentials.bodyOf(t));
  }

  private Practitioner finish() {
    int affiliations = s.between(0, 2);
    for (int i = 0; i < affiliations; i++) {
      ev.affiliations.add(Credentials.affiliation(s, Optional.of(d)));
    }
    return ev.build(s);
  }

  // ---- classifications -------------------------------------------------------------------

  private void certifiedTherapist(Standing certification) {
    CertificationType type;
    if (fixed.isPresent()) {
      ImmutableList<CertificationType> covering = coveringTypes(fixed.get());
      checkState(!covering.isEmpty(), "no recognised certification covers %s", fixed.get());
      type = therapistType(covering);
    } else {
      type = therapistType(THERAPIST_TYPES);
      home = s.pick(coveredJurisdictions(type));
    }
    addIndependentLicense();
    ev.add(Credentials.certification(s, type, certification));
    addMembershipFor(type);
    if (s.bool()) {
      meet(Discipline.SEX_THERAPY, false, false);
    } else {
      partialTherapyEvidence();
    }
    addNoise();
  }

  private CertificationType therapistType(List<CertificationType> candidates) {
    if (candidates.contains(CertificationType.AASECT_CST) && !s.chance(40)) {
      return CertificationType.AASECT_CST;
    }
    return s.pick(candidates);
  }

  private void uncertifiedTherapist() {
    home = drawHome();
    meet(Discipline.SEX_THERAPY, false, true);
    addNoise();
  }

  private void counsellor() {
    switch (s.between(0, 2)) {
      case 0 -> certifiedCounsellor();
      case 1 -> {
        home = drawHome();
        meet(Discipline.SEXUALITY_COUNSELLING, false, false);
        if (s.bool()) {
          addDependentLicense(mainLicense);
        }
      }
      default -> {
        // a licensed clinician who counsels, without training in sex therapy
        home = drawHome();
        addIndependentLicense();
        meet(Discipline.SEXUALITY_COUNSELLING, false, false);
      }
    }
    addNoise();
  }

  private void certifiedCounsellor() {
    CertificationType type = s.pick(COUNSELLOR_TYPES);
    if (type == CertificationType.OPSQ_SEXOLOGUE
        && fixed.map(j -> !j.equals(QUEBEC)).orElse(false)) {
      type = CertificationType.AASECT_CSC;
    }
    home = type == CertificationType.OPSQ_SEXOLOGUE ? QUEBEC : drawHome();
    ev.add(Credentials.certification(s, type, Standing.validThrough(d, through)));
    addMembershipFor(type);
    meetingDegree(degreeRoutes(Discipline.SEXUALITY_COUNSELLING));
    if (s.bool()) {
      addDependentLicense(mainLicense);
    }
    extraTrainings(TrainingCategory.SEXUALITY_COUNSELLING, 2);
  }

  private void educator() {
    if (s.bool()) {
      CertificationType type = s.pick(EDUCATOR_TYPES);
      boolean australian = fixed.map(j -> j.country().equals("AU")).orElse(true);
      if (type == CertificationType.SAS_SEXUALITY_EDUCATOR && !australian) {
        type = CertificationType.AASECT_CSE;
      }
      home =
          type == CertificationType.SAS_SEXUALITY_EDUCATOR && fixed.isEmpty()
              ? s.pick(Catalog.AUSTRALIA)
              : drawHome();
      ev.add(Credentials.certification(s, type, Standing.validThrough(d, d)));
      addMembershipFor(type);
      meetingDegree(degreeRoutes(Discipline.SEXUALITY_EDUCATION));
      extraTrainings(TrainingCategory.SEXUALITY_EDUCATION_SKILLS, 2);
    } else {
      home = drawHome();
      meet(Discipline.SEXUALITY_EDUCATION, false, false);
    }
    if (s.chance(30)) {
      addLicense(Profession.NURSE, false, mainLicense);
    }
    addNoise();
  }

  private void notQualified() {
    home = drawHome();
    switch (s.between(0, 3)) {
      case 0 -> meet(Discipline.SEX_THERAPY, true, true);
      case 1 -> {
        meet(Discipline.SEXUALITY_COUNSELLING, true, false);
        if (s.bool()) {
          addDependentLicense(mainLicense);
        }
      }
      case 2 -> meet(Discipline.SEXUALITY_EDUCATION, true, false);
      default -> {
        if (s.bool()) {
          Catalog.Programme p = s.pick(Catalog.PROGRAMMES);
          ev.degrees.add(Credentials.degree(s, p, d.minusYears(30), d));
        }
        if (s.bool()) {
          addDependentLicense(mainLicense);
        }
        if (s.chance(30)) {
          ev.add(
              Credentials.certification(
                  s, s.pick(NON_CLINICAL_TYPES), Standing.validThrough(d, d)));
        }
      }
    }
    addNoise();
  }

  // ---- rule breaks -----------------------------------------------------------------------

  private void applyBreak(QualificationBreak b) {
    switch (b) {
      case THERAPY_REQUIREMENT_NOT_MET -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, true, true);
      }
      case CERTIFICATION_EXPIRED -> {
        therapist();
        ev.insert(s, Credentials.certification(s, s.pick(CLINICAL_TYPES), Standing.expired(d)));
      }
      case CERTIFICATION_EXPIRING -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        List<CertificationType> usable = new ArrayList<>(coveringTypes(home));
        usable.addAll(COUNSELLOR_TYPES);
        usable.addAll(EDUCATOR_TYPES);
        CertificationType type = s.pick(usable);
        ev.insert(
            s,
            Credentials.certification(s, type, Standing.expiring(d, POLICY.expiryWarningDays())));
        addMembershipFor(type);
      }
      case CERTIFICATION_WITHDRAWN -> {
        therapist();
        ev.insert(s, Credentials.certification(s, s.pick(CLINICAL_TYPES), Standing.withdrawn(d)));
      }
      case CERTIFICATION_NOT_YET_VALID -> {
        therapist();
        ev.insert(s, Credentials.certification(s, s.pick(CLINICAL_TYPES), Standing.notYetValid(d)));
      }
      case CERTIFICATION_NOT_RECOGNISED -> {
        therapist();
        ev.insert(s, Credentials.certification(s, s.pick(UNRECOGNISED_TYPES), clean));
      }
      case LICENSE_EXPIRED -> {
        therapist();
        insertOtherLicense(Standing.expired(d));
      }
      case LICENSE_EXPIRING -> {
        mainLicense = Standing.expiring(d, POLICY.expiryWarningDays());
        therapist();
      }
      case LICENSE_WITHDRAWN -> {
        therapist();
        insertOtherLicense(Standing.withdrawn(d));
      }
      case LICENSE_NOT_YET_VALID -> {
        therapist();
        insertOtherLicense(Standing.notYetValid(d));
      }
      case LICENSE_NOT_INDEPENDENT -> {
        therapist();
        Jurisdiction j = otherJurisdiction();
        boolean provisional = s.bool();
        Profession p =
            provisional
                ? s.pick(Catalog.independentProfessionsIn(j))
                : s.pick(Catalog.DEPENDENT_PROFESSIONS);
        ev.insert(s, Credentials.license(s, p, j, clean, provisional));
      }
      case LICENSE_OUTSIDE_CERTIFICATION_REGION -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        Jurisdiction licensed = home;
        List<CertificationType> outside =
            THERAPIST_TYPES.stream()
                .filter(t -> POLICY.recognitionOf(t).map(r -> !r.covers(licensed)).orElse(false))
                .toList();
        CertificationType type = s.pick(outside);
        ev.insert(s, Credentials.certification(s, type, clean));
        addMembershipFor(type);
      }
      case MEMBERSHIP_LAPSED -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        CertificationType type = s.pick(MEMBERSHIP_TYPES);
        ev.insert(s, Credentials.certification(s, type, clean));
        if (s.bool()) {
          ev.memberships.add(Credentials.lapsedMembership(s, Credentials.bodyOf(type), d));
        }
      }
      case MEMBERSHIP_IN_GRACE -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        Jurisdiction licensed = home;
        // the certification still counts, so a therapist one must cover the licence
        CertificationType type =
            s.pick(
                MEMBERSHIP_TYPES.stream()
                    .filter(t -> !Credentials.gracePeriod(Credentials.bodyOf(t)).isZero())
                    .filter(
                        t ->
                            POLICY
                                .recognitionOf(t)
                                .map(r -> !r.grants().isTherapist() || r.covers(licensed))
                                .orElse(false))
                    .toList());
        ev.insert(s, Credentials.certification(s, type, clean));
        ev.memberships.add(Credentials.graceMembership(s, Credentials.bodyOf(type), d));
      }
      case SUPERVISOR_TENURE_SHORT -> {
        // a certified sex therapist whose CST supervisor certificate came too soon after the CST
        CertificationType base = CertificationType.AASECT_CST;
        CertificationType supervisor = CertificationType.AASECT_CST_SUPERVISOR;
        java.time.Period tenure =
            java.util.Objects.requireNonNull(
                POLICY.supervisorTenures().get(supervisor), "the policy's CST supervisor tenure");
        home = fixed.orElseGet(() -> s.pick(coveredJurisdictions(base)));
        addIndependentLicense();
        Certification cst =
            ev.insert(
                s, Credentials.certification(s, base, clean).withFirstCertified(Optional.empty()));
        addMembershipFor(base);
        LocalDate since = cst.validity().start();
        long room =
            Math.min(
                ChronoUnit.DAYS.between(since, since.plus(tenure)) - 1,
                ChronoUnit.DAYS.between(since, d));
        LocalDate start = since.plusDays(s.between(0, (int) room));
        Certification drawn = Credentials.certification(s, supervisor, clean);
        DateRange validity =
            drawn
                .validity()
                .end()
                .map(e -> DateRange.of(start, e))
                .orElse(DateRange.startingOn(start));
        ev.insert(
            s,
            drawn
                .withValidity(validity)
                .withFirstCertified(Optional.empty())
                .withVerification(Verification.selfAttested()));
      }
      case SUPERVISOR_NOT_CERTIFIED -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        SupervisionLimits limits =
            java.util.Objects.requireNonNull(
                POLICY.supervisionLimits().get(Discipline.SEX_THERAPY), "sex-therapy limits");
        List<CertificationType> others =
            Arrays.stream(CertificationType.values())
                .filter(t -> !limits.supervisorCredentials().contains(t))
                .toList();
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < ev.practice.size(); i++) {
          if (ev.practice.get(i).discipline() == Discipline.SEX_THERAPY
              && !ev.practice.get(i).period().start().isAfter(d)) {
            started.add(i);
          }
        }
        int index = s.pick(started);
        ev.practice.set(
            index,
            ev.practice
                .get(index)
                .withSupervisor(Supervisor.of(Credentials.practitionerId(s), s.pick(others))));
      }
      case TELEHEALTH_OUTSIDE_LICENSE -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        // a further, recent practice record: telehealth only, with clients somewhere unlicensed
        List<Jurisdiction> elsewhere =
            Stream.of("NZ", "JP", "IE", "US-AK", "FR")
                .map(Jurisdiction::parse)
                .filter(x -> !home.includes(x))
                .toList();
        Hours hours = Draw.hours(s, 4, 4 * 40);
        LocalDate start = d.minusDays(s.between(60, 200));
        SupervisedPractice extra =
            Credentials.practice(
                    Discipline.SEX_THERAPY,
                    start.minusDays(s.between(0, 30)),
                    DateRange.of(start, d.minusDays(s.between(1, 30))),
                    hours,
                    hours,
                    Hours.ZERO,
                    Hours.ZERO,
                    Hours.ZERO)
                .withTelehealthClientJurisdictions(List.of(s.pick(elsewhere)));
        ev.practice.add(s.between(0, ev.practice.size()), extra);
      }
      case CORE_KNOWLEDGE_AREAS_SHORT -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        CoreKnowledgeAreas list =
            POLICY
                .coreKnowledgeAreas()
                .orElseThrow(() -> new IllegalStateException("the policy has no area list"));
        List<String> codes = List.copyOf(list.areas().keySet());
        String shortArea = s.pick(codes);
        int minQ = Draw.quartersUp(list.minHoursPerArea());
        for (String code : codes) {
          int q = code.equals(shortArea) ? s.between(0, minQ - 1) : minQ + s.between(0, 4 * 3);
          if (q > 0) {
            ev.trainings.add(
                Credentials.training(
                        s,
                        TrainingCategory.CORE_KNOWLEDGE,
                        Draw.quarters(q),
                        s.pick(Delivery.class),
                        Draw.dateBackFrom(s, d, trainingFrom))
                    .withArea(code));
          }
        }
      }
      case CE_CREDITS_SHORT -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        CertificationType type =
            s.pick(
                MEMBERSHIP_TYPES.stream()
                    .filter(t -> t.level() != CertificationLevel.THERAPIST)
                    .filter(t -> POLICY.renewalRules().containsKey(Credentials.bodyOf(t)))
                    .toList());
        Certification current =
            Credentials.certification(s, type, clean).withFirstCertified(Optional.empty());
        LocalDate start = current.validity().start();
        Certification earlier =
            current
                .withValidity(DateRange.of(start.minusYears(3), start.minusDays(1)))
                .withStatus(CertificationStatus.EXPIRED)
                .withVerification(Verification.selfAttested());
        Certification stored = ev.insert(s, current);
        ev.insertEarlierCycle(s, earlier.withNumber(stored.number()));
        addMembershipFor(type);
        RenewalRule rule =
            java.util.Objects.requireNonNull(
                POLICY.renewalRules().get(Credentials.bodyOf(type)), "a type with a renewal rule");
        ev.continuingEducation.add(
            ContinuingEducation.builder()
                .kind(ContinuingEducationKind.BODY_APPROVED)
                .credits(Draw.hours(s, 1, (int) (rule.creditsPerCycle().hundredths() / 25) - 1))
                .delivery(s.pick(Delivery.class))
                .completed(Draw.date(s, earlier.validity().start(), start.minusDays(1)))
                .build());
      }
      case SUPERVISION_GROUP_TOO_LARGE,
          SUPERVISION_MONTHLY_CAP_EXCEEDED,
          SUPERVISION_SPREAD_OUT_OF_RANGE -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        breakSupervision(b);
      }
      case SUPERVISOR_WITHOUT_BASE_CERTIFICATION -> {
        home = drawHome();
        meet(Discipline.SEX_THERAPY, false, true);
        CertificationType type = s.pick(SUPERVISOR_TYPES);
        ev.insert(s, Credentials.certification(s, type, clean));
        addMembershipFor(type);
      }
      case THERAPIST_CERTIFICATION_WITHOUT_LICENSE -> {
        home = drawHome();
        ImmutableList<CertificationType> covering = coveringTypes(home);
        CertificationType type = s.pick(covering.isEmpty() ? THERAPIST_TYPES : covering);
        ev.add(Credentials.certification(s, type, clean));
        addMembershipFor(type);
        if (s.bool()) {
          addDependentLicense(clean);
        }
        partialTherapyEvidence();
      }
    }
  }

  /**
   * Rewrites the latest sex-therapy practice record started by the date to carry monthly
   * supervision that breaks one of the default policy's sex-therapy supervision limits and keeps
   * the others: for a group or a monthly cap, an open-ended record (supervision under way, so a
   * short spread is not judged) with 1 to 24 months; for the spread, a record ended by the date
   * with 1 to 17 months. The record's supervision totals are raised to hold the months if need be,
   * which can only add to what the requirements count.
   */
  private void breakSupervision(QualificationBreak b) {
    SupervisionLimits limits =
        java.util.Objects.requireNonNull(
            POLICY.supervisionLimits().get(Discipline.SEX_THERAPY), "sex-therapy limits");
    int maxGroup = limits.maxGroupSize().orElse(4);
    long capQ = limits.monthlyCap().map(Hours::hundredths).orElse(600L) / Draw.QUARTER;
    int index = -1;
    for (int i = 0; i < ev.practice.size(); i++) {
      SupervisedPractice r = ev.practice.get(i);
      if (r.discipline() == Discipline.SEX_THERAPY
          && !r.period().start().isAfter(d)
          && (index < 0 || r.period().start().isAfter(ev.practice.get(index).period().start()))) {
        index = i;
      }
    }
    checkState(index >= 0, "a sex-therapy record started by %s", d);
    SupervisedPractice r = ev.practice.get(index);
    LocalDate start = r.period().start();
    YearMonth first = YearMonth.from(start);
    boolean spread = b == QualificationBreak.SUPERVISION_SPREAD_OUT_OF_RANGE;
    DateRange period =
        spread
            ? DateRange.of(start, r.period().end().filter(e -> !e.isAfter(d)).orElse(d))
            : DateRange.startingOn(start);
    YearMonth lastAllowed = YearMonth.from(period.end().orElse(d));
    int available = (int) ChronoUnit.MONTHS.between(first, lastAllowed) + 1;
    int most =
        spread ? limits.minSpreadMonths().orElse(18) - 1 : limits.maxSpreadMonths().orElse(24);
    int n = s.between(1, Math.max(1, Math.min(most, available)));
    int broken = s.between(0, n - 1);
    List<SupervisionMonth> months = new ArrayList<>();
    Hours individual = Hours.ZERO;
    Hours group = Hours.ZERO;
    for (int k = 0; k < n; k++) {
      SupervisionMonth.Builder m =
          SupervisionMonth.builder()
              .month(first.plusMonths(k))
              .individualHours(Draw.quarters(s.between(1, 4)));
      if (k == broken && b == QualificationBreak.SUPERVISION_GROUP_TOO_LARGE) {
        m.groupHours(Draw.quarters(s.between(1, 8))).largestGroup(s.between(maxGroup + 1, 12));
      } else if (k == broken && b == QualificationBreak.SUPERVISION_MONTHLY_CAP_EXCEEDED) {
        m.individualHours(Draw.quarters(s.between((int) capQ + 1, (int) (2 * capQ))));
      } else if (s.bool()) {
        m.groupHours(Draw.quarters(s.between(1, 8))).largestGroup(s.between(2, maxGroup));
      }
      SupervisionMonth built = m.build();
      months.add(built);
      individual = individual.plus(built.individualHours());
      group = group.plus(built.groupHours());
    }
    ev.practice.set(
        index,
        r.withPeriod(period)
            .withIndividualSupervisionHours(
                r.individualSupervisionHours().isAtLeast(individual)
                    ? r.individualSupervisionHours()
                    : individual)
            .withGroupSupervisionHours(
                r.groupSupervisionHours().isAtLeast(group) ? r.groupSupervisionHours() : group)
            .withSupervisionMonths(months));
  }

  /** A sex therapist, certified or not, with nothing the policy would warn about. */
  private void therapist() {
    boolean certifiable = fixed.map(j -> !coveringTypes(j).isEmpty()).orElse(true);
    if (certifiable && s.bool()) {
      certifiedTherapist(clean);
    } else {
      home = drawHome();
      meet(Discipline.SEX_THERAPY, false, true);
    }
  }

  // ---- anything --------------------------------------------------------------------------

  private void anything() {
    home = drawHome();
    int licenses = s.between(0, 3);
    for (int i = 0; i < licenses; i++) {
      Jurisdiction j = otherJurisdiction();
      Profession p = s.pick(Profession.class);
      ev.add(Credentials.license(s, p, j, anyStanding(), s.chance(15)));
    }
    int degrees = s.between(0, 2);
    for (int i = 0; i < degrees; i++) {
      ev.degrees.add(
          Credentials.degree(s, s.pick(Catalog.PROGRAMMES), d.minusYears(30), d.plusYears(1)));
    }
    int certifications = s.between(0, 3);
    for (int i = 0; i < certifications; i++) {
      ev.add(Credentials.certification(s, s.pick(CertificationType.class), anyStanding()));
    }
    int memberships = s.between(0, 2);
    for (int i = 0; i < memberships; i++) {
      CertifyingBody body = s.chance(80) ? CertifyingBody.AASECT : s.pick(CertifyingBody.class);
      ev.memberships.add(
          switch (s.between(0, 2)) {
            case 0 -> Credentials.activeMembership(s, body, d);
            case 1 -> Credentials.lapsedMembership(s, body, d);
            default -> Credentials.anyMembership(s, body);
          });
    }
    int trainings = s.between(0, 8);
    for (int i = 0; i < trainings; i++) {
      ev.trainings.add(
          Credentials.training(
              s,
              s.pick(TrainingCategory.class),
              Draw.hours(s, 4, 4 * 60),
              s.pick(Delivery.class),
              Draw.date(s, d.minusYears(15), d.plusYears(1))));
    }
    int practice = s.between(0, 3);
    for (int i = 0; i < practice; i++) {
      LocalDate contract = Draw.date(s, d.minusYears(12), d.plusYears(1));
      LocalDate start = Draw.date(s, contract, contract.plusDays(90));
      DateRange period =
          s.chance(20)
              ? DateRange.startingOn(start)
              : DateRange.of(start, Draw.date(s, start, start.plusYears(6)));
      Hours total = Draw.hours(s, 0, 4 * 1500);
      int totalQ = (int) (total.hundredths() / Draw.QUARTER);
      ev.practice.add(
          Credentials.practice(
              s.pick(Discipline.class),
              contract,
              period,
              total,
              Draw.hours(s, 0, totalQ),
              Draw.hours(s, 0, totalQ),
              Draw.hours(s, 0, 4 * 80),
              Draw.hours(s, 0, 4 * 80)));
    }
  }

  private Standing anyStanding() {
    return switch (s.between(0, 5)) {
      case 0 -> Standing.validThrough(d, d);
      case 1 -> Standing.expiring(d, POLICY.expiryWarningDays());
      case 2 -> Standing.expired(d);
      case 3 -> Standing.withdrawn(d);
      case 4 -> Standing.notYetValid(d);
      default -> Standing.any();
    };
  }

  // ---- pieces ----------------------------------------------------------------------------

  private Jurisdiction drawHome() {
    return fixed.orElseGet(() -> Draw.jurisdiction(s));
  }

  /** The home jurisdiction, or (when none is fixed) sometimes another. */
  private Jurisdiction otherJurisdiction() {
    return fixed.isPresent() || s.bool() ? home : Draw.jurisdiction(s);
  }

  private void addIndependentLicense() {
    addLicense(s.pick(Catalog.independentProfessionsIn(home)), false, mainLicense);
  }

  private void addDependentLicense(Standing standing) {
    addLicense(s.pick(Catalog.DEPENDENT_PROFESSIONS), false, standing);
  }

  private void addLicense(Profession p, boolean provisional, Standing standing) {
    ev.add(Credentials.license(s, p, home, standing, provisional));
  }

  private void insertOtherLicense(Standing standing) {
    Jurisdiction j = otherJurisdiction();
    List<Profession> professions = new ArrayList<>(Catalog.independentProfessionsIn(j));
    professions.addAll(Catalog.DEPENDENT_PROFESSIONS);
    ev.insert(s, Credentials.license(s, s.pick(professions), j, standing, false));
  }

  private void addMembershipFor(CertificationType type) {
    if (membershipRequired(type)) {
      CertifyingBody body = Credentials.bodyOf(type);
      Membership active = Credentials.activeMembership(s, body, d);
      ev.memberships.add(active);
      // renewed every year until the last day the classification must hold (draws nothing)
      LocalDate end = active.period().end().orElse(through);
      while (end.isBefore(through)) {
        LocalDate next = end.plusDays(1);
        end = next.plusYears(1).minusDays(1);
        ev.memberships.add(Membership.of(body, DateRange.of(next, end)));
      }
      if (noise && s.chance(40)) {
        LocalDate start = active.period().start();
        ev.memberships.add(
            0, Membership.of(body, DateRange.of(start.minusYears(1), start.minusDays(1))));
      }
    }
  }

  private void addNoise() {
    if (!noise) {
      return;
    }
    if (s.chance(15)) {
      insertOtherLicense(Standing.expired(d));
    }
    if (s.chance(10)) {
      ev.insert(s, Credentials.certification(s, s.pick(CLINICAL_TYPES), Standing.expired(d)));
    }
  }

  private void partialTherapyEvidence() {
    meetingDegree(degreeRoutes(Discipline.SEX_THERAPY));
    int records = s.between(0, 3);
    List<TrainingCategory> categories =
        List.of(
            TrainingCategory.CORE_KNOWLEDGE,
            TrainingCategory.SEX_THERAPY,
            TrainingCategory.ATTITUDE_REASSESSMENT);
    for (int i = 0; i < records; i++) {
      ev.trainings.add(
          Credentials.training(
              s,
              s.pick(categories),
              Draw.hours(s, 4 * 3, 4 * 20),
              s.pick(Delivery.class),
              Draw.dateBackFrom(s, d, trainingFrom)));
    }
  }

  private void extraTrainings(TrainingCategory category, int max) {
    int records = s.between(0, max);
    for (int i = 0; i < records; i++) {
      ev.trainings.add(
          Credentials.training(
              s,
              category,
              Draw.hours(s, 4 * 2, 4 * 30),
              s.pick(Delivery.class),
              Draw.dateBackFrom(s, d, trainingFrom)));
    }
  }

  /** The degree routes of the set in force on the date (a shipped set always has some). */
  private List<DegreeRoute> degreeRoutes(Discipline discipline) {
    return requirementSet(discipline, d)
        .criterion(Requirement.DEGREE)
        .map(c -> ((Criterion.DegreeRoutes) c).routes())
        .orElseThrow(() -> new IllegalStateException("no degree routes for " + discipline));
  }

  private static RequirementSet requirementSet(Discipline discipline, LocalDate date) {
    return POLICY
        .requirementSetFor(discipline, date)
        .orElseThrow(() -> new IllegalStateException("no requirement set for " + discipline));
  }

  // ---- meeting a requirement set ---------------------------------------------------------

  /** A supervision contract and the period practised under it. */
  private record Period(LocalDate contract, DateRange range) {}

  /**
   * Adds evidence that meets every requirement of the set in force for a discipline, or every
   * requirement but one drawn one.
   */
  private void meet(Discipline discipline, boolean breakOne, boolean withLicense) {
    RequirementSet atDate = requirementSet(discipline, d);
    Optional<Requirement> broken =
        breakOne ? Optional.of(s.pick(breakable(atDate))) : Optional.empty();
    meet(atDate, date -> requirementSet(discipline, date), broken, withLicense);
  }

  /**
   * Adds evidence that meets every criterion of a set (the one in force at the drawn contract date,
   * for a policy's sets), or every criterion but the one reporting as {@code broken}.
   */
  private void meet(
      RequirementSet atDate,
      Function<LocalDate, RequirementSet> inForce,
      Optional<Requirement> broken,
      boolean withLicense) {
    PracticeNeeds draft = PracticeNeeds.of(atDate);
    List<Period> periods =
        !draft.any
            ? List.of()
            : draft.span
                ? spanPeriods(draft, broken.equals(Optional.of(Requirement.PRACTICE_SPAN)))
                : backwardPeriods();
    LocalDate contract =
        periods.stream().map(Period::contract).min(Comparator.naturalOrder()).orElse(d);
    RequirementSet set = inForce.apply(contract);
    checkState(
        broken.map(r -> breakable(set).contains(r)).orElse(true),
        "set %s cannot break %s",
        set.id(),
        broken);
    for (Criterion c : set.criteria()) {
      c.accept(new Meeting(broken.equals(Optional.of(c.requirement())), withLicense));
    }
    if (!periods.isEmpty()) {
      practice(set.discipline(), PracticeNeeds.of(set), periods, broken);
    }
  }

  /**
   * Adds the evidence of one criterion that is not about practice records (those are gathered by
   * {@link PracticeNeeds} and made together); returns whether it did.
   */
  private final class Meeting implements Criterion.Visitor<Boolean> {
    private final boolean broken;
    private final boolean withLicense;

    Meeting(boolean broken, boolean withLicense) {
      this.broken = broken;
      this.withLicense = withLicense;
    }

    @Override
    public Boolean independentLicense(Criterion.IndependentLicense c) {
      if (!withLicense) {
        return false;
      }
      if (broken) {
        if (s.bool()) {
          addDependentLicense(clean);
        }
      } else {
        addIndependentLicense();
      }
      return true;
    }

    @Override
    public Boolean degreeRoutes(Criterion.DegreeRoutes c) {
      if (broken) {
        failingDegree(c.routes());
      } else {
        meetingDegree(c.routes());
      }
      return true;
    }

    @Override
    public Boolean trainingHours(Criterion.TrainingHours c) {
      trainings(c.category(), c.hours(), c.onlineCap(), broken);
      return true;
    }

    @Override
    public Boolean practiceHours(Criterion.PracticeHours c) {
      return false;
    }

    @Override
    public Boolean practiceSpan(Criterion.PracticeSpan c) {
      return false;
    }

    @Override
    public Boolean directTeachingHours(Criterion.DirectTeachingHours c) {
      return false;
    }

    @Override
    public Boolean supervisionHours(Criterion.SupervisionHours c) {
      return false;
    }

    @Override
    public Boolean individualSupervisionHours(Criterion.IndividualSupervisionHours c) {
      return false;
    }

    @Override
    public Boolean supervisionRatio(Criterion.SupervisionRatio c) {
      return false;
    }
  }

  /** What a set's criteria ask of practice records, gathered by walking them. */
  private static final class PracticeNeeds implements Criterion.Visitor<Boolean> {
    boolean any;
    boolean span;
    Optional<Hours> practice = Optional.empty();
    Optional<Hours> telehealthCap = Optional.empty();
    int minYears;
    Optional<Integer> maxYears = Optional.empty();
    Optional<Hours> teaching = Optional.empty();
    Optional<Hours> supervision = Optional.empty();
    int groupPercent = 100;
    Optional<Hours> individual = Optional.empty();
    int ratio;

    /**
     * The fewest individual quarters with which {@code supervisionQ} quarters of supervision count
     * in full under the group share: group hours count up to individual × pct / (100 − pct).
     */
    int leastIndividualQ(int supervisionQ) {
      return (supervisionQ * (100 - groupPercent) + 99) / 100;
    }

    static PracticeNeeds of(RequirementSet set) {
      PracticeNeeds n = new PracticeNeeds();
      for (Criterion c : set.criteria()) {
        n.any |= c.accept(n);
      }
      return n;
    }

    @Override
    public Boolean independentLicense(Criterion.IndependentLicense c) {
      return false;
    }

    @Override
    public Boolean degreeRoutes(Criterion.DegreeRoutes c) {
      return false;
    }

    @Override
    public Boolean trainingHours(Criterion.TrainingHours c) {
      return false;
    }

    @Override
    public Boolean practiceHours(Criterion.PracticeHours c) {
      practice = Optional.of(c.hours());
      telehealthCap = c.telehealthCap();
      return true;
    }

    @Override
    public Boolean practiceSpan(Criterion.PracticeSpan c) {
      span = true;
      minYears = c.minYears().orElse(0);
      maxYears = c.maxYears();
      return true;
    }

    @Override
    public Boolean directTeachingHours(Criterion.DirectTeachingHours c) {
      teaching = Optional.of(c.hours());
      return true;
    }

    @Override
    public Boolean supervisionHours(Criterion.SupervisionHours c) {
      supervision = Optional.of(c.hours());
      groupPercent = Math.min(groupPercent, c.maxGroupPercent());
      return true;
    }

    @Override
    public Boolean individualSupervisionHours(Criterion.IndividualSupervisionHours c) {
      individual = Optional.of(c.hours());
      return true;
    }

    @Override
    public Boolean supervisionRatio(Criterion.SupervisionRatio c) {
      ratio = c.practiceHoursPerSupervisionHour();
      groupPercent = Math.min(groupPercent, c.maxGroupPercent());
      return true;
    }
  }

  /**
   * The criteria of a set that evidence can fail while meeting the others: every one, except
   * practice hours no larger than the direct teaching they must hold, a span without a minimum,
   * supervision hours no larger than the individual hours within them, and supervision asked for
   * both in hours and in proportion to practice (failing one can fail the other).
   */
  public static ImmutableList<Requirement> breakable(RequirementSet set) {
    PracticeNeeds n = PracticeNeeds.of(set);
    ImmutableList.Builder<Requirement> out = ImmutableList.builder();
    for (Criterion c : set.criteria()) {
      boolean ok =
          switch (c.requirement()) {
            case PRACTICE_HOURS ->
                n.practice.map(Draw::quartersUp).orElse(0)
                    > Math.max(4 * 3, n.teaching.map(Draw::quartersUp).orElse(0));
            case PRACTICE_SPAN -> n.minYears > 0;
            case SUPERVISION_HOURS ->
                n.ratio == 0
                    && n.supervision.orElse(Hours.ZERO).compareTo(n.individual.orElse(Hours.ZERO))
                        > 0;
            case SUPERVISION_RATIO -> n.supervision.isEmpty() && n.individual.isEmpty();
            case INDIVIDUAL_SUPERVISION_HOURS ->
                (n.ratio == 0 || n.groupPercent >= 100)
                    && n.leastIndividualQ(n.supervision.map(Draw::quartersUp).orElse(0))
                        < n.individual.map(Draw::quartersUp).orElse(0);
            default -> true;
          };
      if (ok) {
        out.add(c.requirement());
      }
    }
    return out.build();
  }

  /** Adds a degree that meets one of the routes on the date. */
  private void meetingDegree(List<DegreeRoute> routes) {
    DegreeRoute r = s.pick(routes);
    List<Catalog.Programme> qualifying =
        Catalog.PROGRAMMES.stream()
            .filter(
                p ->
                    p.level().isAtLeast(r.level())
                        && (!r.clinical() || p.clinical())
                        && (!r.humanService() || p.humanService()))
            .toList();
    checkState(!qualifying.isEmpty(), "no programme meets %s", r);
    // the route's own level where a programme has it (a clinical bachelor's has none: then higher)
    List<Catalog.Programme> exact =
        qualifying.stream().filter(p -> r.level().isAtLeast(p.level())).toList();
    List<Catalog.Programme> options = exact.isEmpty() ? qualifying : exact;
    Catalog.Programme programme = s.pick(options);
    LocalDate latest = d.minusYears(r.yearsSinceAward());
    if (programme.level().isAtLeast(DegreeLevel.MASTER) && s.bool()) {
      Catalog.Programme first =
          s.pick(
              Catalog.PROGRAMMES.stream()
                  .filter(p -> p.level() == DegreeLevel.BACHELOR && p.humanService())
                  .toList());
      ev.degrees.add(Credentials.degree(s, first, latest.minusYears(30), latest.minusYears(2)));
    }
    Degree degree = Credentials.degree(s, programme, latest.minusYears(20), latest);
    checkState(r.isMetBy(degree, d), "%s does not meet %s", degree, r);
    ev.degrees.add(degree);
    if (s.chance(40)) {
      // clinical work from the award on: at least the route's years, as records count them
      ev.experience.add(Credentials.experience(s, degree.awarded(), d));
    }
    if (degree.awarded().isAfter(trainingFrom)) {
      trainingFrom = degree.awarded();
    }
  }

  /** Adds no degree, or one that meets none of the routes on the date. */
  private void failingDegree(List<DegreeRoute> routes) {
    if (s.chance(30)) {
      return;
    }
    List<Catalog.Programme> programmes = new ArrayList<>();
    List<LocalDate> earliest = new ArrayList<>();
    for (Catalog.Programme p : Catalog.PROGRAMMES) {
      List<DegreeRoute> matching =
          routes.stream()
              .filter(
                  r ->
                      p.level().isAtLeast(r.level())
                          && (!r.clinical() || p.clinical())
                          && (!r.humanService() || p.humanService()))
              .toList();
      if (matching.stream().anyMatch(r -> r.yearsSinceAward() == 0)) {
        continue;
      }
      LocalDate from = d.minusYears(25);
      for (DegreeRoute r : matching) {
        LocalDate notMet = firstAwardNotMeeting(r.yearsSinceAward());
        from = notMet.isAfter(from) ? notMet : from;
      }
      programmes.add(p);
      earliest.add(from);
    }
    if (programmes.isEmpty()) {
      return;
    }
    int i = s.between(0, programmes.size() - 1);
    Degree degree = Credentials.degree(s, programmes.get(i), earliest.get(i), d);
    if (routes.stream().noneMatch(r -> r.isMetBy(degree, d))) {
      ev.degrees.add(degree);
      int fewest =
          routes.stream()
              .filter(r -> r.admits(degree))
              .mapToInt(DegreeRoute::yearsSinceAward)
              .min()
              .orElse(0);
      if (fewest > 0 && s.chance(30)) {
        // recorded clinical work after the award, a day or more short of the fewest years
        LocalDate end = degree.awarded().plusDays(365L * fewest - 1 - s.between(0, 200));
        ev.experience.add(Credentials.experience(s, degree.awarded(), end.isAfter(d) ? d : end));
      }
    }
  }

  /** The earliest award date from which {@code years} full years have not passed on the date. */
  private LocalDate firstAwardNotMeeting(int years) {
    LocalDate x = d.minusYears(years);
    while (!x.plusYears(years).isAfter(d)) {
      x = x.plusDays(1);
    }
    return x;
  }

  /** Adds training records whose counted hours meet (or just miss) a requirement. */
  private void trainings(
      TrainingCategory category, Hours required, Optional<Hours> onlineCap, boolean broken) {
    int requiredQ = Draw.quartersUp(required);
    int totalQ = broken ? requiredQ - s.between(1, requiredQ) : requiredQ + s.between(0, 4 * 30);
    int onlineMax =
        Math.min(totalQ, onlineCap.map(c -> (int) (c.hundredths() / Draw.QUARTER)).orElse(totalQ));
    int onlineQ = s.between(0, onlineMax);
    records(category, Delivery.IN_PERSON, totalQ - onlineQ, 4 * 3, 4 * 40);
    records(category, Delivery.ONLINE, onlineQ, 4 * 2, 4 * 30);
  }

  private void records(
      TrainingCategory category, Delivery delivery, int quarters, int minChunk, int maxChunk) {
    for (int chunk : Draw.chunks(s, quarters, minChunk, maxChunk)) {
      ev.trainings.add(
          Credentials.training(
              s, category, Draw.quarters(chunk), delivery, Draw.dateBackFrom(s, d, trainingFrom)));
    }
  }

  /** One to three consecutive periods, each ending by the date. */
  private List<Period> backwardPeriods() {
    int n = s.between(1, 3);
    List<Period> out = new ArrayList<>();
    LocalDate cursor = d;
    for (int k = 0; k < n; k++) {
      LocalDate end = Draw.dateBackFrom(s, cursor, cursor.minusDays(120));
      LocalDate start = Draw.dateBackFrom(s, end.minusDays(180), end.minusDays(720));
      LocalDate contract = Draw.dateBackFrom(s, start, start.minusDays(60));
      DateRange range =
          k == 0 && s.chance(15) ? DateRange.startingOn(start) : DateRange.of(start, end);
      out.add(new Period(contract, range));
      cursor = contract.minusDays(1);
    }
    Collections.reverse(out);
    return out;
  }

  /** Consecutive periods spanning the set's years (or, broken, fewer than its minimum). */
  private List<Period> spanPeriods(PracticeNeeds set, boolean tooShort) {
    int minYears = set.minYears;
    LocalDate latestFirst = d.minusYears(minYears);
    LocalDate first = Draw.dateBackFrom(s, latestFirst, latestFirst.minusYears(8));
    LocalDate last;
    if (tooShort) {
      last = Draw.dateBackFrom(s, first.plusYears(minYears).minusDays(1), first);
    } else {
      LocalDate hi = set.maxYears.map(first::plusYears).filter(x -> x.isBefore(d)).orElse(d);
      last = Draw.date(s, first.plusYears(minYears), hi);
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    int n = (int) Math.max(1, Math.min(s.between(1, 3), days / 30));
    List<Period> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate start = first.plusDays(i * days / n);
      LocalDate end = i == n - 1 ? last : first.plusDays((i + 1) * days / n - 1);
      out.add(
          new Period(Draw.dateBackFrom(s, start, start.minusDays(30)), DateRange.of(start, end)));
    }
    return out;
  }

  /** Adds practice records whose totals meet (or just miss) the set's hour requirements. */
  private void practice(
      Discipline discipline, PracticeNeeds set, List<Period> periods, Optional<Requirement> b) {
    int n = periods.size();
    boolean teachingRequired = set.teaching.isPresent();
    int teachQ = set.teaching.map(Draw::quartersUp).orElse(0);

    int practiceQ;
    int practiceRequiredQ = set.practice.map(Draw::quartersUp).orElse(0);
    if (is(b, Requirement.PRACTICE_HOURS)) {
      int lowest = Math.max(4 * n, is(b, Requirement.DIRECT_TEACHING_HOURS) ? 0 : teachQ);
      practiceQ = practiceRequiredQ - s.between(1, Math.max(1, practiceRequiredQ - lowest));
    } else if (set.practice.isPresent()) {
      practiceQ = Math.max(teachQ, practiceRequiredQ) + s.between(0, 4 * 200);
    } else {
      practiceQ = Math.max(teachQ, s.between(4 * 20, 4 * 400));
    }

    int telehealthQ;
    if (is(b, Requirement.PRACTICE_HOURS) || set.practice.isEmpty()) {
      telehealthQ = s.between(0, practiceQ / 2);
    } else {
      int slack = practiceQ - practiceRequiredQ;
      int max =
          set.telehealthCap
              .map(c -> Math.min(practiceQ, (int) (c.hundredths() / Draw.QUARTER) + slack))
              .orElse(practiceQ);
      telehealthQ = s.between(0, max);
    }

    int teachingQ;
    if (is(b, Requirement.DIRECT_TEACHING_HOURS)) {
      teachingQ = s.between(0, teachQ - 1);
    } else if (teachingRequired) {
      teachingQ = s.between(teachQ, Math.max(teachQ, Math.min(practiceQ, teachQ + 4 * 200)));
    } else {
      teachingQ = discipline == Discipline.SEXUALITY_EDUCATION ? s.between(0, practiceQ) : 0;
    }

    // supervision in proportion to practice: ceil(practice / ratio) hours, in whole quarters
    int ratioQ =
        set.ratio == 0
            ? 0
            : (int)
                ((((long) practiceQ * Draw.QUARTER + set.ratio - 1) / set.ratio + Draw.QUARTER - 1)
                    / Draw.QUARTER);
    int individualQ;
    int groupQ;
    int supervisionQ = Math.max(set.supervision.map(Draw::quartersUp).orElse(0), ratioQ);
    int individualRequiredQ = set.individual.map(Draw::quartersUp).orElse(0);
    if (is(b, Requirement.INDIVIDUAL_SUPERVISION_HOURS)) {
      individualQ = s.between(set.leastIndividualQ(supervisionQ), individualRequiredQ - 1);
      int need = Math.max(0, supervisionQ - individualQ);
      groupQ = s.between(need, need + 4 * 40);
    } else if (is(b, Requirement.SUPERVISION_HOURS) || is(b, Requirement.SUPERVISION_RATIO)) {
      individualQ = s.between(individualRequiredQ, Math.max(individualRequiredQ, supervisionQ - 1));
      groupQ = s.between(0, Math.max(0, supervisionQ - 1 - individualQ));
    } else if (supervisionQ > 0) {
      int minimum = Math.max(individualRequiredQ, set.leastIndividualQ(supervisionQ));
      individualQ = s.between(minimum, minimum + 4 * 30);
      int need = Math.max(0, supervisionQ - individualQ);
      groupQ = s.between(need, need + 4 * 20);
    } else {
      individualQ = s.between(individualRequiredQ, individualRequiredQ + 4 * 20);
      groupQ = s.between(0, 4 * 20);
    }

    ImmutableList<Integer> practiceParts =
        practiceQ >= 4 * n
            ? Draw.split(s, practiceQ - 4 * n, n).stream()
                .map(q -> q + 4)
                .collect(ImmutableList.toImmutableList())
            : Draw.split(s, practiceQ, n);
    ImmutableList<Integer> telehealth = Draw.fill(telehealthQ, practiceParts);
    ImmutableList<Integer> teaching = Draw.fill(teachingQ, practiceParts);
    ImmutableList<Integer> individual = Draw.split(s, individualQ, n);
    ImmutableList<Integer> group = Draw.split(s, groupQ, n);
    for (int i = 0; i < n; i++) {
      Period p = periods.get(i);
      ev.practice.add(
          Credentials.practice(
              discipline,
              p.contract(),
              p.range(),
              Draw.quarters(practiceParts.get(i)),
              Draw.quarters(telehealth.get(i)),
              Draw.quarters(teaching.get(i)),
              Draw.quarters(individual.get(i)),
              Draw.quarters(group.get(i))));
    }
  }

  private static boolean is(Optional<Requirement> broken, Requirement r) {
    return broken.equals(Optional.of(r));
  }
}

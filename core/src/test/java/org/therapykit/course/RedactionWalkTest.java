package org.therapykit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.course.GoldenCase.MARKER;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.therapykit.AuthorizationId;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.DateRange;
import org.therapykit.GoalId;
import org.therapykit.HomeworkId;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.Client;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.TreatedUnit;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.consent.Signature;
import org.therapykit.consent.Signer;
import org.therapykit.consent.TreatmentConsent;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.intake.IntakeForm;
import org.therapykit.internal.Sensitive;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalRevision;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.Session;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.AasectRequirementSets;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.InvalidValueException;

/**
 * Walks every model type of {@code therapykit-core} and checks that sensitive text never leaves it.
 *
 * <p>The types are discovered, not listed: every public top-level type declared in the model
 * packages' sources ({@code src/main/java/org/therapykit}, all packages but {@code internal} and
 * {@code json}), and, per type, every accessor annotated {@code @Value.Redacted} (the annotation is
 * not retained at run time, so the sources are read). Each value type must have marked samples
 * below in which every redacted attribute is filled (text with {@link GoldenCase#MARKER}); the walk
 * fails for a new type without samples, or a sample that leaves a redacted attribute empty, so it
 * cannot rot. For every sample it asserts that the marker is not in {@code toString()}; it then
 * provokes invariant violations through each redacted text attribute's {@code with...} method and
 * asserts that no exception message or violation repeats it; and it runs the case rules, the
 * qualification policy and the disclosure rules over marked cases and asserts that no report,
 * assessment, decision or finding does.
 */
public class RedactionWalkTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Set<String> NOT_MODEL = Set.of("internal", "json");
  private static final String LONG = (MARKER + " ").repeat(8_000);
  private static final Pattern TYPE =
      Pattern.compile(
          "^public (?:abstract |final )*(class|enum|interface|@interface) (\\w+)",
          Pattern.MULTILINE);
  private static final Pattern REDACTED_ACCESSOR =
      Pattern.compile("@Value\\.Redacted\\s+public abstract [\\w<>, ?]+ (\\w+)\\(\\);");

  /** Redacted text attributes whose value is held to a pattern, so a marker cannot be put in. */
  private static final Set<String> HELD_TO_A_PATTERN = Set.of("language");

  private static final org.therapykit.credential.SupervisionMonth SUPERVISION_MONTH =
      org.therapykit.credential.SupervisionMonth.builder()
          .month(java.time.YearMonth.of(2021, 3))
          .individualHours(Hours.of(2))
          .groupHours(Hours.parse("1.5"))
          .largestGroup(4)
          .build();

  /** Types that have no instances to walk, with the reason. */
  private static final Map<Class<?>, String> WITHOUT_INSTANCES =
      Map.of(
          AasectRequirementSets.class,
          "a holder of constants: its RequirementSets are walked",
          org.therapykit.qualification.BoardRequirementSets.class,
          "a holder of constants: its RequirementSets are walked",
          org.therapykit.Iso3166.class,
          "static methods over the shipped ISO 3166 codes, which are not sensitive");

  private static final Map<Class<?>, Set<String>> REDACTED = new TreeMap<>(byName());
  private static final Set<Class<?>> ENUMS_AND_INTERFACES = new LinkedHashSet<>();
  private static final Set<Class<?>> EXCEPTIONS = new LinkedHashSet<>();
  private static final Set<Class<?>> VALUES = new LinkedHashSet<>();

  private static java.util.Comparator<Class<?>> byName() {
    return java.util.Comparator.comparing(Class::getName);
  }

  @BeforeAll
  static void discover() throws IOException, ClassNotFoundException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES.resolve("org/therapykit"))) {
      files =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("package-info.java"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
      if (NOT_MODEL.contains(pkg.substring(pkg.lastIndexOf('.') + 1))) {
        continue;
      }
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = TYPE.matcher(source);
      if (!m.find()) {
        continue; // package-private (a rule engine's run, such as CaseValidator)
      }
      Class<?> type = Class.forName(pkg + "." + m.group(2));
      Set<String> redacted = new LinkedHashSet<>();
      Matcher r = REDACTED_ACCESSOR.matcher(source);
      while (r.find()) {
        redacted.add(r.group(1));
      }
      assertThat(source.split("@Value\\.Redacted", -1).length - 1)
          .as("every @Value.Redacted of %s is on an abstract accessor", type)
          .isEqualTo(redacted.size());
      REDACTED.put(type, redacted);
      if (type.isEnum() || type.isInterface()) {
        assertThat(redacted).as("%s", type).isEmpty();
        ENUMS_AND_INTERFACES.add(type);
      } else if (Throwable.class.isAssignableFrom(type)) {
        EXCEPTIONS.add(type);
      } else if (!WITHOUT_INSTANCES.containsKey(type)) {
        VALUES.add(type);
      }
    }
  }

  // ---- the samples: every value type, every redacted attribute filled ------------------------

  /**
   * Returns marked samples of every value type of the model, every redacted attribute filled.
   *
   * @return the samples by type
   */
  public static Map<Class<?>, List<Object>> samples() {
    GoldenCase g = GoldenCase.marked();
    TherapyCase marked = g.therapyCase();
    Practitioner therapist = marked.practitioner();
    IntakeForm intake = g.intakeA();
    Session withNotes = g.sessions().get(2);
    Goal intimacy = g.intimacyGoal();
    GoalRevision revision = intimacy.current();
    HomeworkAssignment homework = g.homework().get(0);
    StandardQualificationPolicy policy = QualificationPolicy.standard();
    RequirementSet cst = AasectRequirementSets.CST_2025_T_1;
    QualificationAssessment assessment = policy.assess(therapist, GoldenCase.S6);
    DisclosureRequest request =
        DisclosureRequest.builder()
            .requester(g.fertilitySpecialist())
            .purpose(DisclosurePurpose.CARE_COORDINATION)
            .addSubjects(GoldenCase.A, GoldenCase.B)
            .addCategories(InformationCategory.GOALS_AND_PROGRESS, InformationCategory.HOMEWORK)
            .date(GoldenCase.DISCLOSED)
            .build();
    DisclosureDecision decision = DisclosureRules.standard().decide(marked, request);

    Map<Class<?>, List<Object>> s = new LinkedHashMap<>();
    // kernel
    s.put(AuthorizationId.class, List.of(GoldenCase.RELEASE_A));
    s.put(CaseId.class, List.of(GoldenCase.ID));
    s.put(org.therapykit.Identifier.class, List.of(GoldenCase.ID));
    s.put(ClientId.class, List.of(GoldenCase.A));
    s.put(DateRange.class, List.of(DateRange.parse("2026-01-01/..")));
    s.put(GoalId.class, List.of(GoldenCase.INTIMACY));
    s.put(HomeworkId.class, List.of(homework.id()));
    s.put(Hours.class, List.of(Hours.parse("89.5")));
    s.put(Jurisdiction.class, List.of(Jurisdiction.parse("US-IL")));
    s.put(OrganizationId.class, List.of(GoldenCase.CLINIC));
    s.put(PractitionerId.class, List.of(GoldenCase.THERAPIST));
    s.put(ReferralId.class, List.of(g.referral().id()));
    s.put(
        Party.class,
        List.of(
            g.fertilitySpecialist(),
            Party.builder()
                .role(PartyRole.CLIENT_DESIGNEE)
                .client(GoldenCase.B)
                .name(MARKER + " Sam")
                .build()));
    // practitioner and credentials
    s.put(Practitioner.class, List.of(therapist));
    s.put(org.therapykit.practitioner.License.class, List.copyOf(therapist.licenses()));
    s.put(
        Degree.class,
        List.of(
            Degree.builder()
                .level(DegreeLevel.DOCTORATE)
                .field("Clinical Psychology")
                .awarded(LocalDate.of(2015, 6, 1))
                .clinical(true)
                .humanService(true)
                .build()));
    s.put(
        Affiliation.class,
        List.of(
            Affiliation.builder()
                .organizationId(GoldenCase.CLINIC)
                .organizationName("Example Clinic")
                .organizationKind(OrganizationKind.FERTILITY_CLINIC)
                .role(AffiliationRole.ON_STAFF)
                .build()));
    s.put(org.therapykit.credential.Certification.class, List.copyOf(therapist.certifications()));
    s.put(org.therapykit.credential.Membership.class, List.copyOf(therapist.memberships()));
    s.put(
        TrainingRecord.class,
        List.of(
            TrainingRecord.builder()
                .category(TrainingCategory.ATTITUDE_REASSESSMENT)
                .hours(Hours.of(12))
                .delivery(Delivery.IN_PERSON)
                .completed(LocalDate.of(2021, 4, 17))
                .build()));
    s.put(
        org.therapykit.credential.ContinuingEducation.class,
        List.of(
            org.therapykit.credential.ContinuingEducation.builder()
                .kind(org.therapykit.credential.ContinuingEducationKind.BODY_APPROVED)
                .credits(Hours.of(6))
                .delivery(Delivery.IN_PERSON)
                .completed(LocalDate.of(2025, 10, 18))
                .provider("Example Institute")
                .build()));
    s.put(
        org.therapykit.practitioner.Registration.class,
        List.of(
            org.therapykit.practitioner.Registration.builder()
                .register(org.therapykit.practitioner.Register.UKCP)
                .number("2011-0457")
                .title("UKCP Reg. Psychotherapist")
                .validity(DateRange.parse("2025-04-01/2026-03-31"))
                .status(org.therapykit.practitioner.LicenseStatus.ACTIVE)
                .build()));
    s.put(
        org.therapykit.credential.ClinicalExperience.class,
        List.of(
            org.therapykit.credential.ClinicalExperience.builder()
                .period(DateRange.parse("2016-09-01/2018-08-31"))
                .setting("community mental-health clinic")
                .hours(Hours.of(1400))
                .build()));
    s.put(
        org.therapykit.qualification.CoreKnowledgeAreas.class,
        List.of(org.therapykit.qualification.AasectRequirementSets.CORE_KNOWLEDGE_AREAS));
    s.put(
        org.therapykit.qualification.RenewalRule.class,
        List.copyOf(policy.renewalRules().values()));
    s.put(
        SupervisedPractice.class,
        List.of(
            SupervisedPractice.builder()
                .discipline(Discipline.SEX_THERAPY)
                .contractSigned(LocalDate.of(2021, 1, 1))
                .period(DateRange.parse("2021-01-04/2022-12-16"))
                .practiceHours(Hours.of(300))
                .telehealthHours(Hours.of(100))
                .individualSupervisionHours(Hours.of(30))
                .groupSupervisionHours(Hours.of(20))
                .supervisor(
                    org.therapykit.credential.Supervisor.of(
                        PractitionerId.of("supervisor-1"),
                        org.therapykit.credential.CertificationType.AASECT_CST_SUPERVISOR))
                .addAllSupervisionMonths(List.of(SUPERVISION_MONTH))
                .build()));
    s.put(
        org.therapykit.credential.Supervisor.class,
        List.of(
            org.therapykit.credential.Supervisor.of(
                PractitionerId.of("supervisor-1"),
                org.therapykit.credential.CertificationType.AASECT_CST_SUPERVISOR)));
    s.put(org.therapykit.credential.SupervisionMonth.class, List.of(SUPERVISION_MONTH));
    s.put(
        org.therapykit.qualification.SupervisionLimits.class,
        List.copyOf(policy.supervisionLimits().values()));
    s.put(Verification.class, List.of(Verification.primarySource(LocalDate.of(2026, 1, 5))));
    // qualification
    s.put(StandardQualificationPolicy.class, List.of(policy));
    s.put(
        RequirementSet.class,
        com.google.common.collect.ImmutableList.<Object>builder()
            .addAll(AasectRequirementSets.all())
            .addAll(org.therapykit.qualification.BoardRequirementSets.all())
            .build());
    s.put(
        org.therapykit.qualification.DegreeRoute.class,
        List.copyOf(
            ((org.therapykit.qualification.Criterion.DegreeRoutes)
                    cst.criterion(org.therapykit.qualification.Requirement.DEGREE).orElseThrow())
                .routes()));
    s.put(org.therapykit.qualification.Recognition.class, List.copyOf(policy.recognitions()));
    s.put(QualificationAssessment.class, List.of(assessment));
    s.put(
        org.therapykit.qualification.RequirementResult.class,
        List.copyOf(assessment.requirements()));
    // client, referral, intake
    s.put(Client.class, List.copyOf(g.unit().clients()));
    s.put(TreatedUnit.class, List.of(g.unit()));
    s.put(
        FertilityContext.class,
        List.of(
            FertilityContext.builder()
                .from(g.unit().fertilityContext().orElseThrow())
                .stage(org.therapykit.client.FertilityStage.ENDED)
                .endedOn(GoldenCase.S1)
                .build()));
    s.put(org.therapykit.referral.Referral.class, List.of(g.referral()));
    s.put(IntakeForm.class, List.of(intake, g.intakeB()));
    s.put(org.therapykit.intake.HistorySection.class, List.of(intake.physicalHistory()));
    s.put(
        org.therapykit.intake.HistoryItem.class, List.of(intake.physicalHistory().items().get(1)));
    // consent
    s.put(TreatmentConsent.class, List.of(GoldenCase.consentA()));
    s.put(
        Signature.class,
        List.of(
            Signature.builder()
                .signedOn(GoldenCase.S1)
                .signer(Signer.PERSONAL_REPRESENTATIVE)
                .representativeAuthority(MARKER + " guardian")
                .representative(
                    Party.builder().role(PartyRole.OTHER).name(MARKER + " guardian").build())
                .representativeBasis(
                    org.therapykit.consent.RepresentativeBasis.COURT_APPOINTED_GUARDIAN)
                .build()));
    s.put(ReleaseAuthorization.class, List.of(g.releaseA()));
    s.put(Disclosure.class, List.of(g.disclosure()));
    s.put(DisclosureRequest.class, List.of(request));
    s.put(DisclosureDecision.class, List.of(decision));
    s.put(DisclosureRules.class, List.of(DisclosureRules.standard()));
    // plan
    s.put(org.therapykit.plan.TreatmentPlan.class, List.of(GoldenCase.plan()));
    s.put(org.therapykit.plan.PlanVersion.class, List.of(GoldenCase.plan().current()));
    s.put(
        Goal.class,
        marked.goals().stream()
            .filter(x -> x.dysfunction().isPresent())
            .map(Object.class::cast)
            .toList());
    s.put(GoalRevision.class, List.copyOf(intimacy.revisions()));
    s.put(org.therapykit.plan.GoalTarget.class, List.of(revision.target().orElseThrow()));
    s.put(Session.class, List.copyOf(marked.sessions()));
    s.put(org.therapykit.plan.ProgressNote.class, List.of(withNotes.progressNote().orElseThrow()));
    s.put(
        org.therapykit.plan.PsychotherapyNote.class,
        List.of(withNotes.psychotherapyNote().orElseThrow()));
    s.put(HomeworkAssignment.class, List.copyOf(g.homework()));
    s.put(org.therapykit.plan.HomeworkOutcome.class, List.of(homework.outcome().orElseThrow()));
    // course and validation
    s.put(TherapyCase.class, List.of(marked));
    s.put(CaseRules.class, List.of(CaseRules.standard()));
    s.put(CaseReport.class, List.of(CaseRules.standard().validate(marked)));
    s.put(Finding.class, List.copyOf(decision.findings()));
    s.put(
        org.therapykit.validation.Pointer.class,
        List.of(decision.findings().get(0).pointer(), org.therapykit.validation.Pointer.root()));
    // directory (no sensitive text: a directory lists professionals, not clients)
    s.put(
        org.therapykit.practitioner.ServiceProfile.class,
        List.of(
            org.therapykit.directory.DirectoryGolden.practitionerWithServices()
                .services()
                .orElseThrow()));
    s.put(
        org.therapykit.directory.Organization.class,
        List.of(org.therapykit.directory.DirectoryGolden.organization()));
    s.put(
        org.therapykit.directory.Location.class,
        List.of(org.therapykit.directory.DirectoryGolden.organization().location()));
    s.put(
        org.therapykit.directory.Coordinates.class,
        List.of(
            org.therapykit.directory.DirectoryGolden.organization()
                .location()
                .coordinates()
                .orElseThrow()));
    s.put(
        org.therapykit.directory.DirectoryQuery.class,
        List.of(org.therapykit.directory.DirectoryGolden.query().withLanguage("fr")));
    org.therapykit.directory.DirectoryResult result =
        org.therapykit.directory.DirectoryGolden.result();
    s.put(org.therapykit.directory.DirectoryResult.class, List.of(result));
    s.put(org.therapykit.directory.Candidate.class, List.copyOf(result.candidates()));
    s.put(org.therapykit.directory.Exclusion.class, List.copyOf(result.excluded()));
    s.put(
        org.therapykit.directory.DirectoryIndex.class,
        List.of(org.therapykit.directory.DirectoryGolden.index()));
    return s;
  }

  // ---- the walk ------------------------------------------------------------------------------

  @Test
  void theWalkCoversEveryModelTypeOfEveryModelPackage() {
    Map<Class<?>, List<Object>> samples = samples();
    assertThat(samples.keySet())
        .as("a value type without samples (add it to samples())")
        .containsExactlyInAnyOrderElementsOf(VALUES);
    for (Map.Entry<Class<?>, List<Object>> e : samples.entrySet()) {
      assertThat(e.getValue()).as("samples of %s", e.getKey()).isNotEmpty();
      assertThat(e.getValue()).allMatch(e.getKey()::isInstance);
    }
    Set<String> packages = new LinkedHashSet<>();
    REDACTED.keySet().forEach(t -> packages.add(t.getPackageName()));
    assertThat(packages)
        .containsExactlyInAnyOrder(
            "org.therapykit",
            "org.therapykit.validation",
            "org.therapykit.practitioner",
            "org.therapykit.credential",
            "org.therapykit.qualification",
            "org.therapykit.client",
            "org.therapykit.referral",
            "org.therapykit.intake",
            "org.therapykit.consent",
            "org.therapykit.plan",
            "org.therapykit.course",
            "org.therapykit.directory");
    assertThat(ENUMS_AND_INTERFACES)
        .contains(
            QualificationPolicy.class,
            org.therapykit.Coded.class,
            org.therapykit.consent.DisclosureOutcome.class);
    assertThat(EXCEPTIONS)
        .containsExactlyInAnyOrder(
            org.therapykit.TherapyKitException.class, InvalidValueException.class);
    // the sensitive attributes the sources declare: a guard that discovery works
    assertThat(REDACTED.values().stream().mapToInt(Set::size).sum()).isGreaterThanOrEqualTo(18);
    assertThat(REDACTED.get(IntakeForm.class)).containsExactly("reasons", "reasonsText", "topics");
    assertThat(REDACTED.get(Party.class)).containsExactly("name");
  }

  /** The roots of a client's record: what is reachable from them belongs to one client. */
  private static final List<Class<?>> CLIENT_RECORDS =
      List.of(
          TherapyCase.class,
          DisclosureRequest.class,
          org.therapykit.directory.DirectoryQuery.class);

  /**
   * The redaction rule, derived and enforced: walking from {@link #CLIENT_RECORDS} through every
   * attribute that is printed, each attribute whose value (or element) is free text or of a type
   * marked {@link Sensitive} must be redacted. No attribute is listed by hand.
   */
  @Test
  void everyAttributeTheRuleCallsSensitiveIsRedacted() {
    Map<Class<?>, Set<String>> sensitive = new TreeMap<>(byName());
    java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(CLIENT_RECORDS);
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      Set<String> redacted = REDACTED.getOrDefault(type, Set.of());
      for (Method accessor : type.getDeclaredMethods()) {
        if (!isAttribute(type, accessor)) {
          continue;
        }
        Class<?> element = elementType(accessor.getGenericReturnType());
        if (isKernelValue(type)) {
          // ids, dates, hours and jurisdictions: text held to a pattern, not free text
          continue;
        }
        if (element == String.class || element.isAnnotationPresent(Sensitive.class)) {
          sensitive.computeIfAbsent(type, t -> new TreeSet<>()).add(accessor.getName());
        } else if (!redacted.contains(accessor.getName()) && VALUES.contains(element)) {
          todo.add(element);
        }
      }
    }
    for (Map.Entry<Class<?>, Set<String>> e : sensitive.entrySet()) {
      assertThat(REDACTED.getOrDefault(e.getKey(), Set.of()))
          .as("attributes of %s the rule calls sensitive", e.getKey().getSimpleName())
          .containsAll(e.getValue());
    }
    // a guard that the walk reaches what the rule is for
    assertThat(seen)
        .contains(
            Goal.class,
            HomeworkAssignment.class,
            org.therapykit.intake.HistoryItem.class,
            org.therapykit.referral.Referral.class,
            Signature.class,
            Party.class)
        .doesNotContain(Practitioner.class);
    assertThat(sensitive.get(TherapyCase.class)).containsExactly("practitioner");
    assertThat(sensitive.get(Goal.class)).containsExactly("category", "dysfunction");
    assertThat(sensitive.get(org.therapykit.directory.DirectoryQuery.class))
        .containsExactly("clientLocation", "concern", "language");
    assertThat(sensitive.values().stream().mapToInt(Set::size).sum()).isGreaterThanOrEqualTo(25);
  }

  /** The words of a message, split at spaces and punctuation other than hyphens. */
  private static Set<String> words(String message) {
    return Set.copyOf(List.of(message.split("[^\\w-]+")));
  }

  /**
   * Collects the code and constant name of every {@link Sensitive} code in a client's record,
   * walking its attributes (but not into the practitioner, who is not the client).
   */
  private static void collectSensitiveCodes(Object value, Set<String> out) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(x -> collectSensitiveCodes(x, out));
    } else if (value instanceof Collection<?> c) {
      c.forEach(x -> collectSensitiveCodes(x, out));
    } else if (value instanceof Enum<?> e) {
      // an answer (yes, no) and "other" are ordinary words; any other sensitive code is not
      if (e.getDeclaringClass().isAnnotationPresent(Sensitive.class)
          && e.getDeclaringClass() != org.therapykit.intake.Answer.class
          && !e.name().equals("OTHER")
          && e instanceof org.therapykit.Coded coded) {
        out.add(coded.code());
        out.add(e.name());
      }
    } else if (value != null && !(value instanceof Practitioner)) {
      Class<?> type =
          VALUES.stream().filter(t -> t.isInstance(value)).findFirst().orElse(Object.class);
      for (Method accessor : type.getDeclaredMethods()) {
        if (isAttribute(type, accessor)) {
          try {
            collectSensitiveCodes(accessor.invoke(value), out);
          } catch (ReflectiveOperationException ex) {
            throw new LinkageError(ex.getMessage(), ex);
          }
        }
      }
    }
  }

  /** An attribute of a value type: an accessor with a generated {@code with...} method. */
  private static boolean isAttribute(Class<?> type, Method accessor) {
    String name = accessor.getName();
    String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return java.lang.reflect.Modifier.isPublic(accessor.getModifiers())
        && !java.lang.reflect.Modifier.isStatic(accessor.getModifiers())
        && accessor.getParameterCount() == 0
        && java.util.Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(with));
  }

  /** A value of the kernel package other than a party: an identifier, date range, or quantity. */
  private static boolean isKernelValue(Class<?> type) {
    return type.getPackageName().equals("org.therapykit") && type != Party.class;
  }

  /** Optional, list and set unwrapped to the type of their elements. */
  private static Class<?> elementType(java.lang.reflect.Type t) {
    if (t instanceof java.lang.reflect.ParameterizedType p) {
      java.lang.reflect.Type[] arguments = p.getActualTypeArguments();
      return elementType(arguments[arguments.length - 1]);
    }
    return t instanceof Class<?> c ? c : Object.class;
  }

  @Test
  void everySampleFillsEveryRedactedAttributeAndPrintsNoneOfIt() throws Exception {
    int attributes = 0;
    for (Map.Entry<Class<?>, List<Object>> e : samples().entrySet()) {
      Class<?> type = e.getKey();
      for (Object sample : e.getValue()) {
        String printed = sample.toString();
        assertThat(printed).as("toString of %s", type.getSimpleName()).doesNotContain(MARKER);
        for (String attribute : REDACTED.getOrDefault(type, Set.of())) {
          Object value = type.getMethod(attribute).invoke(sample);
          assertThat(isFilled(value))
              .as("sample of %s fills redacted %s", type.getSimpleName(), attribute)
              .isTrue();
          if (isText(value) && !HELD_TO_A_PATTERN.contains(attribute)) {
            assertThat(String.valueOf(value)).contains(MARKER);
          }
          assertThat(printed).contains(attribute + "=<redacted>");
          attributes++;
        }
      }
    }
    assertThat(attributes).isGreaterThanOrEqualTo(19);
  }

  @Test
  void noInvariantMessageRepeatsARedactedText() throws Exception {
    int provoked = 0;
    for (Map.Entry<Class<?>, List<Object>> e : samples().entrySet()) {
      Class<?> type = e.getKey();
      Object sample = e.getValue().get(0);
      for (String attribute : REDACTED.getOrDefault(type, Set.of())) {
        Object value = type.getMethod(attribute).invoke(sample);
        if (!isText(value)) {
          continue;
        }
        String with = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        List<Object> badValues =
            value instanceof Collection<?>
                ? List.of(List.of(LONG, " ", MARKER))
                : List.of(LONG, " ", LONG + LONG + LONG);
        for (Object bad : badValues) {
          Method m = withMethod(type, with, bad);
          try {
            Object built = m.invoke(sample, bad);
            assertThat(built.toString()).doesNotContain(MARKER);
          } catch (InvocationTargetException thrown) {
            if (!(thrown.getCause() instanceof InvalidValueException invalid)) {
              throw new AssertionError("not an InvalidValueException", thrown);
            }
            assertThat(invalid.getMessage()).doesNotContain(MARKER);
            assertThat(invalid.violations())
                .allSatisfy(v -> assertThat(v.toString()).doesNotContain(MARKER));
            provoked++;
          }
        }
      }
    }
    assertThat(provoked).as("invariant violations provoked").isGreaterThanOrEqualTo(20);
  }

  @Test
  void noReportAssessmentDecisionOrFindingRepeatsARedactedText() {
    GoldenCase g = GoldenCase.marked();
    TherapyCase marked = g.therapyCase();
    List<TherapyCase> cases =
        List.of(
            marked,
            marked.withConsents(GoldenCase.consentA()),
            marked.withAuthorizations(
                g.releaseA(),
                g.releaseB()
                    .withRevokedOn(GoldenCase.S2)
                    .withRecipients(
                        Party.builder().role(PartyRole.OTHER).name(MARKER + " someone").build())),
            marked.withPractitioner(GoldenCase.counsellor()));
    List<Party> requesters =
        List.of(
            g.fertilitySpecialist(),
            g.practice(),
            Party.builder()
                .role(PartyRole.THERAPIST)
                .practitioner(GoldenCase.THERAPIST)
                .name(MARKER + " therapist")
                .build(),
            Party.builder().role(PartyRole.SUPERVISOR).name(MARKER + " supervisor").build(),
            Party.builder()
                .role(PartyRole.CLIENT_DESIGNEE)
                .client(GoldenCase.B)
                .name(MARKER + " partner")
                .build(),
            Party.builder().role(PartyRole.OTHER).name(MARKER + " someone").build());
    List<DisclosureRules> rules =
        List.of(
            DisclosureRules.standard(),
            DisclosureRules.builder()
                .withholdBeyondMinimumNecessary(true)
                .supervisionInOwnProgramme(true)
                .build());
    Set<String> codes = new TreeSet<>();
    collectSensitiveCodes(marked, codes);
    assertThat(codes).contains("erectile-disorder", "sensate-focus");
    int findings = 0;
    for (TherapyCase c : cases) {
      CaseReport report = CaseRules.standard().validate(c);
      assertThat(report.toString()).doesNotContain(MARKER);
      for (Finding f : report.findings()) {
        assertThat(words(f.message())).doesNotContainAnyElementsOf(codes);
      }
      findings += report.findings().size();
      QualificationAssessment assessment =
          QualificationPolicy.standard().assess(c.practitioner(), GoldenCase.S4);
      assertThat(assessment.toString()).doesNotContain(MARKER);
      for (Party requester : requesters) {
        for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
          for (List<ClientId> subjects :
              List.of(
                  List.of(GoldenCase.A),
                  List.of(GoldenCase.B),
                  List.of(GoldenCase.A, GoldenCase.B),
                  List.of(GoldenCase.A, ClientId.of("client-x")))) {
            DisclosureRequest request =
                DisclosureRequest.builder()
                    .requester(requester)
                    .purpose(purpose)
                    .subjects(subjects)
                    .addCategories(InformationCategory.values())
                    .date(GoldenCase.DISCLOSED)
                    .build();
            for (DisclosureRules r : rules) {
              DisclosureDecision d = r.decide(c, request);
              assertThat(d.toString()).doesNotContain(MARKER);
              for (Finding f : d.findings()) {
                assertThat(f.message() + f.path()).doesNotContain(MARKER);
                assertThat(words(f.message())).doesNotContainAnyElementsOf(codes);
              }
              findings += d.findings().size();
            }
          }
        }
      }
    }
    assertThat(findings).isGreaterThan(1000);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static boolean isFilled(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return true;
  }

  private static boolean isText(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (v instanceof Collection<?> c) {
      return !c.isEmpty() && c.iterator().next() instanceof String;
    }
    return v instanceof String;
  }

  private static Method withMethod(Class<?> type, String name, Object argument)
      throws NoSuchMethodException {
    Class<?> parameter = argument instanceof String ? String.class : Iterable.class;
    Method m = type.getMethod(name, parameter);
    m.setAccessible(true);
    return m;
  }
}

package org.therapykit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.therapykit.benchmarks.PractitionerRecords.PractitionerDocument;
import org.therapykit.consent.Disclosure;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.fhir.BundleAssessment;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.PractitionerBundle;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.Samples;
import org.therapykit.testkit.Source;
import org.therapykit.testkit.TherapyGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls every {@code @Benchmark} method of this package once, untimed, as JMH would (states
 * created, {@code @Setup} run, small {@code @Param} values), and checks each result. A benchmark
 * without an expectation here fails the test, so none can be added and then forgotten.
 */
class EveryBenchmarkRunsOnceTest {
  private static final int BULK_RECORDS = 500;
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static final String PRACTITIONER_ID = "p-0007";

  /** What each benchmark must return, by {@code Class.method}. */
  private static final Map<String, Predicate<Object>> EXPECTED = new HashMap<>();

  static {
    Predicate<Object> practitioner =
        r ->
            ((Practitioner) r).id().value().equals(PRACTITIONER_ID)
                && ((Practitioner) r).equals(Fixtures.practitioner());
    Predicate<Object> records =
        r ->
            ((PractitionerDocument) r).practitioner().id().equals(PRACTITIONER_ID)
                && ((PractitionerDocument) r).practitioner().trainings() != null;
    Predicate<Object> fhir =
        r ->
            ((org.hl7.fhir.r4.model.Practitioner) r).getQualification().size() == 6
                && ((org.hl7.fhir.r4.model.Practitioner) r)
                    .getIdentifierFirstRep()
                    .getValue()
                    .equals(PRACTITIONER_ID);
    Predicate<Object> sameDocument = r -> tree((String) r).equals(tree(therapyKitDocument()));
    EXPECTED.put("ReadBenchmark.therapyKit", practitioner);
    EXPECTED.put("ReadBenchmark.jacksonRecords", records);
    EXPECTED.put("ReadBenchmark.hapiFhir", fhir);
    EXPECTED.put("WriteBenchmark.therapyKit", r -> r.equals(therapyKitDocument()));
    EXPECTED.put("WriteBenchmark.jacksonRecords", sameDocument);
    EXPECTED.put("WriteBenchmark.hapiFhir", r -> tree((String) r).equals(tree(fhirDocument())));
    EXPECTED.put(
        "AssessmentBenchmark.assess",
        r ->
            ((QualificationAssessment) r).classification()
                == Classification.CERTIFIED_SEX_THERAPIST);
    EXPECTED.put("AssessmentBenchmark.parse", practitioner);
    EXPECTED.put("BulkBenchmark.therapyKitReadAndAssess", r -> r.equals((long) BULK_RECORDS));
    EXPECTED.put("BulkBenchmark.therapyKitRead", r -> r.equals((long) BULK_RECORDS));
    EXPECTED.put("BulkBenchmark.jacksonRecordsRead", r -> r.equals((long) BULK_RECORDS));
    // every record is the same token sequence
    EXPECTED.put(
        "BulkBenchmark.rawTokenPass",
        r -> (long) r > 0 && (long) r % BULK_RECORDS == 0 && (long) r / BULK_RECORDS > 100);
    EXPECTED.put(
        "CaseBenchmark.validate",
        r ->
            ((CaseReport) r).findings().isEmpty()
                && ((CaseReport) r).caseId().equals(generatedCase().id()));
    EXPECTED.put(
        "CaseBenchmark.decide",
        r ->
            ((DisclosureDecision) r).outcome() == DisclosureOutcome.PERMIT
                && ((DisclosureDecision) r).authorizations().size() == 2);
    EXPECTED.put("CaseBenchmark.parse", r -> r.equals(generatedCase()));
    EXPECTED.put(
        "DirectoryBenchmark.index",
        r -> {
          DirectoryResult result = (DirectoryResult) r;
          return !result.candidates().isEmpty()
              && result.candidates().stream()
                  .allMatch(
                      c -> c.classification().scope().permits(PracticeArea.SEXUAL_DYSFUNCTIONS))
              && result.candidates().get(0).classification()
                  == Classification.CERTIFIED_SEX_THERAPIST
              && !result.excluded().isEmpty();
        });
    EXPECTED.put(
        "DirectoryBenchmark.linearFilter",
        r -> {
          List<?> hits = (List<?>) r;
          return !hits.isEmpty()
              && hits.stream()
                  .map(h -> (DirectoryBenchmark.Hit) h)
                  .allMatch(
                      h ->
                          h.practitioner()
                                  .licenses()
                                  .get(0)
                                  .jurisdiction()
                                  .toString()
                                  .equals("US-IL")
                              && h.assessment().scope().permits(PracticeArea.SEXUAL_DYSFUNCTIONS)
                              && h.km() < 100);
        });
    EXPECTED.put("ColdStartBenchmark.therapyKit", practitioner);
    EXPECTED.put("ColdStartBenchmark.jacksonRecords", records);
    EXPECTED.put("ColdStartBenchmark.hapiFhir", fhir);
    EXPECTED.put(
        "FhirBundleBenchmark.hapiParse",
        r ->
            ((Bundle) r)
                    .getEntry().stream()
                        .filter(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Practitioner)
                        .count()
                == FhirBundleBenchmark.COUNT);
    EXPECTED.put(
        "FhirBundleBenchmark.bridgeReadOnly",
        r ->
            ((PractitionerBundle) r).findings().isEmpty()
                && ((PractitionerBundle) r).practitioners().equals(bundlePractitioners()));
    EXPECTED.put(
        "FhirBundleBenchmark.bridgeAssess",
        r ->
            ((BundleAssessment) r).findings().isEmpty()
                && ((BundleAssessment) r).assessments().equals(bundleAssessments())
                && ((BundleAssessment) r).bundle().getEntry().size()
                    == 2 * FhirBundleBenchmark.COUNT);
    EXPECTED.put("FhirBundleBenchmark.rulesOnly", r -> r.equals(bundleAssessments()));
  }

  private static final Path RESOURCES = Path.of("src/main/resources/org/therapykit/benchmarks");

  private static String therapyKitDocument() {
    return new String(Fixtures.therapyKitDocument(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String fhirDocument() {
    return new String(Fixtures.fhirDocument(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonNode tree(String json) {
    return PLAIN.readTree(json);
  }

  @Test
  void everyBenchmarkMethodRunsOnceAndReturnsTheExpectedResult() throws Exception {
    List<Class<?>> classes = benchmarkClasses();
    assertThat(classes).isNotEmpty();
    Map<Class<?>, Object> states = new HashMap<>();
    List<Object> toTearDown = new ArrayList<>();
    TreeSet<String> ran = new TreeSet<>();
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    try {
      for (Class<?> type : classes) {
        for (Method m : type.getDeclaredMethods()) {
          if (!m.isAnnotationPresent(Benchmark.class)) {
            continue;
          }
          String name = type.getSimpleName() + "." + m.getName();
          Predicate<Object> expected = EXPECTED.get(name);
          assertThat(expected).as("an expectation for %s in this test", name).isNotNull();
          Object[] args = new Object[m.getParameterCount()];
          for (int i = 0; i < args.length; i++) {
            Class<?> p = m.getParameterTypes()[i];
            args[i] = p == Blackhole.class ? blackhole : state(p, states, toTearDown);
          }
          Object receiver =
              type.isAnnotationPresent(State.class)
                  ? state(type, states, toTearDown)
                  : type.getConstructor().newInstance();
          Object result = m.invoke(receiver, args);
          assertThat(result).as(name).isNotNull();
          assertThat(java.util.Objects.requireNonNull(expected).test(result))
              .as("result of %s", name)
              .isTrue();
          ran.add(name);
        }
      }
    } finally {
      blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
      for (Object state : toTearDown) {
        invokeAll(state, TearDown.class);
      }
    }
    assertThat(ran).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void committedDocumentsAreWhatTheFixtureGives() throws IOException {
    assertThat(therapyKitDocument())
        .as("run Fixtures.main to rewrite the resources")
        .isEqualTo(Fixtures.freshTherapyKitDocument());
    String freshFhir = Fixtures.freshFhirDocument();
    if (Boolean.getBoolean("benchmarks.update")) {
      Files.writeString(RESOURCES.resolve(Fixtures.FHIR_RESOURCE), freshFhir);
    }
    assertThat(fhirDocument())
        .as("run Fixtures.main, or this test with -Dbenchmarks.update=true, to rewrite it")
        .isEqualTo(freshFhir);
    assertThat(TherapyJson.strict().read(Practitioner.class, Fixtures.therapyKitDocument()))
        .isEqualTo(Fixtures.practitioner());
  }

  /** The benchmark's case: a couple, eight sessions, generated by the testkit. */
  private static TherapyCase generatedCase() {
    return TherapyGenerators.cases()
        .couple()
        .withSessions(8, 8)
        .next(Source.of(CaseBenchmark.SEED));
  }

  /** The benchmark's request: the case's third logged disclosure, asked for again. */
  private static DisclosureRequest request(TherapyCase c) {
    Disclosure logged = c.disclosures().get(2);
    return logged.asRequest();
  }

  @Test
  void theCaseDocumentsAreWhatTheTestkitGives() throws IOException {
    TherapyJson json = TherapyJson.strict();
    TherapyCase c = generatedCase();
    Map<String, String> expected =
        Map.of(
            CaseBenchmark.CASE_RESOURCE, json.write(c),
            CaseBenchmark.REQUEST_RESOURCE, json.write(request(c)));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (Boolean.getBoolean("benchmarks.update")) {
        Files.writeString(RESOURCES.resolve(e.getKey()), e.getValue());
      }
      assertThat(new String(Fixtures.resource(e.getKey()), java.nio.charset.StandardCharsets.UTF_8))
          .as("%s; rewrite with -Dbenchmarks.update=true", e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(c.unit().clients()).hasSize(2);
    assertThat(c.sessions()).hasSize(8);
    assertThat(CaseRules.standard().validate(c).findings()).isEmpty();
    assertThat(DisclosureRules.standard().decide(c, request(c)).request().subjects()).hasSize(2);
  }

  /**
   * The practitioners of the FHIR bundle benchmark as the testkit draws them, and their assessments
   * under the standard policy on {@link Fixtures#AS_OF}; drawn once, when first used.
   */
  private static final class BundleFixture {
    static final ImmutableList<Practitioner> PRACTITIONERS =
        Samples.list(
            FhirBundleBenchmark.SEED,
            FhirBundleBenchmark.COUNT,
            TherapyGenerators.practitioners().asOf(Fixtures.AS_OF));
    static final ImmutableList<QualificationAssessment> ASSESSMENTS =
        PRACTITIONERS.stream()
            .map(p -> QualificationPolicy.standard().assess(p, Fixtures.AS_OF))
            .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Practitioner> bundlePractitioners() {
    return BundleFixture.PRACTITIONERS;
  }

  private static ImmutableList<QualificationAssessment> bundleAssessments() {
    return BundleFixture.ASSESSMENTS;
  }

  @Test
  void theFhirBundleIsWhatTheTestkitAndTheBridgeGive() throws IOException {
    FhirR4 fhir = FhirR4.create();
    ImmutableList<Practitioner> practitioners = bundlePractitioners();
    String expected = fhir.encode(fhir.toBundle(practitioners));
    if (Boolean.getBoolean("benchmarks.update")) {
      Files.writeString(RESOURCES.resolve(FhirBundleBenchmark.BUNDLE_RESOURCE), expected);
    }
    String committed =
        new String(
            Fixtures.resource(FhirBundleBenchmark.BUNDLE_RESOURCE),
            java.nio.charset.StandardCharsets.UTF_8);
    // not isEqualTo: a failure must not print megabytes
    assertThat(committed.equals(expected))
        .as("%s; rewrite with -Dbenchmarks.update=true", FhirBundleBenchmark.BUNDLE_RESOURCE)
        .isTrue();
    assertThat(practitioners.stream().map(Practitioner::id).distinct())
        .hasSize(FhirBundleBenchmark.COUNT);
    PractitionerBundle read = fhir.readPractitioners(fhir.parseBundle(committed));
    assertThat(read.findings()).isEmpty();
    assertThat(read.practitioners().equals(practitioners)).as("read back equal").isTrue();
    // a mix for the rules: several classifications, and findings to report
    ImmutableList<QualificationAssessment> assessments = bundleAssessments();
    assertThat(assessments.stream().map(QualificationAssessment::classification).distinct().count())
        .isGreaterThanOrEqualTo(3);
    assertThat(assessments.stream().filter(a -> !a.findings().isEmpty())).isNotEmpty();
  }

  @Test
  void theSyntheticDirectorySpreadsPractitionersOverTheStates() {
    List<Practitioner> all = Directories.practitioners(1_000);
    assertThat(all).hasSize(1_000);
    assertThat(all.stream().map(p -> p.licenses().get(0).jurisdiction()).distinct()).hasSize(50);
    assertThat(Directories.organizations()).hasSize(2_000);
    java.util.Map<Classification, Long> counts =
        all.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    p -> QualificationPolicy.standard().assess(p, Fixtures.AS_OF).classification(),
                    java.util.stream.Collectors.counting()));
    // certified, uncertified therapists and the unqualified: a mix for the ranking to sort
    assertThat(counts.keySet())
        .contains(
            Classification.CERTIFIED_SEX_THERAPIST,
            Classification.SEX_THERAPIST,
            Classification.NOT_QUALIFIED);
  }

  @Test
  void bulkInputHoldsDistinctValidRecords() {
    byte[] ndjson = Fixtures.ndjson(3);
    String text = new String(ndjson, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.split("\n"))
        .hasSize(3)
        .allSatisfy(line -> assertThat(line.length()).isEqualTo(therapyKitDocument().length() + 3));
    assertThat(text).contains("\"id\":\"p-0000000\"", "\"id\":\"p-0000002\"");
  }

  /** Every top-level class of this package with a {@code @Benchmark} method. */
  private static List<Class<?>> benchmarkClasses() throws IOException {
    List<Class<?>> found = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(EveryBenchmarkRunsOnceTest.class.getClassLoader())
            .getTopLevelClasses(EveryBenchmarkRunsOnceTest.class.getPackageName())) {
      Class<?> type = info.load();
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          found.add(type);
          break;
        }
      }
    }
    return found;
  }

  private static Object state(Class<?> type, Map<Class<?>, Object> states, List<Object> tearDown)
      throws Exception {
    Object existing = states.get(type);
    if (existing != null) {
      return existing;
    }
    assertThat(type.isAnnotationPresent(State.class)).as("%s is a @State", type).isTrue();
    Object state = type.getConstructor().newInstance();
    for (var field : type.getFields()) {
      Param param = field.getAnnotation(Param.class);
      if (param != null && !Modifier.isStatic(field.getModifiers())) {
        // the smallest useful input, not the benchmark's size
        assertThat(field.getType()).as("@Param %s", field).isEqualTo(int.class);
        field.setInt(state, BULK_RECORDS);
      }
    }
    invokeAll(state, Setup.class);
    states.put(type, state);
    tearDown.add(state);
    return state;
  }

  private static void invokeAll(Object state, Class<? extends Annotation> annotation)
      throws Exception {
    for (Method m : state.getClass().getMethods()) {
      if (m.isAnnotationPresent(annotation)) {
        m.invoke(state);
      }
    }
  }
}

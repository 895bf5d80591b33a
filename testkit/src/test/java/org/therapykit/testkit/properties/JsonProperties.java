package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.properties.QtGens.toGen;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.CaseReport;
import org.therapykit.course.TherapyCase;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Organization;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.referral.Referral;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.JsonContracts;
import org.therapykit.testkit.NetworkntSchemas;
import org.therapykit.testkit.TherapyGenerators;

/**
 * The project's JSON properties over the testkit's generators, for every root document type the
 * testkit generates (all but the directory's, which have no generators yet): a written value
 * validates against its shipped schema and reads back equal, and writing it again gives identical
 * bytes. Run by QuickTheories with fixed seeds (so a failure reproduces and shrinks). Core keeps
 * its own smaller round-trip and schema properties, which guard its coverage.
 */
class JsonProperties {
  private static final TherapyJson JSON = TherapyJson.strict();
  private static final NetworkntSchemas SCHEMAS = new NetworkntSchemas();
  private static final int EXAMPLES = 2000;

  private static <T extends TherapyDocument> Arguments root(
      Class<T> type, Generator<? extends T> values, long seed) {
    return Arguments.of(JsonContracts.documentKind(type), type, values, seed);
  }

  static Stream<Arguments> everyRootType() {
    return Stream.of(
        root(Practitioner.class, TherapyGenerators.practitioners(), 11L),
        root(QualificationAssessment.class, TherapyGenerators.assessments(), 12L),
        root(TherapyCase.class, TherapyGenerators.cases(), 13L),
        root(CaseReport.class, TherapyGenerators.caseReports(), 14L),
        root(Referral.class, TherapyGenerators.referrals(), 15L),
        root(ReleaseAuthorization.class, TherapyGenerators.authorizations(), 16L),
        root(TreatmentPlan.class, TherapyGenerators.plans(), 17L),
        root(DisclosureRequest.class, TherapyGenerators.disclosureRequests(), 18L),
        root(
            DisclosureDecision.class,
            TherapyGenerators.cases()
                .withSessions(1, 6)
                .flatMap(
                    c ->
                        TherapyGenerators.disclosureRequests()
                            .about(c)
                            .map(r -> DisclosureRules.standard().decide(c, r))),
            19L),
        root(Organization.class, TherapyGenerators.organizations(), 20L),
        root(DirectoryQuery.class, TherapyGenerators.directoryQueries(), 21L),
        root(DirectoryResult.class, TherapyGenerators.directoryResults(), 22L));
  }

  @org.junit.jupiter.api.Test
  void everyRootTypeHasAGenerator() {
    assertThat(everyRootType().map(a -> a.get()[1]).toList())
        .containsExactlyInAnyOrderElementsOf(JsonContracts.rootTypes().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRootType")
  <T extends TherapyDocument> void everyValueIsValidAgainstItsSchemaAndRoundTripsByteForByte(
      String kind, Class<T> type, Generator<? extends T> values, long seed) {
    String schema = JsonContracts.schemaResource(type);
    qt().withFixedSeed(seed)
        .withExamples(EXAMPLES)
        .forAll(toGen(values))
        .checkAssert(
            value -> {
              byte[] bytes = JSON.writeBytes(value);
              String text = JSON.write(value);
              assertThat(SCHEMAS.validate(schema, text)).as(kind).isEmpty();
              T back = JSON.read(type, bytes);
              assertThat(back).isEqualTo(value);
              assertThat(back.hashCode()).isEqualTo(value.hashCode());
              assertThat(JSON.writeBytes(back)).isEqualTo(bytes);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRootType")
  <T extends TherapyDocument> void rootTypesKeepTheHostContracts(
      String kind, Class<T> type, Generator<? extends T> values, long seed) {
    // the same properties through the published contract checks a host would run
    JsonContracts.of(type, values)
        .withSeed(seed + 100)
        .withSamples(100)
        .checkRoundTrip()
        .checkSchemaValidity(SCHEMAS);
  }
}

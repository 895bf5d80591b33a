package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.quicktheories.QuickTheoriesGenerators.toGen;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.therapykit.CaseId;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;
import org.therapykit.plan.Session;
import org.therapykit.testkit.CaseRuleBreak;
import org.therapykit.testkit.JsonContracts;
import org.therapykit.testkit.TherapyGenerators;
import org.therapykit.testkit.ValueContracts;
import org.therapykit.validation.Severity;

/**
 * The README's course-of-therapy testing examples, written the way a host would: the host's code
 * under test is {@link Billing}, which bills only sessions the case rules find no error for, and
 * {@link CaseArchive}, which keeps cases as JSON.
 */
class CasePropertyExamplesTest {
  /** The host's code under test: bills the sessions of a case that have no error finding. */
  static final class Billing {
    private final CaseRules rules = CaseRules.standard();

    List<Integer> billableSessions(TherapyCase therapyCase) {
      Set<Integer> blocked =
          rules.validate(therapyCase).findings().stream()
              .filter(f -> f.severity() == Severity.ERROR && f.path().startsWith("/sessions/"))
              .map(f -> f.path().substring("/sessions/".length()).replaceFirst("/.*", ""))
              .map(i -> Integer.parseInt(i) + 1)
              .collect(Collectors.toSet());
      return therapyCase.sessions().stream()
          .map(Session::number)
          .filter(n -> !blocked.contains(n))
          .toList();
    }
  }

  /** The host's code under test: an archive of cases kept as JSON text. */
  static final class CaseArchive {
    private final Map<CaseId, String> rows = new HashMap<>();
    private final TherapyJson json = TherapyJson.strict();

    String store(TherapyCase therapyCase) {
      String row = json.write(therapyCase);
      rows.put(therapyCase.id(), row);
      return row;
    }

    TherapyCase fetch(String row) {
      return json.read(TherapyCase.class, row);
    }
  }

  /** The host's own JSON Schema validator (here networknt's), behind the testkit's hook. */
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final Map<String, Schema> loaded = new HashMap<>();

  List<String> schemaProblems(String schemaResource, String document) {
    Schema schema =
        loaded.computeIfAbsent(
            schemaResource,
            r -> {
              try (InputStream in = TherapyJson.class.getResourceAsStream(r)) {
                return SCHEMAS.getSchema(Objects.requireNonNull(in, r));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return schema.validate(document, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private final Billing billing = new Billing();
  private final CaseArchive archive = new CaseArchive();

  // snippet: case-generators
  @Test
  void billsEverySessionOfACoherentCourse() {
    qt().withFixedSeed(4L)
        .withExamples(300)
        .forAll(toGen(TherapyGenerators.cases().couple().inFertilityTreatment().withSessions(3, 8)))
        .checkAssert(
            course ->
                assertThat(billing.billableSessions(course)).hasSize(course.sessions().size()));
  }

  // end snippet

  // snippet: case-breaks
  @Test
  void neverBillsASessionHeldWithoutConsent() {
    qt().withFixedSeed(5L)
        .withExamples(300)
        .forAll(toGen(TherapyGenerators.cases().breaking(CaseRuleBreak.SESSION_WITHOUT_CONSENT)))
        .checkAssert(
            course -> {
              // every case has at least one attendee without a consent in force, and no other
              // problem: exactly the sessions the rule reports must go unbilled
              assertThat(billing.billableSessions(course))
                  .hasSizeLessThan(course.sessions().size());
            });
  }

  // end snippet

  // snippet: json-contracts
  @Test
  void archivesCasesAsValidJsonWithoutLosingAnything() {
    JsonContracts.of(TherapyCase.class, TherapyGenerators.cases())
        .withSamples(200)
        .checkRoundTrip() // equal value, same hash, identical bytes when written again
        .checkSchemaValidity(this::schemaProblems); // the host's own JSON Schema validator
    ValueContracts.of(TherapyGenerators.cases())
        .withSamples(200)
        .withInvariant(
            JsonContracts.schemaInvariant(
                TherapyCase.class, TherapyJson.strict(), this::schemaProblems))
        .checkRoundTrip(archive::store, archive::fetch);
  }
  // end snippet
}

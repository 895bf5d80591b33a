package org.therapykit.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * Benchmark 7 (issue #9): one query against a {@link DirectoryIndex} of {@link #practitioners}
 * practitioners and 2,000 organisations ({@link Directories}), against a plain linear filter over
 * the same list — what a host writes without the index: every practitioner's licences checked for
 * the client's state, the practitioners licensed there assessed, those qualified for the concern
 * sorted by classification and distance to where they see clients, the first ten kept.
 *
 * <p>The filter does less than the index (no telehealth, no border crossing, no exclusions with
 * reasons, no tiers), so the ratio understates what the index saves. The index is built once, in
 * setup, as a host builds it once and queries it many times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class DirectoryBenchmark {
  /** The number of practitioners in the directory. */
  @Param("100000")
  public int practitioners;

  private final QualificationPolicy policy = QualificationPolicy.standard();
  private final DirectoryQuery query = Directories.query();
  private List<Practitioner> all = List.of();
  private Map<OrganizationId, Organization> organizations = Map.of();
  private DirectoryIndex index = DirectoryIndex.of(List.of(), List.of());

  /** Builds the directory and its index. */
  @Setup
  public void setUp() {
    all = Directories.practitioners(practitioners);
    List<Organization> orgs = Directories.organizations();
    organizations = new HashMap<>();
    for (Organization o : orgs) {
      organizations.put(o.id(), o);
    }
    index = DirectoryIndex.of(all, orgs);
  }

  /**
   * Answers the query with the index.
   *
   * @return the ranked, explained result
   */
  @Benchmark
  public DirectoryResult index() {
    return index.find(query);
  }

  /** A practitioner the linear filter keeps, with what it sorts by. */
  record Hit(Practitioner practitioner, QualificationAssessment assessment, double km) {}

  /**
   * Baseline: a plain linear filter over the list of practitioners.
   *
   * @return the first ten practitioners licensed in the client's state and qualified for the
   *     concern, certified first, then nearest
   */
  @Benchmark
  public List<Hit> linearFilter() {
    Jurisdiction client = query.clientLocation().jurisdiction();
    List<Hit> hits = new ArrayList<>();
    for (Practitioner p : all) {
      boolean licensed = false;
      for (License l : p.licensesValidOn(query.asOf())) {
        licensed |= l.jurisdiction().includes(client);
      }
      if (!licensed) {
        continue;
      }
      QualificationAssessment a = policy.assess(p, query.asOf());
      if (!a.scope().permits(query.concern())) {
        continue;
      }
      double km = Double.MAX_VALUE;
      for (OrganizationId at : p.servicesOrDefault().inPersonAt()) {
        Organization o = organizations.get(at);
        if (o != null) {
          km = Math.min(km, query.clientLocation().distanceKm(o.location()).orElse(km));
        }
      }
      hits.add(new Hit(p, a, km));
    }
    hits.sort(
        Comparator.comparing((Hit h) -> h.assessment().classification())
            .reversed()
            .thenComparingDouble(Hit::km)
            .thenComparing(h -> h.practitioner().id().value()));
    return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
  }
}

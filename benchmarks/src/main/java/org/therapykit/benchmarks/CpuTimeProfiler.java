package org.therapykit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.therapykit.benchmarks.CpuTimeProfiler}) that reports {@code
 * cpu.time.norm}: the CPU time the benchmark JVM used per operation, in the benchmark's time unit,
 * counting every thread (the benchmark thread, GC and the JIT compilers).
 *
 * <p>Wall-clock time, JMH's primary score, is what a host feels on a quiet machine. On a shared
 * machine it also counts the time other processes held the cores, so it can grow many times over;
 * CPU time grows far less with load (caches and frequency are still shared) and is the better
 * measure of the cost of the code when the machine is busy. Both land in the JMH JSON.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the whole benchmark JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's interface returns raw Results
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getAllOps();
    TimeUnit unit = benchmarkParams.getTimeUnit();
    double perOp = ops == 0 ? Double.NaN : (double) used / ops / unit.toNanos(1);
    return List.of(
        new ScalarResult(
            "cpu.time.norm", perOp, TimeUnits.label(unit) + "/op", AggregationPolicy.AVG));
  }

  /** JMH's own unit labels, so that the secondary metric reads like the primary one. */
  static final class TimeUnits {
    private TimeUnits() {}

    static String label(TimeUnit unit) {
      return switch (unit) {
        case NANOSECONDS -> "ns";
        case MICROSECONDS -> "us";
        case MILLISECONDS -> "ms";
        case SECONDS -> "s";
        case MINUTES -> "min";
        case HOURS -> "hr";
        case DAYS -> "day";
      };
    }
  }
}

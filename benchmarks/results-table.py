#!/usr/bin/env python3
"""Turns the JMH JSON of benchmarks/run.sh into benchmarks/README.md's markdown table of ratios.

    python3 benchmarks/results-table.py benchmarks/results/short
    python3 benchmarks/results-table.py benchmarks/results/full --update-readme

The argument is a result prefix: <prefix>-steady.json, <prefix>-cold.json and <prefix>-fhir.json
are read (those that exist), and <prefix>-machine.txt if present. Each row compares a TherapyKit benchmark with its baseline from
the same run; the ratio is oriented like the issue's target, and its error combines the two
scores' JMH errors (99.9 % confidence half-widths) in quadrature of the relative errors.
Two tables are printed: one from JMH's score (wall-clock time) and one from cpu.time.norm
(CpuTimeProfiler: CPU time of the benchmark JVM per operation), which a busy machine disturbs
far less. With --update-readme they replace the block between benchmarks/README.md's
<!-- benchmarks:table --> and <!-- /benchmarks:table --> markers. Python 3 standard library only.
"""
import json
import math
import pathlib
import re
import sys

PKG = "org.therapykit.benchmarks."

# (issue item, what, TherapyKit benchmark, baseline benchmark, ratio kind, target, alloc?)
# ratio kinds: "speed" = baseline time / TherapyKit time (higher is better, target is a minimum);
# "cheaper" = baseline time / TherapyKit time as well, read "x times cheaper";
# "time" = TherapyKit time / baseline time (lower is better, target is a maximum).
ROWS = [
    ("1", "Read a practitioner vs Jackson records", "ReadBenchmark.therapyKit",
     "ReadBenchmark.jacksonRecords", "speed", 1.5, True),
    ("1", "Read a practitioner vs HAPI FHIR R4", "ReadBenchmark.therapyKit",
     "ReadBenchmark.hapiFhir", "speed", 2.0, True),
    ("2", "Write a practitioner vs Jackson records", "WriteBenchmark.therapyKit",
     "WriteBenchmark.jacksonRecords", "speed", 1.2, True),
    ("2", "Write a practitioner vs HAPI FHIR R4", "WriteBenchmark.therapyKit",
     "WriteBenchmark.hapiFhir", "speed", 2.0, True),
    ("3", "Assess vs parse the same practitioner", "AssessmentBenchmark.assess",
     "AssessmentBenchmark.parse", "cheaper", 5.0, True),
    ("4", "Bulk: read + assess 100,000 vs raw token pass", "BulkBenchmark.therapyKitReadAndAssess",
     "BulkBenchmark.rawTokenPass", "speed", 0.4, True),
    ("4", "(reference: TherapyKit read only vs raw token pass)", "BulkBenchmark.therapyKitRead",
     "BulkBenchmark.rawTokenPass", "speed", None, True),
    ("4", "(reference: Jackson records read vs raw token pass)", "BulkBenchmark.jacksonRecordsRead",
     "BulkBenchmark.rawTokenPass", "speed", None, True),
    ("4", "(reference: TherapyKit read only vs Jackson records)", "BulkBenchmark.therapyKitRead",
     "BulkBenchmark.jacksonRecordsRead", "speed", None, True),
    ("5", "Cold start vs Jackson records", "ColdStartBenchmark.therapyKit",
     "ColdStartBenchmark.jacksonRecords", "time", 1.0, False),
    ("5", "Cold start vs HAPI FHIR R4", "ColdStartBenchmark.therapyKit",
     "ColdStartBenchmark.hapiFhir", "time", 0.5, False),
    ("6", "Validate a couple's 8-session case vs parse it", "CaseBenchmark.validate",
     "CaseBenchmark.parse", "cheaper", None, True),
    ("6", "Decide a disclosure request vs parse the case", "CaseBenchmark.decide",
     "CaseBenchmark.parse", "cheaper", None, True),
    ("7", "Directory query, 100,000 practitioners: index vs linear filter",
     "DirectoryBenchmark.index", "DirectoryBenchmark.linearFilter", "speed", None, True),
    # 8: the FHIR bridge must add less than HAPI's parse costs, i.e. take under 2x the parse alone
    ("8", "FHIR bundle of 1,000 practitioners: parse + bridge + assess vs HAPI parse alone",
     "FhirBundleBenchmark.bridgeAssess", "FhirBundleBenchmark.hapiParse", "time", 2.0, True),
    ("8", "(reference: parse + bridge read only vs HAPI parse alone)",
     "FhirBundleBenchmark.bridgeReadOnly", "FhirBundleBenchmark.hapiParse", "time", None, True),
    ("8", "(reference: the rules alone vs HAPI parse alone)",
     "FhirBundleBenchmark.rulesOnly", "FhirBundleBenchmark.hapiParse", "time", None, True),
]

README = pathlib.Path(__file__).resolve().parent / "README.md"  # benchmarks/README.md
START, END = "<!-- benchmarks:table -->", "<!-- /benchmarks:table -->"


def load(prefix):
    results = {}
    for suffix in ("-steady.json", "-cold.json", "-fhir.json"):
        path = pathlib.Path(prefix + suffix)
        if not path.exists():
            continue
        for r in json.loads(path.read_text()):
            name = r["benchmark"][len(PKG):] if r["benchmark"].startswith(PKG) else r["benchmark"]
            pm = r["primaryMetric"]
            alloc = cpu = None
            for key, metric in r.get("secondaryMetrics", {}).items():
                if key.endswith("gc.alloc.rate.norm"):
                    alloc = metric["score"]
                if key.endswith("cpu.time.norm"):
                    cpu = metric
            samples = len([x for fork in pm["rawData"] for x in fork])
            common = {"alloc": alloc, "forks": r["forks"], "samples": samples}
            results.setdefault("wall", {})[name] = dict(
                common, score=pm["score"], error=pm["scoreError"], unit=pm["scoreUnit"])
            if cpu is not None:
                results.setdefault("cpu", {})[name] = dict(
                    common, score=cpu["score"], error=cpu["scoreError"], unit=cpu["scoreUnit"])
    return results


def fmt_num(x):
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.3g}"


def fmt_time(res):
    unit = res["unit"].replace("/op", "")
    score, error = res["score"], res["error"]
    err = "" if math.isnan(error) else f" ± {fmt_num(error)}"
    return f"{fmt_num(score)}{err} {unit}".replace("us", "µs")


def fmt_bytes(b):
    if b is None:
        return "–"
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if b >= size:
            return f"{b / size:.3g} {unit}"
    return f"{b:.0f} B"


def ratio(tk, base, kind):
    a, b = (base, tk) if kind in ("speed", "cheaper") else (tk, base)
    value = a["score"] / b["score"]
    rel = [x["error"] / x["score"] for x in (a, b) if not math.isnan(x["error"])]
    error = value * math.sqrt(sum(e * e for e in rel)) if rel else float("nan")
    return value, error


def verdict(value, error, kind, target):
    if target is None:
        return "–"
    if math.isnan(error):
        error = 0.0
    if kind == "time":
        if value + error <= target:
            return "met"
        return "missed" if value - error > target else "within error"
    if value - error >= target:
        return "met"
    return "missed" if value + error < target else "within error"


def target_text(kind, target):
    if target is None:
        return "–"
    return {"speed": f"≥ {target:g}×", "cheaper": f"≥ {target:g}× cheaper",
            "time": f"≤ {target:g}× the time"}[kind]


METRICS = {"wall": "wall-clock time (JMH score)", "cpu": "CPU time (cpu.time.norm)"}


def table(results, metric):
    lines = [
        f"Measured as {METRICS[metric]}:",
        "",
        "| # | Comparison | Measured | Baseline | Ratio | Target | Verdict "
        "| Alloc/op measured | Alloc/op baseline |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for item, what, tk_name, base_name, kind, target, alloc in ROWS:
        tk, base = results.get(tk_name), results.get(base_name)
        if tk is None or base is None:
            lines.append(f"| {item} | {what} | not run | | | {target_text(kind, target)} | | | |")
            continue
        value, error = ratio(tk, base, kind)
        err = "" if math.isnan(error) else f" ± {error:.2f}"
        lines.append(
            f"| {item} | {what} | {fmt_time(tk)} | {fmt_time(base)} | **{value:.2f}×**{err} "
            f"| {target_text(kind, target)} | {verdict(value, error, kind, target)} "
            f"| {fmt_bytes(tk['alloc']) if alloc else '–'} "
            f"| {fmt_bytes(base['alloc']) if alloc else '–'} |"
        )
    return "\n".join(lines) + "\n"


def tables(prefix):
    loaded = load(prefix)
    if not loaded:
        raise SystemExit(f"no results at {prefix}-steady.json, -cold.json or -fhir.json")
    parts = [table(loaded[m], m) for m in ("wall", "cpu") if m in loaded]
    results = loaded["wall"]
    machine = pathlib.Path(prefix + "-machine.txt")
    notes = []
    if machine.exists():
        notes.append("Machine and load (`" + machine.name + "`):")
        notes.append("")
        notes.extend(
            "- " + line.strip() for line in machine.read_text().splitlines() if line.strip())
    forks = sorted({(n.split(".")[0], r["forks"], r["samples"]) for n, r in results.items()})
    notes.append("- forks and samples: " + ", ".join(
        f"{cls} {f}/{s}" for cls, f, s in forks))
    return "\n".join(parts) + "\n" + "\n".join(notes) + "\n"


def main(argv):
    if not argv or argv[0].startswith("-"):
        raise SystemExit(__doc__)
    text = tables(argv[0])
    print(text)
    if "--update-readme" in argv:
        readme = README.read_text()
        pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
        if not pattern.search(readme):
            raise SystemExit(f"{README} has no {START} … {END} block")
        README.write_text(pattern.sub(lambda m: START + "\n\n" + text + "\n" + END, readme))


if __name__ == "__main__":
    main(sys.argv[1:])

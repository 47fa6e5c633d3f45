#!/usr/bin/env python3
"""Prints a JMH JSON result file (run-jmh.sh writes target/jmh-result.json) as a Markdown table:
score ± error, the fastest and the median measurement iteration (on a shared machine the fastest
iteration is the least disturbed one), and gc.alloc.rate.norm when the run used -prof gc.

    python3 src/benchmarks/jmh-table.py src/benchmarks/target/jmh-result.json
"""
import json
import statistics
import sys


def num(v):
    """Three significant digits, never in exponent notation."""
    if isinstance(v, str) or v != v:
        return "-"
    if v >= 100:
        return "%.0f" % v
    if v >= 10:
        return "%.1f" % v
    return "%.2f" % v


def main(path):
    with open(path) as f:
        results = json.load(f)
    print("| benchmark | score ± error | fastest iteration | median iteration | unit | allocated B/op |")
    print("|---|---:|---:|---:|---|---:|")
    for r in results:
        name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
        m = r["primaryMetric"]
        raw = [v for fork in m["rawData"] for v in fork]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        print("| %s | %s ± %s | %s | %s | %s | %s |" % (
            name, num(m["score"]), num(m["scoreError"]),
            num(min(raw)), num(statistics.median(raw)), m["scoreUnit"],
            "%.0f" % alloc["score"] if alloc else "-"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/benchmarks/target/jmh-result.json")

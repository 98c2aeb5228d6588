"""``python -m benchmarks [--quick] [--out DIR] [--docs | --no-docs] [--only SECTION ...]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from . import cases, report

SECTIONS = ("overhead", "throughput", "latency", "imports", "concurrency", "growth")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a small run (under a minute), for smoke tests")
    parser.add_argument("--out", type=Path, default=cases.ROOT / "benchmarks" / "results")
    parser.add_argument(
        "--docs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="regenerate docs/benchmarks.md and docs/img/benchmarks.png (default: on a full run)",
    )
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument(
        "--profile",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="profile the cases whose goal was missed (default: on a full run)",
    )
    args = parser.parse_args(argv)
    scale = cases.QUICK if args.quick else cases.FULL
    sections = args.only or SECTIONS
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    results: dict[str, Any] = {
        "mode": "quick" if args.quick else "full",
        "started": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "machine": cases.machine(),
        "scale": scale.__dict__,
    }
    began = time.perf_counter()
    with cases.ReplayServer() as server:
        for section in sections:
            t0 = time.perf_counter()
            print(f"bench: {section} ...", file=sys.stderr, flush=True)
            if section == "overhead":
                results[section] = cases.overhead(server, scale)
            elif section == "throughput":
                results[section] = cases.throughput(server, scale)
            elif section == "latency":
                results[section] = cases.latency(server, scale)
            elif section == "imports":
                results[section] = cases.import_time(scale)
            elif section == "concurrency":
                results[section] = cases.concurrency(server, scale)
            elif section == "growth":
                results[section] = cases.growth(server, scale)
            print(f"bench: {section} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
        results["goals"] = report.goals(results)
        if args.profile if args.profile is not None else not args.quick:
            results["profiles"] = report.profile_misses(server, scale, results["goals"], out)
    results["elapsed_s"] = time.perf_counter() - began
    results["machine"]["load_average_end"] = os.getloadavg()

    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    table = report.markdown(results)
    (out / "results.md").write_text(table)
    report.plot(results, out / "benchmarks.png")
    print(table)
    print(f"bench: wrote {out}/results.md, results.json, benchmarks.png", file=sys.stderr)
    if args.docs if args.docs is not None else not args.quick:
        report.write_docs(results, table, out / "benchmarks.png")
        print("bench: regenerated docs/benchmarks.md and docs/img/benchmarks.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

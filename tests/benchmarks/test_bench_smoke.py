"""The benchmark harness runs end to end (`scripts/bench --quick`) and writes its outputs.

A smoke test of the harness only: no figure is checked against a goal here, because timings on a
shared CI machine say nothing about the code. docs/benchmarks.md comes from the full run.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_bench_writes_table_json_and_plot(tmp_path: Path) -> None:
    docs = ROOT / "docs" / "benchmarks.md"
    docs_before = docs.stat().st_mtime_ns if docs.exists() else None
    proc = subprocess.run(
        [str(ROOT / "scripts" / "bench"), "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]

    table = (tmp_path / "results.md").read_text()
    assert "| Goal | Measured |" in table
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["mode"] == "quick"
    for section in ("overhead", "throughput", "latency", "imports", "concurrency", "growth"):
        assert section in results, section
    assert results["concurrency"]["completed"] == results["concurrency"]["chats"]
    assert all(row["met"] is not None for row in results["goals"])
    assert (tmp_path / "benchmarks.png").read_bytes().startswith(b"\x89PNG")
    # A quick run leaves the published page alone.
    assert (docs.stat().st_mtime_ns if docs.exists() else None) == docs_before

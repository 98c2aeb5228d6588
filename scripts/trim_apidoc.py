#!/usr/bin/env python3
"""Writes the FastGPT API documents the emulator serves (`fastgpt_client/testing/_apidoc/`),
trimmed from FastGPT's own ones in `openapi/upstream/`: descriptions, examples and summaries
go (the drift check reads operations, parameters and request fields only), and the Dev API
document keeps the operations the SDK calls. Every path, method, parameter and schema stays.

    python scripts/trim_apidoc.py          rewrite the files
    python scripts/trim_apidoc.py --check  exit 1 when they differ from what the sources give
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "openapi" / "upstream"
TARGET = ROOT / "fastgpt_client" / "testing" / "_apidoc"
DROPPED = {"description", "example", "examples", "summary"}
FILES = {
    "systemopenapi-4.16.0.json": "systemopenapi-4.16.0.json.gz",
    "devapi-4.16.0.json": "devapi-4.16.0.json.gz",
    "openapi-4.14.5.json": "openapi-4.14.5.json.gz",
}


def _trim(node: Any, *, names: bool = False) -> Any:
    """`node` without prose; `names`: its keys are names (of properties, paths), all kept."""
    if isinstance(node, dict):
        return {
            key: _trim(value, names=key in ("properties", "paths", "patternProperties") and not names)
            for key, value in node.items()
            if names or key not in DROPPED
        }
    if isinstance(node, list):
        return [_trim(item) for item in node]
    return node


def _used_paths() -> set[str]:
    manifest = json.loads((ROOT / "fastgpt_client" / "_sdk_operations.json").read_text(encoding="utf-8"))
    return {op["operation"].partition(" ")[2] for op in manifest["operations"]}


def render(name: str) -> bytes:
    document = json.loads((SOURCE / name).read_text(encoding="utf-8"))
    if name.startswith("devapi"):
        used = _used_paths()
        document["paths"] = {path: item for path, item in document["paths"].items() if path in used}
    text = json.dumps(_trim(document), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return gzip.compress(text.encode("utf-8"), mtime=0)


def main(argv: list[str]) -> int:
    check = argv[1:] == ["--check"]
    stale = []
    for name, target in FILES.items():
        data = render(name)
        path = TARGET / target
        if check:
            if not path.exists() or gzip.decompress(path.read_bytes()) != gzip.decompress(data):
                stale.append(str(path.relative_to(ROOT)))
        else:
            TARGET.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data) // 1024} KB)")
    if stale:
        print(f"stale: {', '.join(stale)}: run python scripts/trim_apidoc.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

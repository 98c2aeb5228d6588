"""The drift check's package data is what the sources give: `_sdk_operations.json` (from
openapi/fastgpt.yaml) and the emulator's trimmed FastGPT documents (from openapi/upstream/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script", ["scripts/sdk_operations.py", "scripts/trim_apidoc.py"])
def test_package_data_is_current(script: str) -> None:
    done = subprocess.run(
        [sys.executable, script, "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_every_spec_operation_is_called_by_the_sdk() -> None:
    """What the manifest calls "the SDK's operations" are the ones resources plan."""
    import json

    manifest = json.loads((ROOT / "fastgpt_client" / "_sdk_operations.json").read_text(encoding="utf-8"))
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "fastgpt_client" / "resources" / "_async").glob("*.py")
    )
    for op in manifest["operations"]:
        snake = "".join("_" + c.lower() if c.isupper() else c for c in op["operation_id"])
        assert f'.{snake}"' in code, (
            f"{op['operation']} ({op['operation_id']}) is in the manifest but no resource plans it"
        )

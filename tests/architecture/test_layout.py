"""The layout rules of DESIGN.md v2 that a test can hold: dependency contracts (import-linter),
module sizes, and client classes that are compositions with no methods of their own."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "fastgpt_client"
MAX_LINES = 450
COMPOSITIONS = ("_chat_client.py", "_dataset_client.py", "_app_client.py")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--config", str(root / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
        env={"PYTHONPATH": f"{root}:{ROOT / 'generated'}", "PATH": str(lint.parent)},
    )


def test_dependency_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_resource_importing_the_generated_builders_breaks_a_contract(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "fastgpt_client", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", tmp_path)
    apps = tmp_path / "fastgpt_client" / "resources" / "_async" / "apps.py"
    apps.write_text(
        apps.read_text(encoding="utf-8") + "\nfrom fastgpt_api.api.app import get_app_total_data\n"
    )

    result = lint_imports(tmp_path)

    assert result.returncode == 1
    assert "Only _endpoints uses the generated request builders BROKEN" in result.stdout


def hand_written_modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "_sync" not in path.parts and "__pycache__" not in path.parts
    ]


@pytest.mark.parametrize("path", hand_written_modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_hand_written_module_is_over_450_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it by responsibility"


@pytest.mark.parametrize("name", COMPOSITIONS)
def test_client_classes_are_compositions_without_methods(name: str) -> None:
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(classes) == 2
    for cls in classes:
        body = [
            node
            for node in cls.body
            if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
        ]
        assert body == [], f"{cls.name} must only compose its area classes (a docstring, no members)"
        assert len(cls.bases) >= 1

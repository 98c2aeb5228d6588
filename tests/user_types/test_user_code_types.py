"""User code type-checks as a user's project checks it: pyright strict and mypy --strict over
every Python block of README.md and docs/*.md and every examples/*.py (scripts/typecheck_docs.py),
plus a user's script; and the check bites: wrongly typed blocks are reported at their lines."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typecheck_docs", ROOT / "scripts" / "typecheck_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


typecheck_docs = _load()
USER_SCRIPT = FIXTURES / "user_script.py"
TYPED_RESULTS = FIXTURES / "typed_results.py"
WRONG = FIXTURES / "wrong.md"


@pytest.fixture(scope="module")
def problems() -> list[str]:
    """One run of both checkers over the docs, the examples and the fixtures."""
    return typecheck_docs.check([*typecheck_docs.default_inputs(), USER_SCRIPT, TYPED_RESULTS, WRONG])


def _of(problems: list[str], path: Path) -> list[str]:
    prefix = f"{path.relative_to(ROOT)}:"
    return [problem for problem in problems if problem.startswith(prefix)]


@pytest.mark.timeout(900)
def test_docs_and_examples_type_check_strictly(problems: list[str]) -> None:
    inputs = typecheck_docs.default_inputs()
    assert any(path.name == "README.md" for path in inputs)
    assert any(path.suffix == ".py" for path in inputs)
    found = [problem for path in inputs for problem in _of(problems, path)]
    assert not found, "user-facing code does not type-check:\n" + "\n".join(found)


def test_every_page_with_code_is_checked() -> None:
    checked = {source.origin for source in typecheck_docs.sources(typecheck_docs.default_inputs())}
    assert ROOT / "README.md" in checked
    assert ROOT / "docs" / "conversations.md" in checked
    assert ROOT / "examples" / "knowledge_base.py" in checked


@pytest.mark.timeout(900)
def test_a_users_script_passes_without_casts(problems: list[str]) -> None:
    assert not _of(problems, USER_SCRIPT), "\n".join(_of(problems, USER_SCRIPT))


@pytest.mark.timeout(900)
def test_results_have_the_types_users_write(problems: list[str]) -> None:
    """Slices of pages and search results, token sums, float durations, str ids, and the
    `stream: bool` overload of continue_interactive."""
    assert not _of(problems, TYPED_RESULTS), "\n".join(_of(problems, TYPED_RESULTS))


@pytest.mark.timeout(900)
def test_wrongly_typed_blocks_fail_at_their_lines(problems: list[str]) -> None:
    marked = {
        number
        for number, line in enumerate(WRONG.read_text(encoding="utf-8").splitlines(), start=1)
        if "  # error: " in line
    }
    assert len(marked) >= 4
    found = _of(problems, WRONG)
    by_checker: dict[str, set[int]] = {"pyright": set(), "mypy": set()}
    for problem in found:
        match = re.match(r"^[^:]+:(\d+): (pyright|mypy): ", problem)
        assert match, problem
        by_checker[match[2]].add(int(match[1]))
    assert by_checker["pyright"] == marked, found
    assert by_checker["mypy"] == marked, found


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("name = cast(str, answer.chat_id)", "a cast"),
        ("x = answer.id  # type: ignore[attr-defined]", "a type-ignore comment"),
        ("y = answer.id  # pyright: ignore", "a type-ignore comment"),
        ("assert answer.interactive is not None", "an `assert ... is not None`"),
        ("skipped = answer.usage is UNSET", "the generator's Unset"),
        ("import fastgpt_api.models", "an import of the generated package"),
    ],
)
def test_user_code_may_not_lean_on_crutches(tmp_path: Path, line: str, what: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"Text.\n\n```python\nprint(1)\n{line}\n```\n", encoding="utf-8")
    (source,) = typecheck_docs.sources([page])
    (problem,) = typecheck_docs.forbidden(source)
    assert problem.startswith(f"{page}:5: user code needs {what}")

"""Type-checks the user-facing code as a user's project would: every Python block of README.md
and docs/*.md, and examples/*.py, with pyright (strict) and mypy --strict.

    python scripts/typecheck_docs.py            # exit 1 and list the errors, by page and line
    python scripts/typecheck_docs.py FILE.md    # only these pages / example files

The blocks of one page become one module, in order (a page's later blocks use its earlier
blocks' names, as the docs runner in tests/docs runs them). The modules are written to a
temporary directory outside the repository, with a strict config of their own, so the checkers
see the installed `fastgpt_client` (and its `py.typed`) the way a user's project does: no
`extraPaths`, no `generated/` on a search path.

The code may not lean on what the issue forbids in user code either: a `cast(`, a `# type:
ignore` or `# pyright: ignore`, an `assert ... is not None`, `Unset`/`UNSET`, or an import of
`fastgpt_api`. Each is reported as an error of its own.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_PYTHON = {"python", "py", "python3"}
_FORBIDDEN = [
    (re.compile(r"\bcast\("), "a cast"),
    (re.compile(r"#\s*(type|pyright):\s*ignore"), "a type-ignore comment"),
    (re.compile(r"\bassert\b.*\bis not None\b"), "an `assert ... is not None`"),
    (re.compile(r"\bU[Nn][Ss][Ee][Tt]\b"), "the generator's Unset"),
    (re.compile(r"\bfastgpt_api\b"), "an import of the generated package (use fastgpt_client.types)"),
]
# mypy: a page is one script pasted block by block, so a name may be rebound to a new type
# (`answer` a completion in one block, a stream in the next), as pyright allows too.
_MYPY_INI = """\
[mypy]
python_version = 3.11
strict = True
allow_redefinition_new = True
local_partial_types = True
"""
# pyright: for the same reason, a block may import again what an earlier block imported (each
# block stays complete for a reader who copies only it).
_PYRIGHT = {
    "typeCheckingMode": "strict",
    "pythonVersion": "3.11",
    "reportMissingModuleSource": False,
    "reportDuplicateImport": False,
}


@dataclass
class Source:
    """One checked module: where its lines come from."""

    name: str
    origin: Path
    lines: list[str] = field(default_factory=list)
    where: dict[int, int] = field(default_factory=dict)
    """Line in the module (1-based) -> line in `origin`."""

    def add(self, text: str, first_line: int) -> None:
        for offset, line in enumerate(text.splitlines()):
            self.lines.append(line)
            self.where[len(self.lines)] = first_line + offset
        self.lines.append("")

    def location(self, line: int) -> str:
        return f"{_relative(self.origin)}:{self.where.get(line, line)}"


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """The page's Python fences as (first code line, code), dedented to the fence."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence = match["indent"], match["fence"]
        info = match["info"].strip().lstrip("{").lstrip(".")
        language = info.split()[0].lower() if info else ""
        end = index + 1
        while end < len(lines):
            closing = lines[end].strip()
            if closing.startswith(fence[0] * len(fence)) and not closing.strip(fence[0]):
                break
            end += 1
        if language in _PYTHON:
            code = [
                line[len(indent) :] if line.startswith(indent) else line.lstrip()
                for line in lines[index + 1 : end]
            ]
            blocks.append((index + 2, "\n".join(code)))
        index = end + 1
    return blocks


def default_inputs() -> list[Path]:
    return [
        ROOT / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "examples").glob("*.py")),
    ]


def sources(paths: Iterable[Path]) -> list[Source]:
    found: list[Source] = []
    for number, path in enumerate(paths):
        stem = re.sub(r"\W", "_", path.stem.lower())
        if path.suffix == ".py":
            source = Source(f"example_{number}_{stem}", path)
            source.add(path.read_text(encoding="utf-8"), 1)
        else:
            source = Source(f"page_{number}_{stem}", path)
            for line, code in python_blocks(path):
                source.add(code, line)
        if source.lines:
            found.append(source)
    return found


def forbidden(source: Source) -> list[str]:
    problems: list[str] = []
    for number, text in enumerate(source.lines, start=1):
        for pattern, what in _FORBIDDEN:
            if pattern.search(text):
                problems.append(f"{source.location(number)}: user code needs {what}: {text.strip()}")
    return problems


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(_python()).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"typecheck_docs: {name} is not installed; run scripts/bootstrap")
    return found


def run_pyright(directory: Path, by_file: dict[str, Source]) -> list[str]:
    config = {**_PYRIGHT, "include": sorted(by_file)}
    (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(_python()).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [_tool("pyright"), "--outputjson", "--pythonpath", _python()],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"pyright could not run:\n{result.stdout}\n{result.stderr}"]
    problems: list[str] = []
    for diagnostic in report.get("generalDiagnostics", []):
        if diagnostic.get("severity") != "error":
            continue
        source = by_file.get(Path(diagnostic["file"]).name)
        line = int(diagnostic["range"]["start"]["line"]) + 1
        where = source.location(line) if source else diagnostic["file"]
        message = " ".join(str(diagnostic["message"]).split())
        problems.append(f"{where}: pyright: {message} ({diagnostic.get('rule', 'error')})")
    return problems


def run_mypy(directory: Path, by_file: dict[str, Source]) -> list[str]:
    (directory / "mypy.ini").write_text(_MYPY_INI, encoding="utf-8")
    result = subprocess.run(
        [
            _python(),
            "-m",
            "mypy",
            "--config-file",
            "mypy.ini",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "typecheck-docs"),
            "--no-error-summary",
            "--show-error-codes",
            *sorted(by_file),
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    pattern = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")
    problems: list[str] = []
    for raw in result.stdout.splitlines():
        match = pattern.match(raw)
        if match:
            source = by_file.get(Path(match["path"]).name)
            where = source.location(int(match["line"])) if source else match["path"]
            problems.append(f"{where}: mypy: {match['message']}")
    if result.returncode not in (0, 1) or (result.returncode == 1 and not problems):
        problems.append(f"mypy could not run:\n{result.stdout}\n{result.stderr}")
    return problems


def check(paths: Sequence[Path]) -> list[str]:
    """Every problem in `paths` (pages and example files), each as `file:line: message`."""
    found = sources(paths)
    problems = [problem for source in found for problem in forbidden(source)]
    if not found:
        return problems
    with tempfile.TemporaryDirectory(prefix="fastgpt-typecheck-") as name:
        directory = Path(name)
        by_file = {f"{source.name}.py": source for source in found}
        for file_name, source in by_file.items():
            (directory / file_name).write_text("\n".join(source.lines) + "\n", encoding="utf-8")
        problems += run_pyright(directory, by_file)
        problems += run_mypy(directory, by_file)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(arg).resolve() for arg in args] or default_inputs()
    problems = check(paths)
    for problem in problems:
        print(problem)
    checked = ", ".join(_relative(path) for path in paths) if args else "README.md, docs/*.md, examples/*.py"
    if problems:
        print(f"typecheck_docs: {len(problems)} problem(s) in {checked}", file=sys.stderr)
        return 1
    print(f"typecheck_docs: {checked}: pyright strict and mypy --strict clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every Python code block in `docs/*.md` and `README.md` runs here, against the emulator.

The blocks of one page run in order in one namespace (a later block may use an earlier block's
names), in an empty temporary directory (an example that reads a file creates it, visibly), with
the environment a reader gets by pasting what `python -m fastgpt_client.testing --export` prints
for a fresh `FakeFastGPT` (`FASTGPT_API_KEY`, `FASTGPT_BASE_URL`, `FASTGPT_APP_ID`, the other
apps' `FASTGPT_API_KEY_<APP>`...): a block written for users (`ChatClient()`) runs unchanged. A block that defines `test_*` functions has them called, with the emulator's
pytest fixtures (`fastgpt_server`, `fastgpt_client`, `async_fastgpt_client`) as arguments.

An HTML comment on the line right above a fence steers its block (tokens separated by spaces):

    <!-- docs: no-run -->                       only for a real server: type-checked, not run
    <!-- docs: app=select -->                   run with that emulator app's key and id
    <!-- docs: stdout="Authentication failed: " -->   the block must print this

No block is skipped: one that is not run is type-checked with mypy, after the page's earlier
blocks (so its names resolve), and any error in it fails the page. A renamed method breaks the
run or the check. Failures name the page and the line in it (tracebacks point into the page).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import os
import re
import shlex
import subprocess
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from fastgpt_client import AsyncChatClient, ChatClient
from fastgpt_client.resources._sync._client import SyncAPIClient
from fastgpt_client.testing import FakeFastGPT
from fastgpt_client.testing.__main__ import settings
from fastgpt_client.testing._apps import APPS

ROOT = Path(__file__).resolve().parents[2]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_DIRECTIVE = re.compile(r"^\s*<!--\s*docs:(?P<body>.*?)-->\s*$")
_PYTHON = {"python", "py", "python3"}
_KNOWN_APPS = set(APPS)


@dataclass
class Block:
    page: Path
    line: int
    """1-based line of the block's first code line in the page."""
    code: str
    run: bool = True
    app: str | None = None
    stdout: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def python_blocks(page: Path) -> list[Block]:
    """The page's Python fences with their directives; a malformed directive is an error."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence = match["indent"], match["fence"]
        info = match["info"].strip().lstrip("{").lstrip(".")
        language = info.split()[0].lower() if info else ""
        start = index + 1
        end = start
        while end < len(lines):
            closing = lines[end].strip()
            if closing.startswith(fence[0] * len(fence)) and not closing.strip(fence[0]):
                break
            end += 1
        if language in _PYTHON:
            code = "\n".join(_dedent(line, indent) for line in lines[start:end]) + "\n"
            block = Block(page, start + 1, code)
            _apply_directives(block, lines, index)
            blocks.append(block)
        index = end + 1
    return blocks


def _dedent(line: str, indent: str) -> str:
    return line[len(indent) :] if line.startswith(indent) else line.lstrip()


def _apply_directives(block: Block, lines: list[str], fence_index: int) -> None:
    above = fence_index - 1
    while above >= 0 and (match := _DIRECTIVE.match(lines[above])):
        for token in shlex.split(match["body"]):
            name, _, value = token.partition("=")
            if name == "no-run" and not value:
                block.run = False
            elif name == "app" and value in _KNOWN_APPS:
                block.app = value
            elif name == "stdout" and value:
                block.stdout.append(value)
            else:
                raise ValueError(f"{block.where}: unknown docs directive {token!r}")
        above -= 1


PAGE_BLOCKS = {page: python_blocks(page) for page in PAGES}
PAGES_WITH_CODE = [page for page, blocks in PAGE_BLOCKS.items() if blocks]


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


# -- running ------------------------------------------------------------------------------------


@pytest.fixture
def docs_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFastGPT]:
    """A fresh emulator, the environment a reader would have set up, and a scratch directory."""
    for name in list(os.environ):
        if name.startswith("FASTGPT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # empty: an example that opens a file creates it first
    with FakeFastGPT() as server:
        # What `python -m fastgpt_client.testing --export` prints for a reader to paste.
        for name, value in settings(server):
            monkeypatch.setenv(name, value)
        yield server


def _use_app(server: FakeFastGPT, app: str) -> None:
    os.environ["FASTGPT_API_KEY"] = server.app_keys[app]
    os.environ["FASTGPT_APP_ID"] = server.app_ids[app]


def _run(block: Block, namespace: dict[str, Any], server: FakeFastGPT) -> str:
    _use_app(server, block.app or "assistant")
    # Leading newlines make line numbers (and tracebacks) point into the page itself.
    code = compile("\n" * (block.line - 1) + block.code, str(block.page), "exec")
    before = set(namespace)
    out = io.StringIO()
    failure = None
    try:
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
            for name in sorted(set(namespace) - before):
                function = namespace[name]
                if name.startswith("test_") and inspect.isfunction(function):
                    _call_test(function, server)
    except Exception as exc:
        failure = "".join(traceback.format_exception(exc))
    if failure is not None:
        pytest.fail(
            f"{block.where}: the example failed\n{failure}\n--- its output ---\n{out.getvalue()}",
            pytrace=False,
        )
    for expected in block.stdout:
        assert expected in out.getvalue(), f"{block.where}: expected {expected!r} in\n{out.getvalue()}"
    return out.getvalue()


def _call_test(function: Any, server: FakeFastGPT) -> None:
    """Calls a test function a page defines, giving it the emulator's pytest fixtures."""
    parameters = inspect.signature(function).parameters

    async def call_async() -> None:
        async with AsyncChatClient(api_key=server.api_key, base_url=server.base_url) as client:
            await function(**_fixtures(parameters, server, async_client=client))

    if inspect.iscoroutinefunction(function):
        asyncio.run(call_async())
        return
    with ChatClient(api_key=server.api_key, base_url=server.base_url) as client:
        function(**_fixtures(parameters, server, client=client))


def _fixtures(parameters: Any, server: FakeFastGPT, **clients: Any) -> dict[str, Any]:
    available = {
        "fastgpt_server": server,
        "fastgpt_server_session": server,
        "fastgpt_client": clients.get("client"),
        "async_fastgpt_client": clients.get("async_client"),
    }
    unknown = [name for name in parameters if available.get(name) is None]
    if unknown:
        raise TypeError(f"the docs runner has no fixture(s) {unknown} for this example test")
    return {name: available[name] for name in parameters}


@pytest.mark.parametrize("page", PAGES_WITH_CODE, ids=page_id)
def test_page_examples_run(page: Path, docs_server: FakeFastGPT) -> None:
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    ran = 0
    try:
        for block in PAGE_BLOCKS[page]:
            if block.run:
                _run(block, namespace, docs_server)
                ran += 1
    finally:
        _close_leftovers(namespace)
    assert ran or any(not block.run for block in PAGE_BLOCKS[page])


def _close_leftovers(namespace: dict[str, Any]) -> None:
    """Closes the clients a page leaves open for its later blocks (a reader's script ends there)."""
    for value in namespace.values():
        if isinstance(value, SyncAPIClient | httpx.Client):
            value.close()
        elif isinstance(value, FakeFastGPT):
            value.stop()


# -- type-checking the blocks that are not run ---------------------------------------------------

_MYPY_CONFIG = """\
[mypy]
python_version = 3.11
mypy_path = generated
check_untyped_defs = True
allow_redefinition = True
warn_unused_ignores = False

[mypy-fastgpt_api.*]
ignore_errors = True
"""


@dataclass
class CheckFile:
    path: Path
    lines: dict[int, Block]
    """Line in the checked file -> the not-run block it belongs to."""
    offsets: dict[int, int]
    """Line in the checked file -> line in the page."""


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, list[str]]:
    """One mypy run over every page that has not-run blocks; errors keyed by page."""
    directory = tmp_path_factory.mktemp("docs-typecheck")
    files: dict[Path, CheckFile] = {}
    for number, page in enumerate(PAGES_WITH_CODE):
        blocks = PAGE_BLOCKS[page]
        last = max((i for i, block in enumerate(blocks) if not block.run), default=None)
        if last is None:
            continue
        source: list[str] = []
        check = CheckFile(directory / f"page_{number}.py", {}, {})
        for block in blocks[: last + 1]:
            for offset, text in enumerate(block.code.splitlines()):
                source.append(text)
                check.offsets[len(source)] = block.line + offset
                if not block.run:
                    check.lines[len(source)] = block
            source.append("")
        check.path.write_text("\n".join(source) + "\n", encoding="utf-8")
        files[page] = check
    errors: dict[Path, list[str]] = {page: [] for page in files}
    if not files:
        return errors
    config = directory / "mypy.ini"
    config.write_text(_MYPY_CONFIG, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "docs-examples"),
            "--no-error-summary",
            "--show-error-codes",
            *(str(check.path) for check in files.values()),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    by_path = {str(check.path): (page, check) for page, check in files.items()}
    pattern = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")
    for raw in result.stdout.splitlines():
        match = pattern.match(raw)
        if not match or match["kind"] != "error" or match["path"] not in by_path:
            continue
        page, check = by_path[match["path"]]
        line = int(match["line"])
        if line in check.lines:
            errors[page].append(f"{page_id(page)}:{check.offsets[line]}: {match['message']}")
    if result.returncode not in (0, 1) or (result.returncode == 1 and not result.stdout.strip()):
        pytest.fail(f"mypy could not run:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return errors


PAGES_WITH_UNRUN = [page for page in PAGES_WITH_CODE if any(not b.run for b in PAGE_BLOCKS[page])]


@pytest.mark.parametrize("page", PAGES_WITH_UNRUN, ids=page_id)
def test_page_examples_not_run_type_check(page: Path, mypy_errors: dict[Path, list[str]]) -> None:
    problems = mypy_errors[page]
    assert not problems, "examples marked no-run do not type-check:\n" + "\n".join(problems)


def test_every_python_block_is_run_or_type_checked() -> None:
    """The runner and the checker together cover every block (and the parser finds them)."""
    blocks = [block for page in PAGES for block in PAGE_BLOCKS[page]]
    assert blocks
    for block in blocks:
        assert block.code.strip(), f"{block.where}: empty Python block"
    assert PAGE_BLOCKS[ROOT / "README.md"], "README.md lost its examples"

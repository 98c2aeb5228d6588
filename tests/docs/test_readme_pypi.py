"""README.md is the PyPI description (`readme` in pyproject.toml): it must read right there.

PyPI shows the file alone: a relative link (`docs/errors.md`) is dead there, and a reader who
installed the package has no `scripts/` to run. The project has no public documentation URL to
make links absolute with, so the README names the guides by path instead of linking to them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")  # [text](target) and ![alt](target)
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.MULTILINE)  # [name]: target
_HTML = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)""", re.IGNORECASE)


def test_readme_is_the_pypi_description() -> None:
    assert PYPROJECT["project"]["readme"] == "README.md"


def test_readme_has_no_link_that_is_dead_on_pypi() -> None:
    targets = [*_LINK.findall(README), *_REFERENCE.findall(README), *_HTML.findall(README)]
    assert targets, "the parser found no link at all"
    relative = [target for target in targets if not re.match(r"https?://", target)]
    assert not relative, f"relative links are dead on PyPI: {relative}"


def test_readme_opens_with_install_and_use_and_keeps_repository_commands_for_developing() -> None:
    headings = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert headings[:2] == ["Install", "Quick start"]
    first_block = re.search(r"```(\w*)\n(.*?)```", README, re.DOTALL)
    assert first_block is not None
    assert first_block[1] == "bash"
    assert first_block[2].startswith("pip install fastgpt-client")
    developing = README.index("\n## Developing\n")
    assert "scripts/" not in README[:developing], "a repository-only command before ## Developing"
    assert "scripts/test" in README[developing:]


def test_the_guides_the_readme_names_ship_in_the_sdist() -> None:
    named = set(re.findall(r"`(docs/[\w.-]+\.md)`", README))
    assert named
    for path in named:
        assert (ROOT / path).is_file(), f"README names {path}, which does not exist"
    include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert "docs" in include

"""mkdocs hooks: diagrams that render offline, and code lines that wrap readably.

Mermaid. mkdocs-material draws ```` ```mermaid ```` blocks with the global `mermaid` when a page defines
one, and otherwise loads mermaid from a CDN (unpkg.com), which fails without network. This hook
adds `tools/docs/node_modules/mermaid/dist/mermaid.min.js` (the version pinned in
tools/docs/package-lock.json, installed by `npm ci --prefix tools/docs`; scripts/test and
scripts/docs run it) to the built site as `js/mermaid.min.js`, and a script tag for it to every
page. Without node_modules the site still builds, and the diagrams load mermaid from the CDN
(online only); the build log says how to get them offline.

Code lines. docs/css/code.css wraps code lines too long for the block instead of scrolling
sideways. pymdownx.highlight (`line_spans: __span`) puts each line in a span; this hook gives
each span its indentation (`style="--indent:8"`: the leading spaces, and the tree characters of a
`├──` tree), and the CSS indents the line's wrapped continuations 8 columns past it, so that they
read as the rest of that line, never as the next statement.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.mermaid")

TOOLS = Path(__file__).resolve().parent
MERMAID = TOOLS / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
SITE_PATH = "js/mermaid.min.js"


def _pinned() -> str:
    return str(json.loads((TOOLS / "package.json").read_text())["dependencies"]["mermaid"])


def _installed() -> str | None:
    try:
        return str(json.loads((MERMAID.parents[1] / "package.json").read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def on_config(config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
    if not MERMAID.is_file():
        log.info(
            "mermaid is not installed in tools/docs/node_modules: the diagrams will load mermaid "
            "from unpkg.com and render only online. For diagrams offline, run "
            "`npm ci --prefix tools/docs` (scripts/test and scripts/docs do) and build again."
        )
        return config
    installed, pinned = _installed(), _pinned()
    if installed != pinned:
        # A warning, so `mkdocs build --strict` fails rather than ship an unpinned mermaid.
        log.warning(
            "tools/docs/node_modules has mermaid %s, but tools/docs/package.json pins %s: "
            "run `npm ci --prefix tools/docs`",
            installed,
            pinned,
        )
    # Before mkdocs-material's bundle reads `mermaid` (on DOMContentLoaded): a plain script tag,
    # run in document order after the bundle's.
    if SITE_PATH not in [str(script) for script in config.extra_javascript]:
        config.extra_javascript.append(SITE_PATH)
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if MERMAID.is_file():
        files.append(File.generated(config, SITE_PATH, abs_src_path=str(MERMAID)))
    return files


# The opening tag of one code line (pymdownx.highlight's line_spans), and what may start a line's
# text before its indentation: tags (the line's anchor, a whitespace token's span).
LINE = re.compile(r'<span id="__span-\d+-\d+"')
TAG = re.compile(r"<[^>]*>")
# Indentation: spaces, tabs, and the box-drawing characters of a tree (`│   ├── name`).
INDENT = " \t│├└─┬┴┼╭╰"
MAX_INDENT = 40  # continuations start at column 48 at most, half a block at 1280 px


def _indent(html: str, start: int) -> int:
    """The columns of indentation of the code line whose text starts at html[start]."""
    column, i = 0, start
    while i < len(html):
        if html[i] == "<":  # a tag (every line ends in a newline, so this stays in the line)
            tag = TAG.match(html, i)
            if tag is None:
                break
            i = tag.end()
        elif html[i] in INDENT:
            column = column + 8 - column % 8 if html[i] == "\t" else column + 1
            i += 1
        else:
            break
    return min(column, MAX_INDENT)


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    def with_indent(line: re.Match[str]) -> str:
        close = html.find(">", line.end())
        indent = _indent(html, close + 1)
        return f'{line.group()} style="--indent:{indent}"' if indent else line.group()

    return LINE.sub(with_indent, html)

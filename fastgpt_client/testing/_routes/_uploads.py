"""What an import brings into a collection: multipart bodies, file names and text, and chunks.

What is emulated rather than real:

- text is split by a simple deterministic splitter: paragraphs packed into chunks of at most
  ``chunkSize`` characters (default 1000), or split at ``chunkSplitter`` with
  ``chunkSplitMode="char"``; ``qa`` training stores the chunks as they are;
- an uploaded text file (``text/*``, or a name ending in .txt/.md/.csv/.json/.html that decodes as
  UTF-8) is split like text; any other file becomes a single placeholder chunk (no parsing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]

DEFAULT_CHUNK_SIZE = 1000
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".csv", ".json", ".html", ".htm")


def split_text(text: str, settings: Mapping[str, Any]) -> list[str]:
    """The emulator's deterministic splitter: paragraphs packed into chunks of ``chunkSize`` characters."""
    size = settings.get("chunkSize")
    size = size if isinstance(size, int) and size > 0 else DEFAULT_CHUNK_SIZE
    splitter = settings.get("chunkSplitter")
    if settings.get("chunkSplitMode") == "char" and isinstance(splitter, str) and splitter:
        pieces = [piece.strip() for piece in text.split(splitter)]
        return [piece for piece in pieces if piece]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    chunks: list[str] = []
    current = ""
    for paragraph in paragraphs:
        while len(paragraph) > size:  # a paragraph longer than a chunk is cut hard
            if current:
                chunks.append(current)
                current = ""
            chunks.append(paragraph[:size])
            paragraph = paragraph[size:].lstrip()
        if current and len(current) + 2 + len(paragraph) > size:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        chunks.append(current)
    return chunks


def decode_uri_component(raw: str) -> str:
    """JavaScript's ``decodeURIComponent`` of a name multer decoded as Latin-1."""
    try:
        as_bytes = raw.encode("latin-1")
    except UnicodeEncodeError:
        as_bytes = raw.encode("utf-8")
    latin = as_bytes.decode("latin-1")
    try:
        return unquote(latin, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        return latin  # FastGPT would throw URIError; the emulator keeps the raw name


def file_text(filename: str, content_type: str | None, content: bytes) -> str | None:
    """The file's text when it is a text file the emulator can split, else None."""
    is_text = (content_type or "").startswith("text/") or filename.lower().endswith(TEXT_SUFFIXES)
    if not is_text:
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


class Part:
    """One part of a multipart/form-data body."""

    def __init__(self, name: str, filename: str | None, content_type: str | None, content: bytes) -> None:
        self.name = name
        self.filename = filename
        self.content_type = content_type
        self.content = content


_PARAM = re.compile(r';\s*([A-Za-z*]+)="((?:[^"\\]|\\.)*)"')


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """A small multipart/form-data reader (keeps header bytes as Latin-1, as busboy does)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise errors.plain_error("Invalid multipart body", 400)
    delimiter = b"--" + match.group(1).encode("latin-1")
    parts: list[Part] = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        params = dict(_PARAM.findall(headers.get("content-disposition", "")))
        parts.append(
            Part(params.get("name", ""), params.get("filename"), headers.get("content-type"), content)
        )
    return parts

"""`kb push`: Q&A rows from a JSONL or CSV file into a collection, batch by batch, resumable.

Rows are `{"q": ..., "a": ...}` objects (JSONL; `question`/`answer` are accepted too, and
`indexes` is passed on) or CSV rows with `q`,`a` (or `question`,`answer`) columns. After every
stored batch, `FILE.push-state.json` beside the file records how far the push got, for that
collection and that content; a run that stopped (Ctrl-C, an error) resumes there. A batch whose
answer was lost may have been stored: it is sent again on resume (FastGPT has no idempotency
key), which at worst stores those rows twice.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._json import is_mapping
from ._exit import CLIError, Exit

_ALIASES = {"question": "q", "answer": "a"}


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The file's rows as push items; a usage error names the line of a bad one."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl(path)
    if suffix == ".csv":
        return _csv(path)
    raise CLIError(f"{path}: give a .jsonl or .csv file of q/a rows.", Exit.USAGE)


def _row(raw: dict[str, Any], where: str) -> dict[str, Any]:
    row = {_ALIASES.get(key, key): value for key, value in raw.items() if value not in (None, "")}
    if not isinstance(row.get("q"), str) or not row["q"].strip():
        raise CLIError(f"{where}: a row needs a non-empty 'q' (the question or chunk text).", Exit.USAGE)
    kept: dict[str, Any] = {
        key: row[key] for key in ("q", "a", "indexes", "chunkIndex", "metadata") if key in row
    }
    if "a" in kept and not isinstance(kept["a"], str):
        kept["a"] = str(kept["a"])
    return kept


def _jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CLIError(f"{path}:{number}: not JSON ({exc.msg}).", Exit.USAGE) from None
            if not is_mapping(value):
                raise CLIError(f"{path}:{number}: each line must be a JSON object.", Exit.USAGE)
            rows.append(_row(dict(value), f"{path}:{number}"))
    return rows


def _csv(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        return [_row(dict(raw), f"{path}:{reader.line_num}") for raw in reader]


@dataclass
class PushState:
    """How far a push of `source` into `collection_id` got."""

    file: Path
    collection_id: str
    source: str
    """SHA-256 of the input file: a changed file starts again."""
    next_index: int = 0

    @classmethod
    def load(cls, input_path: Path, collection_id: str) -> PushState:
        state_file = input_path.with_name(input_path.name + ".push-state.json")
        source = hashlib.sha256(input_path.read_bytes()).hexdigest()
        state = cls(state_file, collection_id, source)
        try:
            saved = json.loads(state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return state
        if is_mapping(saved) and saved.get("collectionId") == collection_id and saved.get("source") == source:
            index = saved.get("nextIndex")
            state.next_index = index if isinstance(index, int) and index >= 0 else 0
        return state

    def save(self) -> None:
        data = {"collectionId": self.collection_id, "source": self.source, "nextIndex": self.next_index}
        temporary = self.file.with_name(self.file.name + ".tmp")
        temporary.write_text(json.dumps(data) + "\n", encoding="utf-8")
        temporary.replace(self.file)

    def finish(self) -> None:
        self.file.unlink(missing_ok=True)


def push_rows(
    push: Callable[[list[dict[str, Any]]], int],
    rows: list[dict[str, Any]],
    state: PushState,
    batch_size: int,
    advance: Callable[[int], None],
) -> int:
    """Pushes `rows[state.next_index:]` batch by batch, saving the state after each; returns
    how many rows FastGPT reported inserted."""
    inserted = 0
    for begin in range(state.next_index, len(rows), batch_size):
        batch = rows[begin : begin + batch_size]
        inserted += push(batch)
        state.next_index = begin + len(batch)
        state.save()
        advance(len(batch))
    return inserted

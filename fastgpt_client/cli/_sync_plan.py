"""`kb sync`, part 1: what to do to make a dataset mirror a folder.

One collection per file, named by the file's path relative to the folder (`guide/intro.md`).
The file's SHA-256 is kept on its collection, in the collection's `metadata` (`syncPath`,
`syncSha256`, `syncSize`): the dataset itself is the state, so there is no state file to lose
or to get out of step, and a second machine syncing the same folder agrees with the first.

- no collection of that name: **add**;
- one whose `syncSha256` is the file's: **skip** (unchanged);
- otherwise: **replace** (upload the new one, then delete the old ones);
- more than one of that name, one of them current (an interrupted replace): skip, and
  **delete** the others (`duplicate`);
- with `--delete`, a collection that sync created (it has `syncPath`) whose file is gone:
  **delete**. Collections made by other means are never deleted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .._json import as_mapping
from ._records import plain

PATH_KEY = "syncPath"
HASH_KEY = "syncSha256"
SIZE_KEY = "syncSize"

Kind = Literal["add", "replace", "skip", "delete"]


@dataclass(frozen=True)
class LocalFile:
    path: str
    """Relative to the folder, with `/` separators: the collection's name."""
    full: Path
    size: int
    sha256: str

    def metadata(self) -> dict[str, Any]:
        return {PATH_KEY: self.path, HASH_KEY: self.sha256, SIZE_KEY: self.size}


@dataclass(frozen=True)
class Remote:
    id: str
    name: str
    sha256: str | None
    """`syncSha256` from its metadata; None for a collection sync did not create."""
    managed: bool


@dataclass(frozen=True)
class Action:
    kind: Kind
    path: str
    file: LocalFile | None = None
    remove: tuple[str, ...] = ()
    """Collection ids to delete (after the upload, for a replace)."""
    reason: str = ""

    @property
    def size(self) -> int:
        return self.file.size if self.file is not None else 0


@dataclass
class Plan:
    actions: list[Action] = field(default_factory=list[Action])

    def of(self, *kinds: Kind) -> list[Action]:
        return [action for action in self.actions if action.kind in kinds]

    @property
    def upload_bytes(self) -> int:
        return sum(action.size for action in self.of("add", "replace"))

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of(kind)) for kind in ("add", "replace", "skip", "delete")}


def scan(folder: Path, *, include_hidden: bool = False) -> list[LocalFile]:
    """Every regular file under `folder` (not hidden ones unless asked), hashed, sorted by path."""
    files: list[LocalFile] = []
    for path in sorted(_walk(folder, include_hidden)):
        relative = path.relative_to(folder).as_posix()
        files.append(LocalFile(relative, path, path.stat().st_size, sha256_of(path)))
    return files


def _walk(folder: Path, include_hidden: bool) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        if not include_hidden:
            dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            path = Path(root, name)
            if (include_hidden or not name.startswith(".")) and path.is_file() and not path.is_symlink():
                yield path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remote_of(detail: object, listed: Mapping[str, Any]) -> Remote:
    """A listed collection with its detail's metadata (the list does not carry metadata)."""
    metadata = as_mapping(plain(detail).get("metadata"))
    sha = metadata.get(HASH_KEY)
    return Remote(
        id=str(listed.get("_id") or listed.get("id")),
        name=str(listed.get("name", "")),
        sha256=sha if isinstance(sha, str) else None,
        managed=isinstance(metadata.get(PATH_KEY), str),
    )


def fetch_remote(
    listed: Iterable[object],
    details: Callable[[str], object],
    wanted: Callable[[str], bool],
    concurrency: int,
) -> list[Remote]:
    """The dataset's collections whose metadata matters: those named like a local file, or all
    when `--delete` needs to know which ones sync created (`wanted` decides by name)."""
    rows = [plain(item) for item in listed]
    rows = [row for row in rows if row.get("type") != "folder" and wanted(str(row.get("name", "")))]

    def one(row: Mapping[str, Any]) -> Remote:
        return remote_of(details(str(row.get("_id") or row.get("id"))), row)

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return list(pool.map(one, rows))


def make_plan(files: list[LocalFile], remote: list[Remote], *, delete: bool) -> Plan:
    by_name: dict[str, list[Remote]] = {}
    for item in remote:
        by_name.setdefault(item.name, []).append(item)
    plan = Plan()
    local = {file.path for file in files}
    for file in files:
        same = by_name.get(file.path, [])
        current = [item for item in same if item.sha256 == file.sha256]
        if current:
            plan.actions.append(Action("skip", file.path, file, reason="unchanged"))
            extra = tuple(item.id for item in same if item is not current[0])
            if extra:
                plan.actions.append(Action("delete", file.path, remove=extra, reason="duplicate"))
        elif same:
            plan.actions.append(
                Action("replace", file.path, file, remove=tuple(item.id for item in same), reason="changed")
            )
        else:
            plan.actions.append(Action("add", file.path, file, reason="new"))
    if delete:
        for name, items in sorted(by_name.items()):
            gone = tuple(item.id for item in items if item.managed)
            if name not in local and gone:
                plan.actions.append(Action("delete", name, remove=gone, reason="file gone"))
    return plan

"""Training in the emulator: by default an import is trained at once (its chunks are searchable
and ``trainingDetail`` shows nothing queued); ``FakeFastGPT.script_training`` makes the next
imports train step by step instead, with failures, or never finish.

A scripted job advances one step each time ``trainingDetail`` reads it (not with the clock, so
tests stay deterministic): after ``steps`` reads every chunk has finished. Until then one chunk is
``training`` and the rest ``queued``; the chunks whose ``chunkIndex`` is in ``fail`` end as
failed items (FastGPT's final errors: no retries left, with ``errorMsg``), which
``getTrainingError`` lists and whose data items are removed (FastGPT never inserts them).
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._sqlite import iso

MODES = ("parse", "chunk", "qa", "auto", "image", "imageParse")
DEFAULT_ERROR = "The embedding model failed: 429 Too Many Requests (scripted by the FastGPT emulator)."
BLOCKED_LOCK_TIME = "2050-01-01T00:00:00.000Z"


@dataclass(frozen=True)
class TrainingScript:
    """How the next import trains: see ``FakeFastGPT.script_training``."""

    steps: int = 3
    fail: frozenset[int] = frozenset()
    error: str = DEFAULT_ERROR
    stuck: bool = False


@dataclass(frozen=True)
class Chunk:
    data_id: str
    chunk_index: int
    q: str
    a: str
    training_id: str


@dataclass
class Job:
    collection_id: str
    dataset_id: str
    tmb_id: str
    mode: str
    chunks: list[Chunk]
    script: TrainingScript
    reads: int = 0
    removed: set[str] = field(default_factory=set[str])

    def finished(self) -> int:
        if self.script.stuck or not self.chunks:
            return 0
        return len(self.chunks) * min(self.reads, self.script.steps) // self.script.steps

    def failed(self) -> list[Chunk]:
        return [chunk for chunk in self.chunks[: self.finished()] if chunk.chunk_index in self.script.fail]


class Training:
    """The scripted training jobs of a server, by collection."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scripts: collections.deque[TrainingScript] = collections.deque()
        self._always: TrainingScript | None = None
        self._jobs: dict[str, Job] = {}

    def script(self, script: TrainingScript, *, once: bool) -> None:
        with self._lock:
            if once:
                self._scripts.append(script)
            else:
                self._always = script

    def clear(self) -> None:
        with self._lock:
            self._scripts.clear()
            self._always = None

    def start(
        self,
        *,
        collection_id: str,
        dataset_id: str,
        tmb_id: str,
        mode: str,
        chunks: Iterable[tuple[str, int, str, str]],
        new_id: Callable[[], str],
    ) -> None:
        """An import of ``chunks`` (data id, chunk index, q, a): a job if a script is waiting
        (``new_id`` makes its training items' ids, only then: unscripted imports draw none)."""
        with self._lock:
            script = self._scripts.popleft() if self._scripts else self._always
            if script is None:
                return
            made = [Chunk(d, i, q, a, new_id()) for d, i, q, a in chunks]
            self._jobs[collection_id] = Job(collection_id, dataset_id, tmb_id, mode, made, script)

    def read(self, collection_id: str) -> tuple[dict[str, Any], list[str]]:
        """One ``trainingDetail`` read: advances the job; the counts, and the data ids to remove
        now (chunks that just failed)."""
        with self._lock:
            job = self._jobs.get(collection_id)
            if job is None:
                return {"queued": 0, "training": 0, "failed": 0, "remaining": 0}, []
            job.reads += 1
            remaining = len(job.chunks) - job.finished()
            failed = job.failed()
            remove = [chunk.data_id for chunk in failed if chunk.data_id not in job.removed]
            job.removed.update(remove)
            counts = {
                "queued": max(remaining - 1, 0),
                "training": 1 if remaining else 0,
                "failed": len(failed),
                "remaining": remaining,
                "mode": job.mode,
            }
            return counts, remove

    def peek(self, collection_id: str) -> tuple[int, int]:
        """The job's unfinished and failed items, without advancing it (``(0, 0)``: no job)."""
        with self._lock:
            job = self._jobs.get(collection_id)
            if job is None:
                return 0, 0
            return len(job.chunks) - job.finished(), len(job.failed())

    def errors(self, collection_id: str) -> list[dict[str, Any]]:
        """The job's failed items as ``getTrainingError`` lists them (DatasetTrainingSchema)."""
        with self._lock:
            job = self._jobs.get(collection_id)
            if job is None:
                return []
            return [_error_item(job, chunk) for chunk in job.failed()]

    def in_queue(self, dataset_id: str) -> int:
        """Training items of the dataset's jobs: unfinished and failed ones (FastGPT counts both)."""
        with self._lock:
            jobs: Sequence[Job] = [job for job in self._jobs.values() if job.dataset_id == dataset_id]
            return sum(len(job.chunks) - job.finished() + len(job.failed()) for job in jobs)

    def forget(self, collection_ids: Iterable[str]) -> None:
        with self._lock:
            for collection_id in collection_ids:
                self._jobs.pop(collection_id, None)


def _error_item(job: Job, chunk: Chunk) -> dict[str, Any]:
    from ._state import TEAM_ID

    now = iso(time.time())
    return {
        "_id": chunk.training_id,
        "teamId": TEAM_ID,
        "tmbId": job.tmb_id,
        "datasetId": job.dataset_id,
        "collectionId": job.collection_id,
        "expireAt": now,
        "lockTime": BLOCKED_LOCK_TIME,
        "mode": job.mode,
        "q": chunk.q,
        "a": chunk.a,
        "chunkIndex": chunk.chunk_index,
        "weight": 0,
        "indexes": [],
        "retryCount": 0,
        "errorMsg": job.script.error,
    }

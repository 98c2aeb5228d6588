"""Training progress of a collection: `TrainingStatus` (`get_training_status`, `wait_for_training`),
`TrainingFailure` (`list_training_errors`) and `TrainingQueue` (`get_training_queue`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._json import as_int, as_mapping, as_str

__all__ = ["TrainingFailure", "TrainingQueue", "TrainingStatus"]


def _counts(value: object) -> dict[str, int]:
    return {str(mode): count for mode, raw in as_mapping(value).items() if (count := as_int(raw))}


@dataclass(frozen=True, slots=True)
class TrainingStatus:
    """How far FastGPT has trained a collection (its `trainingDetail`).

    `queued`, `training` and `failed` count training items (chunks, Q/A pairs, images...) over all
    modes; `by_mode` dicts split them by FastGPT's training mode (`chunk`, `qa`, `parse`, ...).
    The collection is usable once `done` (nothing queued or training); `ok` when nothing failed.
    """

    collection_id: str
    queued: int
    training: int
    failed: int
    trained: int
    """Data items the collection has (trained and searchable)."""
    training_type: str | None = None
    queued_by_mode: dict[str, int] = field(default_factory=dict[str, int])
    training_by_mode: dict[str, int] = field(default_factory=dict[str, int])
    failed_by_mode: dict[str, int] = field(default_factory=dict[str, int])
    raw: Mapping[str, Any] = field(default_factory=dict[str, Any], repr=False)
    """The answer's `data` as FastGPT sent it."""

    @property
    def done(self) -> bool:
        """Nothing is queued or training (failed items stay failed until retried)."""
        return self.queued == 0 and self.training == 0

    @property
    def ok(self) -> bool:
        """Done, and nothing failed."""
        return self.done and self.failed == 0

    @classmethod
    def from_json(cls, collection_id: str, data: Mapping[str, Any]) -> TrainingStatus:
        queued, training, failed = (
            _counts(data.get(key)) for key in ("queuedCounts", "trainingCounts", "errorCounts")
        )
        kind = data.get("trainingType")
        return cls(
            collection_id=collection_id,
            queued=sum(queued.values()),
            training=sum(training.values()),
            failed=sum(failed.values()),
            trained=as_int(data.get("trainedCount")) or 0,
            training_type=kind if isinstance(kind, str) and kind else None,
            queued_by_mode=queued,
            training_by_mode=training,
            failed_by_mode=failed,
            raw=dict(data),
        )


@dataclass(frozen=True, slots=True)
class TrainingFailure:
    """A training item FastGPT gave up on, with its error (`getTrainingError`)."""

    id: str
    """The training item's id."""
    error: str
    """FastGPT's `errorMsg`."""
    mode: str | None = None
    q: str = ""
    a: str = ""
    chunk_index: int | None = None
    retry_count: int | None = None
    data_id: str | None = None
    """The data item it was updating, for a retrained item."""
    raw: Mapping[str, Any] = field(default_factory=dict[str, Any], repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TrainingFailure:
        mode, data_id = data.get("mode"), data.get("dataId")
        return cls(
            id=as_str(data.get("_id")),
            error=as_str(data.get("errorMsg")),
            mode=mode if isinstance(mode, str) else None,
            q=as_str(data.get("q")),
            a=as_str(data.get("a")),
            chunk_index=as_int(data.get("chunkIndex")),
            retry_count=as_int(data.get("retryCount")),
            data_id=data_id if isinstance(data_id, str) and data_id else None,
            raw=dict(data),
        )


@dataclass(frozen=True, slots=True)
class TrainingQueue:
    """A dataset's training queue (`getDatasetTrainingQueue`)."""

    training: int
    """Items in the queue (failed ones that were not deleted included)."""
    rebuilding: int
    """Data items being re-embedded (after a vector model change)."""

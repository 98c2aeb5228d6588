"""Training progress: is the data an ingestion script imported usable yet? `get_training_status`
(`core/dataset/collection/trainingDetail`), `list_training_errors`/`iter_training_errors`
(`core/dataset/training/getTrainingError`), `get_training_queue`
(`core/dataset/training/getDatasetTrainingQueue`) and `wait_for_training`, which polls the first.

These routes are in FastGPT's Dev API (not its System OpenAPI) and take API keys, in 4.14 and 4.16.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._plan import RequestPlan, request_options
from ...exceptions import TrainingFailedError, TrainingTimeoutError
from ...types.options import RequestOptions
from ...types.page import Page
from ...types.training import TrainingFailure, TrainingQueue, TrainingStatus
from ._client import AsyncAPIClient

ERROR_PAGE_SIZE = 20
"""The `page_size` of `list_training_errors`/`iter_training_errors`."""
MAX_REPORTED_FAILURES = 100
"""How many failed items a `TrainingFailedError` lists at most (`status.failed` counts them all)."""


class AsyncTrainingAPI(AsyncAPIClient):
    """Training progress and errors of collections and datasets."""

    async def get_training_status(
        self, collection_id: str, **options: Unpack[RequestOptions]
    ) -> TrainingStatus:
        """How far the collection's training is: items `queued`, `training` and `failed`, data
        `trained`; `done` once nothing is queued or training."""
        check = Check("get_training_status")
        collection = check.string(collection_id, "collection_id")
        return await self._request(self._status_plan(check, collection, options))

    async def list_training_errors(
        self,
        collection_id: str,
        *,
        offset: int = 0,
        page_size: int = ERROR_PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> Page[TrainingFailure]:
        """One page of the collection's training items that failed, each with its `error`."""
        check = Check("list_training_errors")
        start, page = self._error_pages(check, collection_id, offset, page_size, options)
        return await self._request(page(start))

    def iter_training_errors(
        self,
        collection_id: str,
        *,
        offset: int = 0,
        page_size: int = ERROR_PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[TrainingFailure]:
        """Every failed training item of the collection from `offset` on; see `list_training_errors`."""
        check = Check("iter_training_errors")
        start, page = self._error_pages(check, collection_id, offset, page_size, options)
        return self._paginate(page, start)

    async def get_training_queue(self, dataset_id: str, **options: Unpack[RequestOptions]) -> TrainingQueue:
        """How many items of the dataset wait in the training queue, and how many are re-embedded."""
        check = Check("get_training_queue")
        plan = _endpoints.plan(
            "dataset_training.get_dataset_training_queue",
            _envelope.json_of(_queue),
            options=request_options(options, check.method),
            dataset_id=check.string(dataset_id, "dataset_id"),
            idempotent=True,
        )
        return await self._request(plan)

    async def wait_for_training(
        self,
        collection_id: str,
        *,
        timeout: float = 600.0,  # noqa: ASYNC109, RUF100  (the whole wait's bound, not one request's)
        poll_interval: float = 2.0,
    ) -> TrainingStatus:
        """Polls `get_training_status` every `poll_interval` seconds until the collection is done,
        for at most `timeout` seconds; returns the final status.

        Raises `TrainingFailedError` when training finished with failed items (`failed` lists up
        to 100 of them, each with FastGPT's error text), `TrainingTimeoutError` when it was still
        going at the timeout (both carry the last `status`). Each poll is one request with the
        client's own timeout and retries.
        """
        check = Check("wait_for_training")
        collection = check.string(collection_id, "collection_id")
        limit = check.number(timeout, "timeout", minimum=0)
        interval = check.number(poll_interval, "poll_interval", minimum=0.001)
        plan = self._status_plan(check, collection, {})
        deadline = time.monotonic() + limit
        while True:
            status = await self._request(plan)
            if status.done:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                raise TrainingTimeoutError(
                    f"wait_for_training(): collection {collection} was still training after {limit:g}s "
                    f"({status.queued} queued, {status.training} training, {status.trained} trained).",
                    status=status,
                )
            await self._wait(min(interval, left))
        if status.ok:
            return status
        failed: list[TrainingFailure] = []
        async for item in self.iter_training_errors(collection, page_size=ERROR_PAGE_SIZE):
            failed.append(item)
            if len(failed) >= MAX_REPORTED_FAILURES:
                break
        listed = "; ".join(
            f"#{f.chunk_index if f.chunk_index is not None else '?'}: {f.error}" for f in failed[:5]
        )
        more = f" (and {status.failed - 5} more)" if status.failed > 5 else ""
        raise TrainingFailedError(
            f"wait_for_training(): {status.failed} item(s) of collection {collection} failed to train: "
            f"{listed or 'no error details'}{more}. Fix them and retry, or delete them.",
            status=status,
            failed=failed,
        )

    def _status_plan(
        self, check: Check, collection: str, options: Mapping[str, Any]
    ) -> RequestPlan[TrainingStatus]:
        return _endpoints.plan(
            "dataset_training.get_collection_training_detail",
            _envelope.json_of(lambda data: TrainingStatus.from_json(collection, data)),
            options=request_options(options, check.method),
            collection_id=collection,
            idempotent=True,
        )

    def _error_pages(
        self, check: Check, collection_id: str, offset: int, page_size: int, options: Mapping[str, Any]
    ) -> tuple[int, Callable[[int], RequestPlan[Page[TrainingFailure]]]]:
        from fastgpt_api.models import TrainingErrorListRequest

        opts = request_options(options, check.method)
        collection = check.string(collection_id, "collection_id")
        start, size = check.page(offset, page_size)

        def page(at: int) -> RequestPlan[Page[TrainingFailure]]:
            body = _endpoints.model(
                TrainingErrorListRequest, collection_id=collection, offset=at, page_size=size
            )
            return _endpoints.plan(
                "dataset_training.get_training_errors",
                _envelope.raw_page_of(TrainingFailure.from_json, at),
                options=opts,
                body=body,
                idempotent=True,
            )

        return start, page


def _queue(data: Mapping[str, Any]) -> TrainingQueue:
    training, rebuilding = data.get("trainingCount"), data.get("rebuildingCount")
    return TrainingQueue(
        training=int(training) if isinstance(training, int | float) and not isinstance(training, bool) else 0,
        rebuilding=int(rebuilding)
        if isinstance(rebuilding, int | float) and not isinstance(rebuilding, bool)
        else 0,
    )

"""`kb sync`, part 2: carrying out a plan, a few files at a time, with a progress bar.

A file is uploaded before its old collections are deleted, so the dataset never lacks it; a
run stopped between the two leaves two collections of that name, and the next run keeps the
current one and deletes the other (see `_sync_plan`). An upload that failed in a way worth
retrying (connection, timeout, rate limit, server error) is retried, but first the dataset is
asked whether the upload arrived after all, so a retry never makes a duplicate.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..exceptions import APIConnectionError, FastGPTError, InternalServerError, RateLimitError
from . import _output
from ._exit import describe
from ._records import plain
from ._sync_plan import Action, LocalFile, Plan, remote_of

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .. import DatasetClient

RETRYABLE = (APIConnectionError, RateLimitError, InternalServerError)


@dataclass
class Outcome:
    done: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    """kind -> paths carried out."""
    failed: dict[str, str] = field(default_factory=dict[str, str])
    """path -> why."""
    created: dict[str, str] = field(default_factory=dict[str, str])
    """path -> the new collection's id (for `--wait`)."""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, action: Action, collection_id: str | None = None) -> None:
        with self.lock:
            self.done.setdefault(action.kind, []).append(action.path)
            if collection_id is not None:
                self.created[action.path] = collection_id


@dataclass
class Runner:
    client: DatasetClient
    dataset_id: str
    retries: int
    concurrency: int
    backoff: float = 0.5
    sleep: Callable[[float], None] = time.sleep

    def run(self, plan: Plan, progress: Progress | None) -> Outcome:
        outcome = Outcome()
        work = plan.of("add", "replace", "delete")
        files_task = bytes_task = None
        if progress is not None:
            files_task = progress.add_task("files", total=len(work), unit="files")
            bytes_task = progress.add_task("bytes", total=plan.upload_bytes or 1, unit="bytes")
        pool = ThreadPoolExecutor(max_workers=max(1, self.concurrency), thread_name_prefix="kb-sync")
        pending: dict[Future[str | None], Action] = {}
        try:
            for action in work:
                pending[pool.submit(self.carry_out, action)] = action
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    action = pending.pop(future)
                    self._settle(future, action, outcome)
                    self._advance(progress, files_task, bytes_task, action)
        except KeyboardInterrupt:
            # Started uploads finish (a half-sent file is not cut off); nothing new starts.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return outcome

    def _settle(self, future: Future[str | None], action: Action, outcome: Outcome) -> None:
        try:
            collection_id = future.result()
        except (FastGPTError, OSError, ValueError) as exc:
            with outcome.lock:
                outcome.failed[action.path] = describe(exc)
            return
        outcome.record(action, collection_id)

    @staticmethod
    def _advance(
        progress: Progress | None, files_task: TaskID | None, bytes_task: TaskID | None, action: Action
    ) -> None:
        if progress is None or files_task is None or bytes_task is None:
            return
        progress.advance(files_task)
        if action.size:
            progress.advance(bytes_task, action.size)

    def carry_out(self, action: Action) -> str | None:
        """Does one action; the new collection's id for an upload."""
        if action.kind == "delete":
            self.with_retries(lambda: self.client.delete_collections(list(action.remove)), None)
            return None
        assert action.file is not None
        file = action.file
        new_id = self.with_retries(lambda: self.upload(file), lambda: self.arrived(file, action.remove))
        if action.remove:
            self.with_retries(lambda: self.client.delete_collections(list(action.remove)), None)
        return new_id

    def upload(self, file: LocalFile) -> str:
        result = self.client.create_file_collection(
            self.dataset_id, file.full, filename=file.path, metadata=file.metadata()
        )
        return str(plain(result).get("collectionId") or "")

    def arrived(self, file: LocalFile, old: tuple[str, ...]) -> str | None:
        """The id of a collection of `file` with its current hash, if an upload reached the
        server although its answer was lost."""
        page = self.client.list_collections(self.dataset_id, search_text=file.path, page_size=100)
        for item in page:
            row = plain(item)
            if row.get("name") != file.path or row.get("_id") in old:
                continue
            remote = remote_of(self.client.get_collection(str(row.get("_id"))), row)
            if remote.sha256 == file.sha256:
                return remote.id
        return None

    def with_retries(
        self, attempt: Callable[[], str | None], arrived: Callable[[], str | None] | None
    ) -> str | None:
        for number in range(self.retries + 1):
            try:
                return attempt()
            except RETRYABLE as exc:
                if number == self.retries:
                    raise
                delay = getattr(exc, "retry_after", None) or self.backoff * 2**number
                _output.status(f"[yellow]retrying after: {_output.markup(describe(exc))}[/]")
                self.sleep(min(float(delay), 30.0))
                found = arrived() if arrived is not None else None
                if found is not None:
                    return found
        return None  # unreachable: the loop returns or raises

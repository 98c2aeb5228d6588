"""What every route of the emulator shares: ``EmulatorState`` (``FakeFastGPT`` exposes parts of it)."""

from __future__ import annotations

import asyncio
import collections
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import Response

from . import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._apps import APPS
from ._conversation_store import ConversationStore
from ._dataset_store import DatasetStore
from ._errors import ApiError, ErrorStyle
from ._faults import FAULT_HEADER, Fault, PushCounter, RateWindow
from ._ids import IdFactory
from ._run import Run
from ._scripting import ScriptedReply
from ._sse import frame
from ._store import Store
from ._training import Training
from ._versions import Version

TEAM_ID = "6650a1b2c3d4e5f600000001"  # the one team (an ObjectId, as FastGPT's)
TEAM_MEMBER_ID = "6650a1b2c3d4e5f600000002"  # every key belongs to the same (only) team member


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the emulator saw it; credentials are masked."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any


def mask_secret(value: str) -> str:
    """``Bearer fastgpt-…abcd``: enough to tell keys apart, never the key."""
    scheme, _, token = value.rpartition(" ")
    masked = f"{token[:8]}…{token[-4:]}" if len(token) > 16 else "…"
    return f"{scheme} {masked}".strip()


@dataclass
class ActiveRun:
    """A chat run in progress, registered while it runs: ``/api/v2/chat/stop`` stops a v2 one, and
    (4.16) a second run on the same chat is refused with ``chatIsGenerating``."""

    api_version: str
    run: Run | None = None
    """Set once the turn is prepared (the run is registered before it takes a script)."""
    done: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Scripts:
    once: collections.deque[ScriptedReply] = field(default_factory=lambda: collections.deque[ScriptedReply]())
    always: ScriptedReply | None = None


class EmulatorState:
    """Everything the routes share: the stores, ids, knobs, scripts, faults and bookkeeping."""

    def __init__(
        self,
        *,
        db: str | None,
        seed: int | str | None,
        heartbeat_interval: float,
        token_delay: float,
        error_style: ErrorStyle,
        version: Version,
    ) -> None:
        self.version = version
        """The FastGPT version the routes speak (``_versions``)."""
        self.store = Store(db)
        self.conversations = ConversationStore(self.store)
        self.datasets = DatasetStore(self.store)
        self.ids = IdFactory(seed)
        self.heartbeat_interval = heartbeat_interval
        self.token_delay = token_delay
        self.error_style = error_style
        self.lock = threading.Lock()
        self.fault: Fault | None = None
        self.scripts: dict[str, Scripts] = {}
        self.rate_window = RateWindow()
        self.pushes = PushCounter()
        self.requests: collections.Counter[str] = collections.Counter()
        self.recorded: collections.deque[RecordedRequest] = collections.deque(maxlen=100)
        self.disconnects = 0
        self.active: dict[tuple[str, str], ActiveRun] = {}
        """Runs in progress by ``(appId, chatId)``."""
        self.training = Training()
        """Scripted training jobs (``FakeFastGPT.script_training``)."""
        self.app_datasets: dict[str, str] = {}
        """Datasets attached to apps (``FakeFastGPT.attach_dataset``): their runs search them."""
        self.api_documents: dict[str, Any] = {}
        """API documents served instead of FastGPT's, by path (``FakeFastGPT.serve_api_document``)."""
        self._seed_apps_and_keys()

    def knowledge_quotes(self, app_id: str, question: str) -> list[dict[str, Any]] | None:
        """What the app's "Knowledge Search" node finds, or None when no dataset is attached."""
        dataset_id = self.app_datasets.get(app_id)
        if dataset_id is None:
            return None
        hits = self.datasets.search(dataset_id, question, max_results=5)
        return [
            {
                "id": hit.data.id,
                "q": hit.data.q,
                "a": hit.data.a,
                "chunkIndex": hit.data.chunk_index,
                "datasetId": hit.data.dataset_id,
                "collectionId": hit.data.collection_id,
                "score": [{"type": "fullText", "value": hit.score, "index": rank}],
            }
            for rank, hit in enumerate(hits)
        ]

    def _seed_apps_and_keys(self) -> None:
        # Always draw the same sequence so a given seed gives the same ids, even if the database
        # file already holds them (INSERT OR IGNORE keeps the stored ones).
        for name in APPS:
            self.store.add_app(self.ids.object_id(), name)
        self.app_ids = self.store.apps()
        for name, app_id in self.app_ids.items():
            self.store.add_key(self.ids.api_key(), app_id, TEAM_MEMBER_ID, name=f"{name} key")
        self.store.add_key(self.ids.api_key(), None, TEAM_MEMBER_ID, name="account key")
        keys = self.store.keys()
        self.app_keys = {
            name: next(k.key for k in keys if k.app_id == app_id) for name, app_id in self.app_ids.items()
        }
        self.account_key = next(k.key for k in keys if k.app_id is None)
        self.app_names = {app_id: name for name, app_id in self.app_ids.items()}
        # One share link per app, its id derived from the app's (no draw from the id sequence).
        self.share_links = {name: "share" + app_id[-19:] for name, app_id in self.app_ids.items()}
        """Share-link ids by app name: chats through them need no key (``outLinkAuthData``)."""

    # bookkeeping

    def record(self, request: Request, body: Any) -> None:
        headers = {k: (mask_secret(v) if k == "authorization" else v) for k, v in request.headers.items()}
        query = urlencode(
            [
                (k, "…" if k.lower() == "apikey" else v)
                for k, v in parse_qsl(request.url.query, keep_blank_values=True)
            ]
        )
        with self.lock:
            self.requests[request.url.path] += 1
            self.recorded.append(RecordedRequest(request.method, request.url.path, query, headers, body))

    def count_disconnect(self) -> None:
        with self.lock:
            self.disconnects += 1

    def fault_for(self, request: Request) -> Fault:
        """The server's injected fault merged with the request's header; ``ValueError`` on a bad header."""
        header = request.headers.get(FAULT_HEADER)
        with self.lock:
            base = self.fault or Fault()
        return base.merged(Fault.parse(header)) if header else base

    def push_fails(self, fault: Fault) -> bool:
        """Count one ``pushData`` call; whether the ``fail_push_after`` fault fails it."""
        with self.lock:
            injected = self.fault
        return self.pushes.fails(injected, fault)

    def take_script(self, app_id: str) -> ScriptedReply | None:
        with self.lock:
            scripts = self.scripts.get(app_id)
            if scripts is None:
                return None
            return scripts.once.popleft() if scripts.once else scripts.always

    def start_run(self, app_id: str, chat_id: str, active: ActiveRun) -> None:
        """Register a run of the chat; on 4.16 ``chatIsGenerating`` if one is still going."""
        with self.lock:
            if self.version.chat_is_generating and (app_id, chat_id) in self.active:
                raise errors.CHAT_IS_GENERATING
            self.active[(app_id, chat_id)] = active

    def end_run(self, app_id: str, chat_id: str, active: ActiveRun) -> None:
        with self.lock:
            if self.active.get((app_id, chat_id)) is active:
                del self.active[(app_id, chat_id)]
        active.done.set()

    def is_generating(self, app_id: str, chat_id: str) -> bool:
        with self.lock:
            return (app_id, chat_id) in self.active

    # responses

    def error_response(self, error: ApiError, *, stream: bool = False) -> Response:
        """``error`` as FastGPT answers it; a stream request's error (not a validation error, which
        ``parseApiInput`` answers before the handler runs) as ``sseErrRes`` writes it."""
        if stream and error.zod_error is None and self.error_style is not ErrorStyle.HTTP_STATUS:
            # sseErrRes: headers not set yet, so a bare 200 with one error frame and no [DONE].
            return Response(frame("error", error.stream_frame_payload()), status_code=200, media_type=None)
        status = errors.http_status_for(error, self.error_style, self.version)
        body = error.body(error_type=self.version.error_type)
        return Response(body, status_code=status, media_type="application/json")

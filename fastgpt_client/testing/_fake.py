"""``FakeFastGPT``: the emulator as an object you start, script, break and inspect."""

from __future__ import annotations

import collections
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette

from ._errors import ErrorStyle
from ._faults import Fault
from ._scripting import ScriptedReply
from ._server import ConnectionResets, create_app
from ._state import EmulatorState, RecordedRequest, Scripts
from ._stream import quiet_deliberate_cuts
from ._training import DEFAULT_ERROR as DEFAULT_TRAINING_ERROR
from ._training import TrainingScript
from ._versions import DEFAULT_VERSION, Version, version_named

_START_TIMEOUT = 10.0


class FakeFastGPT:
    """A FastGPT-compatible HTTP server on a loopback port, for tests and demos.

    It speaks FastGPT 4.16 (4.16.0) by default and FastGPT 4.14 (4.14.5) with
    ``FakeFastGPT(version="4.14")``: error statuses, stream order, routes, answers and request
    validation follow that version (the table of differences is in docs/testing.md).

    ``with FakeFastGPT() as server:`` serves in a background thread; point a client at
    ``server.base_url`` with ``server.api_key`` (an app key bound to the ``assistant`` app) or
    ``server.account_key`` (no bound app: pass ``appId``). Built-in apps (``server.app_ids``):

    - ``assistant`` (default): an AI Chat node echoing the question, ``{{name}}`` variable.
    - ``select``: a userSelect prompt (options "Yes"/"No"), continued with an option value.
    - ``form``: a userInput form (``name`` required, ``age``, ``topic``), continued with JSON.
    - ``nested``: a form prompt wrapped in ``childrenInteractive`` after a fixed reply.
    - ``tool``: a tool call (toolCall/toolParams/toolResponse) followed by an answer.

    Options: ``version`` (``"4.16"`` or ``"4.14"``; anything else is a ``ValueError``), ``db`` (SQLite file; in memory by default), ``heartbeat_interval`` (seconds between
    empty answer chunks while a stream is busy), ``token_delay`` (seconds between streamed tokens),
    ``seed`` (ids and keys are reproducible per seed), ``legacy_errors`` (errors with HTTP 200,
    like FastGPT before 4.13.2) and ``http_status_errors`` (401/403/404..., like some proxies);
    both replace the version's error statuses, nothing else.

    Faults: see ``Fault`` and the ``X-Fake-Fault`` header grammar in ``fastgpt_client.testing``.
    """

    def __init__(
        self,
        *,
        version: str | Version = DEFAULT_VERSION,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | None = None,
        heartbeat_interval: float = 10.0,
        token_delay: float = 0.0,
        seed: int | str | None = 0,
        legacy_errors: bool = False,
        http_status_errors: bool = False,
    ) -> None:
        speaks = version_named(version)
        if legacy_errors and http_status_errors:
            raise ValueError("choose at most one of legacy_errors and http_status_errors")
        style = (
            ErrorStyle.LEGACY
            if legacy_errors
            else ErrorStyle.HTTP_STATUS
            if http_status_errors
            else ErrorStyle.FASTGPT
        )
        self.host = host
        self.port: int = port
        self._state = EmulatorState(
            db=db,
            seed=seed,
            heartbeat_interval=heartbeat_interval,
            token_delay=token_delay,
            error_style=style,
            version=speaks,
        )
        self.asgi_app: Starlette = create_app(self._state)
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def __enter__(self) -> FakeFastGPT:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> FakeFastGPT:
        """Serve in a background thread; returns once the port accepts connections."""
        if self._thread is not None:
            return self
        sock = self._bind()
        server = uvicorn.Server(self._config())
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"FakeFastGPT:{self.port}", daemon=True
        )
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the FastGPT emulator did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving (open streams get a moment to finish) and release the port."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(timeout=5)
            if thread.is_alive():
                server.force_exit = True
                thread.join()
        self._server = self._thread = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def close(self) -> None:
        """``stop()`` and close the database."""
        self.stop()
        self._state.store.close()

    def serve_forever(self) -> None:
        """Serve in the calling thread until SIGINT/SIGTERM (used by the CLI)."""
        sock = self._bind()
        try:
            uvicorn.Server(self._config()).run(sockets=[sock])
        finally:
            sock.close()
            self._sock = None

    def _bind(self) -> socket.socket:
        if self._sock is None:
            family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind((self.host, self.port))
                sock.listen(1024)
            except OSError:
                sock.close()
                raise
            self.port = int(sock.getsockname()[1])
            self._sock = sock
        return self._sock

    def _config(self) -> uvicorn.Config:
        quiet_deliberate_cuts()
        return uvicorn.Config(
            ConnectionResets(self.asgi_app, self._state),
            loop="asyncio",
            http="h11",
            ws="none",
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=1,
            timeout_keep_alive=5,
            backlog=1024,
        )

    # identity

    @property
    def version(self) -> Version:
        """The FastGPT version the server speaks (``.name`` ``"4.16"``/``"4.14"``, ``.release``)."""
        return self._state.version

    @property
    def base_url(self) -> str:
        """The server root, e.g. ``http://127.0.0.1:54321`` (routes live under ``/api``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def api_key(self) -> str:
        """An app key bound to the default (``assistant``) app."""
        return self._state.app_keys["assistant"]

    @property
    def account_key(self) -> str:
        """An account ("general") key: chat needs ``appId`` in the body."""
        return self._state.account_key

    @property
    def app_keys(self) -> Mapping[str, str]:
        """App keys by built-in app name."""
        return dict(self._state.app_keys)

    @property
    def app_ids(self) -> Mapping[str, str]:
        """Built-in app ids by name: ``assistant``, ``select``, ``form``, ``nested``, ``tool``."""
        return dict(self._state.app_ids)

    @property
    def default_app_id(self) -> str:
        return self._state.app_ids["assistant"]

    # knobs

    @property
    def heartbeat_interval(self) -> float:
        return self._state.heartbeat_interval

    @heartbeat_interval.setter
    def heartbeat_interval(self, seconds: float) -> None:
        self._state.heartbeat_interval = seconds

    @property
    def token_delay(self) -> float:
        return self._state.token_delay

    @token_delay.setter
    def token_delay(self, seconds: float) -> None:
        self._state.token_delay = seconds

    # scripting

    def _app_id(self, app: str) -> str:
        if app in self._state.app_names:
            return app
        if app in self._state.app_ids:
            return self._state.app_ids[app]
        raise KeyError(f"unknown app {app!r}; use an id or one of {sorted(self._state.app_ids)}")

    @property
    def share_links(self) -> Mapping[str, str]:
        """Each app's share-link id, by app name: ``ChatClient.from_share_link(id, user)`` chats
        with that app without a key (4.16 reads ``outLinkAuthData``, 4.14 ``shareId``/``outLinkUid``)."""
        return dict(self._state.share_links)

    def serve_api_document(self, path: str, document: Any) -> None:
        """Serve ``document`` (JSON) at ``path`` instead of FastGPT's own API document there
        (``/api/apidoc/systemopenapi.json``, ``/api/apidoc/devapi.json`` on 4.16,
        ``/api/openapi.json`` on 4.14); ``None`` serves FastGPT's again. For drift-check tests."""
        with self._state.lock:
            if document is None:
                self._state.api_documents.pop(path, None)
            else:
                self._state.api_documents[path] = document

    def attach_dataset(self, app: str, dataset_id: str | None) -> None:
        """Give ``app`` (an id or built-in name) a "Knowledge Search" node over ``dataset_id``.

        The ``assistant`` app then runs the node before answering (``datasetSearchNode`` with a
        ``quoteList`` in its node response) and quotes the best hit in its answer; ranking is the
        emulator's full-text search, standing in for embeddings. ``None`` detaches it.
        """
        app_id = self._app_id(app)
        if dataset_id is None:
            self._state.app_datasets.pop(app_id, None)
        else:
            self._state.app_datasets[app_id] = dataset_id

    def script(self, app: str, reply: ScriptedReply, *, once: bool = True) -> None:
        """Make ``app`` (an id or built-in name) answer ``reply``.

        ``once=True`` queues it for the next run (queued replies are used in order);
        ``once=False`` makes it the answer of every run until ``clear_scripts``.
        """
        app_id = self._app_id(app)
        with self._state.lock:
            scripts = self._state.scripts.setdefault(app_id, Scripts())
            if once:
                scripts.once.append(reply)
            else:
                scripts.always = reply

    def script_training(
        self,
        *,
        steps: int = 3,
        fail: Iterable[int] = (),
        error: str = DEFAULT_TRAINING_ERROR,
        stuck: bool = False,
        once: bool = True,
    ) -> None:
        """Make the next collection import (text, link, file or API file) train step by step.

        Each ``trainingDetail`` read of the collection advances it one step; after ``steps``
        reads all its chunks have finished. The chunks whose ``chunkIndex`` is in ``fail`` end
        as failed training items with ``error`` (``getTrainingError`` lists them; they never
        become data items). ``stuck=True`` never finishes. ``once=False`` applies to every
        import until ``clear_training_scripts``. Without a script an import is trained at once.
        """
        if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"steps must be a positive int, not {steps!r}")
        script = TrainingScript(steps=steps, fail=frozenset(fail), error=error, stuck=stuck)
        self._state.training.script(script, once=once)

    def clear_training_scripts(self) -> None:
        self._state.training.clear()

    def clear_scripts(self, app: str | None = None) -> None:
        with self._state.lock:
            if app is None:
                self._state.scripts.clear()
            else:
                self._state.scripts.pop(self._app_id(app), None)

    # faults

    def inject(self, fault: Fault | str) -> None:
        """Apply ``fault`` (or an ``X-Fake-Fault`` header value) to every request until ``clear_faults``."""
        parsed = Fault.parse(fault) if isinstance(fault, str) else fault
        with self._state.lock:
            self._state.fault = parsed

    def clear_faults(self) -> None:
        """Remove the injected fault and reset the rate-limit window."""
        with self._state.lock:
            self._state.fault = None
        self._state.rate_window.reset()

    # inspection

    @property
    def requests(self) -> collections.Counter[str]:
        """Requests received per path (e.g. ``/api/v1/chat/completions``), faulted ones included."""
        with self._state.lock:
            return collections.Counter(self._state.requests)

    def request_count(self, path: str | None = None) -> int:
        """Requests to ``path`` (``/api`` prefix optional), or to all paths."""
        counts = self.requests
        if path is None:
            return sum(counts.values())
        return counts[path if path.startswith("/api/") else "/api" + path]

    @property
    def recorded_requests(self) -> list[RecordedRequest]:
        """The last 100 requests, oldest first, with the ``Authorization`` key masked."""
        with self._state.lock:
            return list(self._state.recorded)

    @property
    def last_request(self) -> RecordedRequest | None:
        with self._state.lock:
            return self._state.recorded[-1] if self._state.recorded else None

    @property
    def disconnects(self) -> int:
        """Streams the client closed before the server finished them."""
        with self._state.lock:
            return self._state.disconnects

    def reset_stats(self) -> None:
        with self._state.lock:
            self._state.requests.clear()
            self._state.recorded.clear()
            self._state.disconnects = 0

    def chat_records(self, chat_id: str) -> list[dict[str, Any]]:
        """Stored records of a chat, oldest first: ``dataId``, ``obj``, ``value``, ``responseData``."""
        return [
            {"dataId": item.data_id, "obj": item.obj, "value": item.value, "responseData": item.response_data}
            for item in self._state.store.items(chat_id)
        ]

    def chat_variables(self, chat_id: str) -> dict[str, Any] | None:
        """Variables stored on a chat, ``None`` for an unknown chat."""
        chat = self._state.store.chat(chat_id)
        return None if chat is None else chat.variables

    def __repr__(self) -> str:
        state = "running" if self._thread is not None else "stopped"
        return f"<FakeFastGPT {self.version.name} {self.base_url} {state}>"

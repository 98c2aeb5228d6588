"""Fault injection: what can go wrong between a client and FastGPT, on demand.

A fault is set per request with the ``X-Fake-Fault`` header or per server with
``FakeFastGPT.inject(Fault(...))`` (kept until ``clear_faults()``). When both are present, the
fields set in the header win.

Header grammar (whitespace around tokens is ignored)::

    fault  := item (";" item)*
    item   := name ["=" value]

    delay_first=SECONDS     wait before the first frame (streams: after the 200 + SSE headers, with
                            heartbeats; non-stream: before the response)
    delay_between=SECONDS   wait between stream frames (heartbeats are sent while waiting)
    cut_after=N             close the socket after N complete frames (non-stream: after half the body)
    cut_mid_frame=N         after N frames, send half of the next frame and close the socket
    cut_mid_char=N          after N frames, close the socket inside a multi-byte UTF-8 character
    malformed[=N]           after N frames (default 0), send ``data: <not json>``; non-stream: a
                            200 ``application/json`` body that is not JSON
    truncated_json          non-stream: the JSON body cut in half (consistent Content-Length);
                            stream: the first frame's JSON cut in half
    html_502                an nginx-style HTML "502 Bad Gateway" page
    html=CODE               the same nginx-style HTML page with HTTP CODE (e.g. 504 Gateway Time-out)
    status=CODE             HTTP CODE (e.g. 503, 504, 520) with a small text body
    empty_200               HTTP 200 with an empty body
    rate_limit=N            at most N chat requests per 60 s window; beyond it FastGPT's 429
                            envelope as JSON (even for streams): HTTP 429 with errorType on 4.16,
                            HTTP 500 on 4.14
    rate_limit_http=N       the same limit answered with a real HTTP 429 and ``Retry-After``
    fail_push_after=N       knowledge base: let N ``pushData`` calls through, then fail every later
                            one with FastGPT's error envelope (HTTP 500, a plain error); counted
                            from the last ``inject()``/``clear_faults()``
    reset                   abort the TCP connection (RST) after reading the request, before any
                            response byte, like a proxy or load balancer dropping it (any route;
                            served over a socket only)

Examples: ``X-Fake-Fault: cut_after=3``, ``X-Fake-Fault: delay_between=0.2;cut_after=5``.

Every route goes through one wrapper (``routes._endpoint.route``), so a fault has the same effect
on every route of every area: "non-stream" above means a chat completion's JSON and every
other route's envelope alike (error answers are never broken up). The exceptions are in the grammar above: the frame faults need a stream (chat),
``rate_limit``/``rate_limit_http`` count chat requests only, ``fail_push_after`` is ``pushData``'s.
"""

from __future__ import annotations

import dataclasses
import http
import math
import threading
import time
from dataclasses import dataclass

FAULT_HEADER = "x-fake-fault"


@dataclass(frozen=True)
class Fault:
    """A set of faults to inject. Unset fields (``None``/``False``) inject nothing."""

    delay_first: float | None = None
    delay_between: float | None = None
    cut_after: int | None = None
    cut_mid_frame: int | None = None
    cut_mid_char: int | None = None
    malformed: int | None = None
    truncated_json: bool = False
    html_502: bool = False
    html: int | None = None
    status: int | None = None
    empty_200: bool = False
    rate_limit: int | None = None
    rate_limit_http: int | None = None
    reset: bool = False
    fail_push_after: int | None = None

    @classmethod
    def parse(cls, header: str) -> Fault:
        """Parse an ``X-Fake-Fault`` header value; raises ``ValueError`` on unknown names or bad values."""
        values: dict[str, float | int | bool] = {}
        for raw in header.split(";"):
            item = raw.strip()
            if not item:
                continue
            name, sep, value = (part.strip() for part in item.partition("="))
            try:
                if name in _FLOATS:
                    values[name] = float(value)
                elif name in _INTS:
                    values[name] = 0 if name == "malformed" and not sep else int(value)
                elif name in _FLAGS and not sep:
                    values[name] = True
                elif name in _FLAGS:
                    raise ValueError("takes no value")
                else:
                    raise ValueError("unknown fault")
            except ValueError as exc:
                raise ValueError(f"bad fault {item!r}: {exc}") from None
            if not values[name] >= 0:  # also refuses NaN
                raise ValueError(f"bad fault {item!r}: must be >= 0")
        return cls(**values)  # type: ignore[arg-type]

    def to_header(self) -> str:
        """The header value that ``parse`` turns back into this fault."""
        items: list[str] = []
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is None or value is False:
                continue
            items.append(field.name if value is True else f"{field.name}={value}")
        return ";".join(items)

    def merged(self, override: Fault | None) -> Fault:
        """This fault with every field that ``override`` sets replaced."""
        if override is None:
            return self
        changes = {
            field.name: getattr(override, field.name)
            for field in dataclasses.fields(override)
            if getattr(override, field.name) is not None and getattr(override, field.name) is not False
        }
        return dataclasses.replace(self, **changes)

    @property
    def cuts_stream(self) -> bool:
        return any(v is not None for v in (self.cut_after, self.cut_mid_frame, self.cut_mid_char))


_FLOATS = {"delay_first", "delay_between"}
_INTS = {
    "cut_after",
    "cut_mid_frame",
    "cut_mid_char",
    "malformed",
    "status",
    "html",
    "rate_limit",
    "rate_limit_http",
    "fail_push_after",
}
_FLAGS = {"truncated_json", "html_502", "empty_200", "reset"}


class RateWindow:
    """FastGPT's team QPM limiter: a fixed 60 s window counting every chat request."""

    WINDOW_SECONDS = 60.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._start = 0.0
        self._count = 0

    def hit(self, limit: int) -> int | None:
        """Count one request; return the seconds to wait if it is over ``limit``, else ``None``."""
        with self._lock:
            now = time.monotonic()
            if self._count == 0 or now - self._start >= self.WINDOW_SECONDS:
                self._start, self._count = now, 0
            self._count += 1
            if self._count <= limit:
                return None
            return max(1, math.ceil(self._start + self.WINDOW_SECONDS - now))

    def reset(self) -> None:
        with self._lock:
            self._count = 0


class PushCounter:
    """Counts ``pushData`` calls for the ``fail_push_after=N`` fault.

    The count restarts whenever the server's injected fault changes (``inject``/``clear_faults``),
    so ``server.inject("fail_push_after=2")`` lets two calls through and fails every later one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._injected: Fault | None = None
        self._calls = 0

    def fails(self, injected: Fault | None, fault: Fault) -> bool:
        """Count one call under the server's ``injected`` fault; does ``fault`` fail it?"""
        with self._lock:
            if injected is not self._injected:
                self._injected, self._calls = injected, 0
            self._calls += 1
            limit = fault.fail_push_after
            return limit is not None and self._calls > limit


def html_page(status: int) -> bytes:
    """nginx's error page for ``status`` (what a gateway in front of FastGPT sends)."""
    try:
        title = f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        title = str(status)
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


HTML_502 = b"""<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""

"""An incremental server-sent-events decoder (the WHATWG framing rules, at the byte level).

Bytes arrive in arbitrary pieces: a frame, a line or a UTF-8 character may be split anywhere.
Lines are cut at CRLF, LF or CR on bytes and decoded only when complete, so a multi-byte
character is never split; the pieces of an unfinished line are joined once, when it ends, so a
10 MB frame costs linear time.

As the standard says: one UTF-8 byte order mark at the very start of the stream is skipped (a BOM
anywhere else is data); a `retry:` value counts only when it is ASCII digits, else the field is
ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

_BOM: Final = b"\xef\xbb\xbf"
_RETRY_DIGITS: Final = 18
"""A longer `retry:` value (over 30 million years in ms) is ignored rather than converted."""


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched frame. `event` is `""` when the frame had no `event:` line."""

    event: str
    data: str
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed it bytes with `feed()`; it returns the frames completed by them."""

    __slots__ = ("_at_start", "_data", "_event", "_has_data", "_last_id", "_partial", "_retry", "_skip_lf")

    def __init__(self) -> None:
        self._at_start = True  # no byte seen yet but (perhaps) part of a leading BOM
        self._partial: list[bytes] = []  # pieces of a line not yet ended
        self._skip_lf = False  # the last piece ended in CR: a leading LF belongs to it
        self._event = ""
        self._data: list[str] = []
        self._has_data = False
        self._last_id: str | None = None
        self._retry: int | None = None

    @property
    def has_partial_frame(self) -> bool:
        """True when bytes of a frame that has not been completed are held (a cut mid-frame)."""
        return bool(self._partial) or self._has_data or bool(self._event)

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        if not chunk:
            return []
        if self._at_start:
            chunk = self._strip_bom(chunk)
            if not chunk:
                return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        if b"\n" not in chunk and b"\r" not in chunk:
            self._partial.append(chunk)
            return []
        if self._partial:
            self._partial.append(chunk)
            chunk = b"".join(self._partial)
            self._partial = []
        if b"\r" not in chunk:
            return self._feed_lf(chunk)
        lines = chunk.splitlines(keepends=True)
        last = lines[-1]
        if not last.endswith((b"\n", b"\r")):
            self._partial.append(lines.pop())
        elif last.endswith(b"\r"):
            self._skip_lf = True
        events: list[ServerSentEvent] = []
        for raw in lines:
            end = -2 if raw.endswith(b"\r\n") else -1
            event = self._line(raw[:end].decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        return events

    def _strip_bom(self, chunk: bytes) -> bytes:
        """`chunk` without the stream's leading BOM, which may come split over several reads.

        Until three bytes have come, bytes that may still begin a BOM are held (in `_partial`)."""
        if self._partial:
            chunk = b"".join(self._partial) + chunk
            self._partial = []
        if len(chunk) < len(_BOM) and _BOM.startswith(chunk):
            self._partial.append(chunk)
            return b""
        self._at_start = False
        return chunk[len(_BOM) :] if chunk.startswith(_BOM) else chunk

    def _feed_lf(self, chunk: bytes) -> list[ServerSentEvent]:
        """`feed()` for the usual case, lines ended by LF only: one decode for all whole lines.

        Decoding them together is the same as line by line: LF is never part of a multi-byte
        character, nor of an invalid sequence that `errors="replace"` replaces.
        """
        end = chunk.rfind(b"\n") + 1
        if end < len(chunk):
            self._partial.append(chunk[end:])
        lines = chunk[:end].decode("utf-8", errors="replace").split("\n")
        lines.pop()  # the empty string after the last LF
        events: list[ServerSentEvent] = []
        for line in lines:
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
            elif line.startswith("data:"):
                self._data.append(line[6:] if line[5:6] == " " else line[5:])
                self._has_data = True
            elif line.startswith("event:"):
                self._event = line[7:] if line[6:7] == " " else line[6:]
            else:
                self._line(line)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, sep, value = line.partition(":")
        if sep and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._has_data = True
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit() and len(value) <= _RETRY_DIGITS:
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._has_data:
            # A frame with only `id:`/`retry:`/`event:` lines carries nothing to decode.
            self._event = ""
            return None
        event = ServerSentEvent(self._event, "\n".join(self._data), self._last_id, self._retry)
        self._event = ""
        self._data = []
        self._has_data = False
        return event

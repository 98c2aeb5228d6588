"""`StopResult`: what `stop_chat` reports about the run it asked to stop."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._json import as_int

__all__ = ["StopResult"]


@dataclass(frozen=True, slots=True)
class StopResult:
    """The answer of `stop_chat`.

    `bool(result)` is `success`, so `if client.stop_chat(chat_id):` reads as before.
    """

    success: bool
    """The stop flag was set (FastGPT sets it also when the run has already finished)."""
    completed: bool | None = None
    """The run had ended by the time FastGPT answered (it waits up to 5 s for that); None from
    servers that do not say (FastGPT 4.14.x answers `{success}` only; 4.15+ says)."""
    chat_generate_status: int | None = None
    """The chat's `chatGenerateStatus` after the stop: 0 still generating, 1 done, 2 error (other
    values may come from newer servers); None when the server does not say."""

    def __bool__(self) -> bool:
        return self.success

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StopResult:
        """From the envelope's `data`; a missing `success` counts as success (the call did not fail)."""
        success = data.get("success", True)
        completed = data.get("completed")
        return cls(
            success=bool(success),
            completed=completed if isinstance(completed, bool) else None,
            chat_generate_status=as_int(data.get("chatGenerateStatus")),
        )

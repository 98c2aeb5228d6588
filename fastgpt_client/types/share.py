"""`ShareLink`: chatting through a FastGPT share link instead of an API key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ShareLink"]


@dataclass(frozen=True, slots=True)
class ShareLink:
    """A share link (its `shareId`, from the link's URL) and the end user on it (`outlink_uid`:
    any stable id of yours, or the token your link's authentication hook accepts).

    FastGPT's completions handler authenticates a request that carries both instead of its
    `Authorization` header (`authShareChat` in `projects/app/src/pages/api/v{1,2}/chat/
    completions.ts`), runs the link's app and files the chat under the link and that user.
    """

    share_id: str
    outlink_uid: str = field(repr=False)

    def request_fields(self) -> dict[str, Any]:
        """The body fields that authenticate a chat request: `outLinkAuthData` (FastGPT 4.15+)
        and the same two fields at the top level (4.14, which 4.15+ ignores)."""
        return {
            "outLinkAuthData": {"shareId": self.share_id, "outLinkUid": self.outlink_uid},
            "shareId": self.share_id,
            "outLinkUid": self.outlink_uid,
        }

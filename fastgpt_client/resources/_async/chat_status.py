"""Whether chats are still generating and whether their answers were read: `get_chat_status` and
`mark_chat_read` (FastGPT 4.14.11+ `core/chat/history/getHistoryStatus` and `markRead`).

An older server has neither route: a `NotFoundError` saying so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._plan import request_options
from ...types.options import RequestOptions
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import ChatHistoryStatus

SINCE = "4.14.11"
MAX_STATUS_CHATS = 200
"""How many chats one `get_chat_status` call may ask about (FastGPT's limit)."""


class AsyncChatStatusAPI(AsyncAPIClient):
    """Chats' generating and read state."""

    async def get_chat_status(
        self, chat_ids: Sequence[str], *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[ChatHistoryStatus]:
        """The state of up to 200 chats at once, one entry per chat that exists (deleted and
        unknown chats are left out): `chat_generate_status` (0 generating, 1 done, 2 error),
        `has_been_read` and `update_time`. Cheap enough to poll while a v2 run goes on.
        """
        from fastgpt_api.models import ChatHistoryStatus, ChatHistoryStatusRequest

        check = Check("get_chat_status")
        ids = check.string_list(chat_ids, "chat_ids", non_empty=True)
        if len(ids) > MAX_STATUS_CHATS:
            raise check.fail("chat_ids", f"hold at most {MAX_STATUS_CHATS} chats (ask in batches)", len(ids))
        body = _endpoints.model(
            ChatHistoryStatusRequest, app_id=self._app_id_for(check, app_id), chat_ids=ids
        )
        plan = _endpoints.plan(
            "chat_history.get_chat_history_status",
            _envelope.list_in("list", ChatHistoryStatus),
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        return await self._request_since(plan, check.method, SINCE)

    async def mark_chat_read(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Marks the chat's latest answer as read (`has_been_read`), as FastGPT's chat window does
        once it has shown it."""
        from fastgpt_api.models import MarkChatReadRequest

        check = Check("mark_chat_read")
        body = _endpoints.model(
            MarkChatReadRequest,
            app_id=self._app_id_for(check, app_id),
            chat_id=check.string(chat_id, "chat_id"),
        )
        plan = _endpoints.plan(
            "chat_history.mark_chat_read",
            _envelope.ignore,
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        await self._request_since(plan, check.method, SINCE)

"""Chats' state and cursor pages of records: ``/api/core/chat/history/getHistoryStatus``,
``/api/core/chat/history/markRead`` (4.14.11+; 4.14 mode answers them with its HTML 404 page) and
``/api/core/chat/record/getRecords_v2`` (both versions).

``getHistoryStatus`` lists the chats of ``chatIds`` that exist, with ``chatGenerateStatus`` (0
while a run of the chat is going, else 1) and ``hasBeenRead`` (false from the start of a run until
``init`` or ``markRead``). ``getRecords_v2`` pages by ``dataId`` as FastGPT's ``getChatItems``
does: the newest page, or around (``initialId``), before (``prevId``) or after (``nextId``) a
message; an unknown cursor is FastGPT's ``UserError`` ("Prev item not found", ...).
"""

from __future__ import annotations

from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .. import _zod as zod  # pyright: ignore[reportPrivateUsage]
from .._chat_extras_store import ChatExtrasStore, CursorNotFound
from .._versions import Version
from ._endpoint import Call, chat_app, route
from ._params import strings, text

PREFIX = "/api/core/chat"
STATUS_REQUEST = zod.Object({"appId": zod.String().optional(), "chatIds": zod.Array(zod.String(min=1))})
"""``GetHistoryStatusBodySchema`` (``chatIds`` also has 1 to 200 items: checked by the handler here)."""
MARK_READ_REQUEST = zod.Object({"appId": zod.String().optional(), "chatId": zod.String(min=1)})
GENERATING, DONE = 0, 1  # ChatGenerateStatusEnum


def _status_schema(version: Version) -> zod.Schema | None:
    return STATUS_REQUEST if version.validates_requests else None


def _read_schema(version: Version) -> zod.Schema | None:
    return MARK_READ_REQUEST if version.validates_requests else None


def extras(call: Call) -> ChatExtrasStore:
    return ChatExtrasStore(call.state.conversations)


async def history_status(call: Call) -> dict[str, Any]:
    app = chat_app(call, call.body.get("appId"))
    chat_ids = strings(call.body.get("chatIds"))
    if not 1 <= len(chat_ids) <= 200:
        raise errors.DATA_VALIDATION
    found = extras(call).statuses(app, chat_ids)
    for item in found:
        item["chatGenerateStatus"] = GENERATING if call.state.is_generating(app, item["chatId"]) else DONE
    return {"list": found}


async def mark_read(call: Call) -> None:
    app = chat_app(call, call.body.get("appId"))
    chat_id = text(call.body.get("chatId"))
    if call.state.conversations.live_chat(app, chat_id) is None:
        raise errors.UN_AUTH_CHAT  # authChatTargetCrud: no such chat of this app
    extras(call).mark_read(app, chat_id)


async def records_v2(call: Call) -> dict[str, Any]:
    body = call.body
    chat_id = text(body.get("chatId"))
    if not chat_id:
        return {"list": [], "total": 0, "hasMorePrev": False, "hasMoreNext": False}
    app = chat_app(call, body.get("appId"))
    size = body.get("pageSize", 10)
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise errors.DATA_VALIDATION
    # getChatItems: prevId first, then nextId, then initialId; none of them: the newest page.
    kind, cursor = next(
        (
            (kind, text(body.get(key)))
            for kind, key in (("prev", "prevId"), ("next", "nextId"), ("initial", "initialId"))
            if text(body.get(key))
        ),
        ("newest", None),
    )
    try:
        return extras(call).records_around(
            app,
            chat_id,
            kind=kind,
            cursor=cursor,
            limit=size,
            include_deleted=body.get("includeDeleted") is True,
        )
    except CursorNotFound as missing:
        raise errors.plain_error(f"{missing.args[0]} item not found", 400, user_error=True) from None


ROUTES = [
    route(
        f"{PREFIX}/history/getHistoryStatus",
        history_status,
        ["POST"],
        when=lambda v: v.chat_status_fields,
        schema=_status_schema,
    ),
    route(
        f"{PREFIX}/history/markRead",
        mark_read,
        ["POST"],
        when=lambda v: v.chat_status_fields,
        schema=_read_schema,
    ),
    route(f"{PREFIX}/record/getRecords_v2", records_v2, ["POST"]),
]

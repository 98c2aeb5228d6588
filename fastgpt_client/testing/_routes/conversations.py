"""Conversations: chat history, records, feedback and the question guide (``/api/core/chat/**``).

Behaviour follows FastGPT's handlers: a chat is looked up by ``(appId, chatId)``, so an unknown
chat (or one of another app) reads as empty rather than failing; deletes of chats and records
are soft (``batchDelete`` is hard); a feedback field that is absent is unset; pagination reads
``offset``/``pageNum``/``pageSize`` from the body when it has ``pageSize``, else from the query,
and refuses what is not a number (``Data validation error``). Most routes answer under two
paths: FastGPT's current one and the older one without the ``history/`` or ``record/`` part.

By version: ``getHistories`` checks ``source`` against the version's ``ChatSourceEnum`` (zod in
both); on 4.16 histories and ``init`` carry ``chatGenerateStatus`` (0 while a run of the chat is
going, else 1) and ``hasBeenRead`` (false from the start of a run until ``init`` reads the chat),
and one message is deleted with ``DELETE /api/core/chat/record/delete`` (``contentId`` or
``contentIds``, from the body, or from the query when the body is empty; ``data: null``), where
4.14 has ``POST /api/core/chat/item/delete`` (JSON body, one ``contentId``).
"""

from __future__ import annotations

import json
from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .. import _zod as zod  # pyright: ignore[reportPrivateUsage]
from .._conversation_store import epoch
from . import _schemas as schemas
from ._endpoint import Call, chat_app, route
from ._params import as_dict, as_list, pagination, strings, text

CONTENT_OR_CHAT_EMPTY = errors.plain_error("contentId or chatId is empty", 400)
CHAT_MODELS = ["gpt-4o-mini"]
PREFIX = "/api/core/chat"


async def get_histories(call: Call) -> dict[str, Any]:
    body = call.body
    app = chat_app(call, body.get("appId"))
    skip, limit = pagination(call.request, body, strict=True)
    source = body.get("source")
    times = {
        name: epoch(body.get(name))
        for name in ("startCreateTime", "endCreateTime", "startUpdateTime", "endUpdateTime")
    }
    items, total = call.state.conversations.histories(
        app_id=app,
        tmb_id=call.key.tmb_id,
        source=source if isinstance(source, str) and source else None,
        times=times,
        skip=skip,
        limit=limit,
    )
    if call.state.version.chat_status_fields:
        for item in items:
            item.update(_chat_status(call, app, item["chatId"]))
    return {"list": items, "total": total}


def _chat_status(call: Call, app_id: str, chat_id: str) -> dict[str, Any]:
    """4.16's ``chatGenerateStatus`` (0 generating, 1 done) and ``hasBeenRead`` of a chat."""
    status: dict[str, Any] = {"chatGenerateStatus": 0 if call.state.is_generating(app_id, chat_id) else 1}
    read = call.state.conversations.has_been_read(chat_id)
    if read is not None:
        status["hasBeenRead"] = read
    return status


async def chat_init(call: Call) -> dict[str, Any]:
    app = chat_app(call, call.query.get("appId"))
    chat_id = call.query.get("chatId", "")
    app_name = call.state.app_names[app]
    data: dict[str, Any] = {"chatId": chat_id, "appId": app}
    chat = call.state.conversations.live_chat(app, chat_id) if chat_id else None
    if chat is not None:
        data["title"] = chat["custom_title"] or chat["title"]
        data["variables"] = json.loads(chat["variables"])
        if call.state.version.chat_status_fields:
            status = _chat_status(call, app, chat_id)
            if status.get("hasBeenRead") is False and status["chatGenerateStatus"] != 0:
                # Opening a finished chat marks its answer read.
                call.state.conversations.set_read(chat_id, read=True)
                status["hasBeenRead"] = True
            data.update(status)
    else:
        data["variables"] = {}
    data["app"] = {
        "chatConfig": {},
        "chatModels": CHAT_MODELS,
        "name": app_name,
        "avatar": "/imgs/app/avatar/simple.svg",
        "intro": f"The emulator's {app_name} app.",
        "type": "advanced",
        "pluginInputs": [],
    }
    return data


async def update_history(call: Call) -> None:
    body = call.body
    app = chat_app(call, body.get("appId"))
    chat_id = text(body.get("chatId"))
    if not chat_id:
        raise errors.CHAT_ID_OR_APP_ID_EMPTY
    top = body.get("top")
    call.state.conversations.update_chat(
        app,
        chat_id,
        title=body["title"] if isinstance(body.get("title"), str) else None,
        custom_title=body["customTitle"] if isinstance(body.get("customTitle"), str) else None,
        top=top if isinstance(top, bool) else None,
    )


async def del_history(call: Call) -> None:
    # The handler reads the query string (FastGPT's generated docs declare a body).
    app = chat_app(call, call.query.get("appId"))
    chat_id = call.query.get("chatId", "")
    if not chat_id:
        raise errors.CHAT_ID_OR_APP_ID_EMPTY
    call.state.conversations.soft_delete_chat(app, chat_id)


async def clear_histories(call: Call) -> None:
    app = chat_app(call, call.query.get("appId"))
    # With an API key FastGPT clears only the chats made through the API.
    call.state.conversations.clear_api_chats(app, call.key.tmb_id)


async def batch_delete(call: Call) -> None:
    app = chat_app(call, call.body.get("appId"))
    chat_ids = [chat_id for chat_id in as_list(call.body.get("chatIds")) if isinstance(chat_id, str)]
    if not chat_ids:
        raise errors.DATA_VALIDATION
    call.state.conversations.hard_delete_chats(app, chat_ids)


async def get_records(call: Call) -> dict[str, Any]:
    body, store = call.body, call.state.conversations
    app = chat_app(call, body.get("appId"))
    chat_id = text(body.get("chatId"))
    skip, limit = pagination(call.request, body, strict=True)
    if not chat_id or store.live_chat(app, chat_id) is None:
        return {"list": [], "total": 0}
    items, total = store.records(app, chat_id, skip=skip, limit=limit)
    return {"list": items, "total": total}


async def get_res_data(call: Call) -> list[Any]:
    app = chat_app(call, call.query.get("appId"))
    chat_id, data_id = call.query.get("chatId", ""), call.query.get("dataId", "")
    if not chat_id or not data_id:
        return []
    return call.state.conversations.response_data(app, chat_id, data_id)


async def delete_item(call: Call) -> None:
    # FastGPT's docs show DELETE with a query string; the handler reads the JSON body.
    body = call.body
    chat_id, content_id = text(body.get("chatId")), text(body.get("contentId"))
    if not chat_id or not content_id:
        raise CONTENT_OR_CHAT_EMPTY
    app = chat_app(call, body.get("appId"))
    call.state.conversations.soft_delete_item(app, chat_id, content_id)


async def delete_record(call: Call) -> None:
    # record/delete reads the JSON body when it has any key, else the query string.
    source: dict[str, Any] = call.body if call.body else _query_values(call)
    zod.check(schemas.RECORD_DELETE, source)
    app = chat_app(call, source.get("appId"))
    chat_id = text(source.get("chatId"))
    raw_ids = source.get("contentIds")
    ids = strings(raw_ids) or text(raw_ids).split(",")  # a list, or "a,b" from the query
    wanted = {item.strip() for item in [*ids, text(source.get("contentId"))] if item.strip()}
    for content_id in sorted(wanted):
        call.state.conversations.soft_delete_item(app, chat_id, content_id)


def _query_values(call: Call) -> dict[str, Any]:
    """The query string as Next.js parses it: a repeated key is a list."""
    values: dict[str, Any] = {}
    for key in call.query:
        found = call.query.getlist(key)
        values[key] = found[0] if len(found) == 1 else found
    return values


async def update_feedback(call: Call) -> dict[str, Any] | None:
    body = call.body
    app = chat_app(call, body.get("appId"))
    chat_id, data_id = text(body.get("chatId")), text(body.get("dataId"))
    if not chat_id or not data_id:
        raise errors.CHAT_ID_OR_APP_ID_EMPTY
    # An absent (or null, or empty) field unsets that feedback.
    call.state.conversations.set_feedback(
        app,
        chat_id,
        data_id,
        good=text(body.get("userGoodFeedback")) or None,
        bad=text(body.get("userBadFeedback")) or None,
    )
    return None if call.state.version.response_schemas else {}


async def question_guide(call: Call) -> list[str]:
    body = call.body
    app = chat_app(call, body.get("appId"))
    chat_id = text(body.get("chatId"))
    guide = as_dict(body.get("questionGuide"))
    if guide is not None and guide.get("open") is False:
        return []
    questions = call.state.conversations.last_questions(app, chat_id, 3) if chat_id else []
    topic = next((q.strip() for q in questions if q.strip()), "")
    if not topic:
        return []
    topic = topic.rstrip("?.! ")[:60]
    return [
        f'Can you tell me more about "{topic}"?',
        f'Can you give an example for "{topic}"?',
        f'What else should I know about "{topic}"?',
    ]


ROUTES = [
    route(f"{PREFIX}/history/getHistories", get_histories, ["POST"], schema=schemas.histories),
    route(f"{PREFIX}/getHistories", get_histories, ["POST"], schema=schemas.histories),
    route(f"{PREFIX}/init", chat_init, ["GET"]),
    route(f"{PREFIX}/history/updateHistory", update_history, ["PUT", "POST"]),
    route(f"{PREFIX}/updateHistory", update_history, ["PUT", "POST"]),
    route(f"{PREFIX}/history/delHistory", del_history, ["DELETE"]),
    route(f"{PREFIX}/delHistory", del_history, ["DELETE"]),
    route(f"{PREFIX}/history/clearHistories", clear_histories, ["DELETE"]),
    route(f"{PREFIX}/clearHistories", clear_histories, ["DELETE"]),
    route(f"{PREFIX}/history/batchDelete", batch_delete, ["POST"]),
    route(f"{PREFIX}/record/getPaginationRecords", get_records, ["POST"]),
    route(f"{PREFIX}/getPaginationRecords", get_records, ["POST"]),
    route(f"{PREFIX}/record/getResData", get_res_data, ["GET"]),
    route(f"{PREFIX}/getResData", get_res_data, ["GET"]),
    route(f"{PREFIX}/item/delete", delete_item, ["POST", "DELETE"], when=lambda v: not v.record_delete_route),
    route(f"{PREFIX}/record/delete", delete_record, ["DELETE", "POST"], when=lambda v: v.record_delete_route),
    route(f"{PREFIX}/feedback/updateUserFeedback", update_feedback, ["POST"]),
    route("/api/core/ai/agent/v2/createQuestionGuide", question_guide, ["POST"]),
]

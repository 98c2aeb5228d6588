"""App logs: ``/api/core/app/logs/list`` and ``/api/core/app/logs/getUsers`` (open source).

``list`` pages the app's chats updated between ``dateStart`` and ``dateEnd``, newest first, with
FastGPT's filters (``sources``, ``tmbIds``, ``outLinkUids``, ``chatSearch``, ``feedbackType``,
``errorFilter``) and counts from the chat's items. 4.14 mode refuses API keys there, as 4.14.5's
handler (``authApp`` with ``authToken`` only) does; ``getUsers`` is new in 4.14.7 (no route in 4.14
mode). Every chat of the emulator belongs to its one team member.
"""

from __future__ import annotations

from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .. import _zod as zod  # pyright: ignore[reportPrivateUsage]
from .._chat_extras_store import ChatExtrasStore, LogFilters
from .._conversation_store import epoch
from .._versions import Version
from ._endpoint import Call, chat_app, route
from ._params import pagination, strings, text

PREFIX = "/api/core/app/logs"
DEFAULT_AVATAR = "/imgs/avatar/BlueAvatar.svg"
MEMBER_NAME = "Emulator member"
_DATES = {"appId": zod.String(), "dateStart": zod.String(), "dateEnd": zod.String()}
LIST_REQUEST = zod.Object(_DATES)
USERS_REQUEST = zod.Object(_DATES)


def _list_schema(version: Version) -> zod.Schema | None:
    return LIST_REQUEST if version.validates_requests else None


def _users_schema(version: Version) -> zod.Schema | None:
    return USERS_REQUEST if version.validates_requests else None


def _filters(call: Call) -> LogFilters:
    body = call.body
    app = chat_app(call, body.get("appId"))
    start, end = epoch(body.get("dateStart")), epoch(body.get("dateEnd"))
    if start is None or end is None:
        raise errors.DATA_VALIDATION
    sources = strings(body.get("sources")) if isinstance(body.get("sources"), list) else None
    return LogFilters(
        app_id=app,
        start=start,
        end=end,
        sources=sources,
        tmb_ids=strings(body.get("tmbIds")),
        out_link_uids=strings(body.get("outLinkUids")),
        search=text(body.get("chatSearch")),
        feedback=text(body.get("feedbackType")),
        errors_only=body.get("errorFilter") == "has_error",
    )


async def list_logs(call: Call) -> dict[str, Any]:
    if not call.state.version.app_logs_api_key:
        raise errors.UN_AUTHORIZATION  # 4.14.5: a login token only
    filters = _filters(call)
    skip, limit = pagination(call.request, call.body, strict=True)
    if "pageSize" not in call.body and "pageSize" not in call.query:
        limit = 20  # the handler's default
    items, total = ChatExtrasStore(call.state.conversations).logs(filters, skip=skip, limit=limit)
    for item in items:
        item["sourceMember"] = {"name": MEMBER_NAME, "avatar": DEFAULT_AVATAR, "status": "active"}
    return {"list": items, "total": total}


async def log_users(call: Call) -> dict[str, Any]:
    filters = _filters(call)
    search = text(call.body.get("searchKey")).lower()
    users: list[dict[str, Any]] = []
    for user in ChatExtrasStore(call.state.conversations).log_users(filters):
        name = user["outLinkUid"] or (MEMBER_NAME if user["tmbId"] else "-")
        if search and search not in name.lower():
            continue
        users.append({**user, "name": name, "avatar": DEFAULT_AVATAR})
    return {"list": users[:50]}


ROUTES = [
    route(f"{PREFIX}/list", list_logs, ["POST"], schema=_list_schema),
    route(f"{PREFIX}/getUsers", log_users, ["POST"], when=lambda v: v.log_users_route, schema=_users_schema),
]

"""The emulator's chat history, record, feedback, question-guide, chat-file and app-analytics
routes (FastGPT's ``/api/core/chat/**`` and ``/api/proApi/**``).

Behaviour follows FastGPT's handlers: a chat is looked up by ``(appId, chatId)``, so an unknown
chat (or one of another app) reads as empty rather than failing; deletes of chats and records
are soft (``batchDelete`` is hard); a feedback field that is absent is unset; pagination reads
``offset``/``pageNum``/``pageSize`` from the body when it has ``pageSize``, else from the query.
Chat files are presigned to ``/fake-s3/<key>`` on the emulator itself, which accepts the PUT
with the returned header (and refuses one that carries an ``Authorization`` header).
"""

from __future__ import annotations

import json
import logging
import mimetypes
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._conversation_store import ConversationStore, epoch
from ._errors import ApiError
from ._server import EmulatorState, as_dict, as_list, authenticate, envelope, read_json
from ._store import KeyRow

logger = logging.getLogger("fastgpt_client.testing")

APP_UN_EXIST = ApiError(502000, "appUnExist", "common:code_error.app_error.not_exist", 404)
DATA_VALIDATION = ApiError(400, "error", "Data validation error", 400)
CONTENT_OR_CHAT_EMPTY = errors.plain_error("contentId or chatId is empty", 400)
UPLOAD_HEADER = "x-fake-upload-token"
MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DEFAULT_PAGE_SIZE = 10  # parsePaginationRequest's default
CHAT_MODELS = ["gpt-4o-mini"]

Handler = Callable[[Request, KeyRow, dict[str, Any]], Awaitable[Response]]


def _endpoint(state: EmulatorState, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Records, authenticates and turns failures into FastGPT's envelope, like ``NextEntry``."""

    async def endpoint(request: Request) -> Response:
        body = await read_json(request)
        state.record(request, body)
        try:
            key, _ = authenticate(state, request.headers.get("authorization"))
            return await handler(request, key, as_dict(body) or {})
        except ApiError as error:
            return state.error_response(error)
        except Exception as exc:
            logger.exception("FastGPT emulator: unexpected error")
            return state.error_response(errors.plain_error(f"emulator error: {exc!r}"))

    return endpoint


def _app_id(state: EmulatorState, value: object) -> str:
    """``authChatCrud``: no appId is unAuthChat; an unknown app is appUnExist."""
    if not isinstance(value, str) or not value:
        raise errors.UN_AUTH_CHAT
    if value not in state.app_names:
        raise APP_UN_EXIST
    return value


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _number(value: object, default: int) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise DATA_VALIDATION
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value)
    else:
        raise DATA_VALIDATION
    if number < 0 or number > 2**31:
        raise DATA_VALIDATION
    return number


def pagination(request: Request, body: Mapping[str, Any]) -> tuple[int, int]:
    """``parsePaginationRequest``: (skip, limit) from the body if it has ``pageSize``, else the query."""
    source: Mapping[str, Any] = body if "pageSize" in body else dict(request.query_params)
    page_size = _number(source.get("pageSize"), DEFAULT_PAGE_SIZE)
    page_num = _number(source.get("pageNum"), 1)
    offset = _number(source.get("offset"), 0)
    skip = offset if offset else max(page_num - 1, 0) * page_size
    return skip, page_size


def conversation_routes(state: EmulatorState) -> list[Route]:
    """Every route of this module, bound to the emulator's state."""
    store = ConversationStore(state.store)

    async def get_histories(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        skip, limit = pagination(request, body)
        source = body.get("source")
        times = {
            name: epoch(body.get(name))
            for name in ("startCreateTime", "endCreateTime", "startUpdateTime", "endUpdateTime")
        }
        items, total = store.histories(
            app_id=app_id,
            tmb_id=key.tmb_id,
            source=source if isinstance(source, str) and source else None,
            times=times,
            skip=skip,
            limit=limit,
        )
        return envelope({"list": items, "total": total})

    async def chat_init(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        query = request.query_params
        app_id = _app_id(state, query.get("appId"))
        chat_id = query.get("chatId", "")
        app_name = state.app_names[app_id]
        data: dict[str, Any] = {"chatId": chat_id, "appId": app_id}
        chat = store.live_chat(app_id, chat_id) if chat_id else None
        if chat is not None:
            data["title"] = chat["custom_title"] or chat["title"]
            data["variables"] = json.loads(chat["variables"])
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
        return envelope(data)

    async def update_history(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_id = _text(body.get("chatId"))
        if not chat_id:
            raise errors.CHAT_ID_OR_APP_ID_EMPTY
        top = body.get("top")
        store.update_chat(
            app_id,
            chat_id,
            title=body["title"] if isinstance(body.get("title"), str) else None,
            custom_title=body["customTitle"] if isinstance(body.get("customTitle"), str) else None,
            top=top if isinstance(top, bool) else None,
        )
        return envelope(None)

    async def del_history(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        # The handler reads the query string (FastGPT's generated docs declare a body).
        app_id = _app_id(state, request.query_params.get("appId"))
        chat_id = request.query_params.get("chatId", "")
        if not chat_id:
            raise errors.CHAT_ID_OR_APP_ID_EMPTY
        store.soft_delete_chat(app_id, chat_id)
        return envelope(None)

    async def clear_histories(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, request.query_params.get("appId"))
        # With an API key FastGPT clears only the chats made through the API.
        store.clear_api_chats(app_id, key.tmb_id)
        return envelope(None)

    async def batch_delete(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_ids = [chat_id for chat_id in as_list(body.get("chatIds")) if isinstance(chat_id, str)]
        if not chat_ids:
            raise DATA_VALIDATION
        store.hard_delete_chats(app_id, chat_ids)
        return envelope(None)

    async def get_records(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_id = _text(body.get("chatId"))
        skip, limit = pagination(request, body)
        if not chat_id or store.live_chat(app_id, chat_id) is None:
            return envelope({"list": [], "total": 0})
        items, total = store.records(app_id, chat_id, skip=skip, limit=limit)
        return envelope({"list": items, "total": total})

    async def get_res_data(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        query = request.query_params
        app_id = _app_id(state, query.get("appId"))
        chat_id, data_id = query.get("chatId", ""), query.get("dataId", "")
        if not chat_id or not data_id:
            return envelope([])
        return envelope(store.response_data(app_id, chat_id, data_id))

    async def delete_item(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        # FastGPT's docs show DELETE with a query string; the handler reads the JSON body.
        chat_id, content_id = _text(body.get("chatId")), _text(body.get("contentId"))
        if not chat_id or not content_id:
            raise CONTENT_OR_CHAT_EMPTY
        app_id = _app_id(state, body.get("appId"))
        store.soft_delete_item(app_id, chat_id, content_id)
        return envelope(None)

    async def update_feedback(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_id, data_id = _text(body.get("chatId")), _text(body.get("dataId"))
        if not chat_id or not data_id:
            raise errors.CHAT_ID_OR_APP_ID_EMPTY
        # An absent (or null, or empty) field unsets that feedback.
        store.set_feedback(
            app_id,
            chat_id,
            data_id,
            good=_text(body.get("userGoodFeedback")) or None,
            bad=_text(body.get("userBadFeedback")) or None,
        )
        return envelope({})

    async def question_guide(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_id = _text(body.get("chatId"))
        guide = as_dict(body.get("questionGuide"))
        if guide is not None and guide.get("open") is False:
            return envelope([])
        questions = store.last_questions(app_id, chat_id, 3) if chat_id else []
        topic = next((q.strip() for q in questions if q.strip()), "")
        if not topic:
            return envelope([])
        topic = topic.rstrip("?.! ")[:60]
        return envelope(
            [
                f'Can you tell me more about "{topic}"?',
                f'Can you give an example for "{topic}"?',
                f'What else should I know about "{topic}"?',
            ]
        )

    async def presign_upload(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        chat_id, filename = _text(body.get("chatId")), _text(body.get("filename"))
        if not chat_id or not filename:
            raise DATA_VALIDATION
        object_key = f"chat/{app_id}/{key.tmb_id}/{chat_id}/{state.ids.nanoid(6)}-{filename}"
        token = secrets.token_hex(16)
        store.add_file(
            key=object_key,
            app_id=app_id,
            chat_id=chat_id,
            filename=filename,
            token=token,
            content_type=mimetypes.guess_type(filename, strict=False)[0] or "application/octet-stream",
        )
        return envelope(
            {
                "url": _file_url(request, object_key),
                "key": object_key,
                "headers": {UPLOAD_HEADER: token},
                "maxSize": MAX_UPLOAD_SIZE,
            }
        )

    async def presign_get(request: Request, key: KeyRow, body: dict[str, Any]) -> Response:
        app_id = _app_id(state, body.get("appId"))
        object_key = _text(body.get("key"))
        stored = store.file(object_key) if object_key else None
        if stored is None or stored.app_id != app_id:
            raise errors.ApiError(507003, "unAuthFile", "common:code_error.error_message.513", 403)
        return envelope(_file_url(request, object_key))

    async def fake_s3(request: Request) -> Response:
        object_key = request.path_params["key"]
        state.record(request, None)
        stored = store.file(object_key)
        if stored is None:
            return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
        if request.method == "PUT":
            # A presigned URL carries its own credentials: an Authorization header would be a
            # leaked FastGPT key, and S3 rejects a request with two kinds of credentials.
            if "authorization" in request.headers:
                return _s3_error(400, "InvalidArgument", "Only one auth mechanism allowed.")
            if request.headers.get(UPLOAD_HEADER) != stored.token:
                return _s3_error(403, "SignatureDoesNotMatch", "The signed headers are missing or wrong.")
            data = await request.body()
            if len(data) > MAX_UPLOAD_SIZE:
                return _s3_error(
                    400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size."
                )
            store.put_file(object_key, data)
            return Response(b"", status_code=200, headers={"ETag": f'"{secrets.token_hex(8)}"'})
        if stored.data is None:
            return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
        return Response(stored.data, media_type=stored.content_type)

    async def pro_api(request: Request) -> Response:
        # The open-source server forwards /api/proApi/** to the commercial service; without one
        # configured it throws this (before any auth), with the path segments joined by commas.
        await read_json(request)
        state.record(request, None)
        path = request.path_params["path"].strip("/").replace("/", ",")
        return state.error_response(errors.plain_error(f"未配置商业版链接: {path}", 404))

    def route(path: str, handler: Handler, methods: list[str]) -> Route:
        return Route(path, _endpoint(state, handler), methods=methods)

    return [
        route("/api/core/chat/history/getHistories", get_histories, ["POST"]),
        route("/api/core/chat/getHistories", get_histories, ["POST"]),
        route("/api/core/chat/init", chat_init, ["GET"]),
        route("/api/core/chat/history/updateHistory", update_history, ["PUT", "POST"]),
        route("/api/core/chat/updateHistory", update_history, ["PUT", "POST"]),
        route("/api/core/chat/history/delHistory", del_history, ["DELETE"]),
        route("/api/core/chat/delHistory", del_history, ["DELETE"]),
        route("/api/core/chat/history/clearHistories", clear_histories, ["DELETE"]),
        route("/api/core/chat/clearHistories", clear_histories, ["DELETE"]),
        route("/api/core/chat/history/batchDelete", batch_delete, ["POST"]),
        route("/api/core/chat/record/getPaginationRecords", get_records, ["POST"]),
        route("/api/core/chat/getPaginationRecords", get_records, ["POST"]),
        route("/api/core/chat/record/getResData", get_res_data, ["GET"]),
        route("/api/core/chat/getResData", get_res_data, ["GET"]),
        route("/api/core/chat/item/delete", delete_item, ["POST", "DELETE"]),
        route("/api/core/chat/feedback/updateUserFeedback", update_feedback, ["POST"]),
        route("/api/core/ai/agent/v2/createQuestionGuide", question_guide, ["POST"]),
        route("/api/core/chat/file/presignChatFilePostUrl", presign_upload, ["POST"]),
        route("/api/core/chat/file/presignChatFileGetUrl", presign_get, ["POST"]),
        Route("/fake-s3/{key:path}", fake_s3, methods=["GET", "PUT"]),
        Route("/api/proApi/{path:path}", pro_api, methods=["GET", "POST", "PUT", "DELETE"]),
    ]


def _file_url(request: Request, key: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/fake-s3/{quote(key)}"


def _s3_error(status: int, code: str, message: str) -> Response:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return Response(xml, status_code=status, media_type="application/xml")

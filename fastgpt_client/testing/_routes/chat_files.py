"""Chat files: presigned upload and download URLs, and the fake S3 they point to.

``presignChatFilePostUrl`` and ``presignChatFileGetUrl`` (``/api/core/chat/file/``) presign to
``/fake-s3/<key>`` on the emulator itself, which accepts the PUT with the returned header (and
refuses one that carries an ``Authorization`` header), then serves the file. The fake S3 answers
in S3's XML, not FastGPT's envelope, but goes through the same wrapper, so faults reach it too.

On 4.16 the upload URL also says ``uploadMode: "single"`` with a ``previewUrl``, and the read
URL needs the ``chatId`` (HTTP 400 zod without it) of the chat the file was uploaded to
(``unAuthChat`` otherwise, FastGPT's ``isAuthorizedChatFileS3Key``); 4.14 ignores ``chatId``. An
upload over ``maxSize`` is S3's XML ``EntityTooLarge`` on 4.14 and the JSON 413 of FastGPT's S3
proxy on 4.16 (which the upload URL points to there).
"""

from __future__ import annotations

import mimetypes
import secrets
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from . import _schemas as schemas
from ._endpoint import Call, chat_app, route
from ._params import text

UPLOAD_HEADER = "x-fake-upload-token"
MAX_UPLOAD_SIZE = 20 * 1024 * 1024
UN_AUTH_FILE = errors.ApiError(507003, "unAuthFile", "common:code_error.error_message.513", 403)
ENTITY_TOO_LARGE = errors.ApiError(413, "error", "EntityTooLarge", 413)
"""FastGPT's S3 proxy on an upload over the size limit (4.16): HTTP 413 by its body code."""


async def presign_upload(call: Call) -> dict[str, Any]:
    body = call.body
    app = chat_app(call, body.get("appId"))
    chat_id, filename = text(body.get("chatId")), text(body.get("filename"))
    if not chat_id or not filename:
        raise errors.DATA_VALIDATION
    object_key = f"chat/{app}/{call.key.tmb_id}/{chat_id}/{call.state.ids.nanoid(6)}-{filename}"
    token = secrets.token_hex(16)
    call.state.conversations.add_file(
        key=object_key,
        app_id=app,
        chat_id=chat_id,
        filename=filename,
        token=token,
        content_type=mimetypes.guess_type(filename, strict=False)[0] or "application/octet-stream",
    )
    url = _file_url(call.request, object_key)
    answer: dict[str, Any] = {"url": url, "key": object_key, "headers": {UPLOAD_HEADER: token}}
    if call.state.version.single_upload_mode:
        answer["previewUrl"] = url
    answer["maxSize"] = MAX_UPLOAD_SIZE
    if call.state.version.single_upload_mode:
        answer["uploadMode"] = "single"
    return answer


async def presign_get(call: Call) -> str:
    app = chat_app(call, call.body.get("appId"))
    object_key = text(call.body.get("key"))
    stored = call.state.conversations.file(object_key) if object_key else None
    if call.state.version.file_url_needs_chat:
        # isAuthorizedChatFileS3Key: the key must be one of that chat's files
        if stored is None or stored.app_id != app or stored.chat_id != text(call.body.get("chatId")):
            raise errors.UN_AUTH_CHAT
    elif stored is None or stored.app_id != app:
        raise UN_AUTH_FILE
    return _file_url(call.request, object_key)


async def fake_s3(call: Call) -> Response:
    request, store = call.request, call.state.conversations
    object_key = request.path_params["key"]
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
            if call.state.version.upload_proxy:  # handleS3ProxyRouteError: jsonRes(code 413)
                return call.state.error_response(ENTITY_TOO_LARGE)
            return _s3_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.")
        store.put_file(object_key, data)
        return Response(b"", status_code=200, headers={"ETag": f'"{secrets.token_hex(8)}"'})
    if stored.data is None:
        return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
    return Response(stored.data, media_type=stored.content_type)


def _file_url(request: Request, key: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/fake-s3/{quote(key)}"


def _s3_error(status: int, code: str, message: str) -> Response:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return Response(xml, status_code=status, media_type="application/xml")


ROUTES = [
    route("/api/core/chat/file/presignChatFilePostUrl", presign_upload, ["POST"]),
    route("/api/core/chat/file/presignChatFileGetUrl", presign_get, ["POST"], schema=schemas.presign_get),
    route("/fake-s3/{key:path}", fake_s3, ["GET", "PUT"], public=True),
]

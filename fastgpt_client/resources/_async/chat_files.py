"""`upload_chat_file`: a file into a chat's storage, ready to go into a message.

Three requests: FastGPT presigns an upload (`/api/core/chat/file/presignChatFilePostUrl`), the bytes go
straight to its object storage with a PUT to that URL, and FastGPT presigns a URL to read them
(for the chat: FastGPT 4.15+ requires `chatId` there and checks the file belongs to the chat).
The file's size is never sent with the presign request: FastGPT 4.16 would answer a large one
with a multipart upload, which this SDK does not do (one PUT, as on 4.14).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import _endpoints, _envelope
from ..._check import Check
from ..._config import check_headers
from ..._json import is_mapping
from ..._plan import RequestPlan, request_options
from ...exceptions import APIError
from ...types.options import RequestOptions
from ...types.parts import ChatFile, PathOrBytes, guess_type, read_source
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import PresignedUpload


class AsyncChatFilesAPI(AsyncAPIClient):
    """Files for chat messages."""

    async def upload_chat_file(
        self,
        path_or_bytes: PathOrBytes,
        *,
        chat_id: str,
        app_id: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ChatFile:
        """Uploads a file into a chat's storage and returns it ready for a message.

        FastGPT presigns an upload URL; the bytes go straight to its object storage (without the
        API key) with the headers FastGPT signed. Put the result in a message with
        `file.as_part()` (an `image_url` part for images, `file_url` for documents).
        `filename` is required for bytes.
        """
        from fastgpt_api.models import PresignChatFileGetRequest, PresignChatFileRequest

        check = Check("upload_chat_file")
        opts = request_options(options, check.method)
        chat = check.string(chat_id, "chat_id")
        app = self._app_id_for(check, app_id)
        name = check.optional_string(filename, "filename")
        data, path_name = read_source(path_or_bytes, check.method)
        name = name or path_name
        if not name:
            raise check.fail("filename", "be given for bytes (FastGPT stores the file under it)", show=False)

        presign = _endpoints.plan(
            "chat_file.presign_chat_file_upload",
            _presigned,
            options=opts,
            body=_endpoints.model(PresignChatFileRequest, filename=name, app_id=app, chat_id=chat),
            idempotent=True,
        )
        presigned = await self._request(presign)
        mode = presigned.upload_mode
        if isinstance(mode, str) and mode != "single":
            # No size is sent, so FastGPT 4.16 has no reason to choose another mode; if it does, say so.
            raise APIError(
                f"{check.method}(): the server answered the presign of {name!r} with a {mode!r} upload; "
                "this SDK uploads a chat file in one PUT (upload mode 'single') and does not support "
                "multipart uploads. Nothing was uploaded.",
                body=presigned.to_dict(),
            )
        max_size = presigned.max_size if isinstance(presigned.max_size, int) else None
        if max_size is not None and len(data) > max_size:
            raise ValueError(
                f"{check.method}(): {name!r} is {len(data)} bytes; this server accepts at most {max_size}."
            )
        key = str(presigned.key)

        # The storage URL is not a FastGPT route: no API key, only the headers FastGPT signed,
        # and of the per-call options only the timeout.
        put = RequestPlan(
            method="PUT",
            path=str(presigned.url),
            parse=_envelope.ignore,
            headers=dict(presigned.headers.additional_properties) if presigned.headers else {},
            content=data,
            options=RequestOptions(timeout=opts["timeout"]) if "timeout" in opts else RequestOptions(),
            idempotent=True,
            external=True,
        )
        await self._request(put)

        read_url = _endpoints.plan(
            "chat_file.presign_chat_file_download",
            _envelope.string_of("the uploaded file's URL"),
            options=opts,
            body=_endpoints.model(PresignChatFileGetRequest, key=key, app_id=app, chat_id=chat),
            idempotent=True,
        )
        url = await self._request(read_url)
        return ChatFile(key=key, url=url, name=name, content_type=guess_type(name, data), size=len(data))


def _presigned(body: Any) -> PresignedUpload:
    from fastgpt_api.models import PresignedUpload

    data = _envelope.data_of(body)
    if not is_mapping(data):
        raise TypeError(f"expected the presigned upload as an object in data, got {type(data).__name__}")
    if not isinstance(data.get("key"), str) or not data["key"]:
        raise ValueError("the presigned upload has no key (data.key must be a non-empty string)")
    check_upload_url(data.get("url"))
    check_upload_headers(data.get("headers"))
    max_size = data.get("maxSize")
    if max_size is not None and (type(max_size) is not int or max_size <= 0):
        raise ValueError(
            f"data.maxSize of the presigned upload must be a positive integer, got {max_size!r:.40}"
        )
    return PresignedUpload.from_dict({k: v for k, v in data.items() if not (k == "headers" and v is None)})


# Visible ASCII, space and tab: no CR, LF, NUL or other controls.
_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_upload_url(url: object) -> None:
    """Raises ValueError unless `url` is an absolute http(s) URL a PUT can be sent to.

    The URL is not quoted in the message: a presigned URL carries the storage's signature."""
    if not isinstance(url, str) or not url:
        raise ValueError(
            f"the presigned upload has no url (data.url must be a string, got {type(url).__name__})"
        )
    if not _VALUE.fullmatch(url) or " " in url or "\t" in url:
        raise ValueError(
            "data.url of the presigned upload contains a control character, a space or non-ASCII text"
        )
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except (httpx.InvalidURL, ValueError) as exc:
        raise ValueError(f"data.url of the presigned upload is not a valid URL: {str(exc)[:80]}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError("data.url of the presigned upload must be an absolute http:// or https:// URL")
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"data.url of the presigned upload has port {port}, not one from 1 to 65535")


def check_upload_headers(headers: object) -> None:
    """Raises ValueError (or TypeError) unless `headers` (absent, or an object of strings) can be
    sent as is: the rules of the clients' own `extra_headers` (`_config.check_headers`), framing
    and hop-by-hop headers included, which the SDK sets itself."""
    if headers is None:
        return
    if not is_mapping(headers):
        raise ValueError(
            f"data.headers of the presigned upload must be an object, got {type(headers).__name__}"
        )
    check_headers(headers, argument="data.headers of the presigned upload")

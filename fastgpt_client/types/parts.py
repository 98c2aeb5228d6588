"""Message content parts for images and documents, and `ChatFile`, a file uploaded into a chat.

A user message's `content` may be a list of parts (FastGPT's OpenAI-compatible format):
`{"type": "text", ...}`, `{"type": "image_url", "image_url": {"url": ...}}` and FastGPT's
`{"type": "file_url", "name": ..., "url": ...}`. An uploaded file adds its storage `key`, which
FastGPT re-signs when it runs the workflow, so the part keeps working after the URL expires.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from .params import FileUrlPart, ImageUrlPart, TextPart

__all__ = ["ChatFile", "file_part", "image_part", "text_part"]

PathOrBytes = str | os.PathLike[str] | bytes | bytearray
"""A local path (`str` or `Path`), or the file's bytes."""

_URL_SCHEMES = ("http://", "https://")
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


@dataclass(frozen=True, slots=True)
class ChatFile:
    """A file uploaded into a chat with `upload_chat_file`; `as_part()` puts it in a message.

    `key` is FastGPT's storage key (what the server re-signs), `url` a temporary URL to read it,
    `name` the file name, `content_type` its guessed media type and `size` its length in bytes.
    """

    key: str
    url: str
    name: str
    content_type: str
    size: int

    @property
    def is_image(self) -> bool:
        """True for images: they go in an `image_url` part, other files in a `file_url` part."""
        return self.content_type.startswith("image/")

    def as_part(self) -> ImageUrlPart | FileUrlPart:
        """The message content part for this file (`image_url` for images, else `file_url`)."""
        if self.is_image:
            return {"type": "image_url", "image_url": {"url": self.url}, "key": self.key}
        return {"type": "file_url", "name": self.name, "url": self.url, "key": self.key}


def text_part(text: str) -> TextPart:
    """A text part, to go with image and file parts in one message."""
    if not isinstance(text, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"text must be a string, not {type(text).__name__}.")
    return {"type": "text", "text": text}


def image_part(source: PathOrBytes | ChatFile, *, mime_type: str | None = None) -> ImageUrlPart:
    """An `image_url` part from an http(s) or `data:` URL, a local path, the image's bytes, or
    an uploaded `ChatFile`.

    A path or bytes is sent inline as a base64 `data:` URL (FastGPT passes it to the model as
    is); for large images prefer `client.upload_chat_file(...)`. `mime_type` overrides the type
    guessed from the file name or the bytes.
    """
    if isinstance(source, ChatFile):
        if not source.is_image:
            raise ValueError(f"{source.name!r} is not an image ({source.content_type}); use file_part().")
        return {"type": "image_url", "image_url": {"url": source.url}, "key": source.key}
    if isinstance(source, str) and source.startswith((*_URL_SCHEMES, "data:")):
        return {"type": "image_url", "image_url": {"url": source}}
    data, name = read_source(source, "image_part")
    kind = mime_type or guess_type(name, data)
    if not kind.startswith("image/"):
        raise ValueError(
            f"image_part() needs an image, but {name or 'the bytes'} look like {kind}; "
            "pass mime_type='image/...' if it is one, or use file_part() for documents."
        )
    encoded = base64.b64encode(data).decode("ascii")
    return {"type": "image_url", "image_url": {"url": f"data:{kind};base64,{encoded}"}}


def file_part(source: str | ChatFile, *, name: str | None = None) -> ImageUrlPart | FileUrlPart:
    """A `file_url` part (a document FastGPT reads for the model) from an http(s) URL or an
    uploaded `ChatFile`.

    FastGPT downloads documents itself, so a local file must be uploaded first:
    `client.upload_chat_file(path, chat_id=...)` returns a `ChatFile` (pass it here, or use its
    `as_part()`). `name` defaults to the last segment of the URL's path.
    """
    if isinstance(source, ChatFile):
        part = source.as_part()
        if name is not None and part["type"] == "file_url":
            part["name"] = name
        return part
    if not isinstance(source, str) or not source.startswith(_URL_SCHEMES):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            "file_part() needs an http(s) URL or a ChatFile: FastGPT fetches documents by URL. "
            "Upload a local file with client.upload_chat_file(path, chat_id=...) and use its result."
        )
    file_name = name or unquote(posixpath.basename(urlsplit(source).path)) or "file"
    return {"type": "file_url", "name": file_name, "url": source}


def read_source(source: object, method: str) -> tuple[bytes, str]:
    """The bytes and file name (`""` for bytes) of a path or bytes argument."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        if not data:
            raise ValueError(f"{method}() got empty bytes.")
        return data, ""
    if isinstance(source, str | os.PathLike):
        path = Path(os.fspath(source))  # pyright: ignore[reportUnknownArgumentType]
        if not path.is_file():
            raise FileNotFoundError(f"{method}(): no file at {str(path)!r}.")
        return path.read_bytes(), path.name
    raise TypeError(f"{method}() needs a path or bytes, not {type(source).__name__}.")


def guess_type(name: str, data: bytes = b"") -> str:
    """The media type from the file name, else from the first bytes, else octet-stream."""
    if name:
        kind, _ = mimetypes.guess_type(name, strict=False)
        if kind:
            return kind
    for signature, kind in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return "application/octet-stream"

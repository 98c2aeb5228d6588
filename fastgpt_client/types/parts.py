"""Message content parts for images, documents, audio and video, and `ChatFile`, a file
uploaded into a chat.

A user message's `content` may be a list of parts (FastGPT's OpenAI-compatible format):
`{"type": "text", ...}`, `{"type": "image_url", "image_url": {"url": ...}}`, FastGPT's
`{"type": "file_url", "name": ..., "url": ..., "fileType": ...}` and, since FastGPT 4.16 (its
`ChatCompletionContentPartSchema`, `packages/global/core/ai/llm/type.ts`), OpenAI's
`input_audio` and `file` parts and Qwen-Omni's `video_url`. An uploaded file adds its storage
`key`, which FastGPT re-signs when it runs the workflow, so the part keeps working after the URL
expires.
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
    from fastgpt_api.models import AudioFormat, FileUrlType, InlineFileDict

    from .params import FilePart, FileUrlPart, ImageUrlPart, InputAudioPart, TextPart, VideoUrlPart

__all__ = [
    "AUDIO_FORMATS",
    "FILE_URL_TYPES",
    "ChatFile",
    "audio_part",
    "file_part",
    "image_part",
    "inline_file_part",
    "text_part",
    "video_part",
]

PathOrBytes = str | os.PathLike[str] | bytes | bytearray
"""A local path (`str` or `Path`), or the file's bytes."""

_URL_SCHEMES = ("http://", "https://")
AUDIO_FORMATS: tuple[AudioFormat, ...] = ("mp3", "wav", "ogg", "m4a", "amr", "mpga")
"""The `input_audio` formats FastGPT accepts (its `audioFileType`)."""
_AUDIO_FORMATS: dict[str, AudioFormat] = {name: name for name in AUDIO_FORMATS}
FILE_URL_TYPES: tuple[FileUrlType, ...] = ("file", "audio", "video")
"""The `fileType` values of a `file_url` part (FastGPT 4.16)."""
_AUDIO_SUFFIXES = {"oga": "ogg", "opus": "ogg", "mp4a": "m4a"}
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
        """The message content part for this file: `image_url` for images, else `file_url`
        (with `fileType` `"audio"` or `"video"` for those, which FastGPT 4.16 reads as such)."""
        if self.is_image:
            return {"type": "image_url", "image_url": {"url": self.url}, "key": self.key}
        part: FileUrlPart = {"type": "file_url", "name": self.name, "url": self.url, "key": self.key}
        kind = self.content_type.partition("/")[0]
        if kind == "audio":
            part["fileType"] = "audio"
        elif kind == "video":
            part["fileType"] = "video"
        return part


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


def file_part(
    source: str | ChatFile, *, name: str | None = None, file_type: FileUrlType | None = None
) -> ImageUrlPart | FileUrlPart:
    """A `file_url` part (a file FastGPT fetches for the model) from an http(s) URL or an
    uploaded `ChatFile`.

    FastGPT downloads files itself, so a local file must be uploaded first:
    `client.upload_chat_file(path, chat_id=...)` returns a `ChatFile` (pass it here, or use its
    `as_part()`). `name` defaults to the last segment of the URL's path (FastGPT 4.14.21+ does
    not need one; older servers do). `file_type` is `"file"` (a document, the default),
    `"audio"` or `"video"` (FastGPT 4.16's `fileType`; older servers read every file as a document).
    """
    if file_type is not None and file_type not in FILE_URL_TYPES:
        raise ValueError(
            f"file_part(): file_type must be one of {', '.join(map(repr, FILE_URL_TYPES))}, not {file_type!r}."
        )
    if isinstance(source, ChatFile):
        uploaded = source.as_part()
        if uploaded["type"] == "file_url":
            if name is not None:
                uploaded["name"] = name
            if file_type is not None:
                uploaded["fileType"] = file_type
        return uploaded
    if not isinstance(source, str) or not source.startswith(_URL_SCHEMES):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            "file_part() needs an http(s) URL or a ChatFile: FastGPT fetches documents by URL. "
            "Upload a local file with client.upload_chat_file(path, chat_id=...) and use its result."
        )
    file_name = name or unquote(posixpath.basename(urlsplit(source).path)) or "file"
    part: FileUrlPart = {"type": "file_url", "name": file_name, "url": source}
    if file_type is not None:
        part["fileType"] = file_type
    return part


def audio_part(source: PathOrBytes, *, format: AudioFormat | None = None) -> InputAudioPart:
    """An `input_audio` part: a local audio file or its bytes, sent inline as base64 (FastGPT 4.16).

    `format` (one of `AUDIO_FORMATS`) is guessed from the file name or the bytes when not given.
    For an audio file on the web use `file_part(url, file_type="audio")`.
    """
    data, name = read_source(source, "audio_part")
    kind = format or _audio_format(name, data)
    checked = _AUDIO_FORMATS.get(kind)
    if checked is None:
        shown = f"{kind!r}" if kind else "unknown"
        raise ValueError(
            f"audio_part(): the audio format is {shown}; FastGPT takes {', '.join(AUDIO_FORMATS)}. "
            "Pass format=... if the file is one of them."
        )
    encoded = base64.b64encode(data).decode("ascii")
    return {"type": "input_audio", "input_audio": {"data": encoded, "format": checked}}


def video_part(url: str) -> VideoUrlPart:
    """A `video_url` part for a video on the web (http(s); FastGPT 4.16, for models that watch video)."""
    if not isinstance(url, str) or not url.startswith(_URL_SCHEMES):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            "video_part() needs an http(s) URL. Upload a local video with "
            "client.upload_chat_file(path, chat_id=...) and pass the result to file_part()."
        )
    return {"type": "video_url", "video_url": {"url": url}}


def inline_file_part(
    source: PathOrBytes, *, filename: str | None = None, mime_type: str | None = None
) -> FilePart:
    """A `file` part: a local file or its bytes sent inline as a base64 `data:` URL (OpenAI's
    `file` part, which FastGPT 4.16 passes to the model). `filename` defaults to the file's name.

    FastGPT does not store inline files with the chat; for documents FastGPT should read itself,
    upload them (`upload_chat_file`) and use `file_part()`.
    """
    data, name = read_source(source, "inline_file_part")
    kind = mime_type or guess_type(filename or name, data)
    encoded = base64.b64encode(data).decode("ascii")
    file: InlineFileDict = {"file_data": f"data:{kind};base64,{encoded}"}
    if filename or name:
        file["filename"] = filename or name
    return {"type": "file", "file": file}


def _audio_format(name: str, data: bytes) -> str:
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    if suffix:
        return _AUDIO_SUFFIXES.get(suffix, suffix)
    if data.startswith(b"ID3") or data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "mp3"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data.startswith(b"OggS"):
        return "ogg"
    if data.startswith(b"#!AMR"):
        return "amr"
    if data[4:8] == b"ftyp":
        return "m4a"
    return ""


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

"""The one adapter over the generated request builders (`fastgpt_api.api.*`).

Every resource builds its request here: `plan("tag.operation", parse, ...)` runs the generated
builder of that operation (so method, path, query and body names come from the spec) and
returns a `RequestPlan`. Bodies are generated request models, made with `model(...)`, where a
None field is not sent (the models' template leaves None out of `to_dict`; a path or query
parameter given as None becomes the generator's UNSET here). This is the only module that imports
`fastgpt_api.api` or uses its private `_get_kwargs`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from io import BytesIO
from typing import Any, TypeVar

from ._plan import FileField, RequestPlan
from .types.options import RequestOptions

T = TypeVar("T")
M = TypeVar("M")


def model(cls: type[M], /, **fields: Any) -> M:
    """The generated model `cls` with `fields`; a field given as None is left out of the body."""
    return cls(**fields)


def plan(
    operation: str,
    parse: Callable[[Any], T],
    *,
    options: RequestOptions,
    body: Any = None,
    json_fields: Mapping[str, Any] | None = None,
    idempotent: bool = False,
    stream: bool = False,
    **params: Any,
) -> RequestPlan[T]:
    """The plan of `operation` (`"<tag>.<operation_id>"`, as under `fastgpt_api.api`).

    `params` are its path and query parameters (None: not sent). `json_fields` replaces fields
    of the body's JSON with values already checked by the caller: message lists and pushed
    items, whose content FastGPT keeps more open than any generated model (a content part
    type newer than the spec must still reach the server), and which are sent by the hundred.
    """
    from fastgpt_api.types import UNSET

    builder = import_module(f"fastgpt_api.api.{operation}")
    arguments = {name: UNSET if value is None else value for name, value in params.items()}
    if body is not None:
        arguments["body"] = body
    kwargs: dict[str, Any] = builder._get_kwargs(**arguments)  # pyright: ignore[reportPrivateUsage]
    headers: dict[str, str] = dict(kwargs.get("headers") or {})
    json_body: dict[str, Any] | None = kwargs.get("json")
    if json_fields:
        json_body = {**(json_body or {}), **json_fields}
    files = _files(kwargs.get("files"))
    if files is not None:
        headers.pop("Content-Type", None)  # the generator's placeholder boundary; httpx sets the real one
    return RequestPlan(
        method=str(kwargs["method"]).upper(),
        path=str(kwargs["url"]),
        json=json_body,
        params=kwargs.get("params") or {},
        headers=headers,
        files=files,
        parse=parse,
        options=options,
        idempotent=idempotent,
        stream=stream,
    )


def _files(parts: Any) -> list[FileField] | None:
    """Multipart parts with their content as bytes: a retry must send the same content again."""
    if parts is None:
        return None
    return [
        (name, (filename, payload.getvalue() if isinstance(payload, BytesIO) else bytes(payload), mime))
        for name, (filename, payload, mime) in parts
    ]

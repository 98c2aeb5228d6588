"""FastGPT's own API documents: ``GET /api/apidoc/systemopenapi.json`` and
``/api/apidoc/devapi.json`` (4.15+, b46748e13), ``GET /api/openapi.json`` (4.14 and older).

Each version serves the document of its release, from ``testing/_apidoc/`` (FastGPT's generated
documents with their prose removed, the Dev API one cut to the operations the SDK calls; made by
``scripts/trim_apidoc.py``). ``FakeFastGPT.serve_api_document`` replaces one, for drift-check tests.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources
from typing import Any

from starlette.responses import JSONResponse, Response

from .._versions import Version
from ._endpoint import Call, route

DOCUMENTS = {
    "4.16.0": {
        "/api/apidoc/systemopenapi.json": "systemopenapi-4.16.0.json.gz",
        "/api/apidoc/devapi.json": "devapi-4.16.0.json.gz",
    },
    "4.14.5": {"/api/openapi.json": "openapi-4.14.5.json.gz"},
}
"""The documents a release serves: path -> file in ``testing/_apidoc/``."""


@functools.cache
def load(name: str) -> Any:
    data = resources.files("fastgpt_client.testing").joinpath("_apidoc", name).read_bytes()
    return json.loads(gzip.decompress(data))


async def document(call: Call) -> Response:
    path = call.request.url.path
    state = call.state
    with state.lock:
        override = state.api_documents.get(path)
    if override is not None:
        return JSONResponse(override)
    return JSONResponse(load(DOCUMENTS[state.version.release][path]))  # not enveloped, like FastGPT's


def _served(path: str) -> Any:
    def when(version: Version) -> bool:
        return path in DOCUMENTS.get(version.release, {})

    return when


ROUTES = [
    route(path, document, ["GET"], public=True, when=_served(path))
    for path in sorted({p for paths in DOCUMENTS.values() for p in paths})
]

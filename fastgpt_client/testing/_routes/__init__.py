"""The emulator's routes: one module per API area, each a list of ``ROUTES`` of module-level
handlers, every one served through the one wrapper of ``_endpoint`` (faults included).

=================  ==========================================================================
``chat``           v1/v2 chat completions (JSON or SSE), v2 stop
``conversations``  chat history, records, feedback, the question guide
``chat_files``     presigned chat-file URLs and the fake S3 behind them
``datasets``       knowledge bases (datasets and dataset folders)
``collections``    collections: folders, virtual, text, link and file imports
``data``           a collection's data items
``search``         ``searchTest``
``apps``           ``/api/proApi/**`` (app logs and analytics of the commercial edition)
``health``         the API-key health check
``apidoc``         FastGPT's own OpenAPI documents (what the drift check reads)
=================  ==========================================================================

A route may exist in one FastGPT version only (``route(..., when=...)``); ``routes_for(version)``
are the ones a server of that version serves.
"""

from __future__ import annotations

from starlette.routing import Route

from .._versions import Version
from . import apidoc, apps, chat, chat_files, collections, conversations, data, datasets, health, search
from ._endpoint import served_routes

AREAS = {
    "chat": chat.ROUTES,
    "conversations": conversations.ROUTES,
    "chat_files": chat_files.ROUTES,
    "datasets": datasets.ROUTES,
    "collections": collections.ROUTES,
    "data": data.ROUTES,
    "search": search.ROUTES,
    "apps": apps.ROUTES,
    "health": health.ROUTES,
    "apidoc": apidoc.ROUTES,
}
"""Every area's routes, by area."""

ROUTES: list[Route] = [route for routes in AREAS.values() for route in routes]
"""Every route of the emulator, of every version."""


def routes_for(version: Version) -> list[Route]:
    """Every route a server speaking ``version`` serves."""
    return served_routes(ROUTES, version)

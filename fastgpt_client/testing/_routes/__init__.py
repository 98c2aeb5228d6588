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
``app_logs``       ``core/app/logs/list`` and ``getUsers`` (app logs of the open-source edition)
``chat_state``     chats' generating/read state, ``markRead``, records by cursor (``getRecords_v2``)
``quotes``         the knowledge-base chunks answers cited (``getQuote``, ``getCollectionQuote``)
``training``       training progress and errors, API-dataset imports (``create/apiCollection``)
``health``         the API-key health check
``apidoc``         FastGPT's own OpenAPI documents (what the drift check reads)
=================  ==========================================================================

A route may exist in one FastGPT version only (``route(..., when=...)``); ``routes_for(version)``
are the ones a server of that version serves.
"""

from __future__ import annotations

from starlette.routing import Route

from .._versions import Version
from . import (
    apidoc,
    app_logs,
    apps,
    chat,
    chat_files,
    chat_state,
    collections,
    conversations,
    data,
    datasets,
    health,
    quotes,
    search,
    training,
)
from ._endpoint import served_routes

AREAS = {
    "chat": chat.ROUTES,
    "conversations": conversations.ROUTES,
    "chat_state": chat_state.ROUTES,
    "quotes": quotes.ROUTES,
    "chat_files": chat_files.ROUTES,
    "datasets": datasets.ROUTES,
    "collections": collections.ROUTES,
    "data": data.ROUTES,
    "search": search.ROUTES,
    "training": training.ROUTES,
    "apps": apps.ROUTES,
    "app_logs": app_logs.ROUTES,
    "health": health.ROUTES,
    "apidoc": apidoc.ROUTES,
}
"""Every area's routes, by area."""

ROUTES: list[Route] = [route for routes in AREAS.values() for route in routes]
"""Every route of the emulator, of every version."""


def routes_for(version: Version) -> list[Route]:
    """Every route a server speaking ``version`` serves."""
    return served_routes(ROUTES, version)

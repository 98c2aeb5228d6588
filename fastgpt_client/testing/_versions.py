"""The FastGPT versions the emulator speaks: one ``Version`` object the routes read.

``FakeFastGPT(version="4.16")`` (the default) behaves like FastGPT 4.16.0 (commit 2f072bd1),
``version="4.14"`` like FastGPT 4.14.5. Every difference is one field here, so a route asks
``call.state.version.<field>`` instead of comparing version strings; the table in
docs/testing.md lists them with FastGPT's sources.
"""

from __future__ import annotations

from dataclasses import dataclass

CHAT_SOURCES_4_14 = (
    "test",
    "online",
    "share",
    "api",
    "cronJob",
    "team",
    "feishu",
    "official_account",
    "wecom",
    "mcp",
)
"""``ChatSourceEnum`` of 4.14.5 (``packages/global/core/chat/constants.ts``)."""
CHAT_SOURCES_4_16 = (
    "test",
    "online",
    "share",
    "api",
    "cronJob",
    "feishu",
    "official_account",
    "wecom",
    "wechat",
    "mcp",
)
"""``ChatSourceEnum`` of 4.16.0: ``team`` gone, ``wechat`` new."""


@dataclass(frozen=True)
class Version:
    """What one FastGPT version does differently (see docs/testing.md for the table)."""

    name: str
    """``"4.16"`` or ``"4.14"``: what ``FakeFastGPT(version=...)`` takes."""
    release: str
    """The FastGPT release it follows (``"4.16.0"``, ``"4.14.5"``)."""
    error_statuses: bool
    """Errors carry FastGPT's ``resolveHttpStatusForApiError`` status (400, 403, 404, 413, 429,
    500); otherwise every error is HTTP 500."""
    error_type: bool
    """Error bodies say ``errorType: "UserError"`` for FastGPT's user errors (the rate limit...)."""
    validates_requests: bool
    """The request bodies 4.16 parses with zod are checked (completions ``messages``, dataset
    create, data update); a failure is 400 + ``zodError``."""
    chat_sources: tuple[str, ...]
    """The ``source`` values ``getHistories`` accepts (4.14.5 validates it with zod too)."""
    flow_responses_before_done: bool
    """A v1 ``detail`` stream sends ``flowResponses`` before ``[DONE]`` (4.14.11+), not after."""
    chat_is_generating: bool
    """A second run on a chat that is still generating fails with ``chatIsGenerating`` (504001)."""
    chat_status_fields: bool
    """Histories and ``init`` carry ``chatGenerateStatus`` and ``hasBeenRead``."""
    stop_reports_status: bool
    """``v2/chat/stop`` answers ``{success, completed, chatGenerateStatus}``, not ``{success}``."""
    record_delete_route: bool
    """One message is deleted by ``DELETE /api/core/chat/record/delete`` (``contentId`` or
    ``contentIds``, body or query, ``data: null``); otherwise by ``POST /api/core/chat/item/delete``.
    The same commit (852448703) moved ``getQuote``/``getCollectionQuote`` to ``core/chat/record/``
    and opened them to API keys: the emulator serves them only then."""
    log_users_route: bool
    """``POST /api/core/app/logs/getUsers`` exists (4.14.7+, commit 76d6234de)."""
    app_logs_api_key: bool
    """``core/app/logs/list`` takes API keys (4.14.5's handler checks a login token only)."""
    completion_id_always: bool
    """A completion's ``id`` is always the chat id; otherwise ``""`` when no ``chatId`` was sent."""
    completion_detail_items: bool
    """A non-stream ``detail`` answer whose only item is a question (or a tool call) still gives
    ``content`` as the item list, each question reduced to its public ``{type, params}`` (the
    innermost one of a nested prompt), v1 items with the legacy ``type`` and v2 items without
    (``formatCompletionResponseContent``, 4.16); otherwise ``content`` is absent for a lone
    question or tool call and the question is lost (4.14.5's ``formatResponseContent``)."""
    data_answers: bool
    """``data/update`` answers ``{q, a}`` and ``data/delete`` ``null``; otherwise ``null`` and
    ``"success"``."""
    search_hit_tokens: bool
    """``searchTest`` hits carry ``tokens`` (4.14.5 spreads it into every hit; 4.16 strips it)."""
    file_url_needs_chat: bool
    """``presignChatFileGetUrl`` needs the ``chatId`` the file belongs to (4.15+)."""
    single_upload_mode: bool
    """A chat-file upload URL says ``uploadMode: "single"`` and gives a ``previewUrl``."""
    upload_proxy: bool
    """Uploads go through FastGPT's S3 proxy: one over ``maxSize`` is HTTP 413
    ``{"code": 413, "message": "EntityTooLarge"}``, not S3's XML ``EntityTooLarge`` (HTTP 400)."""
    response_schemas: bool
    """Answers have 4.16's shapes (its handlers end in ``ResponseSchema.parse()``): a dataset list
    item has no ``parentId``; a collection has the training status fields, and its detail a
    ``datasetId`` id with the dataset under ``dataset`` (4.14: ``datasetId`` is the dataset);
    a data detail has ``teamId`` and ``updateTime`` and no index ``_id``; feedback answers ``null``
    (4.14: ``{}``)."""
    dataset_default_avatar: str
    """The avatar of a dataset created without one (4.16 requires it; 4.14's Mongo default)."""
    chat_titles: bool = False
    """A turn that starts a chat names it: ``title`` in the JSON answer, a ``chatTitle`` event
    before the stop chunk of a ``detail`` stream (4.15+, 2a715bccb)."""
    agent_events: bool = False
    """Scripted ``plan``/``planStatus``/``sandboxStatus``/``skillCall`` events are streamed, and
    ``detail`` events that belong to an answer value carry ``responseValueId`` (af0db9887)."""

    def __str__(self) -> str:
        return f"FastGPT {self.release}"


V4_16 = Version(
    name="4.16",
    release="4.16.0",
    error_statuses=True,
    error_type=True,
    validates_requests=True,
    chat_sources=CHAT_SOURCES_4_16,
    flow_responses_before_done=True,
    chat_is_generating=True,
    chat_status_fields=True,
    stop_reports_status=True,
    record_delete_route=True,
    log_users_route=True,
    app_logs_api_key=True,
    completion_id_always=True,
    completion_detail_items=True,
    data_answers=True,
    search_hit_tokens=False,
    file_url_needs_chat=True,
    single_upload_mode=True,
    upload_proxy=True,
    response_schemas=True,
    dataset_default_avatar="core/dataset/commonDatasetColor",
    chat_titles=True,
    agent_events=True,
)
V4_14 = Version(
    name="4.14",
    release="4.14.5",
    error_statuses=False,
    error_type=False,
    validates_requests=False,
    chat_sources=CHAT_SOURCES_4_14,
    flow_responses_before_done=False,
    chat_is_generating=False,
    chat_status_fields=False,
    stop_reports_status=False,
    record_delete_route=False,
    log_users_route=False,
    app_logs_api_key=False,
    completion_id_always=False,
    completion_detail_items=False,
    data_answers=False,
    search_hit_tokens=True,
    file_url_needs_chat=False,
    single_upload_mode=False,
    upload_proxy=False,
    response_schemas=False,
    dataset_default_avatar="/icon/logo.svg",
)
VERSIONS = {version.name: version for version in (V4_16, V4_14)}
"""Every version the emulator speaks, by name."""
DEFAULT_VERSION = V4_16


def version_named(name: str | Version) -> Version:
    """The ``Version`` called ``name`` (``"4.16"``, ``"4.14"``, or its release, ``"4.16.0"``...).

    Raises ``ValueError`` naming the versions there are for anything else.
    """
    if isinstance(name, Version):
        return name
    if isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]  # callers may pass anything
        key = name.strip()
        for version in VERSIONS.values():
            if key in (version.name, version.release):
                return version
    known = ", ".join(f"{v.name!r} (FastGPT {v.release})" for v in VERSIONS.values())
    raise ValueError(f"the FastGPT emulator does not speak version {name!r}; it speaks {known}")

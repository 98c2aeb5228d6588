"""Citations: the knowledge-base chunks behind an answer (FastGPT 4.14.11+ `core/chat/record/
getQuote` and `getCollectionQuote`).

`get_answer_quotes(answer)` finds what an answer cited without the caller knowing the wire: the
`quoteList` of its "Knowledge Search" nodes (in the completion's node responses with
`detail=True`, else read with `getResData`), then FastGPT's own copy of those chunks as they were
when the answer was written. FastGPT 4.14.10 and older have no API-key route for this (their
`core/chat/quote/*` handlers take a login token only): a `NotFoundError` there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._json import as_list, as_mapping, is_mapping
from ..._plan import RequestPlan, request_options
from ...types.completion import ChatCompletion
from ...types.cursor import CursorPage
from ...types.options import RequestOptions
from ._client import AsyncAPIClient, Cursor

if TYPE_CHECKING:
    from fastgpt_api.models import CollectionQuote, Quote

SINCE = "4.14.11"
QUOTE_PAGE_SIZE = 15
"""The `page_size` of `get_collection_quotes`/`iter_collection_quotes` (FastGPT's default; at most 30)."""
_QUOTE_IDS = ("id", "_id")


class AsyncQuotesAPI(AsyncAPIClient):
    """The knowledge-base chunks answers cited."""

    async def get_quotes(
        self,
        chat_id: str,
        data_id: str,
        *,
        data_ids: Sequence[str],
        collection_ids: Sequence[str],
        app_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[Quote]:
        """The chunks `data_ids` (of the collections `collection_ids`) that the answer `data_id`
        cited, as they were when it was written (`updated` says a chunk changed since).

        Every collection must have been cited in the chat (FastGPT checks its last 50 answers).
        `get_answer_quotes` finds both lists for you.
        """
        check = Check("get_quotes")
        plan = self._quotes_plan(
            check,
            check.string(chat_id, "chat_id"),
            check.string(data_id, "data_id"),
            check.string_list(data_ids, "data_ids"),
            check.string_list(collection_ids, "collection_ids"),
            app_id,
            options,
        )
        return await self._request_since(plan, check.method, SINCE)

    async def get_answer_quotes(
        self,
        answer: ChatCompletion | None = None,
        *,
        chat_id: str | None = None,
        data_id: str | None = None,
        app_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[Quote]:
        """The knowledge-base chunks an answer cited (`[]` when it cited none).

        Pass the `ChatCompletion` (a plain one, or `stream.get_final_completion()`), or a stored
        answer as `chat_id=` and `data_id=` (a record's `data_id`). The cited chunks are read from
        the answer's node responses (fetched with `get_record_detail` when the completion was
        asked without `detail=True`), then from FastGPT with `get_quotes`.
        """
        check = Check("get_answer_quotes")
        chat, item, nodes = self._answer_of(check, answer, chat_id, data_id)
        if nodes is None:
            nodes = await self._request(self._detail_plan(check, chat, item, app_id, options))
        data_ids, collection_ids = quote_refs(nodes)
        if not data_ids:
            return []
        plan = self._quotes_plan(check, chat, item, data_ids, collection_ids, app_id, options)
        return await self._request_since(plan, check.method, SINCE)

    async def get_collection_quotes(
        self,
        chat_id: str,
        data_id: str,
        collection_id: str,
        *,
        anchor: float,
        around: str | None = None,
        before: str | None = None,
        after: str | None = None,
        page_size: int = QUOTE_PAGE_SIZE,
        app_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[CollectionQuote]:
        """A page of a cited collection's chunks, in `chunkIndex` order, as the answer saw them.

        Give one cursor with its `anchor` (the chunk's `chunkIndex`): `around=` a cited chunk (it,
        with up to `page_size` chunks on each side), or `before=`/`after=` an end of the last page
        (`page.first_id` with `page.first_anchor`, `page.last_id` with `page.last_anchor`).
        """
        check = Check("get_collection_quotes")
        cursors = {"around": around, "before": before, "after": after}
        given = {name: check.string(value, name) for name, value in cursors.items() if value is not None}
        if len(given) != 1:
            raise check.fail(
                "around, before or after", "be given (exactly one: the chunk to page from)", show=False
            )
        point = check.number(anchor, "anchor", minimum=0)
        plan_at = self._collection_pages(check, chat_id, data_id, collection_id, page_size, app_id, options)
        kind, cursor = next(iter(given.items()))
        return await self._request_since(plan_at(kind, (cursor, point)), check.method, SINCE)

    def iter_collection_quotes(
        self,
        chat_id: str,
        data_id: str,
        collection_id: str,
        *,
        start: str,
        anchor: float,
        direction: Literal["next", "prev"] = "next",
        page_size: int = QUOTE_PAGE_SIZE,
        app_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CollectionQuote]:
        """Every chunk of a cited collection after (`direction="next"`, in order) or before
        (`"prev"`, nearest first) the chunk `start` with `anchor` (its `chunkIndex`)."""
        check = Check("iter_collection_quotes")
        way = check.one_of(direction, "direction", ["next", "prev"])
        first = (check.string(start, "start"), check.number(anchor, "anchor", minimum=0))
        plan_at = self._collection_pages(check, chat_id, data_id, collection_id, page_size, app_id, options)
        kind = "after" if way == "next" else "before"

        def page(cursor: Cursor | None) -> RequestPlan[CursorPage[CollectionQuote]]:
            return plan_at(kind, cursor or first)

        return self._walk(page, first, backward=way == "prev")

    def _answer_of(
        self, check: Check, answer: object, chat_id: object, data_id: object
    ) -> tuple[str, str, list[Mapping[str, Any]] | None]:
        """The answer's chat, its `dataId` and its node responses (None: to be fetched)."""
        if answer is None:
            if chat_id is None or data_id is None:
                raise check.fail("answer", "be given, or chat_id and data_id of a stored answer", show=False)
            return check.string(chat_id, "chat_id"), check.string(data_id, "data_id"), None
        completion = check.instance(answer, "answer", ChatCompletion, "a ChatCompletion")
        chat = completion.chat_id if chat_id is None else chat_id
        item = completion.response_chat_item_id if data_id is None else data_id
        if not chat or not item:
            raise check.fail(
                "answer",
                "carry its chat_id and response_chat_item_id (pass chat_id= and data_id=)",
                show=False,
            )
        nodes: list[Mapping[str, Any]] = [node.to_dict() for node in completion.response_data]
        return check.string(chat, "chat_id"), check.string(item, "data_id"), nodes or None

    def _detail_plan(
        self, check: Check, chat: str, item: str, app_id: str | None, options: Mapping[str, Any]
    ) -> RequestPlan[list[Mapping[str, Any]]]:
        return _endpoints.plan(
            "chat_record.get_record_detail",
            _node_dicts,
            options=request_options(options, check.method),
            chat_id=chat,
            data_id=item,
            app_id=self._app_id_for(check, app_id),
            idempotent=True,
        )

    def _quotes_plan(
        self,
        check: Check,
        chat: str,
        item: str,
        data_ids: list[str],
        collection_ids: list[str],
        app_id: str | None,
        options: Mapping[str, Any],
    ) -> RequestPlan[list[Quote]]:
        from fastgpt_api.models import GetQuotesRequest, Quote

        body = _endpoints.model(
            GetQuotesRequest,
            app_id=self._app_id_for(check, app_id),
            chat_id=chat,
            chat_item_data_id=item,
            dataset_data_id_list=data_ids,
            collection_id_list=collection_ids,
        )
        return _endpoints.plan(
            "chat_record.get_quotes",
            _envelope.list_of(Quote),
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )

    def _collection_pages(
        self,
        check: Check,
        chat_id: str,
        data_id: str,
        collection_id: str,
        page_size: int,
        app_id: str | None,
        options: Mapping[str, Any],
    ) -> Callable[[str, Cursor], RequestPlan[CursorPage[CollectionQuote]]]:
        from fastgpt_api.models import CollectionQuote, GetCollectionQuotesRequest

        opts = request_options(options, check.method)
        fields = {
            "app_id": self._app_id_for(check, app_id),
            "chat_id": check.string(chat_id, "chat_id"),
            "chat_item_data_id": check.string(data_id, "data_id"),
            "collection_id": check.string(collection_id, "collection_id"),
            "page_size": check.integer(page_size, "page_size", minimum=1, maximum=30),
        }

        def plan(kind: str, cursor: Cursor) -> RequestPlan[CursorPage[CollectionQuote]]:
            at, anchor = cursor
            body = _endpoints.model(
                GetCollectionQuotesRequest,
                **fields,
                anchor=anchor,
                initial_id=at if kind == "around" else None,
                prev_id=at if kind == "before" else None,
                next_id=at if kind == "after" else None,
            )
            return _endpoints.plan(
                "chat_record.get_collection_quotes",
                _envelope.cursor_page_of(CollectionQuote, _QUOTE_IDS),
                options=opts,
                body=body,
                idempotent=True,
            )

        return plan


def _node_dicts(body: Any) -> list[Mapping[str, Any]]:
    return [as_mapping(node) for node in as_list(_envelope.data_of(body)) if is_mapping(node)]


def quote_refs(nodes: Iterable[Mapping[str, Any]]) -> tuple[list[str], list[str]]:
    """The chunk ids and collection ids in the `quoteList`s of node responses (nested ones too),
    each once, in the order found."""
    data_ids: dict[str, None] = {}
    collection_ids: dict[str, None] = {}
    pending = list(nodes)
    while pending:
        node = pending.pop(0)
        for quote in as_list(node.get("quoteList")):
            quote_id, collection = as_mapping(quote).get("id"), as_mapping(quote).get("collectionId")
            if isinstance(quote_id, str) and quote_id and isinstance(collection, str) and collection:
                data_ids[quote_id] = None
                collection_ids[collection] = None
        for key in ("childrenResponses", "pluginDetail", "toolDetail", "loopDetail"):
            pending.extend(item for item in as_list(node.get(key)) if is_mapping(item))
    return list(data_ids), list(collection_ids)

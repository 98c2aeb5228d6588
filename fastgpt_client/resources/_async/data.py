"""A collection's data: `push_data` (any number of items, in batches), and list, read, correct
and delete items.

`push_data` checks every item before anything is sent, then sends them in batches of at most
200 (FastGPT's limit per `pushData` call). A failed batch raises `PushDataError`, built by
`push_failure`, which says what was stored and where to resume. `data/v2/list` pages hold at
most 30 items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from ... import _endpoints, _envelope
from ..._check import Check, to_plain
from ..._json import as_int, is_mapping
from ..._plan import RequestPlan, request_options
from ...exceptions import APIConnectionError, APIError, APIStatusError, PushDataError
from ...types.datasets import DataItem, IndexInput, PushBatch, PushResult, TrainingTypeName, UpdatedData
from ...types.options import RequestOptions
from ...types.page import Page
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import DataIndexInput, DataListItem, DatasetData

MAX_PUSH_BATCH = 200
"""FastGPT's limit on items per `pushData` call."""
MAX_DATA_PAGE = 30
"""FastGPT's cap on `data/v2/list` page sizes."""
PAGE_SIZE = MAX_DATA_PAGE
"""The `page_size` of `list_data` and `iter_data`."""
_ITEM = "a dict like {'q': 'question', 'a': 'answer'} or a DataItemInput"


class AsyncDataAPI(AsyncAPIClient):
    """The items (question/answer pairs or chunks) of a collection."""

    async def push_data(
        self,
        collection_id: str,
        items: Iterable[DataItem],
        *,
        training_type: TrainingTypeName = "chunk",
        prompt: str | None = None,
        bill_id: str | None = None,
        index_size: int | None = None,
        auto_indexes: bool | None = None,
        batch_size: int = MAX_PUSH_BATCH,
        start: int = 0,
        **options: Unpack[RequestOptions],
    ) -> PushResult:
        """Adds any number of items (`{"q", "a", "indexes"}` dicts or `DataItemInput`s) to a collection.

        Every item is checked before anything is sent; then they go in batches of `batch_size`
        (at most 200, FastGPT's limit). When a batch fails, `PushDataError` says which items
        were stored and carries `next_index`: `push_data(..., start=err.next_index)` sends
        exactly the rest.
        """
        from fastgpt_api.models import PushDataRequest

        check = Check("push_data")
        opts = request_options(options, check.method)
        body = _endpoints.model(
            PushDataRequest,
            collection_id=check.string(collection_id, "collection_id"),
            data=[],  # the checked items go in as they are, batch by batch (json_fields below)
            training_type=check.one_of(training_type, "training_type", training_types()),
            prompt=check.optional_string_or_empty(prompt, "prompt"),
            bill_id=check.optional_string_or_empty(bill_id, "bill_id"),
            index_size=check.optional_integer(index_size, "index_size"),
            auto_indexes=check.optional_boolean(auto_indexes, "auto_indexes"),
        )
        size = check.integer(batch_size, "batch_size", minimum=1, maximum=MAX_PUSH_BATCH)
        originals = _listed(check, items)
        first = check.integer(start, "start")
        if not 0 <= first <= len(originals):
            raise check.fail("start", f"be between 0 and the number of items ({len(originals)})", start)
        # Check every item before anything is sent: a bad item 900 must not leave 800 stored.
        checked = [check_item(check, item, index) for index, item in enumerate(originals)]
        done: list[PushBatch] = []
        for begin in range(first, len(checked), size):
            end = min(begin + size, len(checked))
            # Never resent after a broken read: the batch may have been stored (no idempotency keys).
            plan = _endpoints.plan(
                "dataset_data.push_data",
                _pushed,
                options=opts,
                body=body,
                json_fields={"data": checked[begin:end]},
            )
            try:
                answer = await self._request(plan)
            except APIError as exc:
                result = PushResult(list(done), len(checked), first)
                raise push_failure(exc, result, range(begin, end), size, originals) from exc
            inserted = as_int(answer.get("insertLen"))
            done.append(
                PushBatch(begin, end, inserted if inserted is not None else end - begin, dict(answer))
            )
        return PushResult(done, len(checked), first)

    async def list_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> Page[DataListItem]:
        """One page of a collection's items (`page_size` at most 30, FastGPT's cap)."""
        check = Check("list_data")
        begin, page = _pages(check, collection_id, search_text, offset, page_size, options)
        return await self._request(page(begin))

    def iter_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DataListItem]:
        """Every item of a collection from `offset` on, fetching page after page."""
        check = Check("iter_data")
        begin, page = _pages(check, collection_id, search_text, offset, page_size, options)
        return self._paginate(page, begin)

    async def get_data(self, data_id: str, **options: Unpack[RequestOptions]) -> DatasetData:
        """An item with its indexes."""
        from fastgpt_api.models import DatasetData

        check = Check("get_data")
        plan = _endpoints.plan(
            "dataset_data.get_data",
            _envelope.model_of(DatasetData),
            options=request_options(options, check.method),
            id=check.string(data_id, "data_id"),
            idempotent=True,
        )
        return await self._request(plan)

    async def update_data(
        self,
        data_id: str,
        *,
        q: str | None = None,
        a: str | None = None,
        indexes: Sequence[IndexInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> UpdatedData:
        """Corrects an item; None leaves a field. Pass an index's `dataId` to keep that index.

        Without `q` the item's current `q` is read first (`get_data`) and sent again: FastGPT
        4.14.11+ requires it, and 4.14 would otherwise rebuild the default index from an empty
        question. Returns the item's new text as FastGPT shows it (None on servers before
        4.14.11, which answer nothing).
        """
        from fastgpt_api.models import UpdateDataRequest

        check = Check("update_data")
        opts = request_options(options, check.method)
        changes = {
            "q": check.optional_string(q, "q"),
            "a": check.optional_string_or_empty(a, "a"),
            "indexes": None
            if indexes is None
            else [index_model(i) for i in check_indexes(check, indexes, "indexes")],
        }
        extra_body = opts.get("extra_body") or {}
        if all(value is None for value in changes.values()) and not extra_body:
            raise check.fail("q, a or indexes", "be given, to have something to change", show=False)
        item = check.string(data_id, "data_id")
        if changes["q"] is None and "q" not in extra_body:
            reading = RequestOptions()  # a read: the call's timeout and headers, not its query or body
            if "timeout" in opts:
                reading["timeout"] = opts["timeout"]
            if "extra_headers" in opts:
                reading["extra_headers"] = opts["extra_headers"]
            current = (await self.get_data(item, **reading)).q
            # The model does not check a value's type: only a string is sent back.
            changes["q"] = current if isinstance(current, str) else None  # pyright: ignore[reportUnnecessaryIsInstance]
        body = _endpoints.model(UpdateDataRequest, data_id=item, **changes)
        plan = _endpoints.plan("dataset_data.update_data", _updated, options=opts, body=body, idempotent=True)
        return await self._request(plan)

    async def delete_data(self, data_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes an item."""
        check = Check("delete_data")
        plan = _endpoints.plan(
            "dataset_data.delete_data",
            _envelope.ignore,
            options=request_options(options, check.method),
            id=check.string(data_id, "data_id"),
        )
        await self._request(plan)


def training_types() -> list[str]:
    """The training types the spec names (`TrainingType`), which `push_data` accepts."""
    from fastgpt_api.models.training_type import TRAINING_TYPE_VALUES

    return sorted(TRAINING_TYPE_VALUES)


def index_types() -> list[str]:
    """The index types the spec names (`DataIndexType`), which item indexes may have."""
    from fastgpt_api.models.data_index_type import DATA_INDEX_TYPE_VALUES

    return sorted(DATA_INDEX_TYPE_VALUES)


def check_item(check: Check, item: object, index: int) -> dict[str, Any]:
    """One item to push as its wire dict (a dict or a generated `DataItemInput`), checked."""
    name = f"items[{index}]"
    plain = to_plain(item)
    if not is_mapping(plain):
        raise check.wrong_type(name, _ITEM, item)
    body = dict(plain)
    if "chunk_index" in body and "chunkIndex" not in body:
        body["chunkIndex"] = body.pop("chunk_index")
    if body.get("q") is None and body.get("imageId") is None:
        raise check.fail(f"{name}.q", "be given: the question or the chunk's text", show=False)
    if body.get("q") is None:
        body.pop("q", None)  # an image item (FastGPT 4.16): `imageId` instead of `q`
        check.string(body["imageId"], f"{name}.imageId")
    else:
        check.string(body["q"], f"{name}.q")
    if body.get("a") is None:
        body.pop("a", None)
    else:
        check.string_or_empty(body["a"], f"{name}.a")
    check.optional_integer(body.get("chunkIndex"), f"{name}.chunkIndex")
    if body.get("metadata") is not None:
        body["metadata"] = check.mapping(body["metadata"], f"{name}.metadata")
    if body.get("indexes") is None:
        body.pop("indexes", None)
    else:
        body["indexes"] = check_indexes(check, body["indexes"], f"{name}.indexes")
    return body


def check_indexes(check: Check, indexes: object, name: str) -> list[dict[str, Any]]:
    """An item's extra indexes (dicts or generated `DataIndexInput`s) as wire dicts, checked."""
    result: list[dict[str, Any]] = []
    for position, plain in enumerate(check.mappings_or_models(indexes, name)):
        where = f"{name}[{position}]"
        check.optional_one_of(plain.get("type"), f"{where}.type", index_types())
        if plain.get("text") is None:
            raise check.fail(f"{where}.text", "be given", show=False)
        check.string(plain["text"], f"{where}.text")
        result.append(dict(plain))
    return result


def index_model(index: Mapping[str, Any]) -> DataIndexInput:
    """A checked index dict as the generated model; keys the spec does not know are kept."""
    from fastgpt_api.models import DataIndexInput

    known = {"text", "type", "dataId"}
    model = _endpoints.model(
        DataIndexInput, text=index["text"], type_=index.get("type"), data_id=index.get("dataId")
    )
    model.additional_properties.update({key: value for key, value in index.items() if key not in known})
    return model


def _listed(check: Check, items: object) -> list[Any]:
    """`items` as a list: any iterable of items, but not a lone dict or string."""
    if isinstance(items, str | bytes) or is_mapping(items) or not isinstance(items, Iterable):
        must = "a list (or any iterable) of dicts like {'q': 'question', 'a': 'answer'}"
        raise check.wrong_type("items", must, items)
    return list(items)  # pyright: ignore[reportUnknownArgumentType]


def push_failure(
    error: APIError, result: PushResult, batch: range, batch_size: int, originals: Sequence[DataItem]
) -> PushDataError:
    """The `PushDataError` of the failed `batch`: what was stored, what was not, where to resume."""
    total = result.total_items
    start, end = batch.start, batch.stop
    batch_count = len(range(result.start, total, batch_size))
    uncertain = _maybe_stored(error)
    stored = (
        f"items {result.start}-{start - 1} were stored ({len(result.batches)} batch(es), {result.inserted} inserted)"
        if result.batches
        else "no items were stored"
    )
    failed = (
        f"items {start}-{end - 1} may or may not have been stored (the answer was lost)"
        if uncertain
        else f"items {start}-{end - 1} were not stored"
    )
    rest = f"; items {end}-{total - 1} were not sent" if end < total else ""
    skipped = f" (items 0-{result.start - 1} were skipped with start={result.start})" if result.start else ""
    message = (
        f"push_data() failed on batch {len(result.batches) + 1} of {batch_count}: {error.message} "
        f"Of {total} items{skipped}: {stored}; {failed}{rest}. Resume with "
        f"push_data(..., start={start}) or push_data(..., err.remaining_items)."
    )
    if uncertain:
        message += " Check the collection (list_data) first: that batch may be stored already."
    return PushDataError(
        message,
        error=error,
        result=result,
        next_index=start,
        failed=batch,
        remaining_items=originals[start:],
        maybe_stored=uncertain,
    )


def _maybe_stored(error: APIError) -> bool:
    """Whether the failed batch may have been stored: the request left but its answer was lost."""
    import httpx

    if isinstance(error, APIStatusError):
        return False  # FastGPT checks a batch before it inserts any of it
    if isinstance(error, APIConnectionError):
        return not isinstance(error.__cause__, httpx.ConnectError | httpx.ConnectTimeout)
    return True  # a 2xx answer we could not read


def _updated(body: Any) -> UpdatedData:
    """An update's answer: the new text on 4.14.11+, nothing (`data: null`) before."""
    data = _envelope.data_of(body)
    if data is None or isinstance(data, str):  # null (4.14), or an old server's "success"
        return UpdatedData()
    if not is_mapping(data):
        raise TypeError(f"expected {{q, a}} or null in data, got {data!r}")
    q, a = data.get("q"), data.get("a")
    return UpdatedData(q if isinstance(q, str) else None, a if isinstance(a, str) else None)


def _pushed(body: Any) -> Mapping[str, Any]:
    data = _envelope.data_of(body)
    if not is_mapping(data):
        raise TypeError(f"expected an object with insertLen in data, got {data!r}")
    return data


def _pages(
    check: Check,
    collection_id: object,
    search_text: object,
    offset: object,
    page_size: object,
    options: RequestOptions,
) -> tuple[int, Callable[[int], RequestPlan[Page[DataListItem]]]]:
    """The checked start offset, and the plan of the page at an offset."""
    from fastgpt_api.models import DataListItem, DataListRequest

    opts = request_options(options, check.method)
    begin, size = check.page(offset, page_size, cap=MAX_DATA_PAGE)
    collection = check.string(collection_id, "collection_id")
    text = check.optional_string_or_empty(search_text, "search_text")

    def page(at: int) -> RequestPlan[Page[DataListItem]]:
        body = _endpoints.model(
            DataListRequest, collection_id=collection, search_text=text, offset=at, page_size=size
        )
        return _endpoints.plan(
            "dataset_data.list_data",
            _envelope.page_of(DataListItem, at),
            options=opts,
            body=body,
            idempotent=True,
        )

    return begin, page

"""A dataset's collections: create (empty, from text, a web page or a file), list, read, change,
delete.

Where FastGPT's docs and its handlers differ, this follows the handlers: collections are deleted
by `collectionIds`, and `collection/listV2` pages hold at most 100.
"""

from __future__ import annotations

import dataclasses
import json
import warnings
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack, cast
from urllib.parse import quote

from ... import _endpoints, _envelope
from ..._check import Check, to_plain
from ..._json import is_mapping
from ..._plan import RequestPlan, request_options
from ...types.datasets import ChunkSettings, ChunkSettingsInput
from ...types.options import RequestOptions
from ...types.page import Page
from ...types.parts import PathOrBytes, read_source
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import Collection, CollectionCreateResult, CollectionListItem, JsonObject
    from fastgpt_api.models.empty_collection_type import EmptyCollectionType

MAX_COLLECTION_PAGE = 100
"""FastGPT's cap on `collection/listV2` page sizes."""
PAGE_SIZE = 30
"""The `page_size` of `list_collections` and `iter_collections`."""

_CHUNK_FIELDS = tuple(field.name for field in dataclasses.fields(ChunkSettings))
# FastGPT's camelCase name -> our field name, from the one table of them (`ChunkSettings.to_dict`).
_FIELD_OF_WIRE_NAME: dict[str, str] = ChunkSettings(
    **cast("dict[str, Any]", {n: n for n in _CHUNK_FIELDS})
).to_dict()
_CHUNK_SETTINGS_TYPES = (
    "a ChunkSettings(...), a fastgpt_api ChunkSettings or a dict of FastGPT's camelCase fields"
)


class AsyncCollectionsAPI(AsyncAPIClient):
    """A dataset's collections: the documents (or folders) its data is grouped in."""

    async def create_collection(
        self,
        dataset_id: str,
        name: str,
        *,
        type: EmptyCollectionType = "virtual",
        parent_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates an empty collection (`virtual`, to `push_data` into) or a folder; returns its id.

        `metadata` is deprecated here (a `DeprecationWarning`): FastGPT 4.16 drops it on empty
        collections; it is still sent, for 4.14.x, which stores it.
        """
        from fastgpt_api.models import CreateCollectionRequest
        from fastgpt_api.models.empty_collection_type import EMPTY_COLLECTION_TYPE_VALUES

        check = Check("create_collection")
        if type not in sorted(EMPTY_COLLECTION_TYPE_VALUES):
            raise check.fail(
                "type",
                "be 'virtual' or 'folder' (for content use create_text_collection, "
                "create_link_collection or create_file_collection)",
                type,
            )
        place = _placement(check, dataset_id, parent_id, tags, metadata)
        kept: JsonObject | None = place.pop("metadata")
        body = _endpoints.model(CreateCollectionRequest, name=check.string(name, "name"), type_=type, **place)
        if kept is not None:
            warnings.warn(
                "create_collection(metadata=...) is deprecated: FastGPT 4.16 ignores metadata on an "
                "empty collection (4.14.x stores it). Give metadata to create_text_collection, "
                "create_link_collection or create_file_collection instead.",
                DeprecationWarning,
                stacklevel=2,
            )
            body.additional_properties["metadata"] = kept.to_dict()
        plan = _endpoints.plan(
            "dataset_collection.create_collection",
            _envelope.string_of("the new collection's id"),
            options=request_options(options, check.method),
            body=body,
        )
        return await self._request(plan)

    async def create_text_collection(
        self,
        dataset_id: str,
        name: str,
        text: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports `text` (at most 10 MB) as a collection, split by `chunk_settings`."""
        from fastgpt_api.models import CreateTextCollectionRequest

        check = Check("create_text_collection")
        chunk, unknown = chunk_fields(check, chunk_settings)
        body = _endpoints.model(
            CreateTextCollectionRequest,
            name=check.string(name, "name"),
            text=check.string(text, "text"),
            **_placement(check, dataset_id, parent_id, tags, metadata),
            **chunk,
        )
        body.additional_properties.update(unknown)
        plan = _endpoints.plan(
            "dataset_collection.create_text_collection",
            _created,
            options=request_options(options, check.method),
            body=body,
        )
        return await self._request(plan)

    async def create_link_collection(
        self,
        dataset_id: str,
        link: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        web_page_selector: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports a web page (FastGPT fetches it; `web_page_selector` picks a part of it)."""
        from fastgpt_api.models import CreateLinkCollectionRequest

        check = Check("create_link_collection")
        if not check.string(link, "link").startswith(("http://", "https://")):
            raise check.fail("link", "be an http(s) URL", link)
        selector = check.optional_string_or_empty(web_page_selector, "web_page_selector")
        meta = check.optional_mapping(metadata, "metadata")
        if selector is not None:
            meta = {**(meta or {}), "webPageSelector": selector}
        chunk, unknown = chunk_fields(check, chunk_settings)
        body = _endpoints.model(
            CreateLinkCollectionRequest,
            link=link,
            **_placement(check, dataset_id, parent_id, tags, meta),
            **chunk,
        )
        body.additional_properties.update(unknown)
        plan = _endpoints.plan(
            "dataset_collection.create_link_collection",
            _created,
            options=request_options(options, check.method),
            body=body,
        )
        return await self._request(plan)

    async def create_file_collection(
        self,
        dataset_id: str,
        path_or_bytes: PathOrBytes,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Uploads a file (a path, or bytes with `filename=`) as a collection.

        The name is sent URL-encoded, which FastGPT decodes: non-ASCII names arrive intact.
        """
        from io import BytesIO

        from fastgpt_api.models import ChunkSettings as GeneratedChunkSettings
        from fastgpt_api.models import CreateFileCollectionForm
        from fastgpt_api.types import File

        check = Check("create_file_collection")
        # Read once, as bytes: a retry must send the same content again.
        content, file_name = read_source(path_or_bytes, check.method)
        name = check.optional_string_or_empty(filename, "filename") or file_name
        if not name:
            raise check.fail("filename", "be given when the file's content is passed as bytes", show=False)
        chunk, unknown = chunk_fields(check, chunk_settings)
        settings = _endpoints.model(GeneratedChunkSettings, **chunk)
        settings.additional_properties.update(unknown)
        # The form's `data` part is a JSON string that the spec does not model: the placement
        # fields under their wire names, then the chunk settings as the generated model writes them.
        place = _placement(check, dataset_id, parent_id, tags, metadata)
        data = {
            "datasetId": place["dataset_id"],
            "parentId": place["parent_id"],
            "tags": place["tags"],
            "metadata": place["metadata"].to_dict() if place["metadata"] is not None else None,
        }
        data = {key: value for key, value in data.items() if value is not None} | settings.to_dict()
        form = _endpoints.model(
            CreateFileCollectionForm,
            file=File(
                payload=BytesIO(content),
                file_name=encode_filename(name),
                mime_type=check.optional_string(content_type, "content_type"),
            ),
            data=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        )
        plan = _endpoints.plan(
            "dataset_collection.create_file_collection",
            _created,
            options=request_options(options, check.method),
            body=form,
        )
        return await self._request(plan)

    async def list_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> Page[CollectionListItem]:
        """One page of a dataset's collections (`page_size` at most 100, FastGPT's cap)."""
        check = Check("list_collections")
        start, page = _pages(
            check, dataset_id, parent_id, search_text, filter_tags, offset, page_size, options
        )
        return await self._request(page(start))

    def iter_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CollectionListItem]:
        """Every collection of a dataset from `offset` on, fetching page after page."""
        check = Check("iter_collections")
        start, page = _pages(
            check, dataset_id, parent_id, search_text, filter_tags, offset, page_size, options
        )
        return self._paginate(page, start)

    async def get_collection(self, collection_id: str, **options: Unpack[RequestOptions]) -> Collection:
        """A collection's detail."""
        from fastgpt_api.models import Collection

        check = Check("get_collection")
        plan = _endpoints.plan(
            "dataset_collection.get_collection",
            _envelope.model_of(Collection),
            options=request_options(options, check.method),
            id=check.string(collection_id, "collection_id"),
            idempotent=True,
        )
        return await self._request(plan)

    async def update_collection(
        self,
        collection_id: str,
        *,
        name: str | None = None,
        tags: Sequence[str] | None = None,
        forbid: bool | None = None,
        parent_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Renames, retags, disables (`forbid=True`) or moves a collection; None leaves a field."""
        from fastgpt_api.models import UpdateCollectionRequest

        check = Check("update_collection")
        opts = request_options(options, check.method)
        changes = {
            "name": check.optional_string_or_empty(name, "name"),
            "tags": check.optional_string_list(tags, "tags"),
            "forbid": check.optional_boolean(forbid, "forbid"),
            "parent_id": check.optional_string_or_empty(parent_id, "parent_id"),
        }
        if all(value is None for value in changes.values()) and not opts.get("extra_body"):
            raise check.fail(
                "name, tags, forbid or parent_id", "be given, to have something to change", show=False
            )
        body = _endpoints.model(
            UpdateCollectionRequest, id=check.string(collection_id, "collection_id"), **changes
        )
        # Setting the same fields twice is harmless, so a broken read may be retried.
        plan = _endpoints.plan(
            "dataset_collection.update_collection", _envelope.ignore, options=opts, body=body, idempotent=True
        )
        await self._request(plan)

    async def delete_collections(
        self, collection_ids: str | Sequence[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one collection or several, with their data."""
        from fastgpt_api.models import DeleteCollectionsRequest

        check = Check("delete_collections")
        if isinstance(collection_ids, str):
            ids = [check.string(collection_ids, "collection_ids")]
        else:
            ids = check.string_list(collection_ids, "collection_ids", non_empty=True)
        plan = _endpoints.plan(
            "dataset_collection.delete_collections",
            _envelope.ignore,
            options=request_options(options, check.method),
            body=_endpoints.model(DeleteCollectionsRequest, collection_ids=ids),
        )
        await self._request(plan)


def encode_filename(filename: str) -> str:
    """The name as JavaScript's `encodeURIComponent` writes it.

    FastGPT runs `decodeURIComponent` on the uploaded file's name (multer hands it over as
    Latin-1), so a name sent this way comes back exactly, accents, CJK and `%` included.
    """
    return quote(filename, safe="!'()*-._~")


def chunk_fields(check: Check, settings: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """`chunk_settings` as keyword fields of a generated request model, and the wire fields the
    spec does not know (sent as they are, as a dict's extra keys always were).

    Our `ChunkSettings` and the generated one carry the request models' own field names; a dict
    of FastGPT's camelCase names is read through `ChunkSettings.to_dict`'s table of those names.
    """
    from fastgpt_api.models import ChunkSettings as GeneratedChunkSettings

    fields: dict[str, Any] = dict.fromkeys(_CHUNK_FIELDS)
    unknown: dict[str, Any] = {}
    if settings is None:
        return {}, {}
    if isinstance(settings, ChunkSettings | GeneratedChunkSettings):
        for name in _CHUNK_FIELDS:
            fields[name] = getattr(settings, name)
        if isinstance(settings, GeneratedChunkSettings):
            unknown.update(settings.additional_properties)
    else:
        plain = to_plain(settings)
        if not is_mapping(plain):
            raise check.wrong_type("chunk_settings", _CHUNK_SETTINGS_TYPES, settings)
        for key, value in plain.items():
            if key in _FIELD_OF_WIRE_NAME:
                fields[_FIELD_OF_WIRE_NAME[key]] = value
            else:
                unknown[key] = value
    for name, choices in _chunk_choices().items():
        check.optional_one_of(fields[name], f"chunk_settings.{name}", choices)
    return fields, unknown


def _chunk_choices() -> dict[str, list[str]]:
    from fastgpt_api.models.chunk_setting_mode import CHUNK_SETTING_MODE_VALUES
    from fastgpt_api.models.chunk_split_mode import CHUNK_SPLIT_MODE_VALUES
    from fastgpt_api.models.chunk_trigger_type import CHUNK_TRIGGER_TYPE_VALUES
    from fastgpt_api.models.paragraph_chunk_ai_mode import PARAGRAPH_CHUNK_AI_MODE_VALUES
    from fastgpt_api.models.training_type import TRAINING_TYPE_VALUES

    return {
        "training_type": sorted(TRAINING_TYPE_VALUES),
        "chunk_setting_mode": sorted(CHUNK_SETTING_MODE_VALUES),
        "chunk_split_mode": sorted(CHUNK_SPLIT_MODE_VALUES),
        "chunk_trigger_type": sorted(CHUNK_TRIGGER_TYPE_VALUES),
        "paragraph_chunk_ai_mode": sorted(PARAGRAPH_CHUNK_AI_MODE_VALUES),
    }


def _placement(
    check: Check, dataset_id: object, parent_id: object, tags: object, metadata: object
) -> dict[str, Any]:
    """Where a new collection goes and how it is labelled, as request model fields."""
    from fastgpt_api.models import JsonObject

    meta = check.optional_mapping(metadata, "metadata")
    json_object: JsonObject | None = JsonObject.from_dict(meta) if meta is not None else None
    return {
        "dataset_id": check.string(dataset_id, "dataset_id"),
        "parent_id": check.optional_string_or_empty(parent_id, "parent_id"),
        "tags": check.optional_string_list(tags, "tags"),
        "metadata": json_object,
    }


def _pages(
    check: Check,
    dataset_id: object,
    parent_id: object,
    search_text: object,
    filter_tags: object,
    offset: object,
    page_size: object,
    options: RequestOptions,
) -> tuple[int, Callable[[int], RequestPlan[Page[CollectionListItem]]]]:
    """The checked start offset, and the plan of the page at an offset."""
    from fastgpt_api.models import CollectionListItem, CollectionListRequest

    opts = request_options(options, check.method)
    start, size = check.page(offset, page_size, cap=MAX_COLLECTION_PAGE)
    fields = {
        "dataset_id": check.string(dataset_id, "dataset_id"),
        "parent_id": check.optional_string_or_empty(parent_id, "parent_id"),
        "search_text": check.optional_string_or_empty(search_text, "search_text"),
        "filter_tags": check.optional_string_list(filter_tags, "filter_tags"),
    }

    def page(at: int) -> RequestPlan[Page[CollectionListItem]]:
        body = _endpoints.model(CollectionListRequest, **fields, offset=at, page_size=size)
        return _endpoints.plan(
            "dataset_collection.list_collections",
            _envelope.page_of(CollectionListItem, at),
            options=opts,
            body=body,
            idempotent=True,
        )

    return start, page


def _created(body: Any) -> CollectionCreateResult:
    """A create answer, which must name the new collection."""
    from fastgpt_api.models import CollectionCreateResult

    result = _envelope.model_of(CollectionCreateResult)(body)
    # The model does not check a value's type, and the id is used in further calls.
    if not isinstance(result.collection_id, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"expected data.collectionId, got {result.to_dict()!r}")
    return result

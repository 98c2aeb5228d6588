"""Knowledge bases (datasets): request plans, chunk settings, and `push_data`'s batching.

Everything here is pure: each `build_*` returns a `RequestPlan` (the generated request builder's
output + how to read the answer) that `DatasetClient` or `AsyncDatasetClient` runs. `PushJob`
holds `push_data`'s validation and bookkeeping so the two clients differ only in `await`.

Where FastGPT's docs and its handlers differ, this follows the handlers: `searchTest` answers an
object with `list`, a result's `score` is a list of `{type, value, index}`, collections are
deleted by `collectionIds`, and list pages are capped (collections 100, data 30).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast
from urllib.parse import quote

from ._base_client import RequestPlan, split_options
from ._json import as_int, as_list, as_mapping, as_number, as_str, is_mapping, optional_str
from ._pagination import Page, page_parser
from ._types import RequestOptions
from .exceptions import APIConnectionError, APIError, APIStatusError, PushDataError

if TYPE_CHECKING:
    from fastgpt_api.models import ChunkSettings as GeneratedChunkSettings
    from fastgpt_api.models import (
        Collection,
        CollectionCreateResult,
        CollectionListItem,
        DataIndexInput,
        DataItemInput,
        DataListItem,
        Dataset,
        DatasetData,
        DatasetListItem,
        SearchResultItem,
        SearchTestResult,
    )

__all__ = [
    "MAX_PUSH_BATCH",
    "ChunkSettings",
    "DataItem",
    "IndexInput",
    "PushBatch",
    "PushResult",
    "SearchResult",
]

MAX_PUSH_BATCH = 200
"""FastGPT's limit on items per `pushData` call."""
MAX_COLLECTION_PAGE = 100
"""FastGPT's cap on `collection/listV2` page sizes."""
MAX_DATA_PAGE = 30
"""FastGPT's cap on `data/v2/list` page sizes."""
INDEX_TYPES = ("default", "custom", "summary", "question", "image")

_REQUEST_KEYS = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__

TrainingTypeName: TypeAlias = Literal["chunk", "qa", "auto", "imageParse", "backup", "template"]
SearchModeName: TypeAlias = Literal["embedding", "fullTextRecall", "mixedRecall"]
IndexInput: TypeAlias = "Mapping[str, Any] | DataIndexInput"
"""An extra index of an item: `{"type": "custom", "text": "..."}` or a generated `DataIndexInput`."""
DataItem: TypeAlias = "Mapping[str, Any] | DataItemInput"
"""One item to push: `{"q": "question", "a": "answer", "indexes": [...]}` or a generated `DataItemInput`."""
ChunkSettingsInput: TypeAlias = "ChunkSettings | GeneratedChunkSettings | Mapping[str, Any]"


# -- chunk settings -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ChunkSettings:
    """How FastGPT turns a collection's text into searchable chunks (its `ChunkSettingsType`).

    One model for every collection-create call (`create_text_collection`,
    `create_link_collection`, `create_file_collection`); fields left as None are not sent, so
    FastGPT's defaults apply. Example: `ChunkSettings(chunk_setting_mode="custom",
    chunk_split_mode="size", chunk_size=512)`.
    """

    training_type: TrainingTypeName | None = None
    """`chunk` (split the text; the default), `qa` (the agent model writes Q/A pairs), `auto`,
    `imageParse`, `backup` or `template`."""
    chunk_setting_mode: Literal["auto", "custom"] | None = None
    """`auto` uses FastGPT's defaults; `custom` uses the split fields below."""
    chunk_split_mode: Literal["paragraph", "size", "char"] | None = None
    """Split by paragraph, by size, or at `chunk_splitter`."""
    chunk_size: int | None = None
    """Target chunk size in tokens."""
    chunk_splitter: str | None = None
    """The text to split at (with `chunk_split_mode="char"`)."""
    index_size: int | None = None
    """Index size in tokens."""
    chunk_trigger_type: Literal["minSize", "forceChunk", "maxSize"] | None = None
    """When to split: above `chunk_trigger_min_size`, always, or above the model's maximum."""
    chunk_trigger_min_size: int | None = None
    """The size above which text is split (with `chunk_trigger_type="minSize"`)."""
    paragraph_chunk_ai_mode: Literal["auto", "force", "forbid"] | None = None
    """Let the model find paragraphs."""
    paragraph_chunk_deep: int | None = None
    """Heading depth for paragraph splitting."""
    paragraph_chunk_min_size: int | None = None
    """Minimum paragraph size."""
    data_enhance_collection_name: bool | None = None
    """Prefix each chunk's index with the collection name."""
    image_index: bool | None = None
    """Index images found in the text."""
    auto_indexes: bool | None = None
    """Let the agent model write extra indexes."""
    index_prefix_title: bool | None = None
    """Prefix indexes with the title."""
    qa_prompt: str | None = None
    """The prompt for `training_type="qa"`."""

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, under FastGPT's camelCase names."""
        return {
            _WIRE_NAMES[name]: value for name in _WIRE_NAMES if (value := getattr(self, name)) is not None
        }


_WIRE_NAMES = {
    "training_type": "trainingType",
    "chunk_setting_mode": "chunkSettingMode",
    "chunk_split_mode": "chunkSplitMode",
    "chunk_size": "chunkSize",
    "chunk_splitter": "chunkSplitter",
    "index_size": "indexSize",
    "chunk_trigger_type": "chunkTriggerType",
    "chunk_trigger_min_size": "chunkTriggerMinSize",
    "paragraph_chunk_ai_mode": "paragraphChunkAIMode",
    "paragraph_chunk_deep": "paragraphChunkDeep",
    "paragraph_chunk_min_size": "paragraphChunkMinSize",
    "data_enhance_collection_name": "dataEnhanceCollectionName",
    "image_index": "imageIndex",
    "auto_indexes": "autoIndexes",
    "index_prefix_title": "indexPrefixTitle",
    "qa_prompt": "qaPrompt",
}


def chunk_settings_body(settings: ChunkSettingsInput | None) -> dict[str, Any]:
    """The wire fields of our `ChunkSettings`, a generated `ChunkSettings`, or a camelCase dict."""
    if settings is None:
        return {}
    if isinstance(settings, ChunkSettings):
        return settings.to_dict()
    to_dict = getattr(settings, "to_dict", None)
    if callable(to_dict):
        return dict(as_mapping(to_dict()))
    if is_mapping(settings):
        return dict(settings)
    raise TypeError(
        "chunk_settings must be a ChunkSettings(...), a fastgpt_api ChunkSettings or a dict of "
        f"FastGPT's camelCase fields, not {type(settings).__name__}."
    )


# -- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushBatch:
    """One `pushData` call of `push_data`: items `start` to `end - 1` (indexes into `items`)."""

    start: int
    end: int
    inserted: int
    """FastGPT's `insertLen`: items it queued for training."""
    raw: Mapping[str, Any] = field(default_factory=dict[str, Any])
    """The answer's `data` as sent (older servers add `overToken`, `repeat`, `error` lists)."""

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class PushResult:
    """What `push_data` sent: the batches that succeeded, in order, and the totals."""

    batches: list[PushBatch]
    total_items: int
    """How many items were given (including any skipped with `start`)."""
    start: int = 0
    """The index the push started from."""

    @property
    def inserted(self) -> int:
        """Items FastGPT reported inserted, over all batches."""
        return sum(batch.inserted for batch in self.batches)

    @property
    def sent(self) -> int:
        """Items in the batches that succeeded."""
        return sum(batch.size for batch in self.batches)

    @property
    def next_index(self) -> int:
        """The first item not (successfully) sent: where to resume with `start=`."""
        return self.batches[-1].end if self.batches else self.start

    @property
    def complete(self) -> bool:
        return self.next_index >= self.total_items


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A `search_test` answer: the retrieved items, best first, and the search's settings.

    Iterable, sized and indexable like a list of `SearchResultItem` (each with `q`, `a`,
    `collection_id`, `source_name` and `score`: a list of `SearchScore(type, value, index)`).
    """

    items: list[SearchResultItem]
    duration: str | None = None
    """How long the search took, as FastGPT writes it (`"0.532s"`)."""
    search_mode: str | None = None
    limit: int | None = None
    similarity: float | None = None
    using_rerank: bool | None = None
    raw: SearchTestResult | None = None
    """The whole answer as the generated model."""

    def __iter__(self) -> Iterator[SearchResultItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> SearchResultItem:
        return self.items[index]


# -- shared helpers ---------------------------------------------------------------------------------


def _data(body: Any) -> Any:
    """The envelope's `data`."""
    return as_mapping(body).get("data")


def _require_id(value: object, name: str, method: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{method}() needs {name}: a non-empty id string, not {value!r}.")
    return value


def _tags(value: object, name: str = "tags") -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of strings, not {type(value).__name__}.")
    tags: list[object] = as_list(cast(object, value))
    if not all(isinstance(tag, str) for tag in tags):
        raise TypeError(f"{name} must be a list of strings.")
    return [str(tag) for tag in tags]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _drop_none(body: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


def _page_size(page_size: int, cap: int, method: str) -> int:
    if not _is_int(page_size) or not 1 <= page_size <= cap:
        raise ValueError(
            f"{method}(): page_size must be between 1 and {cap} (FastGPT's cap), not {page_size!r}."
        )
    return page_size


def _offset(offset: int, method: str) -> int:
    if not _is_int(offset) or offset < 0:
        raise ValueError(f"{method}(): offset must be 0 or more, not {offset!r}.")
    return offset


def _none(_: Any) -> None:
    return None


# -- datasets ---------------------------------------------------------------------------------------


def build_create_dataset(
    name: str,
    *,
    type: str,
    parent_id: str | None,
    intro: str | None,
    avatar: str | None,
    vector_model: str | None,
    agent_model: str | None,
    vlm_model: str | None,
    options: Mapping[str, Any],
) -> RequestPlan[str]:
    from fastgpt_api.api.dataset import create_dataset
    from fastgpt_api.models import CreateDatasetRequest

    method = "create_dataset"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if not isinstance(name, str) or not name.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError("create_dataset() needs a non-empty name.")
    body = _drop_none(
        {
            "name": name,
            "type": type,
            "parentId": optional_str(parent_id, "parent_id"),
            "intro": optional_str(intro, "intro"),
            "avatar": optional_str(avatar, "avatar"),
            "vectorModel": optional_str(vector_model, "vector_model"),
            "agentModel": optional_str(agent_model, "agent_model"),
            "vlmModel": optional_str(vlm_model, "vlm_model"),
        }
    )
    kwargs = create_dataset._get_kwargs(body=CreateDatasetRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _id_parser("dataset"), options=request_options)


def _id_parser(what: str) -> Any:
    def parse(body: Any) -> str:
        data = _data(body)
        if not isinstance(data, str) or not data:
            raise TypeError(f"expected the new {what}'s id in data, got {data!r}")
        return data

    return parse


def build_list_datasets(
    *, parent_id: str | None, search_key: str | None, type: str | None, options: Mapping[str, Any]
) -> RequestPlan[list[DatasetListItem]]:
    from fastgpt_api.api.dataset import list_datasets
    from fastgpt_api.models import DatasetListItem, DatasetListRequest

    request_options = split_options(options, _REQUEST_KEYS, "list_datasets")
    body = _drop_none(
        {
            "parentId": optional_str(parent_id, "parent_id"),
            "searchKey": optional_str(search_key, "search_key"),
            "type": optional_str(type, "type"),
        }
    )
    kwargs = list_datasets._get_kwargs(body=DatasetListRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]

    def parse(answer: Any) -> list[DatasetListItem]:
        return [DatasetListItem.from_dict(item) for item in as_list(_data(answer)) if is_mapping(item)]

    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def build_get_dataset(dataset_id: str, options: Mapping[str, Any]) -> RequestPlan[Dataset]:
    from fastgpt_api.api.dataset import get_dataset
    from fastgpt_api.models import Dataset

    request_options = split_options(options, _REQUEST_KEYS, "get_dataset")
    kwargs = get_dataset._get_kwargs(id=_require_id(dataset_id, "dataset_id", "get_dataset"))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(
        kwargs,
        lambda body: Dataset.from_dict(as_mapping(_data(body))),
        options=request_options,
        idempotent=True,
    )


def build_delete_dataset(dataset_id: str, options: Mapping[str, Any]) -> RequestPlan[None]:
    from fastgpt_api.api.dataset import delete_dataset

    request_options = split_options(options, _REQUEST_KEYS, "delete_dataset")
    kwargs = delete_dataset._get_kwargs(id=_require_id(dataset_id, "dataset_id", "delete_dataset"))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _none, options=request_options)


# -- collections ------------------------------------------------------------------------------------


def build_create_collection(
    dataset_id: str,
    name: str,
    *,
    type: str,
    parent_id: str | None,
    metadata: Mapping[str, Any] | None,
    tags: Sequence[str] | None,
    options: Mapping[str, Any],
) -> RequestPlan[str]:
    from fastgpt_api.api.dataset_collection import create_collection
    from fastgpt_api.models import CreateCollectionRequest

    method = "create_collection"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if type not in ("virtual", "folder"):
        raise ValueError(
            f"create_collection(): type must be 'virtual' or 'folder', not {type!r} (use "
            "create_text_collection, create_link_collection or create_file_collection for content)."
        )
    if not isinstance(name, str) or not name.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError("create_collection() needs a non-empty name.")
    body = _drop_none(
        {
            "datasetId": _require_id(dataset_id, "dataset_id", method),
            "name": name,
            "type": type,
            "parentId": optional_str(parent_id, "parent_id"),
            "metadata": _metadata(metadata),
            "tags": _tags(tags),
        }
    )
    kwargs = create_collection._get_kwargs(body=CreateCollectionRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _id_parser("collection"), options=request_options)


def _metadata(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not is_mapping(value):
        raise TypeError(f"metadata must be a dict, not {type(value).__name__}.")
    return dict(value)


def _common_create_fields(
    dataset_id: str,
    *,
    parent_id: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    chunk_settings: ChunkSettingsInput | None,
    method: str,
) -> dict[str, Any]:
    return _drop_none(
        {
            "datasetId": _require_id(dataset_id, "dataset_id", method),
            "parentId": optional_str(parent_id, "parent_id"),
            "tags": _tags(tags),
            "metadata": _metadata(metadata),
            **chunk_settings_body(chunk_settings),
        }
    )


def _create_result_parser(body: Any) -> CollectionCreateResult:
    from fastgpt_api.models import CollectionCreateResult

    data = as_mapping(_data(body))
    if not isinstance(data.get("collectionId"), str):
        raise TypeError(f"expected data.collectionId, got {dict(data)!r}")
    return CollectionCreateResult.from_dict(data)


def build_create_text_collection(
    dataset_id: str,
    name: str,
    text: str,
    *,
    parent_id: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    chunk_settings: ChunkSettingsInput | None,
    options: Mapping[str, Any],
) -> RequestPlan[CollectionCreateResult]:
    from fastgpt_api.api.dataset_collection import create_text_collection
    from fastgpt_api.models import CreateTextCollectionRequest

    method = "create_text_collection"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if not isinstance(name, str) or not name.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}() needs a non-empty name.")
    if not isinstance(text, str) or not text.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}() needs a non-empty text.")
    body = {
        **_common_create_fields(
            dataset_id,
            parent_id=parent_id,
            tags=tags,
            metadata=metadata,
            chunk_settings=chunk_settings,
            method=method,
        ),
        "name": name,
        "text": text,
    }
    kwargs = create_text_collection._get_kwargs(body=CreateTextCollectionRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _create_result_parser, options=request_options)


def build_create_link_collection(
    dataset_id: str,
    link: str,
    *,
    parent_id: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    chunk_settings: ChunkSettingsInput | None,
    web_page_selector: str | None,
    options: Mapping[str, Any],
) -> RequestPlan[CollectionCreateResult]:
    from fastgpt_api.api.dataset_collection import create_link_collection
    from fastgpt_api.models import CreateLinkCollectionRequest

    method = "create_link_collection"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if not isinstance(link, str) or not link.startswith(("http://", "https://")):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}() needs an http(s) URL as link, not {link!r}.")
    selector = optional_str(web_page_selector, "web_page_selector")
    meta = _metadata(metadata)
    if selector is not None:
        meta = {**(meta or {}), "webPageSelector": selector}
    body = {
        **_common_create_fields(
            dataset_id,
            parent_id=parent_id,
            tags=tags,
            metadata=meta,
            chunk_settings=chunk_settings,
            method=method,
        ),
        "link": link,
    }
    kwargs = create_link_collection._get_kwargs(body=CreateLinkCollectionRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _create_result_parser, options=request_options)


FileInput: TypeAlias = "str | os.PathLike[str] | bytes"
"""A file to upload: a path, or its content as bytes (then `filename=` is required)."""


def encode_filename(filename: str) -> str:
    """The name as JavaScript's `encodeURIComponent` writes it.

    FastGPT runs `decodeURIComponent` on the uploaded file's name (multer hands it over as
    Latin-1), so a name sent this way comes back exactly, accents, CJK and `%` included.
    """
    return quote(filename, safe="!'()*-._~")


def build_create_file_collection(
    dataset_id: str,
    path_or_bytes: FileInput,
    *,
    filename: str | None,
    content_type: str | None,
    parent_id: str | None,
    tags: Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    chunk_settings: ChunkSettingsInput | None,
    options: Mapping[str, Any],
) -> RequestPlan[CollectionCreateResult]:
    from io import BytesIO

    from fastgpt_api.api.dataset_collection import create_file_collection
    from fastgpt_api.models import CreateFileCollectionForm
    from fastgpt_api.types import File

    method = "create_file_collection"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        content = bytes(path_or_bytes)
        if not filename:
            raise ValueError(f"{method}(): pass filename=... when giving the file's content as bytes.")
    elif isinstance(path_or_bytes, str | os.PathLike):  # pyright: ignore[reportUnnecessaryIsInstance]
        path = os.fspath(path_or_bytes)
        with open(path, "rb") as file:  # read once: a retry must send the same bytes again
            content = file.read()
        filename = filename or os.path.basename(path)
    else:
        raise TypeError(
            f"{method}(): path_or_bytes must be a path or bytes, not {type(path_or_bytes).__name__}."
        )
    if not isinstance(filename, str) or not filename:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}() needs a file name.")
    settings = _common_create_fields(
        dataset_id,
        parent_id=parent_id,
        tags=tags,
        metadata=metadata,
        chunk_settings=chunk_settings,
        method=method,
    )
    form = CreateFileCollectionForm(
        file=File(payload=BytesIO(content), file_name=encode_filename(filename), mime_type=content_type),
        data=json.dumps(settings, ensure_ascii=False, separators=(",", ":")),
    )
    kwargs = create_file_collection._get_kwargs(body=form)  # pyright: ignore[reportPrivateUsage]
    # Bytes rather than a file object: a retry must send the same content again.
    kwargs["files"] = [
        (part, (name, payload.getvalue() if isinstance(payload, BytesIO) else payload, mime))
        for part, (name, payload, mime) in kwargs["files"]
    ]
    return RequestPlan(kwargs, _create_result_parser, options=request_options)


def build_list_collections(
    dataset_id: str,
    *,
    parent_id: str | None,
    search_text: str | None,
    filter_tags: Sequence[str] | None,
    offset: int,
    page_size: int,
    options: Mapping[str, Any],
    method: str = "list_collections",
) -> RequestPlan[Page[CollectionListItem]]:
    from fastgpt_api.api.dataset_collection import list_collections
    from fastgpt_api.models import CollectionListItem, CollectionListRequest

    request_options = split_options(options, _REQUEST_KEYS, method)
    body = _drop_none(
        {
            "datasetId": _require_id(dataset_id, "dataset_id", method),
            "parentId": optional_str(parent_id, "parent_id"),
            "searchText": optional_str(search_text, "search_text"),
            "filterTags": _tags(filter_tags, "filter_tags"),
            "offset": _offset(offset, method),
            "pageSize": _page_size(page_size, MAX_COLLECTION_PAGE, method),
        }
    )
    kwargs = list_collections._get_kwargs(body=CollectionListRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    parse_page = page_parser(CollectionListItem.from_dict, offset)
    return RequestPlan(
        kwargs, lambda answer: parse_page(_data(answer)), options=request_options, idempotent=True
    )


def build_get_collection(collection_id: str, options: Mapping[str, Any]) -> RequestPlan[Collection]:
    from fastgpt_api.api.dataset_collection import get_collection
    from fastgpt_api.models import Collection

    request_options = split_options(options, _REQUEST_KEYS, "get_collection")
    kwargs = get_collection._get_kwargs(id=_require_id(collection_id, "collection_id", "get_collection"))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(
        kwargs,
        lambda body: Collection.from_dict(as_mapping(_data(body))),
        options=request_options,
        idempotent=True,
    )


def build_update_collection(
    collection_id: str,
    *,
    name: str | None,
    tags: Sequence[str] | None,
    forbid: bool | None,
    parent_id: str | None,
    options: Mapping[str, Any],
) -> RequestPlan[None]:
    from fastgpt_api.api.dataset_collection import update_collection
    from fastgpt_api.models import UpdateCollectionRequest

    method = "update_collection"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if forbid is not None and not isinstance(forbid, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"forbid must be True, False or None, not {forbid!r}.")
    body = _drop_none(
        {
            "id": _require_id(collection_id, "collection_id", method),
            "name": optional_str(name, "name"),
            "tags": _tags(tags),
            "forbid": forbid,
            "parentId": optional_str(parent_id, "parent_id"),
        }
    )
    if len(body) == 1 and not request_options.get("extra_body"):
        raise ValueError(f"{method}() needs something to change: name=, tags=, forbid= or parent_id=.")
    kwargs = update_collection._get_kwargs(body=UpdateCollectionRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    # Setting the same fields twice is harmless, so a broken read may be retried.
    return RequestPlan(kwargs, _none, options=request_options, idempotent=True)


def build_delete_collections(
    collection_ids: str | Sequence[str], options: Mapping[str, Any]
) -> RequestPlan[None]:
    from fastgpt_api.api.dataset_collection import delete_collections
    from fastgpt_api.models import DeleteCollectionsRequest

    method = "delete_collections"
    request_options = split_options(options, _REQUEST_KEYS, method)
    ids = [collection_ids] if isinstance(collection_ids, str) else _tags(collection_ids, "collection_ids")
    if not ids:
        raise ValueError(f"{method}() needs at least one collection id.")
    for index, value in enumerate(ids):
        _require_id(value, f"collection_ids[{index}]", method)
    kwargs = delete_collections._get_kwargs(body=DeleteCollectionsRequest(collection_ids=ids))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _none, options=request_options)


# -- data -------------------------------------------------------------------------------------------


def normalize_item(item: object, index: int) -> dict[str, Any]:
    """One item as its wire dict; a ValueError or TypeError naming `items[index]` otherwise."""
    to_dict = getattr(item, "to_dict", None)
    plain = to_dict() if callable(to_dict) else item
    if not is_mapping(plain):
        raise TypeError(
            f"items[{index}] must be a dict like {{'q': 'question', 'a': 'answer'}} or a DataItemInput, "
            f"not {type(item).__name__}."
        )
    body = dict(plain)
    if "chunk_index" in body and "chunkIndex" not in body:
        body["chunkIndex"] = body.pop("chunk_index")
    q = body.get("q")
    if not isinstance(q, str) or not q.strip():
        raise ValueError(f"items[{index}]: 'q' must be a non-empty string, not {q!r}.")
    a = body.get("a")
    if a is None:
        body.pop("a", None)
    elif not isinstance(a, str):
        raise TypeError(f"items[{index}]: 'a' must be a string, not {type(a).__name__}.")
    chunk_index = body.get("chunkIndex")
    if chunk_index is not None and (isinstance(chunk_index, bool) or not isinstance(chunk_index, int)):
        raise TypeError(f"items[{index}]: 'chunkIndex' must be an integer, not {chunk_index!r}.")
    if body.get("indexes") is not None:
        body["indexes"] = normalize_indexes(body["indexes"], f"items[{index}]")
    else:
        body.pop("indexes", None)
    return body


def normalize_indexes(indexes: object, where: str) -> list[dict[str, Any]]:
    if isinstance(indexes, str | bytes) or not isinstance(indexes, Sequence):
        raise TypeError(
            f"{where}: 'indexes' must be a list of {{'type': ..., 'text': ...}}, not {type(indexes).__name__}."
        )
    result: list[dict[str, Any]] = []
    entries: list[object] = as_list(cast(object, indexes))
    for position, entry in enumerate(entries):
        to_dict = getattr(entry, "to_dict", None)
        plain = to_dict() if callable(to_dict) else entry
        if not is_mapping(plain):
            raise TypeError(
                f"{where}.indexes[{position}] must be a dict like {{'type': 'custom', 'text': '...'}}."
            )
        index = dict(plain)
        kind = index.get("type")
        if kind is not None and kind not in INDEX_TYPES:
            raise ValueError(
                f"{where}.indexes[{position}]: type must be one of {', '.join(INDEX_TYPES)}, not {kind!r}."
            )
        text = index.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}.indexes[{position}]: 'text' must be a non-empty string, not {text!r}.")
        result.append(index)
    return result


class PushJob:
    """`push_data`'s work: every item checked up front, then sent in batches, results recorded.

    The clients run `for start, end in job.batches(): ... job.plan(start, end) ...`, calling
    `record` after each success and raising `failure(...)` on the first error.
    """

    def __init__(
        self,
        collection_id: str,
        items: Iterable[DataItem],
        *,
        training_type: str,
        prompt: str | None,
        bill_id: str | None,
        index_size: int | None,
        auto_indexes: bool | None,
        batch_size: int,
        start: int,
        options: Mapping[str, Any],
    ) -> None:
        method = "push_data"
        self.options = split_options(options, _REQUEST_KEYS, method)
        self.collection_id = _require_id(collection_id, "collection_id", method)
        if isinstance(items, str | bytes) or is_mapping(items) or not isinstance(items, Iterable):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                "push_data(): items must be a list (or any iterable) of dicts like "
                f"{{'q': 'question', 'a': 'answer'}}, not {type(items).__name__}."
            )
        if not _is_int(batch_size) or not 1 <= batch_size <= MAX_PUSH_BATCH:
            raise ValueError(
                f"push_data(): batch_size must be between 1 and {MAX_PUSH_BATCH}, not {batch_size!r}."
            )
        self.originals: list[DataItem] = list(items)
        if not _is_int(start) or not 0 <= start <= len(self.originals):
            raise ValueError(
                f"push_data(): start must be between 0 and the number of items ({len(self.originals)}), not {start!r}."
            )
        # Check every item before anything is sent: a bad item 900 must not leave 800 stored.
        self.items = [normalize_item(item, index) for index, item in enumerate(self.originals)]
        self.batch_size = batch_size
        self.start = start
        self.settings = _drop_none(
            {
                "trainingType": training_type,
                "prompt": optional_str(prompt, "prompt"),
                "billId": optional_str(bill_id, "bill_id"),
                "indexSize": index_size,
                "autoIndexes": auto_indexes,
            }
        )
        self.done: list[PushBatch] = []

    def batches(self) -> Iterator[tuple[int, int]]:
        for first in range(self.start, len(self.items), self.batch_size):
            yield first, min(first + self.batch_size, len(self.items))

    def plan(self, start: int, end: int) -> RequestPlan[Mapping[str, Any]]:
        from fastgpt_api.api.dataset_data import push_data
        from fastgpt_api.models import PushDataRequest

        request = PushDataRequest.from_dict({"collectionId": self.collection_id, **self.settings, "data": []})
        kwargs = push_data._get_kwargs(body=request)  # pyright: ignore[reportPrivateUsage]
        # Items are sent as checked: the generated model would drop nothing, but rebuilding 200
        # attrs objects per batch buys nothing either.
        kwargs["json"]["data"] = self.items[start:end]

        def parse(body: Any) -> Mapping[str, Any]:
            data = _data(body)
            if not is_mapping(data):
                raise TypeError(f"expected an object with insertLen in data, got {data!r}")
            return data

        # Never resent after a broken read: the batch may have been stored (no idempotency keys).
        return RequestPlan(kwargs, parse, options=self.options)

    def record(self, start: int, end: int, data: Mapping[str, Any]) -> None:
        inserted = as_int(data.get("insertLen"))
        self.done.append(PushBatch(start, end, inserted if inserted is not None else end - start, dict(data)))

    def result(self) -> PushResult:
        return PushResult(list(self.done), len(self.items), self.start)

    def failure(self, start: int, end: int, error: APIError) -> PushDataError:
        result = self.result()
        total = len(self.items)
        batch_number = len(self.done) + 1
        batch_count = len(range(self.start, total, self.batch_size))
        uncertain = _maybe_stored(error)
        stored = (
            f"items {self.start}-{start - 1} were stored ({len(self.done)} batch(es), {result.inserted} inserted)"
            if self.done
            else "no items were stored"
        )
        failed = (
            f"items {start}-{end - 1} may or may not have been stored (the answer was lost)"
            if uncertain
            else f"items {start}-{end - 1} were not stored"
        )
        rest = f"; items {end}-{total - 1} were not sent" if end < total else ""
        skipped = f" (items 0-{self.start - 1} were skipped with start={self.start})" if self.start else ""
        message = (
            f"push_data() failed on batch {batch_number} of {batch_count}: {error.message} "
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
            failed=range(start, end),
            remaining_items=self.originals[start:],
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


def build_list_data(
    collection_id: str,
    *,
    search_text: str | None,
    offset: int,
    page_size: int,
    options: Mapping[str, Any],
    method: str = "list_data",
) -> RequestPlan[Page[DataListItem]]:
    from fastgpt_api.api.dataset_data import list_data
    from fastgpt_api.models import DataListItem, DataListRequest

    request_options = split_options(options, _REQUEST_KEYS, method)
    body = _drop_none(
        {
            "collectionId": _require_id(collection_id, "collection_id", method),
            "searchText": optional_str(search_text, "search_text"),
            "offset": _offset(offset, method),
            "pageSize": _page_size(page_size, MAX_DATA_PAGE, method),
        }
    )
    kwargs = list_data._get_kwargs(body=DataListRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    parse_page = page_parser(DataListItem.from_dict, offset)
    return RequestPlan(
        kwargs, lambda answer: parse_page(_data(answer)), options=request_options, idempotent=True
    )


def build_get_data(data_id: str, options: Mapping[str, Any]) -> RequestPlan[DatasetData]:
    from fastgpt_api.api.dataset_data import get_data
    from fastgpt_api.models import DatasetData

    request_options = split_options(options, _REQUEST_KEYS, "get_data")
    kwargs = get_data._get_kwargs(id=_require_id(data_id, "data_id", "get_data"))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(
        kwargs,
        lambda body: DatasetData.from_dict(as_mapping(_data(body))),
        options=request_options,
        idempotent=True,
    )


def build_update_data(
    data_id: str,
    *,
    q: str | None,
    a: str | None,
    indexes: Sequence[IndexInput] | None,
    options: Mapping[str, Any],
) -> RequestPlan[None]:
    from fastgpt_api.api.dataset_data import update_data
    from fastgpt_api.models import UpdateDataRequest

    method = "update_data"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if q is not None and (not isinstance(q, str) or not q.strip()):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}(): q must be a non-empty string when given, not {q!r}.")
    body = _drop_none(
        {
            "dataId": _require_id(data_id, "data_id", method),
            "q": q,
            "a": optional_str(a, "a"),
            "indexes": normalize_indexes(indexes, method + "()") if indexes is not None else None,
        }
    )
    if len(body) == 1 and not request_options.get("extra_body"):
        raise ValueError(f"{method}() needs something to change: q=, a= or indexes=.")
    kwargs = update_data._get_kwargs(body=UpdateDataRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _none, options=request_options, idempotent=True)


def build_delete_data(data_id: str, options: Mapping[str, Any]) -> RequestPlan[None]:
    from fastgpt_api.api.dataset_data import delete_data

    request_options = split_options(options, _REQUEST_KEYS, "delete_data")
    kwargs = delete_data._get_kwargs(id=_require_id(data_id, "data_id", "delete_data"))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, _none, options=request_options)


# -- search -----------------------------------------------------------------------------------------


def build_search_test(
    dataset_id: str,
    text: str,
    *,
    limit: int | None,
    similarity: float | None,
    search_mode: str | None,
    using_rerank: bool | None,
    rerank_model: str | None,
    embedding_weight: float | None,
    options: Mapping[str, Any],
) -> RequestPlan[SearchResult]:
    from fastgpt_api.api.dataset_search import search_test
    from fastgpt_api.models import SearchTestRequest

    method = "search_test"
    request_options = split_options(options, _REQUEST_KEYS, method)
    if not isinstance(text, str) or not text.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"{method}() needs a non-empty query text.")
    if search_mode is not None and search_mode not in ("embedding", "fullTextRecall", "mixedRecall"):
        raise ValueError(
            f"{method}(): search_mode must be 'embedding', 'fullTextRecall' or 'mixedRecall', not {search_mode!r}."
        )
    if similarity is not None and not 0 <= similarity <= 1:
        raise ValueError(f"{method}(): similarity must be between 0 and 1, not {similarity!r}.")
    body = _drop_none(
        {
            "datasetId": _require_id(dataset_id, "dataset_id", method),
            "text": text,
            "limit": limit,
            "similarity": similarity,
            "searchMode": search_mode,
            "usingReRank": using_rerank,
            "rerankModel": optional_str(rerank_model, "rerank_model"),
            "embeddingWeight": embedding_weight,
        }
    )
    kwargs = search_test._get_kwargs(body=SearchTestRequest.from_dict(body))  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, parse_search_result, options=request_options, idempotent=True)


def parse_search_result(body: Any) -> SearchResult:
    from fastgpt_api.models import SearchResultItem, SearchTestResult

    data = _data(body)
    # FastGPT's docs show a bare list; accept it too.
    payload: Mapping[str, Any] = {"list": data} if isinstance(data, list) else as_mapping(data)
    entries = [_with_score_list(entry) for entry in as_list(payload.get("list")) if is_mapping(entry)]
    raw = SearchTestResult.from_dict({**payload, "list": entries})
    rerank = payload.get("usingReRank")
    return SearchResult(
        items=[SearchResultItem.from_dict(entry) for entry in entries],
        duration=as_str(payload.get("duration")) or None,
        search_mode=as_str(payload.get("searchMode")) or None,
        limit=as_int(payload.get("limit")),
        similarity=as_number(payload.get("similarity")),
        using_rerank=rerank if isinstance(rerank, bool) else None,
        raw=raw,
    )


def _with_score_list(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An item whose `score` is FastGPT's list; a bare number (older docs) becomes one entry."""
    item = dict(entry)
    score = item.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool):
        item["score"] = [{"type": "embedding", "value": score, "index": 0}]
    elif score is not None and not isinstance(score, list):
        item.pop("score")
    return item

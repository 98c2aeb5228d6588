"""Knowledge-base value types: chunk settings, `push_data` and `update_data` results, and search
results."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

if TYPE_CHECKING:
    from fastgpt_api.models import ChunkSettings as GeneratedChunkSettings
    from fastgpt_api.models import DataIndexInput, DataItemInput, SearchResultItem, SearchTestResult

    from .params import ChunkSettingsParam, IndexParam, PushItem

__all__ = [
    "ChunkSettings",
    "ChunkSettingsInput",
    "DataItem",
    "IndexInput",
    "PushBatch",
    "PushResult",
    "SearchModeName",
    "SearchResult",
    "TrainingTypeName",
    "UpdatedData",
]

TrainingTypeName: TypeAlias = Literal["chunk", "qa", "auto", "imageParse", "backup", "template"]
SearchModeName: TypeAlias = Literal["embedding", "fullTextRecall", "mixedRecall"]
IndexInput: TypeAlias = "IndexParam | DataIndexInput"
"""An extra index of an item: `{"type": "custom", "text": "..."}` or a generated `DataIndexInput`."""
DataItem: TypeAlias = "PushItem | DataItemInput"
"""One item to push: `{"q": "question", "a": "answer", "indexes": [...]}` or a generated `DataItemInput`."""
ChunkSettingsInput: TypeAlias = "ChunkSettings | GeneratedChunkSettings | ChunkSettingsParam"


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


@dataclass(frozen=True, slots=True)
class PushBatch:
    """One `pushData` call of `push_data`: items `start` to `end - 1` (indexes into `items`)."""

    start: int
    end: int
    inserted: int
    """FastGPT's `insertLen`: items it queued for training."""
    raw: Mapping[str, Any] = field(default_factory=dict[str, Any])
    """The answer's `data` as sent (`{"insertLen": n}`; FastGPT may add fields)."""

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
class UpdatedData:
    """What `update_data` changed an item to, as FastGPT now shows it.

    FastGPT 4.14.11+ answers the item's display text, with its internal image links replaced by
    signed URLs; older servers answer nothing, and both fields are None.
    """

    q: str | None = None
    """The question or chunk."""
    a: str | None = None
    """The answer."""


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A `search_test` answer: the retrieved items, best first, and the search's settings.

    Iterable, sized and indexable like a list of `SearchResultItem` (each with `q`, `a`,
    `collection_id`, `source_name` and `score`: a list of `SearchScore(type, value, index)`).
    """

    items: list[SearchResultItem]
    duration: float | None = None
    """How long the search took, in seconds (FastGPT writes `"0.532s"`); None when it said
    nothing readable."""
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

    @overload
    def __getitem__(self, index: int) -> SearchResultItem: ...
    @overload
    def __getitem__(self, index: slice) -> list[SearchResultItem]: ...
    def __getitem__(self, index: int | slice) -> SearchResultItem | list[SearchResultItem]:
        """`result[0]` is the best item, `result[:3]` a list of the three best."""
        return self.items[index]

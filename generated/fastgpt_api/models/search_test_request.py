from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_mode import SearchMode, check_search_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchTestRequest")


@_attrs_define
class SearchTestRequest:
    """A retrieval test against a dataset. 4.16 takes `text` as optional (an image query may replace it); 4.14 needs it,
    and the SDK always sends it.

    """

    dataset_id: str
    """ The dataset. """
    text: str
    """ The query. """
    query_image_urls: list[str] | None = None
    """ Images to search with (4.16; storage keys from FastGPT's search-test image upload). """
    dataset_deep_search: bool | None = None
    """ Let a model search in several rounds (4.16). """
    dataset_deep_search_model: str | None = None
    """ The deep-search model (4.16). """
    dataset_deep_search_max_times: int | None = None
    """ At most this many deep-search rounds (4.16). """
    dataset_deep_search_bg: str | None = None
    """ Background for the deep search (4.16). """
    limit: int | None = None
    """ Token budget of the results (default 5000, max 20000). """
    similarity: float | None = None
    """ Minimum score (0-1). """
    search_mode: SearchMode | None = None
    """ `embedding` (vectors), `fullTextRecall` (full text) or `mixedRecall` (both). """
    embedding_weight: float | None = None
    """ Weight of vector results in mixed recall. """
    using_re_rank: bool | None = None
    """ Rerank the results. """
    rerank_model: str | None = None
    """ The rerank model. """
    rerank_weight: float | None = None
    """ Weight of the rerank score. """
    dataset_search_using_extension_query: bool | None = None
    """ Expand the query with a model. """
    dataset_search_extension_model: str | None = None
    """ The expansion model. """
    dataset_search_extension_bg: str | None = None
    """ Background for the expansion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        text = self.text

        self_query_image_urls = (
            UNSET if self.query_image_urls is None else self.query_image_urls
        )
        query_image_urls: list[str] | Unset = UNSET
        if not isinstance(self_query_image_urls, Unset):
            query_image_urls = self_query_image_urls

        self_dataset_deep_search = (
            UNSET if self.dataset_deep_search is None else self.dataset_deep_search
        )
        dataset_deep_search = self_dataset_deep_search

        self_dataset_deep_search_model = (
            UNSET
            if self.dataset_deep_search_model is None
            else self.dataset_deep_search_model
        )
        dataset_deep_search_model = self_dataset_deep_search_model

        self_dataset_deep_search_max_times = (
            UNSET
            if self.dataset_deep_search_max_times is None
            else self.dataset_deep_search_max_times
        )
        dataset_deep_search_max_times = self_dataset_deep_search_max_times

        self_dataset_deep_search_bg = (
            UNSET
            if self.dataset_deep_search_bg is None
            else self.dataset_deep_search_bg
        )
        dataset_deep_search_bg = self_dataset_deep_search_bg

        self_limit = UNSET if self.limit is None else self.limit
        limit = self_limit

        self_similarity = UNSET if self.similarity is None else self.similarity
        similarity = self_similarity

        self_search_mode = UNSET if self.search_mode is None else self.search_mode
        search_mode: str | Unset = UNSET
        if not isinstance(self_search_mode, Unset):
            search_mode = self_search_mode

        self_embedding_weight = (
            UNSET if self.embedding_weight is None else self.embedding_weight
        )
        embedding_weight = self_embedding_weight

        self_using_re_rank = UNSET if self.using_re_rank is None else self.using_re_rank
        using_re_rank = self_using_re_rank

        self_rerank_model = UNSET if self.rerank_model is None else self.rerank_model
        rerank_model = self_rerank_model

        self_rerank_weight = UNSET if self.rerank_weight is None else self.rerank_weight
        rerank_weight = self_rerank_weight

        self_dataset_search_using_extension_query = (
            UNSET
            if self.dataset_search_using_extension_query is None
            else self.dataset_search_using_extension_query
        )
        dataset_search_using_extension_query = self_dataset_search_using_extension_query

        self_dataset_search_extension_model = (
            UNSET
            if self.dataset_search_extension_model is None
            else self.dataset_search_extension_model
        )
        dataset_search_extension_model = self_dataset_search_extension_model

        self_dataset_search_extension_bg = (
            UNSET
            if self.dataset_search_extension_bg is None
            else self.dataset_search_extension_bg
        )
        dataset_search_extension_bg = self_dataset_search_extension_bg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "text": text,
            }
        )
        if query_image_urls is not UNSET:
            field_dict["queryImageUrls"] = query_image_urls
        if dataset_deep_search is not UNSET:
            field_dict["datasetDeepSearch"] = dataset_deep_search
        if dataset_deep_search_model is not UNSET:
            field_dict["datasetDeepSearchModel"] = dataset_deep_search_model
        if dataset_deep_search_max_times is not UNSET:
            field_dict["datasetDeepSearchMaxTimes"] = dataset_deep_search_max_times
        if dataset_deep_search_bg is not UNSET:
            field_dict["datasetDeepSearchBg"] = dataset_deep_search_bg
        if limit is not UNSET:
            field_dict["limit"] = limit
        if similarity is not UNSET:
            field_dict["similarity"] = similarity
        if search_mode is not UNSET:
            field_dict["searchMode"] = search_mode
        if embedding_weight is not UNSET:
            field_dict["embeddingWeight"] = embedding_weight
        if using_re_rank is not UNSET:
            field_dict["usingReRank"] = using_re_rank
        if rerank_model is not UNSET:
            field_dict["rerankModel"] = rerank_model
        if rerank_weight is not UNSET:
            field_dict["rerankWeight"] = rerank_weight
        if dataset_search_using_extension_query is not UNSET:
            field_dict["datasetSearchUsingExtensionQuery"] = (
                dataset_search_using_extension_query
            )
        if dataset_search_extension_model is not UNSET:
            field_dict["datasetSearchExtensionModel"] = dataset_search_extension_model
        if dataset_search_extension_bg is not UNSET:
            field_dict["datasetSearchExtensionBg"] = dataset_search_extension_bg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        text = d.pop("text")

        query_image_urls = cast(list[str], d.pop("queryImageUrls", UNSET))

        dataset_deep_search = d.pop("datasetDeepSearch", UNSET)

        dataset_deep_search_model = d.pop("datasetDeepSearchModel", UNSET)

        dataset_deep_search_max_times = d.pop("datasetDeepSearchMaxTimes", UNSET)

        dataset_deep_search_bg = d.pop("datasetDeepSearchBg", UNSET)

        limit = d.pop("limit", UNSET)

        similarity = d.pop("similarity", UNSET)

        _search_mode = d.pop("searchMode", UNSET)
        search_mode: SearchMode | Unset
        if isinstance(_search_mode, Unset):
            search_mode = UNSET
        else:
            search_mode = check_search_mode(_search_mode)

        embedding_weight = d.pop("embeddingWeight", UNSET)

        using_re_rank = d.pop("usingReRank", UNSET)

        rerank_model = d.pop("rerankModel", UNSET)

        rerank_weight = d.pop("rerankWeight", UNSET)

        dataset_search_using_extension_query = d.pop(
            "datasetSearchUsingExtensionQuery", UNSET
        )

        dataset_search_extension_model = d.pop("datasetSearchExtensionModel", UNSET)

        dataset_search_extension_bg = d.pop("datasetSearchExtensionBg", UNSET)

        search_test_request = cls(
            dataset_id=dataset_id,
            text=text,
            query_image_urls=None
            if isinstance(query_image_urls, Unset)
            else query_image_urls,
            dataset_deep_search=None
            if isinstance(dataset_deep_search, Unset)
            else dataset_deep_search,
            dataset_deep_search_model=None
            if isinstance(dataset_deep_search_model, Unset)
            else dataset_deep_search_model,
            dataset_deep_search_max_times=None
            if isinstance(dataset_deep_search_max_times, Unset)
            else dataset_deep_search_max_times,
            dataset_deep_search_bg=None
            if isinstance(dataset_deep_search_bg, Unset)
            else dataset_deep_search_bg,
            limit=None if isinstance(limit, Unset) else limit,
            similarity=None if isinstance(similarity, Unset) else similarity,
            search_mode=None if isinstance(search_mode, Unset) else search_mode,
            embedding_weight=None
            if isinstance(embedding_weight, Unset)
            else embedding_weight,
            using_re_rank=None if isinstance(using_re_rank, Unset) else using_re_rank,
            rerank_model=None if isinstance(rerank_model, Unset) else rerank_model,
            rerank_weight=None if isinstance(rerank_weight, Unset) else rerank_weight,
            dataset_search_using_extension_query=None
            if isinstance(dataset_search_using_extension_query, Unset)
            else dataset_search_using_extension_query,
            dataset_search_extension_model=None
            if isinstance(dataset_search_extension_model, Unset)
            else dataset_search_extension_model,
            dataset_search_extension_bg=None
            if isinstance(dataset_search_extension_bg, Unset)
            else dataset_search_extension_bg,
        )

        search_test_request.additional_properties = d
        return search_test_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


SearchTestRequestDict = TypedDict(
    "SearchTestRequestDict",
    {
        "datasetId": "Required[str]",
        "text": "Required[str]",
        "queryImageUrls": "list[str]",
        "datasetDeepSearch": "bool",
        "datasetDeepSearchModel": "str",
        "datasetDeepSearchMaxTimes": "int",
        "datasetDeepSearchBg": "str",
        "limit": "int",
        "similarity": "float",
        "searchMode": "SearchMode",
        "embeddingWeight": "float",
        "usingReRank": "bool",
        "rerankModel": "str",
        "rerankWeight": "float",
        "datasetSearchUsingExtensionQuery": "bool",
        "datasetSearchExtensionModel": "str",
        "datasetSearchExtensionBg": "str",
    },
    total=False,
)
"""`SearchTestRequest` as a plain dict, with FastGPT's field names."""

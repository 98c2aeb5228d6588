from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_result_item import SearchResultItem


T = TypeVar("T", bound="SearchTestResult")


@_attrs_define
class SearchTestResult:
    """Retrieval results. FastGPT's docs show a bare list; its handler answers this object."""

    list_: list[SearchResultItem] | None = None
    """ The results, best first. """
    duration: str | None = None
    """ How long it took, e.g. `0.532s`. """
    limit: int | None = None
    """ The token budget used. """
    search_mode: str | None = None
    """ The mode used. """
    using_re_rank: bool | None = None
    """ Whether results were reranked. """
    similarity: float | None = None
    """ The minimum score used. """
    query_extension_model: str | None = None
    """ The expansion model, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_list_ = UNSET if self.list_ is None else self.list_
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_list_, Unset):
            list_ = []
            for list_item_data in self_list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        self_duration = UNSET if self.duration is None else self.duration
        duration = self_duration

        self_limit = UNSET if self.limit is None else self.limit
        limit = self_limit

        self_search_mode = UNSET if self.search_mode is None else self.search_mode
        search_mode = self_search_mode

        self_using_re_rank = UNSET if self.using_re_rank is None else self.using_re_rank
        using_re_rank = self_using_re_rank

        self_similarity = UNSET if self.similarity is None else self.similarity
        similarity = self_similarity

        self_query_extension_model = (
            UNSET if self.query_extension_model is None else self.query_extension_model
        )
        query_extension_model = self_query_extension_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if limit is not UNSET:
            field_dict["limit"] = limit
        if search_mode is not UNSET:
            field_dict["searchMode"] = search_mode
        if using_re_rank is not UNSET:
            field_dict["usingReRank"] = using_re_rank
        if similarity is not UNSET:
            field_dict["similarity"] = similarity
        if query_extension_model is not UNSET:
            field_dict["queryExtensionModel"] = query_extension_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_result_item import SearchResultItem

        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[SearchResultItem] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = SearchResultItem.from_dict(list_item_data)

                list_.append(list_item)

        duration = d.pop("duration", UNSET)

        limit = d.pop("limit", UNSET)

        search_mode = d.pop("searchMode", UNSET)

        using_re_rank = d.pop("usingReRank", UNSET)

        similarity = d.pop("similarity", UNSET)

        query_extension_model = d.pop("queryExtensionModel", UNSET)

        search_test_result = cls(
            list_=None if isinstance(list_, Unset) else list_,
            duration=None if isinstance(duration, Unset) else duration,
            limit=None if isinstance(limit, Unset) else limit,
            search_mode=None if isinstance(search_mode, Unset) else search_mode,
            using_re_rank=None if isinstance(using_re_rank, Unset) else using_re_rank,
            similarity=None if isinstance(similarity, Unset) else similarity,
            query_extension_model=None
            if isinstance(query_extension_model, Unset)
            else query_extension_model,
        )

        search_test_result.additional_properties = d
        return search_test_result

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


if TYPE_CHECKING:
    from ..models.search_result_item import SearchResultItemDict


SearchTestResultDict = TypedDict(
    "SearchTestResultDict",
    {
        "list": "list[SearchResultItemDict]",
        "duration": "str",
        "limit": "int",
        "searchMode": "str",
        "usingReRank": "bool",
        "similarity": "float",
        "queryExtensionModel": "str",
    },
    total=False,
)
"""`SearchTestResult` as a plain dict, with FastGPT's field names."""

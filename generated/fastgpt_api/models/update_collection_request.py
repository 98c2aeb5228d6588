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

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCollectionRequest")


@_attrs_define
class UpdateCollectionRequest:
    """What to change on a collection; absent fields stay. The collection is `id`, or (4.16) `datasetId` +
    `externalFileId`; 4.14 needs `id`, which the SDK always sends.

    """

    id: str
    """ The collection id. """
    dataset_id: str | None = None
    """ With `externalFileId`, selects the collection by its external file (4.16). """
    external_file_id: str | None = None
    """ With `datasetId`, selects the collection by its external file (4.16). """
    parent_id: None | str = None
    """ Move it to this folder. """
    name: str | None = None
    """ Rename it. """
    tags: list[str] | None = None
    """ Replace its tags. """
    forbid: bool | None = None
    """ Disable or enable it for search. """
    create_time: str | None = None
    """ Set its creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        self_dataset_id = UNSET if self.dataset_id is None else self.dataset_id
        dataset_id = self_dataset_id

        self_external_file_id = (
            UNSET if self.external_file_id is None else self.external_file_id
        )
        external_file_id = self_external_file_id

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_tags = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(self_tags, Unset):
            tags = self_tags

        self_forbid = UNSET if self.forbid is None else self.forbid
        forbid = self_forbid

        self_create_time = UNSET if self.create_time is None else self.create_time
        create_time = self_create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if external_file_id is not UNSET:
            field_dict["externalFileId"] = external_file_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if forbid is not UNSET:
            field_dict["forbid"] = forbid
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        dataset_id = d.pop("datasetId", UNSET)

        external_file_id = d.pop("externalFileId", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        forbid = d.pop("forbid", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_collection_request = cls(
            id=id,
            dataset_id=None if isinstance(dataset_id, Unset) else dataset_id,
            external_file_id=None
            if isinstance(external_file_id, Unset)
            else external_file_id,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            name=None if isinstance(name, Unset) else name,
            tags=None if isinstance(tags, Unset) else tags,
            forbid=None if isinstance(forbid, Unset) else forbid,
            create_time=None if isinstance(create_time, Unset) else create_time,
        )

        update_collection_request.additional_properties = d
        return update_collection_request

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


UpdateCollectionRequestDict = TypedDict(
    "UpdateCollectionRequestDict",
    {
        "id": "Required[str]",
        "datasetId": "str",
        "externalFileId": "str",
        "parentId": "str | None",
        "name": "str",
        "tags": "list[str]",
        "forbid": "bool",
        "createTime": "str",
    },
    total=False,
)
"""`UpdateCollectionRequest` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CollectionListItem")


@_attrs_define
class CollectionListItem:
    """A collection in a list."""

    id: str
    """ The collection id. """
    type_: str
    """ Kind (`virtual`, `folder`, `file`, `link`, ...). """
    name: str
    """ Name. """
    parent_id: None | str = None
    """ Its folder. """
    tmb_id: str | None = None
    """ Its owner. """
    update_time: str | None = None
    """ Last change (ISO time). """
    data_amount: int | None = None
    """ Data items. """
    training_amount: int | None = None
    """ Items still training. """
    external_file_id: str | None = None
    """ An external file id. """
    tags: list[str] | None = None
    """ Tags. """
    forbid: bool | None = None
    """ Disabled for search. """
    training_type: str | None = None
    """ How it was trained. """
    raw_link: str | None = None
    """ The source link. """
    permission: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id = self_tmb_id

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_data_amount = UNSET if self.data_amount is None else self.data_amount
        data_amount = self_data_amount

        self_training_amount = (
            UNSET if self.training_amount is None else self.training_amount
        )
        training_amount = self_training_amount

        self_external_file_id = (
            UNSET if self.external_file_id is None else self.external_file_id
        )
        external_file_id = self_external_file_id

        self_tags = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(self_tags, Unset):
            tags = self_tags

        self_forbid = UNSET if self.forbid is None else self.forbid
        forbid = self_forbid

        self_training_type = UNSET if self.training_type is None else self.training_type
        training_type = self_training_type

        self_raw_link = UNSET if self.raw_link is None else self.raw_link
        raw_link = self_raw_link

        self_permission = UNSET if self.permission is None else self.permission
        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self_permission, Unset):
            permission = self_permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "type": type_,
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if data_amount is not UNSET:
            field_dict["dataAmount"] = data_amount
        if training_amount is not UNSET:
            field_dict["trainingAmount"] = training_amount
        if external_file_id is not UNSET:
            field_dict["externalFileId"] = external_file_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if forbid is not UNSET:
            field_dict["forbid"] = forbid
        if training_type is not UNSET:
            field_dict["trainingType"] = training_type
        if raw_link is not UNSET:
            field_dict["rawLink"] = raw_link
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("_id")

        type_ = d.pop("type")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        tmb_id = d.pop("tmbId", UNSET)

        update_time = d.pop("updateTime", UNSET)

        data_amount = d.pop("dataAmount", UNSET)

        training_amount = d.pop("trainingAmount", UNSET)

        external_file_id = d.pop("externalFileId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        forbid = d.pop("forbid", UNSET)

        training_type = d.pop("trainingType", UNSET)

        raw_link = d.pop("rawLink", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: JsonObject | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = JsonObject.from_dict(_permission)

        collection_list_item = cls(
            id=id,
            type_=type_,
            name=name,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
            update_time=None if isinstance(update_time, Unset) else update_time,
            data_amount=None if isinstance(data_amount, Unset) else data_amount,
            training_amount=None
            if isinstance(training_amount, Unset)
            else training_amount,
            external_file_id=None
            if isinstance(external_file_id, Unset)
            else external_file_id,
            tags=None if isinstance(tags, Unset) else tags,
            forbid=None if isinstance(forbid, Unset) else forbid,
            training_type=None if isinstance(training_type, Unset) else training_type,
            raw_link=None if isinstance(raw_link, Unset) else raw_link,
            permission=None if isinstance(permission, Unset) else permission,
        )

        collection_list_item.additional_properties = d
        return collection_list_item

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


CollectionListItemDict = TypedDict(
    "CollectionListItemDict",
    {
        "_id": "Required[str]",
        "type": "Required[str]",
        "name": "Required[str]",
        "parentId": "str | None",
        "tmbId": "str",
        "updateTime": "str",
        "dataAmount": "int",
        "trainingAmount": "int",
        "externalFileId": "str",
        "tags": "list[str]",
        "forbid": "bool",
        "trainingType": "str",
        "rawLink": "str",
        "permission": "dict[str, Any]",
    },
    total=False,
)
"""`CollectionListItem` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CollectionListItem")


@_attrs_define
class CollectionListItem:
    """A collection in a list."""

    field_id: str | Unset = UNSET
    """ The collection id. """
    parent_id: None | str | Unset = UNSET
    """ Its folder. """
    tmb_id: str | Unset = UNSET
    """ Its owner. """
    type_: str | Unset = UNSET
    """ Kind (`virtual`, `folder`, `file`, `link`, ...). """
    name: str | Unset = UNSET
    """ Name. """
    update_time: str | Unset = UNSET
    """ Last change (ISO time). """
    data_amount: int | Unset = UNSET
    """ Data items. """
    training_amount: int | Unset = UNSET
    """ Items still training. """
    external_file_id: str | Unset = UNSET
    """ An external file id. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    forbid: bool | Unset = UNSET
    """ Disabled for search. """
    training_type: str | Unset = UNSET
    """ How it was trained. """
    raw_link: str | Unset = UNSET
    """ The source link. """
    permission: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        tmb_id = self.tmb_id

        type_ = self.type_

        name = self.name

        update_time = self.update_time

        data_amount = self.data_amount

        training_amount = self.training_amount

        external_file_id = self.external_file_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        forbid = self.forbid

        training_type = self.training_type

        raw_link = self.raw_link

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
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
        field_id = d.pop("_id", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        tmb_id = d.pop("tmbId", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

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
            field_id=field_id,
            parent_id=parent_id,
            tmb_id=tmb_id,
            type_=type_,
            name=name,
            update_time=update_time,
            data_amount=data_amount,
            training_amount=training_amount,
            external_file_id=external_file_id,
            tags=tags,
            forbid=forbid,
            training_type=training_type,
            raw_link=raw_link,
            permission=permission,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="DatasetListItem")


@_attrs_define
class DatasetListItem:
    """A dataset in a list."""

    field_id: str | Unset = UNSET
    """ The dataset id. """
    parent_id: None | str | Unset = UNSET
    """ Its folder. """
    tmb_id: str | Unset = UNSET
    """ Its owner. """
    avatar: str | Unset = UNSET
    """ Icon. """
    update_time: str | Unset = UNSET
    """ Last change (ISO time). """
    name: str | Unset = UNSET
    """ Name. """
    intro: str | Unset = UNSET
    """ Description. """
    type_: str | Unset = UNSET
    """ Kind (`dataset`, `folder`, ...). """
    permission: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    vector_model: ModelInfo | Unset = UNSET
    """ A model as FastGPT describes it. """
    inherit_permission: bool | Unset = UNSET
    """ Inherits its folder's permissions. """
    private: bool | Unset = UNSET
    """ Private. """
    source_member: JsonObject | Unset = UNSET
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

        avatar = self.avatar

        update_time = self.update_time

        name = self.name

        intro = self.intro

        type_ = self.type_

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        vector_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector_model, Unset):
            vector_model = self.vector_model.to_dict()

        inherit_permission = self.inherit_permission

        private = self.private

        source_member: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_member, Unset):
            source_member = self.source_member.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if name is not UNSET:
            field_dict["name"] = name
        if intro is not UNSET:
            field_dict["intro"] = intro
        if type_ is not UNSET:
            field_dict["type"] = type_
        if permission is not UNSET:
            field_dict["permission"] = permission
        if vector_model is not UNSET:
            field_dict["vectorModel"] = vector_model
        if inherit_permission is not UNSET:
            field_dict["inheritPermission"] = inherit_permission
        if private is not UNSET:
            field_dict["private"] = private
        if source_member is not UNSET:
            field_dict["sourceMember"] = source_member

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.model_info import ModelInfo

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

        avatar = d.pop("avatar", UNSET)

        update_time = d.pop("updateTime", UNSET)

        name = d.pop("name", UNSET)

        intro = d.pop("intro", UNSET)

        type_ = d.pop("type", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: JsonObject | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = JsonObject.from_dict(_permission)

        _vector_model = d.pop("vectorModel", UNSET)
        vector_model: ModelInfo | Unset
        if isinstance(_vector_model, Unset):
            vector_model = UNSET
        else:
            vector_model = ModelInfo.from_dict(_vector_model)

        inherit_permission = d.pop("inheritPermission", UNSET)

        private = d.pop("private", UNSET)

        _source_member = d.pop("sourceMember", UNSET)
        source_member: JsonObject | Unset
        if isinstance(_source_member, Unset):
            source_member = UNSET
        else:
            source_member = JsonObject.from_dict(_source_member)

        dataset_list_item = cls(
            field_id=field_id,
            parent_id=parent_id,
            tmb_id=tmb_id,
            avatar=avatar,
            update_time=update_time,
            name=name,
            intro=intro,
            type_=type_,
            permission=permission,
            vector_model=vector_model,
            inherit_permission=inherit_permission,
            private=private,
            source_member=source_member,
        )

        dataset_list_item.additional_properties = d
        return dataset_list_item

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

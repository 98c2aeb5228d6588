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
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="DatasetListItem")


@_attrs_define
class DatasetListItem:
    """A dataset in a list."""

    id: str
    """ The dataset id. """
    name: str
    """ Name. """
    type_: str
    """ Kind (`dataset`, `folder`, ...). """
    parent_id: None | str = None
    """ Its folder. """
    tmb_id: str | None = None
    """ Its owner. """
    avatar: str | None = None
    """ Icon. """
    update_time: str | None = None
    """ Last change (ISO time). """
    intro: str | None = None
    """ Description. """
    permission: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    vector_model: ModelInfo | None = None
    """ A model as FastGPT describes it. """
    inherit_permission: bool | None = None
    """ Inherits its folder's permissions. """
    private: bool | None = None
    """ Private. """
    source_member: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id = self_tmb_id

        self_avatar = UNSET if self.avatar is None else self.avatar
        avatar = self_avatar

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_intro = UNSET if self.intro is None else self.intro
        intro = self_intro

        self_permission = UNSET if self.permission is None else self.permission
        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self_permission, Unset):
            permission = self_permission.to_dict()

        self_vector_model = UNSET if self.vector_model is None else self.vector_model
        vector_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self_vector_model, Unset):
            vector_model = self_vector_model.to_dict()

        self_inherit_permission = (
            UNSET if self.inherit_permission is None else self.inherit_permission
        )
        inherit_permission = self_inherit_permission

        self_private = UNSET if self.private is None else self.private
        private = self_private

        self_source_member = UNSET if self.source_member is None else self.source_member
        source_member: dict[str, Any] | Unset = UNSET
        if not isinstance(self_source_member, Unset):
            source_member = self_source_member.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "type": type_,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if intro is not UNSET:
            field_dict["intro"] = intro
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
        id = d.pop("_id")

        name = d.pop("name")

        type_ = d.pop("type")

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

        intro = d.pop("intro", UNSET)

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
            id=id,
            name=name,
            type_=type_,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
            avatar=None if isinstance(avatar, Unset) else avatar,
            update_time=None if isinstance(update_time, Unset) else update_time,
            intro=None if isinstance(intro, Unset) else intro,
            permission=None if isinstance(permission, Unset) else permission,
            vector_model=None if isinstance(vector_model, Unset) else vector_model,
            inherit_permission=None
            if isinstance(inherit_permission, Unset)
            else inherit_permission,
            private=None if isinstance(private, Unset) else private,
            source_member=None if isinstance(source_member, Unset) else source_member,
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


if TYPE_CHECKING:
    from ..models.model_info import ModelInfoDict


DatasetListItemDict = TypedDict(
    "DatasetListItemDict",
    {
        "_id": "Required[str]",
        "name": "Required[str]",
        "type": "Required[str]",
        "parentId": "str | None",
        "tmbId": "str",
        "avatar": "str",
        "updateTime": "str",
        "intro": "str",
        "permission": "dict[str, Any]",
        "vectorModel": "ModelInfoDict",
        "inheritPermission": "bool",
        "private": "bool",
        "sourceMember": "dict[str, Any]",
    },
    total=False,
)
"""`DatasetListItem` as a plain dict, with FastGPT's field names."""

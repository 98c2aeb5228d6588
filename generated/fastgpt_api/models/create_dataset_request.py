from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_type import DatasetType, check_dataset_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetRequest")


@_attrs_define
class CreateDatasetRequest:
    """A new dataset (knowledge base)."""

    name: str
    """ The name. """
    parent_id: None | str | Unset = UNSET
    """ The folder to create it in. """
    type_: DatasetType | Unset = UNSET
    """ The dataset kind. """
    intro: str | Unset = UNSET
    """ A description. """
    avatar: str | Unset = UNSET
    """ An icon. """
    vector_model: str | Unset = UNSET
    """ The embedding model. """
    agent_model: str | Unset = UNSET
    """ The model for Q/A splitting and enhancement. """
    vlm_model: str | Unset = UNSET
    """ The vision model for image parsing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        intro = self.intro

        avatar = self.avatar

        vector_model = self.vector_model

        agent_model = self.agent_model

        vlm_model = self.vlm_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if intro is not UNSET:
            field_dict["intro"] = intro
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if vector_model is not UNSET:
            field_dict["vectorModel"] = vector_model
        if agent_model is not UNSET:
            field_dict["agentModel"] = agent_model
        if vlm_model is not UNSET:
            field_dict["vlmModel"] = vlm_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: DatasetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dataset_type(_type_)

        intro = d.pop("intro", UNSET)

        avatar = d.pop("avatar", UNSET)

        vector_model = d.pop("vectorModel", UNSET)

        agent_model = d.pop("agentModel", UNSET)

        vlm_model = d.pop("vlmModel", UNSET)

        create_dataset_request = cls(
            name=name,
            parent_id=parent_id,
            type_=type_,
            intro=intro,
            avatar=avatar,
            vector_model=vector_model,
            agent_model=agent_model,
            vlm_model=vlm_model,
        )

        create_dataset_request.additional_properties = d
        return create_dataset_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """A dataset's detail."""

    field_id: str | Unset = UNSET
    """ The dataset id. """
    parent_id: None | str | Unset = UNSET
    """ Its folder. """
    team_id: str | Unset = UNSET
    """ Its team. """
    tmb_id: str | Unset = UNSET
    """ Its owner. """
    name: str | Unset = UNSET
    """ Name. """
    intro: str | Unset = UNSET
    """ Description. """
    avatar: str | Unset = UNSET
    """ Icon. """
    type_: str | Unset = UNSET
    """ Kind. """
    status: str | Unset = UNSET
    """ Sync status (`active`, `syncing`, `waiting` or `error`). """
    error_msg: str | Unset = UNSET
    """ Why the last sync failed (with `status` `error`). """
    vector_model: ModelInfo | Unset = UNSET
    """ A model as FastGPT describes it. """
    agent_model: ModelInfo | Unset = UNSET
    """ A model as FastGPT describes it. """
    vlm_model: ModelInfo | Unset = UNSET
    """ A model as FastGPT describes it. """
    update_time: str | Unset = UNSET
    """ Last change (ISO time). """
    permission: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    chunk_settings: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    api_dataset_server: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    website_config: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    auto_sync: bool | Unset = UNSET
    """ Whether the dataset syncs itself from its source. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        team_id = self.team_id

        tmb_id = self.tmb_id

        name = self.name

        intro = self.intro

        avatar = self.avatar

        type_ = self.type_

        status = self.status

        error_msg = self.error_msg

        vector_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector_model, Unset):
            vector_model = self.vector_model.to_dict()

        agent_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_model, Unset):
            agent_model = self.agent_model.to_dict()

        vlm_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vlm_model, Unset):
            vlm_model = self.vlm_model.to_dict()

        update_time = self.update_time

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        chunk_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunk_settings, Unset):
            chunk_settings = self.chunk_settings.to_dict()

        api_dataset_server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_dataset_server, Unset):
            api_dataset_server = self.api_dataset_server.to_dict()

        website_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.website_config, Unset):
            website_config = self.website_config.to_dict()

        auto_sync = self.auto_sync

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if name is not UNSET:
            field_dict["name"] = name
        if intro is not UNSET:
            field_dict["intro"] = intro
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if vector_model is not UNSET:
            field_dict["vectorModel"] = vector_model
        if agent_model is not UNSET:
            field_dict["agentModel"] = agent_model
        if vlm_model is not UNSET:
            field_dict["vlmModel"] = vlm_model
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if permission is not UNSET:
            field_dict["permission"] = permission
        if chunk_settings is not UNSET:
            field_dict["chunkSettings"] = chunk_settings
        if api_dataset_server is not UNSET:
            field_dict["apiDatasetServer"] = api_dataset_server
        if website_config is not UNSET:
            field_dict["websiteConfig"] = website_config
        if auto_sync is not UNSET:
            field_dict["autoSync"] = auto_sync

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

        team_id = d.pop("teamId", UNSET)

        tmb_id = d.pop("tmbId", UNSET)

        name = d.pop("name", UNSET)

        intro = d.pop("intro", UNSET)

        avatar = d.pop("avatar", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        _vector_model = d.pop("vectorModel", UNSET)
        vector_model: ModelInfo | Unset
        if isinstance(_vector_model, Unset):
            vector_model = UNSET
        else:
            vector_model = ModelInfo.from_dict(_vector_model)

        _agent_model = d.pop("agentModel", UNSET)
        agent_model: ModelInfo | Unset
        if isinstance(_agent_model, Unset):
            agent_model = UNSET
        else:
            agent_model = ModelInfo.from_dict(_agent_model)

        _vlm_model = d.pop("vlmModel", UNSET)
        vlm_model: ModelInfo | Unset
        if isinstance(_vlm_model, Unset):
            vlm_model = UNSET
        else:
            vlm_model = ModelInfo.from_dict(_vlm_model)

        update_time = d.pop("updateTime", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: JsonObject | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = JsonObject.from_dict(_permission)

        _chunk_settings = d.pop("chunkSettings", UNSET)
        chunk_settings: JsonObject | Unset
        if isinstance(_chunk_settings, Unset):
            chunk_settings = UNSET
        else:
            chunk_settings = JsonObject.from_dict(_chunk_settings)

        _api_dataset_server = d.pop("apiDatasetServer", UNSET)
        api_dataset_server: JsonObject | Unset
        if isinstance(_api_dataset_server, Unset):
            api_dataset_server = UNSET
        else:
            api_dataset_server = JsonObject.from_dict(_api_dataset_server)

        _website_config = d.pop("websiteConfig", UNSET)
        website_config: JsonObject | Unset
        if isinstance(_website_config, Unset):
            website_config = UNSET
        else:
            website_config = JsonObject.from_dict(_website_config)

        auto_sync = d.pop("autoSync", UNSET)

        dataset = cls(
            field_id=field_id,
            parent_id=parent_id,
            team_id=team_id,
            tmb_id=tmb_id,
            name=name,
            intro=intro,
            avatar=avatar,
            type_=type_,
            status=status,
            error_msg=error_msg,
            vector_model=vector_model,
            agent_model=agent_model,
            vlm_model=vlm_model,
            update_time=update_time,
            permission=permission,
            chunk_settings=chunk_settings,
            api_dataset_server=api_dataset_server,
            website_config=website_config,
            auto_sync=auto_sync,
        )

        dataset.additional_properties = d
        return dataset

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

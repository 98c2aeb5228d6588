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


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """A dataset's detail."""

    id: str
    """ The dataset id. """
    name: str
    """ Name. """
    type_: str
    """ Kind. """
    parent_id: None | str = None
    """ Its folder. """
    team_id: str | None = None
    """ Its team. """
    tmb_id: str | None = None
    """ Its owner. """
    intro: str | None = None
    """ Description. """
    avatar: str | None = None
    """ Icon. """
    status: str | None = None
    """ Sync status (`active`, `syncing`, `waiting` or `error`). """
    error_msg: str | None = None
    """ Why the last sync failed (with `status` `error`). """
    vector_model: ModelInfo | None = None
    """ A model as FastGPT describes it. """
    agent_model: ModelInfo | None = None
    """ A model as FastGPT describes it. """
    vlm_model: ModelInfo | None = None
    """ A model as FastGPT describes it. """
    update_time: str | None = None
    """ Last change (ISO time). """
    permission: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    chunk_settings: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    api_dataset_server: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    website_config: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    auto_sync: bool | None = None
    """ Whether the dataset syncs itself from its source. """
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

        self_team_id = UNSET if self.team_id is None else self.team_id
        team_id = self_team_id

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id = self_tmb_id

        self_intro = UNSET if self.intro is None else self.intro
        intro = self_intro

        self_avatar = UNSET if self.avatar is None else self.avatar
        avatar = self_avatar

        self_status = UNSET if self.status is None else self.status
        status = self_status

        self_error_msg = UNSET if self.error_msg is None else self.error_msg
        error_msg = self_error_msg

        self_vector_model = UNSET if self.vector_model is None else self.vector_model
        vector_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self_vector_model, Unset):
            vector_model = self_vector_model.to_dict()

        self_agent_model = UNSET if self.agent_model is None else self.agent_model
        agent_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self_agent_model, Unset):
            agent_model = self_agent_model.to_dict()

        self_vlm_model = UNSET if self.vlm_model is None else self.vlm_model
        vlm_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self_vlm_model, Unset):
            vlm_model = self_vlm_model.to_dict()

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_permission = UNSET if self.permission is None else self.permission
        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self_permission, Unset):
            permission = self_permission.to_dict()

        self_chunk_settings = (
            UNSET if self.chunk_settings is None else self.chunk_settings
        )
        chunk_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self_chunk_settings, Unset):
            chunk_settings = self_chunk_settings.to_dict()

        self_api_dataset_server = (
            UNSET if self.api_dataset_server is None else self.api_dataset_server
        )
        api_dataset_server: dict[str, Any] | Unset = UNSET
        if not isinstance(self_api_dataset_server, Unset):
            api_dataset_server = self_api_dataset_server.to_dict()

        self_website_config = (
            UNSET if self.website_config is None else self.website_config
        )
        website_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self_website_config, Unset):
            website_config = self_website_config.to_dict()

        self_auto_sync = UNSET if self.auto_sync is None else self.auto_sync
        auto_sync = self_auto_sync

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
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if intro is not UNSET:
            field_dict["intro"] = intro
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
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

        team_id = d.pop("teamId", UNSET)

        tmb_id = d.pop("tmbId", UNSET)

        intro = d.pop("intro", UNSET)

        avatar = d.pop("avatar", UNSET)

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
            id=id,
            name=name,
            type_=type_,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            team_id=None if isinstance(team_id, Unset) else team_id,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
            intro=None if isinstance(intro, Unset) else intro,
            avatar=None if isinstance(avatar, Unset) else avatar,
            status=None if isinstance(status, Unset) else status,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            vector_model=None if isinstance(vector_model, Unset) else vector_model,
            agent_model=None if isinstance(agent_model, Unset) else agent_model,
            vlm_model=None if isinstance(vlm_model, Unset) else vlm_model,
            update_time=None if isinstance(update_time, Unset) else update_time,
            permission=None if isinstance(permission, Unset) else permission,
            chunk_settings=None
            if isinstance(chunk_settings, Unset)
            else chunk_settings,
            api_dataset_server=None
            if isinstance(api_dataset_server, Unset)
            else api_dataset_server,
            website_config=None
            if isinstance(website_config, Unset)
            else website_config,
            auto_sync=None if isinstance(auto_sync, Unset) else auto_sync,
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


if TYPE_CHECKING:
    from ..models.model_info import ModelInfoDict


DatasetDict = TypedDict(
    "DatasetDict",
    {
        "_id": "Required[str]",
        "name": "Required[str]",
        "type": "Required[str]",
        "parentId": "str | None",
        "teamId": "str",
        "tmbId": "str",
        "intro": "str",
        "avatar": "str",
        "status": "str",
        "errorMsg": "str",
        "vectorModel": "ModelInfoDict",
        "agentModel": "ModelInfoDict",
        "vlmModel": "ModelInfoDict",
        "updateTime": "str",
        "permission": "dict[str, Any]",
        "chunkSettings": "dict[str, Any]",
        "apiDatasetServer": "dict[str, Any]",
        "websiteConfig": "dict[str, Any]",
        "autoSync": "bool",
    },
    total=False,
)
"""`Dataset` as a plain dict, with FastGPT's field names."""

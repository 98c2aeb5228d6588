from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
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


T = TypeVar("T", bound="ChatInitApp")


@_attrs_define
class ChatInitApp:
    """The app as a chat window shows it."""

    chat_config: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    chat_models: list[str] | None = None
    """ Models the app uses. """
    name: str | None = None
    """ The app's name. """
    avatar: str | None = None
    """ The app's icon. """
    intro: str | None = None
    """ The app's description. """
    type_: str | None = None
    """ The app type (`simple`, `advanced`, `plugin`, ...). """
    plugin_inputs: list[JsonObject] | None = None
    """ Inputs of a workflow-tool app. """
    can_use: bool | None = None
    """ Whether the caller may chat with the app (4.16). """
    use_agent_sandbox: bool | None = None
    """ Whether the app runs in an agent sandbox (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_chat_config = UNSET if self.chat_config is None else self.chat_config
        chat_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self_chat_config, Unset):
            chat_config = self_chat_config.to_dict()

        self_chat_models = UNSET if self.chat_models is None else self.chat_models
        chat_models: list[str] | Unset = UNSET
        if not isinstance(self_chat_models, Unset):
            chat_models = self_chat_models

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_avatar = UNSET if self.avatar is None else self.avatar
        avatar = self_avatar

        self_intro = UNSET if self.intro is None else self.intro
        intro = self_intro

        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        self_plugin_inputs = UNSET if self.plugin_inputs is None else self.plugin_inputs
        plugin_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_plugin_inputs, Unset):
            plugin_inputs = []
            for plugin_inputs_item_data in self_plugin_inputs:
                plugin_inputs_item = plugin_inputs_item_data.to_dict()
                plugin_inputs.append(plugin_inputs_item)

        self_can_use = UNSET if self.can_use is None else self.can_use
        can_use = self_can_use

        self_use_agent_sandbox = (
            UNSET if self.use_agent_sandbox is None else self.use_agent_sandbox
        )
        use_agent_sandbox = self_use_agent_sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_config is not UNSET:
            field_dict["chatConfig"] = chat_config
        if chat_models is not UNSET:
            field_dict["chatModels"] = chat_models
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if intro is not UNSET:
            field_dict["intro"] = intro
        if type_ is not UNSET:
            field_dict["type"] = type_
        if plugin_inputs is not UNSET:
            field_dict["pluginInputs"] = plugin_inputs
        if can_use is not UNSET:
            field_dict["canUse"] = can_use
        if use_agent_sandbox is not UNSET:
            field_dict["useAgentSandbox"] = use_agent_sandbox

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        _chat_config = d.pop("chatConfig", UNSET)
        chat_config: JsonObject | Unset
        if isinstance(_chat_config, Unset):
            chat_config = UNSET
        else:
            chat_config = JsonObject.from_dict(_chat_config)

        chat_models = cast(list[str], d.pop("chatModels", UNSET))

        name = d.pop("name", UNSET)

        avatar = d.pop("avatar", UNSET)

        intro = d.pop("intro", UNSET)

        type_ = d.pop("type", UNSET)

        _plugin_inputs = d.pop("pluginInputs", UNSET)
        plugin_inputs: list[JsonObject] | Unset = UNSET
        if _plugin_inputs is not UNSET:
            plugin_inputs = []
            for plugin_inputs_item_data in _plugin_inputs:
                plugin_inputs_item = JsonObject.from_dict(plugin_inputs_item_data)

                plugin_inputs.append(plugin_inputs_item)

        can_use = d.pop("canUse", UNSET)

        use_agent_sandbox = d.pop("useAgentSandbox", UNSET)

        chat_init_app = cls(
            chat_config=None if isinstance(chat_config, Unset) else chat_config,
            chat_models=None if isinstance(chat_models, Unset) else chat_models,
            name=None if isinstance(name, Unset) else name,
            avatar=None if isinstance(avatar, Unset) else avatar,
            intro=None if isinstance(intro, Unset) else intro,
            type_=None if isinstance(type_, Unset) else type_,
            plugin_inputs=None if isinstance(plugin_inputs, Unset) else plugin_inputs,
            can_use=None if isinstance(can_use, Unset) else can_use,
            use_agent_sandbox=None
            if isinstance(use_agent_sandbox, Unset)
            else use_agent_sandbox,
        )

        chat_init_app.additional_properties = d
        return chat_init_app

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


ChatInitAppDict = TypedDict(
    "ChatInitAppDict",
    {
        "chatConfig": "dict[str, Any]",
        "chatModels": "list[str]",
        "name": "str",
        "avatar": "str",
        "intro": "str",
        "type": "str",
        "pluginInputs": "list[dict[str, Any]]",
        "canUse": "bool",
        "useAgentSandbox": "bool",
    },
    total=False,
)
"""`ChatInitApp` as a plain dict, with FastGPT's field names."""

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

from ..models.dataset_type import DatasetType, check_dataset_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateDatasetRequest")


@_attrs_define
class CreateDatasetRequest:
    """A new dataset (knowledge base). 4.14.11 and later require `type`, `intro` and `avatar`; FastGPT's web app sends
    `intro: ""` and the kind's default icon (`core/dataset/commonDatasetColor` for a dataset, `common/folderFill` for a
    folder, ...).

    """

    type_: DatasetType
    """ The dataset kind (FastGPT 4.16's `DatasetTypeEnum`; `dingtalk` is newer than 4.14.10, which rejects it). """
    name: str
    """ The name. """
    intro: str
    """ A description. """
    avatar: str
    """ An icon. """
    parent_id: None | str = None
    """ The folder to create it in. """
    vector_model: str | None = None
    """ The embedding model. """
    agent_model: str | None = None
    """ The model for Q/A splitting and enhancement. """
    vlm_model: str | None = None
    """ The vision model for image parsing. """
    api_dataset_server: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        intro = self.intro

        avatar = self.avatar

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_vector_model = UNSET if self.vector_model is None else self.vector_model
        vector_model = self_vector_model

        self_agent_model = UNSET if self.agent_model is None else self.agent_model
        agent_model = self_agent_model

        self_vlm_model = UNSET if self.vlm_model is None else self.vlm_model
        vlm_model = self_vlm_model

        self_api_dataset_server = (
            UNSET if self.api_dataset_server is None else self.api_dataset_server
        )
        api_dataset_server: dict[str, Any] | Unset = UNSET
        if not isinstance(self_api_dataset_server, Unset):
            api_dataset_server = self_api_dataset_server.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "intro": intro,
                "avatar": avatar,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if vector_model is not UNSET:
            field_dict["vectorModel"] = vector_model
        if agent_model is not UNSET:
            field_dict["agentModel"] = agent_model
        if vlm_model is not UNSET:
            field_dict["vlmModel"] = vlm_model
        if api_dataset_server is not UNSET:
            field_dict["apiDatasetServer"] = api_dataset_server

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        type_ = check_dataset_type(d.pop("type"))

        name = d.pop("name")

        intro = d.pop("intro")

        avatar = d.pop("avatar")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        vector_model = d.pop("vectorModel", UNSET)

        agent_model = d.pop("agentModel", UNSET)

        vlm_model = d.pop("vlmModel", UNSET)

        _api_dataset_server = d.pop("apiDatasetServer", UNSET)
        api_dataset_server: JsonObject | Unset
        if isinstance(_api_dataset_server, Unset):
            api_dataset_server = UNSET
        else:
            api_dataset_server = JsonObject.from_dict(_api_dataset_server)

        create_dataset_request = cls(
            type_=type_,
            name=name,
            intro=intro,
            avatar=avatar,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            vector_model=None if isinstance(vector_model, Unset) else vector_model,
            agent_model=None if isinstance(agent_model, Unset) else agent_model,
            vlm_model=None if isinstance(vlm_model, Unset) else vlm_model,
            api_dataset_server=None
            if isinstance(api_dataset_server, Unset)
            else api_dataset_server,
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


CreateDatasetRequestDict = TypedDict(
    "CreateDatasetRequestDict",
    {
        "type": "Required[DatasetType]",
        "name": "Required[str]",
        "intro": "Required[str]",
        "avatar": "Required[str]",
        "parentId": "str | None",
        "vectorModel": "str",
        "agentModel": "str",
        "vlmModel": "str",
        "apiDatasetServer": "dict[str, Any]",
    },
    total=False,
)
"""`CreateDatasetRequest` as a plain dict, with FastGPT's field names."""

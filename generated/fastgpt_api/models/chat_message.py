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

from ..models.chat_role import ChatRole, check_chat_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_content_part import FileContentPart
    from ..models.file_url_content_part import FileUrlContentPart
    from ..models.image_url_content_part import ImageUrlContentPart
    from ..models.input_audio_content_part import InputAudioContentPart
    from ..models.text_content_part import TextContentPart
    from ..models.video_url_content_part import VideoUrlContentPart


T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """One message in OpenAI chat format."""

    role: ChatRole
    """ The author of a message; `developer` (instructions, as `system`, for o1-style models) since FastGPT 4.14.
    """
    content: (
        list[
            FileContentPart
            | FileUrlContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | None
        | str
    ) = None
    """ Text, or a list of content parts (text, image, audio, video, file). FastGPT 4.16
    requires it on every role but `assistant`.
     """
    name: str | None = None
    """ Optional participant name. """
    data_id: str | None = None
    """ The stored record id of this message, if it came from FastGPT. """
    hide_in_ui: bool | None = None
    """ Stored but hidden in FastGPT's chat UI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_content_part import FileContentPart
        from ..models.image_url_content_part import ImageUrlContentPart
        from ..models.input_audio_content_part import InputAudioContentPart
        from ..models.text_content_part import TextContentPart
        from ..models.video_url_content_part import VideoUrlContentPart

        role: str = self.role

        self_content = UNSET if self.content is None else self.content
        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self_content, Unset):
            content = UNSET
        elif isinstance(self_content, list):
            content = []
            for content_type_1_item_data in self_content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, TextContentPart)
                    or isinstance(content_type_1_item_data, ImageUrlContentPart)
                    or isinstance(content_type_1_item_data, InputAudioContentPart)
                    or isinstance(content_type_1_item_data, VideoUrlContentPart)
                    or isinstance(content_type_1_item_data, FileContentPart)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self_content

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_data_id = UNSET if self.data_id is None else self.data_id
        data_id = self_data_id

        self_hide_in_ui = UNSET if self.hide_in_ui is None else self.hide_in_ui
        hide_in_ui = self_hide_in_ui

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if data_id is not UNSET:
            field_dict["dataId"] = data_id
        if hide_in_ui is not UNSET:
            field_dict["hideInUI"] = hide_in_ui

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_content_part import FileContentPart
        from ..models.file_url_content_part import FileUrlContentPart
        from ..models.image_url_content_part import ImageUrlContentPart
        from ..models.input_audio_content_part import InputAudioContentPart
        from ..models.text_content_part import TextContentPart
        from ..models.video_url_content_part import VideoUrlContentPart

        d = dict(src_dict)
        role = check_chat_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                FileContentPart
                | FileUrlContentPart
                | ImageUrlContentPart
                | InputAudioContentPart
                | TextContentPart
                | VideoUrlContentPart
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        FileContentPart
                        | FileUrlContentPart
                        | ImageUrlContentPart
                        | InputAudioContentPart
                        | TextContentPart
                        | VideoUrlContentPart
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_0 = (
                                TextContentPart.from_dict(data)
                            )

                            return componentsschemas_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_1 = (
                                ImageUrlContentPart.from_dict(data)
                            )

                            return componentsschemas_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_2 = (
                                InputAudioContentPart.from_dict(data)
                            )

                            return componentsschemas_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_3 = (
                                VideoUrlContentPart.from_dict(data)
                            )

                            return componentsschemas_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_4 = (
                                FileContentPart.from_dict(data)
                            )

                            return componentsschemas_content_part_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_part_type_5 = (
                            FileUrlContentPart.from_dict(data)
                        )

                        return componentsschemas_content_part_type_5

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    FileContentPart
                    | FileUrlContentPart
                    | ImageUrlContentPart
                    | InputAudioContentPart
                    | TextContentPart
                    | VideoUrlContentPart
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        data_id = d.pop("dataId", UNSET)

        hide_in_ui = d.pop("hideInUI", UNSET)

        chat_message = cls(
            role=role,
            content=None if isinstance(content, Unset) else content,
            name=None if isinstance(name, Unset) else name,
            data_id=None if isinstance(data_id, Unset) else data_id,
            hide_in_ui=None if isinstance(hide_in_ui, Unset) else hide_in_ui,
        )

        chat_message.additional_properties = d
        return chat_message

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
    from ..models.file_content_part import FileContentPartDict
    from ..models.file_url_content_part import FileUrlContentPartDict
    from ..models.image_url_content_part import ImageUrlContentPartDict
    from ..models.input_audio_content_part import InputAudioContentPartDict
    from ..models.text_content_part import TextContentPartDict
    from ..models.video_url_content_part import VideoUrlContentPartDict


ChatMessageDict = TypedDict(
    "ChatMessageDict",
    {
        "role": "Required[ChatRole]",
        "content": "str | list[TextContentPartDict | ImageUrlContentPartDict | InputAudioContentPartDict | VideoUrlContentPartDict | FileContentPartDict | FileUrlContentPartDict] | None",
        "name": "str",
        "dataId": "str",
        "hideInUI": "bool",
    },
    total=False,
)
"""`ChatMessage` as a plain dict, with FastGPT's field names."""

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
    from ..models.user_select_option import UserSelectOption


T = TypeVar("T", bound="UserSelectParams")


@_attrs_define
class UserSelectParams:
    """The question and its options."""

    description: str | None = None
    """ The question shown to the user. """
    user_select_options: list[UserSelectOption] | None = None
    user_selected_val: None | str = None
    """ The chosen value, once answered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_description = UNSET if self.description is None else self.description
        description = self_description

        self_user_select_options = (
            UNSET if self.user_select_options is None else self.user_select_options
        )
        user_select_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_user_select_options, Unset):
            user_select_options = []
            for user_select_options_item_data in self_user_select_options:
                user_select_options_item = user_select_options_item_data.to_dict()
                user_select_options.append(user_select_options_item)

        self_user_selected_val = (
            UNSET if self.user_selected_val is None else self.user_selected_val
        )
        user_selected_val: None | str | Unset
        if isinstance(self_user_selected_val, Unset):
            user_selected_val = UNSET
        else:
            user_selected_val = self_user_selected_val

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if user_select_options is not UNSET:
            field_dict["userSelectOptions"] = user_select_options
        if user_selected_val is not UNSET:
            field_dict["userSelectedVal"] = user_selected_val

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_select_option import UserSelectOption

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _user_select_options = d.pop("userSelectOptions", UNSET)
        user_select_options: list[UserSelectOption] | Unset = UNSET
        if _user_select_options is not UNSET:
            user_select_options = []
            for user_select_options_item_data in _user_select_options:
                user_select_options_item = UserSelectOption.from_dict(
                    user_select_options_item_data
                )

                user_select_options.append(user_select_options_item)

        def _parse_user_selected_val(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_selected_val = _parse_user_selected_val(d.pop("userSelectedVal", UNSET))

        user_select_params = cls(
            description=None if isinstance(description, Unset) else description,
            user_select_options=None
            if isinstance(user_select_options, Unset)
            else user_select_options,
            user_selected_val=None
            if isinstance(user_selected_val, Unset)
            else user_selected_val,
        )

        user_select_params.additional_properties = d
        return user_select_params

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
    from ..models.user_select_option import UserSelectOptionDict


UserSelectParamsDict = TypedDict(
    "UserSelectParamsDict",
    {
        "description": "str",
        "userSelectOptions": "list[UserSelectOptionDict]",
        "userSelectedVal": "str | None",
    },
    total=False,
)
"""`UserSelectParams` as a plain dict, with FastGPT's field names."""

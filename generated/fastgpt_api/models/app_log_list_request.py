from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_log_error_filter import AppLogErrorFilter, check_app_log_error_filter
from ..models.app_log_feedback_type import (
    AppLogFeedbackType,
    check_app_log_feedback_type,
)
from ..models.chat_source import ChatSource, check_chat_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogListRequest")


@_attrs_define
class AppLogListRequest:
    """Which of an app's chats to list."""

    app_id: str
    """ The app. """
    date_start: str
    """ Chats updated from (ISO time). """
    date_end: str
    """ Chats updated until (ISO time). """
    offset: int | Unset = UNSET
    """ Skip this many. """
    page_size: int | Unset = UNSET
    """ Chats per page (default 20). """
    sources: list[ChatSource] | Unset = UNSET
    """ Keep these channels. """
    tmb_ids: list[str] | Unset = UNSET
    """ Keep the chats of these team members. """
    out_link_uids: list[str] | Unset = UNSET
    """ Keep the chats of these share-link users (4.16). """
    chat_search: str | Unset = UNSET
    """ Keep chats whose id or title contains this. """
    feedback_type: AppLogFeedbackType | Unset = UNSET
    """ Keep chats with feedback, good, bad, or all. """
    unread_only: bool | Unset = UNSET
    """ With `feedbackType`: only feedback not yet read. """
    error_filter: AppLogErrorFilter | Unset = UNSET
    """ `has_error`: only chats with a failed run (4.16); `all`: every chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        date_start = self.date_start

        date_end = self.date_end

        offset = self.offset

        page_size = self.page_size

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item: str = sources_item_data
                sources.append(sources_item)

        tmb_ids: list[str] | Unset = UNSET
        if not isinstance(self.tmb_ids, Unset):
            tmb_ids = self.tmb_ids

        out_link_uids: list[str] | Unset = UNSET
        if not isinstance(self.out_link_uids, Unset):
            out_link_uids = self.out_link_uids

        chat_search = self.chat_search

        feedback_type: str | Unset = UNSET
        if not isinstance(self.feedback_type, Unset):
            feedback_type = self.feedback_type

        unread_only = self.unread_only

        error_filter: str | Unset = UNSET
        if not isinstance(self.error_filter, Unset):
            error_filter = self.error_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "dateStart": date_start,
                "dateEnd": date_end,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sources is not UNSET:
            field_dict["sources"] = sources
        if tmb_ids is not UNSET:
            field_dict["tmbIds"] = tmb_ids
        if out_link_uids is not UNSET:
            field_dict["outLinkUids"] = out_link_uids
        if chat_search is not UNSET:
            field_dict["chatSearch"] = chat_search
        if feedback_type is not UNSET:
            field_dict["feedbackType"] = feedback_type
        if unread_only is not UNSET:
            field_dict["unreadOnly"] = unread_only
        if error_filter is not UNSET:
            field_dict["errorFilter"] = error_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        date_start = d.pop("dateStart")

        date_end = d.pop("dateEnd")

        offset = d.pop("offset", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[ChatSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = check_chat_source(sources_item_data)

                sources.append(sources_item)

        tmb_ids = cast(list[str], d.pop("tmbIds", UNSET))

        out_link_uids = cast(list[str], d.pop("outLinkUids", UNSET))

        chat_search = d.pop("chatSearch", UNSET)

        _feedback_type = d.pop("feedbackType", UNSET)
        feedback_type: AppLogFeedbackType | Unset
        if isinstance(_feedback_type, Unset):
            feedback_type = UNSET
        else:
            feedback_type = check_app_log_feedback_type(_feedback_type)

        unread_only = d.pop("unreadOnly", UNSET)

        _error_filter = d.pop("errorFilter", UNSET)
        error_filter: AppLogErrorFilter | Unset
        if isinstance(_error_filter, Unset):
            error_filter = UNSET
        else:
            error_filter = check_app_log_error_filter(_error_filter)

        app_log_list_request = cls(
            app_id=app_id,
            date_start=date_start,
            date_end=date_end,
            offset=offset,
            page_size=page_size,
            sources=sources,
            tmb_ids=tmb_ids,
            out_link_uids=out_link_uids,
            chat_search=chat_search,
            feedback_type=feedback_type,
            unread_only=unread_only,
            error_filter=error_filter,
        )

        app_log_list_request.additional_properties = d
        return app_log_list_request

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

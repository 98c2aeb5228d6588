from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

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
    offset: int | None = None
    """ Skip this many. """
    page_size: int | None = None
    """ Chats per page (default 20). """
    sources: list[ChatSource] | None = None
    """ Keep these channels. """
    tmb_ids: list[str] | None = None
    """ Keep the chats of these team members. """
    out_link_uids: list[str] | None = None
    """ Keep the chats of these share-link users (4.16). """
    chat_search: str | None = None
    """ Keep chats whose id or title contains this. """
    feedback_type: AppLogFeedbackType | None = None
    """ Keep chats with feedback, good, bad, or all. """
    unread_only: bool | None = None
    """ With `feedbackType`: only feedback not yet read. """
    error_filter: AppLogErrorFilter | None = None
    """ `has_error`: only chats with a failed run (4.16); `all`: every chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        date_start = self.date_start

        date_end = self.date_end

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        self_sources = UNSET if self.sources is None else self.sources
        sources: list[str] | Unset = UNSET
        if not isinstance(self_sources, Unset):
            sources = []
            for sources_item_data in self_sources:
                sources_item: str = sources_item_data
                sources.append(sources_item)

        self_tmb_ids = UNSET if self.tmb_ids is None else self.tmb_ids
        tmb_ids: list[str] | Unset = UNSET
        if not isinstance(self_tmb_ids, Unset):
            tmb_ids = self_tmb_ids

        self_out_link_uids = UNSET if self.out_link_uids is None else self.out_link_uids
        out_link_uids: list[str] | Unset = UNSET
        if not isinstance(self_out_link_uids, Unset):
            out_link_uids = self_out_link_uids

        self_chat_search = UNSET if self.chat_search is None else self.chat_search
        chat_search = self_chat_search

        self_feedback_type = UNSET if self.feedback_type is None else self.feedback_type
        feedback_type: str | Unset = UNSET
        if not isinstance(self_feedback_type, Unset):
            feedback_type = self_feedback_type

        self_unread_only = UNSET if self.unread_only is None else self.unread_only
        unread_only = self_unread_only

        self_error_filter = UNSET if self.error_filter is None else self.error_filter
        error_filter: str | Unset = UNSET
        if not isinstance(self_error_filter, Unset):
            error_filter = self_error_filter

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
            offset=None if isinstance(offset, Unset) else offset,
            page_size=None if isinstance(page_size, Unset) else page_size,
            sources=None if isinstance(sources, Unset) else sources,
            tmb_ids=None if isinstance(tmb_ids, Unset) else tmb_ids,
            out_link_uids=None if isinstance(out_link_uids, Unset) else out_link_uids,
            chat_search=None if isinstance(chat_search, Unset) else chat_search,
            feedback_type=None if isinstance(feedback_type, Unset) else feedback_type,
            unread_only=None if isinstance(unread_only, Unset) else unread_only,
            error_filter=None if isinstance(error_filter, Unset) else error_filter,
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


AppLogListRequestDict = TypedDict(
    "AppLogListRequestDict",
    {
        "appId": "Required[str]",
        "dateStart": "Required[str]",
        "dateEnd": "Required[str]",
        "offset": "int",
        "pageSize": "int",
        "sources": "list[ChatSource]",
        "tmbIds": "list[str]",
        "outLinkUids": "list[str]",
        "chatSearch": "str",
        "feedbackType": "AppLogFeedbackType",
        "unreadOnly": "bool",
        "errorFilter": "AppLogErrorFilter",
    },
    total=False,
)
"""`AppLogListRequest` as a plain dict, with FastGPT's field names."""

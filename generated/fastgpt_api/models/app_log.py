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


T = TypeVar("T", bound="AppLog")


@_attrs_define
class AppLog:
    """One chat of an app's logs."""

    chat_id: str
    """ The chat. """
    id: str | None = None
    """ The chat's database id. """
    title: None | str = None
    """ Its title. """
    custom_title: None | str = None
    """ The title a user set. """
    source: str | None = None
    """ The channel (`api`, `online`, `share`, ...). """
    source_name: None | str = None
    """ The share link's or channel's name. """
    update_time: str | None = None
    """ When it last changed (ISO time). """
    create_time: None | str = None
    """ When it started (ISO time). """
    message_count: int | None = None
    """ Messages. """
    user_good_feedback_count: int | None = None
    """ Thumbs-up. """
    user_bad_feedback_count: int | None = None
    """ Thumbs-down. """
    custom_feedbacks_count: int | None = None
    """ Custom feedbacks. """
    mark_count: int | None = None
    """ Admin marks. """
    average_response_time: float | None = None
    """ Average answer time in seconds. """
    error_count: int | None = None
    """ Failed runs. """
    total_points: float | None = None
    """ AI points used. """
    out_link_uid: None | str = None
    """ The share-link user. """
    tmb_id: None | str = None
    """ The team member. """
    source_member: JsonObject | None = None
    """ The member's name, avatar and status. """
    version_name: None | str = None
    """ The app version that answered. """
    origin_ip: None | str = None
    """ The client's IP address. """
    region: None | str = None
    """ Where that address is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        chat_id = self.chat_id

        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_title = UNSET if self.title is None else self.title
        title: None | str | Unset
        if isinstance(self_title, Unset):
            title = UNSET
        else:
            title = self_title

        self_custom_title = UNSET if self.custom_title is None else self.custom_title
        custom_title: None | str | Unset
        if isinstance(self_custom_title, Unset):
            custom_title = UNSET
        else:
            custom_title = self_custom_title

        self_source = UNSET if self.source is None else self.source
        source = self_source

        self_source_name = UNSET if self.source_name is None else self.source_name
        source_name: None | str | Unset
        if isinstance(self_source_name, Unset):
            source_name = UNSET
        else:
            source_name = self_source_name

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_create_time = UNSET if self.create_time is None else self.create_time
        create_time: None | str | Unset
        if isinstance(self_create_time, Unset):
            create_time = UNSET
        else:
            create_time = self_create_time

        self_message_count = UNSET if self.message_count is None else self.message_count
        message_count: int | None | Unset
        if isinstance(self_message_count, Unset):
            message_count = UNSET
        else:
            message_count = self_message_count

        self_user_good_feedback_count = (
            UNSET
            if self.user_good_feedback_count is None
            else self.user_good_feedback_count
        )
        user_good_feedback_count: int | None | Unset
        if isinstance(self_user_good_feedback_count, Unset):
            user_good_feedback_count = UNSET
        else:
            user_good_feedback_count = self_user_good_feedback_count

        self_user_bad_feedback_count = (
            UNSET
            if self.user_bad_feedback_count is None
            else self.user_bad_feedback_count
        )
        user_bad_feedback_count: int | None | Unset
        if isinstance(self_user_bad_feedback_count, Unset):
            user_bad_feedback_count = UNSET
        else:
            user_bad_feedback_count = self_user_bad_feedback_count

        self_custom_feedbacks_count = (
            UNSET
            if self.custom_feedbacks_count is None
            else self.custom_feedbacks_count
        )
        custom_feedbacks_count: int | None | Unset
        if isinstance(self_custom_feedbacks_count, Unset):
            custom_feedbacks_count = UNSET
        else:
            custom_feedbacks_count = self_custom_feedbacks_count

        self_mark_count = UNSET if self.mark_count is None else self.mark_count
        mark_count: int | None | Unset
        if isinstance(self_mark_count, Unset):
            mark_count = UNSET
        else:
            mark_count = self_mark_count

        self_average_response_time = (
            UNSET if self.average_response_time is None else self.average_response_time
        )
        average_response_time: float | None | Unset
        if isinstance(self_average_response_time, Unset):
            average_response_time = UNSET
        else:
            average_response_time = self_average_response_time

        self_error_count = UNSET if self.error_count is None else self.error_count
        error_count: int | None | Unset
        if isinstance(self_error_count, Unset):
            error_count = UNSET
        else:
            error_count = self_error_count

        self_total_points = UNSET if self.total_points is None else self.total_points
        total_points: float | None | Unset
        if isinstance(self_total_points, Unset):
            total_points = UNSET
        else:
            total_points = self_total_points

        self_out_link_uid = UNSET if self.out_link_uid is None else self.out_link_uid
        out_link_uid: None | str | Unset
        if isinstance(self_out_link_uid, Unset):
            out_link_uid = UNSET
        else:
            out_link_uid = self_out_link_uid

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id: None | str | Unset
        if isinstance(self_tmb_id, Unset):
            tmb_id = UNSET
        else:
            tmb_id = self_tmb_id

        self_source_member = UNSET if self.source_member is None else self.source_member
        source_member: dict[str, Any] | None | Unset
        if isinstance(self_source_member, Unset):
            source_member = UNSET
        elif isinstance(self_source_member, JsonObject):
            source_member = self_source_member.to_dict()
        else:
            source_member = self_source_member

        self_version_name = UNSET if self.version_name is None else self.version_name
        version_name: None | str | Unset
        if isinstance(self_version_name, Unset):
            version_name = UNSET
        else:
            version_name = self_version_name

        self_origin_ip = UNSET if self.origin_ip is None else self.origin_ip
        origin_ip: None | str | Unset
        if isinstance(self_origin_ip, Unset):
            origin_ip = UNSET
        else:
            origin_ip = self_origin_ip

        self_region = UNSET if self.region is None else self.region
        region: None | str | Unset
        if isinstance(self_region, Unset):
            region = UNSET
        else:
            region = self_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if custom_title is not UNSET:
            field_dict["customTitle"] = custom_title
        if source is not UNSET:
            field_dict["source"] = source
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if message_count is not UNSET:
            field_dict["messageCount"] = message_count
        if user_good_feedback_count is not UNSET:
            field_dict["userGoodFeedbackCount"] = user_good_feedback_count
        if user_bad_feedback_count is not UNSET:
            field_dict["userBadFeedbackCount"] = user_bad_feedback_count
        if custom_feedbacks_count is not UNSET:
            field_dict["customFeedbacksCount"] = custom_feedbacks_count
        if mark_count is not UNSET:
            field_dict["markCount"] = mark_count
        if average_response_time is not UNSET:
            field_dict["averageResponseTime"] = average_response_time
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if total_points is not UNSET:
            field_dict["totalPoints"] = total_points
        if out_link_uid is not UNSET:
            field_dict["outLinkUid"] = out_link_uid
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if source_member is not UNSET:
            field_dict["sourceMember"] = source_member
        if version_name is not UNSET:
            field_dict["versionName"] = version_name
        if origin_ip is not UNSET:
            field_dict["originIp"] = origin_ip
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        chat_id = d.pop("chatId")

        id = d.pop("_id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_custom_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_title = _parse_custom_title(d.pop("customTitle", UNSET))

        source = d.pop("source", UNSET)

        def _parse_source_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_name = _parse_source_name(d.pop("sourceName", UNSET))

        update_time = d.pop("updateTime", UNSET)

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        def _parse_message_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_count = _parse_message_count(d.pop("messageCount", UNSET))

        def _parse_user_good_feedback_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_good_feedback_count = _parse_user_good_feedback_count(
            d.pop("userGoodFeedbackCount", UNSET)
        )

        def _parse_user_bad_feedback_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_bad_feedback_count = _parse_user_bad_feedback_count(
            d.pop("userBadFeedbackCount", UNSET)
        )

        def _parse_custom_feedbacks_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_feedbacks_count = _parse_custom_feedbacks_count(
            d.pop("customFeedbacksCount", UNSET)
        )

        def _parse_mark_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mark_count = _parse_mark_count(d.pop("markCount", UNSET))

        def _parse_average_response_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_response_time = _parse_average_response_time(
            d.pop("averageResponseTime", UNSET)
        )

        def _parse_error_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_count = _parse_error_count(d.pop("errorCount", UNSET))

        def _parse_total_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_points = _parse_total_points(d.pop("totalPoints", UNSET))

        def _parse_out_link_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_link_uid = _parse_out_link_uid(d.pop("outLinkUid", UNSET))

        def _parse_tmb_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tmb_id = _parse_tmb_id(d.pop("tmbId", UNSET))

        def _parse_source_member(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_member_type_0 = JsonObject.from_dict(data)

                return source_member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        source_member = _parse_source_member(d.pop("sourceMember", UNSET))

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("versionName", UNSET))

        def _parse_origin_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_ip = _parse_origin_ip(d.pop("originIp", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        app_log = cls(
            chat_id=chat_id,
            id=None if isinstance(id, Unset) else id,
            title=None if isinstance(title, Unset) else title,
            custom_title=None if isinstance(custom_title, Unset) else custom_title,
            source=None if isinstance(source, Unset) else source,
            source_name=None if isinstance(source_name, Unset) else source_name,
            update_time=None if isinstance(update_time, Unset) else update_time,
            create_time=None if isinstance(create_time, Unset) else create_time,
            message_count=None if isinstance(message_count, Unset) else message_count,
            user_good_feedback_count=None
            if isinstance(user_good_feedback_count, Unset)
            else user_good_feedback_count,
            user_bad_feedback_count=None
            if isinstance(user_bad_feedback_count, Unset)
            else user_bad_feedback_count,
            custom_feedbacks_count=None
            if isinstance(custom_feedbacks_count, Unset)
            else custom_feedbacks_count,
            mark_count=None if isinstance(mark_count, Unset) else mark_count,
            average_response_time=None
            if isinstance(average_response_time, Unset)
            else average_response_time,
            error_count=None if isinstance(error_count, Unset) else error_count,
            total_points=None if isinstance(total_points, Unset) else total_points,
            out_link_uid=None if isinstance(out_link_uid, Unset) else out_link_uid,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
            source_member=None if isinstance(source_member, Unset) else source_member,
            version_name=None if isinstance(version_name, Unset) else version_name,
            origin_ip=None if isinstance(origin_ip, Unset) else origin_ip,
            region=None if isinstance(region, Unset) else region,
        )

        app_log.additional_properties = d
        return app_log

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


AppLogDict = TypedDict(
    "AppLogDict",
    {
        "chatId": "Required[str]",
        "_id": "str",
        "title": "str | None",
        "customTitle": "str | None",
        "source": "str",
        "sourceName": "str | None",
        "updateTime": "str",
        "createTime": "str | None",
        "messageCount": "int | None",
        "userGoodFeedbackCount": "int | None",
        "userBadFeedbackCount": "int | None",
        "customFeedbacksCount": "int | None",
        "markCount": "int | None",
        "averageResponseTime": "float | None",
        "errorCount": "int | None",
        "totalPoints": "float | None",
        "outLinkUid": "str | None",
        "tmbId": "str | None",
        "sourceMember": "dict[str, Any] | None",
        "versionName": "str | None",
        "originIp": "str | None",
        "region": "str | None",
    },
    total=False,
)
"""`AppLog` as a plain dict, with FastGPT's field names."""

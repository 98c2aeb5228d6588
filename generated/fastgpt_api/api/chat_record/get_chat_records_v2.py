from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_records_v2_page_envelope import ChatRecordsV2PageEnvelope
from ...models.chat_records_v2_request import ChatRecordsV2Request
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ChatRecordsV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/chat/record/getRecords_v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatRecordsV2PageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChatRecordsV2PageEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorEnvelope.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatRecordsV2PageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRecordsV2Request,
) -> Response[ChatRecordsV2PageEnvelope | ErrorEnvelope]:
    """A chat's messages by cursor: around one message, or before or after one.

     Without a cursor: the newest `pageSize` messages. `initialId`: the message with that `dataId` and
    about `pageSize / 2` on each side. `prevId`: up to `pageSize` messages before that one; `nextId`: up
    to `pageSize` after it. Each page is oldest first; `hasMorePrev`/`hasMoreNext` say whether there is
    more in each direction. A cursor that is not a message of the chat is an error (`Prev item not
    found`, ...). In 4.14.5 too (it reads `appId` and `chatId` the same way).

    Args:
        body (ChatRecordsV2Request): Which messages of a chat: the newest, or those around, before
            or after one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatRecordsV2PageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRecordsV2Request,
) -> ChatRecordsV2PageEnvelope | ErrorEnvelope | None:
    """A chat's messages by cursor: around one message, or before or after one.

     Without a cursor: the newest `pageSize` messages. `initialId`: the message with that `dataId` and
    about `pageSize / 2` on each side. `prevId`: up to `pageSize` messages before that one; `nextId`: up
    to `pageSize` after it. Each page is oldest first; `hasMorePrev`/`hasMoreNext` say whether there is
    more in each direction. A cursor that is not a message of the chat is an error (`Prev item not
    found`, ...). In 4.14.5 too (it reads `appId` and `chatId` the same way).

    Args:
        body (ChatRecordsV2Request): Which messages of a chat: the newest, or those around, before
            or after one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatRecordsV2PageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRecordsV2Request,
) -> Response[ChatRecordsV2PageEnvelope | ErrorEnvelope]:
    """A chat's messages by cursor: around one message, or before or after one.

     Without a cursor: the newest `pageSize` messages. `initialId`: the message with that `dataId` and
    about `pageSize / 2` on each side. `prevId`: up to `pageSize` messages before that one; `nextId`: up
    to `pageSize` after it. Each page is oldest first; `hasMorePrev`/`hasMoreNext` say whether there is
    more in each direction. A cursor that is not a message of the chat is an error (`Prev item not
    found`, ...). In 4.14.5 too (it reads `appId` and `chatId` the same way).

    Args:
        body (ChatRecordsV2Request): Which messages of a chat: the newest, or those around, before
            or after one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatRecordsV2PageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRecordsV2Request,
) -> ChatRecordsV2PageEnvelope | ErrorEnvelope | None:
    """A chat's messages by cursor: around one message, or before or after one.

     Without a cursor: the newest `pageSize` messages. `initialId`: the message with that `dataId` and
    about `pageSize / 2` on each side. `prevId`: up to `pageSize` messages before that one; `nextId`: up
    to `pageSize` after it. Each page is oldest first; `hasMorePrev`/`hasMoreNext` say whether there is
    more in each direction. A cursor that is not a message of the chat is an error (`Prev item not
    found`, ...). In 4.14.5 too (it reads `appId` and `chatId` the same way).

    Args:
        body (ChatRecordsV2Request): Which messages of a chat: the newest, or those around, before
            or after one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatRecordsV2PageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

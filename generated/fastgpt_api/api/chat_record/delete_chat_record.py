from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_chat_record_request import DeleteChatRecordRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.null_envelope import NullEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteChatRecordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/core/chat/record/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NullEnvelope | None:
    if response.status_code == 200:
        response_200 = NullEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NullEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteChatRecordRequest,
) -> Response[ErrorEnvelope | NullEnvelope]:
    """Delete messages of a chat (soft delete; 4.14.11 and later).

     The route since 4.14.11 (FastGPT commit 852448703 renamed `core/chat/item/delete` to it). The
    handler reads the JSON body when it is not empty, else the query string; the method is not checked.
    `contentId` deletes one message, `contentIds` several; a call with neither succeeds and deletes
    nothing. Servers before 4.14.11 answer this route with their HTML 404 page; use
    `deleteChatRecordLegacy` there.

    Args:
        body (DeleteChatRecordRequest): Which messages to delete (4.14.11+). Give `contentId`,
            `contentIds` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NullEnvelope]
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
    body: DeleteChatRecordRequest,
) -> ErrorEnvelope | NullEnvelope | None:
    """Delete messages of a chat (soft delete; 4.14.11 and later).

     The route since 4.14.11 (FastGPT commit 852448703 renamed `core/chat/item/delete` to it). The
    handler reads the JSON body when it is not empty, else the query string; the method is not checked.
    `contentId` deletes one message, `contentIds` several; a call with neither succeeds and deletes
    nothing. Servers before 4.14.11 answer this route with their HTML 404 page; use
    `deleteChatRecordLegacy` there.

    Args:
        body (DeleteChatRecordRequest): Which messages to delete (4.14.11+). Give `contentId`,
            `contentIds` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NullEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteChatRecordRequest,
) -> Response[ErrorEnvelope | NullEnvelope]:
    """Delete messages of a chat (soft delete; 4.14.11 and later).

     The route since 4.14.11 (FastGPT commit 852448703 renamed `core/chat/item/delete` to it). The
    handler reads the JSON body when it is not empty, else the query string; the method is not checked.
    `contentId` deletes one message, `contentIds` several; a call with neither succeeds and deletes
    nothing. Servers before 4.14.11 answer this route with their HTML 404 page; use
    `deleteChatRecordLegacy` there.

    Args:
        body (DeleteChatRecordRequest): Which messages to delete (4.14.11+). Give `contentId`,
            `contentIds` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NullEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteChatRecordRequest,
) -> ErrorEnvelope | NullEnvelope | None:
    """Delete messages of a chat (soft delete; 4.14.11 and later).

     The route since 4.14.11 (FastGPT commit 852448703 renamed `core/chat/item/delete` to it). The
    handler reads the JSON body when it is not empty, else the query string; the method is not checked.
    `contentId` deletes one message, `contentIds` several; a call with neither succeeds and deletes
    nothing. Servers before 4.14.11 answer this route with their HTML 404 page; use
    `deleteChatRecordLegacy` there.

    Args:
        body (DeleteChatRecordRequest): Which messages to delete (4.14.11+). Give `contentId`,
            `contentIds` or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NullEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_history_status_list_envelope import ChatHistoryStatusListEnvelope
from ...models.chat_history_status_request import ChatHistoryStatusRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ChatHistoryStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/chat/history/getHistoryStatus",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatHistoryStatusListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChatHistoryStatusListEnvelope.from_dict(response.json())

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
) -> Response[ChatHistoryStatusListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatHistoryStatusRequest,
) -> Response[ChatHistoryStatusListEnvelope | ErrorEnvelope]:
    """Many chats' generating and read state at once (`chatGenerateStatus`, `hasBeenRead`, `updateTime`).

     Lists the chats of `chatIds` that exist (a deleted or unknown chat is left out). FastGPT 4.14.11 and
    later (commit 7506a147e); older servers answer with their HTML 404 page.

    Args:
        body (ChatHistoryStatusRequest): Which chats to read the state of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatHistoryStatusListEnvelope | ErrorEnvelope]
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
    body: ChatHistoryStatusRequest,
) -> ChatHistoryStatusListEnvelope | ErrorEnvelope | None:
    """Many chats' generating and read state at once (`chatGenerateStatus`, `hasBeenRead`, `updateTime`).

     Lists the chats of `chatIds` that exist (a deleted or unknown chat is left out). FastGPT 4.14.11 and
    later (commit 7506a147e); older servers answer with their HTML 404 page.

    Args:
        body (ChatHistoryStatusRequest): Which chats to read the state of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatHistoryStatusListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatHistoryStatusRequest,
) -> Response[ChatHistoryStatusListEnvelope | ErrorEnvelope]:
    """Many chats' generating and read state at once (`chatGenerateStatus`, `hasBeenRead`, `updateTime`).

     Lists the chats of `chatIds` that exist (a deleted or unknown chat is left out). FastGPT 4.14.11 and
    later (commit 7506a147e); older servers answer with their HTML 404 page.

    Args:
        body (ChatHistoryStatusRequest): Which chats to read the state of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatHistoryStatusListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatHistoryStatusRequest,
) -> ChatHistoryStatusListEnvelope | ErrorEnvelope | None:
    """Many chats' generating and read state at once (`chatGenerateStatus`, `hasBeenRead`, `updateTime`).

     Lists the chats of `chatIds` that exist (a deleted or unknown chat is left out). FastGPT 4.14.11 and
    later (commit 7506a147e); older servers answer with their HTML 404 page.

    Args:
        body (ChatHistoryStatusRequest): Which chats to read the state of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatHistoryStatusListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

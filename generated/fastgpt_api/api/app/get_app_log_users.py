from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_log_users_envelope import AppLogUsersEnvelope
from ...models.app_log_users_request import AppLogUsersRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AppLogUsersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/app/logs/getUsers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppLogUsersEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AppLogUsersEnvelope.from_dict(response.json())

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
) -> Response[AppLogUsersEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogUsersRequest,
) -> Response[AppLogUsersEnvelope | ErrorEnvelope]:
    """The users in an app's logs, most chats first (at most 50).

     Team members and share-link users (`outLinkUid`) with their chat counts. FastGPT 4.14.7 and later.

    Args:
        body (AppLogUsersRequest): Whose chats to count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppLogUsersEnvelope | ErrorEnvelope]
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
    body: AppLogUsersRequest,
) -> AppLogUsersEnvelope | ErrorEnvelope | None:
    """The users in an app's logs, most chats first (at most 50).

     Team members and share-link users (`outLinkUid`) with their chat counts. FastGPT 4.14.7 and later.

    Args:
        body (AppLogUsersRequest): Whose chats to count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppLogUsersEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogUsersRequest,
) -> Response[AppLogUsersEnvelope | ErrorEnvelope]:
    """The users in an app's logs, most chats first (at most 50).

     Team members and share-link users (`outLinkUid`) with their chat counts. FastGPT 4.14.7 and later.

    Args:
        body (AppLogUsersRequest): Whose chats to count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppLogUsersEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogUsersRequest,
) -> AppLogUsersEnvelope | ErrorEnvelope | None:
    """The users in an app's logs, most chats first (at most 50).

     Team members and share-link users (`outLinkUid`) with their chat counts. FastGPT 4.14.7 and later.

    Args:
        body (AppLogUsersRequest): Whose chats to count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppLogUsersEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_log_list_request import AppLogListRequest
from ...models.app_log_page_envelope import AppLogPageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AppLogListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/app/logs/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppLogPageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AppLogPageEnvelope.from_dict(response.json())

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
) -> Response[AppLogPageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogListRequest,
) -> Response[AppLogPageEnvelope | ErrorEnvelope]:
    """Page through an app's chats as its logs show them (with counts and filters).

     Chats updated between `dateStart` and `dateEnd`, newest first, with message, feedback and error
    counts. Needs log permission on the app. API keys may call it from FastGPT 4.14.11 (4.14.5's handler
    checks a login token only: an API key gets `unAuthorization`).

    Args:
        body (AppLogListRequest): Which of an app's chats to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppLogPageEnvelope | ErrorEnvelope]
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
    body: AppLogListRequest,
) -> AppLogPageEnvelope | ErrorEnvelope | None:
    """Page through an app's chats as its logs show them (with counts and filters).

     Chats updated between `dateStart` and `dateEnd`, newest first, with message, feedback and error
    counts. Needs log permission on the app. API keys may call it from FastGPT 4.14.11 (4.14.5's handler
    checks a login token only: an API key gets `unAuthorization`).

    Args:
        body (AppLogListRequest): Which of an app's chats to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppLogPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogListRequest,
) -> Response[AppLogPageEnvelope | ErrorEnvelope]:
    """Page through an app's chats as its logs show them (with counts and filters).

     Chats updated between `dateStart` and `dateEnd`, newest first, with message, feedback and error
    counts. Needs log permission on the app. API keys may call it from FastGPT 4.14.11 (4.14.5's handler
    checks a login token only: an API key gets `unAuthorization`).

    Args:
        body (AppLogListRequest): Which of an app's chats to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppLogPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AppLogListRequest,
) -> AppLogPageEnvelope | ErrorEnvelope | None:
    """Page through an app's chats as its logs show them (with counts and filters).

     Chats updated between `dateStart` and `dateEnd`, newest first, with message, feedback and error
    counts. Needs log permission on the app. API keys may call it from FastGPT 4.14.11 (4.14.5's handler
    checks a login token only: an API key gets `unAuthorization`).

    Args:
        body (AppLogListRequest): Which of an app's chats to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppLogPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.stop_chat_envelope import StopChatEnvelope
from ...models.stop_chat_request import StopChatRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StopChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/chat/stop",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StopChatEnvelope | None:
    if response.status_code == 200:
        response_200 = StopChatEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StopChatEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StopChatRequest,
) -> Response[ErrorEnvelope | StopChatEnvelope]:
    """Stop a running v2 workflow run of a chat.

     Sets the stop flag of the run and waits up to 5 s for it to stop (4.16.0; 4.16.3 answers at once).
    Runs started through v1 are not affected. 4.16 answers `{success, completed, chatGenerateStatus}`;
    4.14 answers `{success}` only.

    Args:
        body (StopChatRequest): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StopChatEnvelope]
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
    body: StopChatRequest,
) -> ErrorEnvelope | StopChatEnvelope | None:
    """Stop a running v2 workflow run of a chat.

     Sets the stop flag of the run and waits up to 5 s for it to stop (4.16.0; 4.16.3 answers at once).
    Runs started through v1 are not affected. 4.16 answers `{success, completed, chatGenerateStatus}`;
    4.14 answers `{success}` only.

    Args:
        body (StopChatRequest): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StopChatEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StopChatRequest,
) -> Response[ErrorEnvelope | StopChatEnvelope]:
    """Stop a running v2 workflow run of a chat.

     Sets the stop flag of the run and waits up to 5 s for it to stop (4.16.0; 4.16.3 answers at once).
    Runs started through v1 are not affected. 4.16 answers `{success, completed, chatGenerateStatus}`;
    4.14 answers `{success}` only.

    Args:
        body (StopChatRequest): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StopChatEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StopChatRequest,
) -> ErrorEnvelope | StopChatEnvelope | None:
    """Stop a running v2 workflow run of a chat.

     Sets the stop flag of the run and waits up to 5 s for it to stop (4.16.0; 4.16.3 answers at once).
    Runs started through v1 are not affected. 4.16 answers `{success, completed, chatGenerateStatus}`;
    4.14 answers `{success}` only.

    Args:
        body (StopChatRequest): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StopChatEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.node_responses_envelope import NodeResponsesEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    app_id: str,
    chat_id: str,
    data_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appId"] = app_id

    params["chatId"] = chat_id

    params["dataId"] = data_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/chat/record/getResData",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NodeResponsesEnvelope | None:
    if response.status_code == 200:
        response_200 = NodeResponsesEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NodeResponsesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    data_id: str,
) -> Response[ErrorEnvelope | NodeResponsesEnvelope]:
    """What each workflow node did for one answer (`[]` for a user message).

    Args:
        app_id (str):
        chat_id (str):
        data_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NodeResponsesEnvelope]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        chat_id=chat_id,
        data_id=data_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    data_id: str,
) -> ErrorEnvelope | NodeResponsesEnvelope | None:
    """What each workflow node did for one answer (`[]` for a user message).

    Args:
        app_id (str):
        chat_id (str):
        data_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NodeResponsesEnvelope
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        chat_id=chat_id,
        data_id=data_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    data_id: str,
) -> Response[ErrorEnvelope | NodeResponsesEnvelope]:
    """What each workflow node did for one answer (`[]` for a user message).

    Args:
        app_id (str):
        chat_id (str):
        data_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NodeResponsesEnvelope]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        chat_id=chat_id,
        data_id=data_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    data_id: str,
) -> ErrorEnvelope | NodeResponsesEnvelope | None:
    """What each workflow node did for one answer (`[]` for a user message).

    Args:
        app_id (str):
        chat_id (str):
        data_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NodeResponsesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            chat_id=chat_id,
            data_id=data_id,
        )
    ).parsed

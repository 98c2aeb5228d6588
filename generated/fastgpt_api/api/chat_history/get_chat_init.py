from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_init_envelope import ChatInitEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str,
    chat_id: str,
    load_custom_feedbacks: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appId"] = app_id

    params["chatId"] = chat_id

    params["loadCustomFeedbacks"] = load_custom_feedbacks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/chat/init",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatInitEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChatInitEnvelope.from_dict(response.json())

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
) -> Response[ChatInitEnvelope | ErrorEnvelope]:
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
    load_custom_feedbacks: bool | Unset = UNSET,
) -> Response[ChatInitEnvelope | ErrorEnvelope]:
    """Open a chat: its title, variables and the app's chat settings.

    Args:
        app_id (str):
        chat_id (str):
        load_custom_feedbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatInitEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        chat_id=chat_id,
        load_custom_feedbacks=load_custom_feedbacks,
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
    load_custom_feedbacks: bool | Unset = UNSET,
) -> ChatInitEnvelope | ErrorEnvelope | None:
    """Open a chat: its title, variables and the app's chat settings.

    Args:
        app_id (str):
        chat_id (str):
        load_custom_feedbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatInitEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        chat_id=chat_id,
        load_custom_feedbacks=load_custom_feedbacks,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    load_custom_feedbacks: bool | Unset = UNSET,
) -> Response[ChatInitEnvelope | ErrorEnvelope]:
    """Open a chat: its title, variables and the app's chat settings.

    Args:
        app_id (str):
        chat_id (str):
        load_custom_feedbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatInitEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        chat_id=chat_id,
        load_custom_feedbacks=load_custom_feedbacks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    chat_id: str,
    load_custom_feedbacks: bool | Unset = UNSET,
) -> ChatInitEnvelope | ErrorEnvelope | None:
    """Open a chat: its title, variables and the app's chat settings.

    Args:
        app_id (str):
        chat_id (str):
        load_custom_feedbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatInitEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            chat_id=chat_id,
            load_custom_feedbacks=load_custom_feedbacks,
        )
    ).parsed

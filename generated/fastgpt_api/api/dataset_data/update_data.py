from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.update_data_request import UpdateDataRequest
from ...models.update_data_result_envelope import UpdateDataResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/core/dataset/data/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpdateDataResultEnvelope | None:
    if response.status_code == 200:
        response_200 = UpdateDataResultEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UpdateDataResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataRequest,
) -> Response[ErrorEnvelope | UpdateDataResultEnvelope]:
    """Correct an item.

     4.14.11 and later require `q` (send the current text to change only `a` or the indexes) and answer
    the item's new display text `{q, a}`; 4.14.10 and earlier take `q` as optional and answer `data:
    null`. Sending `indexes` at all rebuilds the item's indexes from the list (4.16).

    Args:
        body (UpdateDataRequest): What to change on an item; absent fields stay. 4.14.11 and later
            require `q` (send the current one to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdateDataResultEnvelope]
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
    body: UpdateDataRequest,
) -> ErrorEnvelope | UpdateDataResultEnvelope | None:
    """Correct an item.

     4.14.11 and later require `q` (send the current text to change only `a` or the indexes) and answer
    the item's new display text `{q, a}`; 4.14.10 and earlier take `q` as optional and answer `data:
    null`. Sending `indexes` at all rebuilds the item's indexes from the list (4.16).

    Args:
        body (UpdateDataRequest): What to change on an item; absent fields stay. 4.14.11 and later
            require `q` (send the current one to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdateDataResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataRequest,
) -> Response[ErrorEnvelope | UpdateDataResultEnvelope]:
    """Correct an item.

     4.14.11 and later require `q` (send the current text to change only `a` or the indexes) and answer
    the item's new display text `{q, a}`; 4.14.10 and earlier take `q` as optional and answer `data:
    null`. Sending `indexes` at all rebuilds the item's indexes from the list (4.16).

    Args:
        body (UpdateDataRequest): What to change on an item; absent fields stay. 4.14.11 and later
            require `q` (send the current one to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdateDataResultEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataRequest,
) -> ErrorEnvelope | UpdateDataResultEnvelope | None:
    """Correct an item.

     4.14.11 and later require `q` (send the current text to change only `a` or the indexes) and answer
    the item's new display text `{q, a}`; 4.14.10 and earlier take `q` as optional and answer `data:
    null`. Sending `indexes` at all rebuilds the item's indexes from the list (4.16).

    Args:
        body (UpdateDataRequest): What to change on an item; absent fields stay. 4.14.11 and later
            require `q` (send the current one to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdateDataResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

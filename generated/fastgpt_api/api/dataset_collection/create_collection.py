from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_request import CreateCollectionRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.string_envelope import StringEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/dataset/collection/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StringEnvelope | None:
    if response.status_code == 200:
        response_200 = StringEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StringEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[ErrorEnvelope | StringEnvelope]:
    """Create an empty (virtual) or folder collection; returns its id.

    Args:
        body (CreateCollectionRequest): An empty collection: a folder, or a virtual collection to
            push data into. 4.14 also stored a `metadata` object sent here; 4.16 drops it (its schema
            has no such field), so it is not part of this request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StringEnvelope]
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
    body: CreateCollectionRequest,
) -> ErrorEnvelope | StringEnvelope | None:
    """Create an empty (virtual) or folder collection; returns its id.

    Args:
        body (CreateCollectionRequest): An empty collection: a folder, or a virtual collection to
            push data into. 4.14 also stored a `metadata` object sent here; 4.16 drops it (its schema
            has no such field), so it is not part of this request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StringEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> Response[ErrorEnvelope | StringEnvelope]:
    """Create an empty (virtual) or folder collection; returns its id.

    Args:
        body (CreateCollectionRequest): An empty collection: a folder, or a virtual collection to
            push data into. 4.14 also stored a `metadata` object sent here; 4.16 drops it (its schema
            has no such field), so it is not part of this request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StringEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
) -> ErrorEnvelope | StringEnvelope | None:
    """Create an empty (virtual) or folder collection; returns its id.

    Args:
        body (CreateCollectionRequest): An empty collection: a folder, or a virtual collection to
            push data into. 4.14 also stored a `metadata` object sent here; 4.16 drops it (its schema
            has no such field), so it is not part of this request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StringEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_training_detail_envelope import (
    CollectionTrainingDetailEnvelope,
)
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    collection_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collectionId"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/dataset/collection/trainingDetail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionTrainingDetailEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CollectionTrainingDetailEnvelope.from_dict(response.json())

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
) -> Response[CollectionTrainingDetailEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> Response[CollectionTrainingDetailEnvelope | ErrorEnvelope]:
    """How far a collection's training is: queued, training and failed items per mode, and data trained.

     From FastGPT's Dev API (not its System OpenAPI; API keys may call it). A collection has finished
    when nothing is queued or training; items that failed for good count in `errorCounts`.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionTrainingDetailEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> CollectionTrainingDetailEnvelope | ErrorEnvelope | None:
    """How far a collection's training is: queued, training and failed items per mode, and data trained.

     From FastGPT's Dev API (not its System OpenAPI; API keys may call it). A collection has finished
    when nothing is queued or training; items that failed for good count in `errorCounts`.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionTrainingDetailEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> Response[CollectionTrainingDetailEnvelope | ErrorEnvelope]:
    """How far a collection's training is: queued, training and failed items per mode, and data trained.

     From FastGPT's Dev API (not its System OpenAPI; API keys may call it). A collection has finished
    when nothing is queued or training; items that failed for good count in `errorCounts`.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionTrainingDetailEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str,
) -> CollectionTrainingDetailEnvelope | ErrorEnvelope | None:
    """How far a collection's training is: queued, training and failed items per mode, and data trained.

     From FastGPT's Dev API (not its System OpenAPI; API keys may call it). A collection has finished
    when nothing is queued or training; items that failed for good count in `errorCounts`.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionTrainingDetailEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_id=collection_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_api_collection_request import CreateApiCollectionRequest
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateApiCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/dataset/collection/create/apiCollection",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EmptyEnvelope.from_dict(response.json())

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
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiCollectionRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Import one file of an API dataset (custom API, Feishu, Yuque, DingTalk) as a collection.

     Reads the file `apiFileId` from the dataset's third-party server and imports it like a file
    collection. The answer has no data (not even the collection id); a file already imported is skipped.
    A dataset without an API server fails (`Can not find api dataset server`).

    Args:
        body (CreateApiCollectionRequest): One file of an API dataset to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
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
    body: CreateApiCollectionRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Import one file of an API dataset (custom API, Feishu, Yuque, DingTalk) as a collection.

     Reads the file `apiFileId` from the dataset's third-party server and imports it like a file
    collection. The answer has no data (not even the collection id); a file already imported is skipped.
    A dataset without an API server fails (`Can not find api dataset server`).

    Args:
        body (CreateApiCollectionRequest): One file of an API dataset to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiCollectionRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Import one file of an API dataset (custom API, Feishu, Yuque, DingTalk) as a collection.

     Reads the file `apiFileId` from the dataset's third-party server and imports it like a file
    collection. The answer has no data (not even the collection id); a file already imported is skipped.
    A dataset without an API server fails (`Can not find api dataset server`).

    Args:
        body (CreateApiCollectionRequest): One file of an API dataset to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiCollectionRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Import one file of an API dataset (custom API, Feishu, Yuque, DingTalk) as a collection.

     Reads the file `apiFileId` from the dataset's third-party server and imports it like a file
    collection. The answer has no data (not even the collection id); a file already imported is skipped.
    A dataset without an API server fails (`Can not find api dataset server`).

    Args:
        body (CreateApiCollectionRequest): One file of an API dataset to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

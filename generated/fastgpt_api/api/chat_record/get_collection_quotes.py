from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_quote_page_envelope import CollectionQuotePageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.get_collection_quotes_request import GetCollectionQuotesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetCollectionQuotesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/chat/record/getCollectionQuote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionQuotePageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CollectionQuotePageEnvelope.from_dict(response.json())

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
) -> Response[CollectionQuotePageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCollectionQuotesRequest,
) -> Response[CollectionQuotePageEnvelope | ErrorEnvelope]:
    """Page through one cited collection's chunks, in both directions.

     `initialId` + `anchor` (the cited chunk's id and `chunkIndex`): that chunk with up to `pageSize` on
    each side. `prevId`/`nextId` + `anchor` (an end of the last page: its `id` and `anchor`): the page
    before or after. Without `anchor` FastGPT refuses (`unAuthChat`). 4.14.11 and later, as `getQuote`.

    Args:
        body (GetCollectionQuotesRequest): A page of one cited collection's chunks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionQuotePageEnvelope | ErrorEnvelope]
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
    body: GetCollectionQuotesRequest,
) -> CollectionQuotePageEnvelope | ErrorEnvelope | None:
    """Page through one cited collection's chunks, in both directions.

     `initialId` + `anchor` (the cited chunk's id and `chunkIndex`): that chunk with up to `pageSize` on
    each side. `prevId`/`nextId` + `anchor` (an end of the last page: its `id` and `anchor`): the page
    before or after. Without `anchor` FastGPT refuses (`unAuthChat`). 4.14.11 and later, as `getQuote`.

    Args:
        body (GetCollectionQuotesRequest): A page of one cited collection's chunks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionQuotePageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCollectionQuotesRequest,
) -> Response[CollectionQuotePageEnvelope | ErrorEnvelope]:
    """Page through one cited collection's chunks, in both directions.

     `initialId` + `anchor` (the cited chunk's id and `chunkIndex`): that chunk with up to `pageSize` on
    each side. `prevId`/`nextId` + `anchor` (an end of the last page: its `id` and `anchor`): the page
    before or after. Without `anchor` FastGPT refuses (`unAuthChat`). 4.14.11 and later, as `getQuote`.

    Args:
        body (GetCollectionQuotesRequest): A page of one cited collection's chunks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionQuotePageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCollectionQuotesRequest,
) -> CollectionQuotePageEnvelope | ErrorEnvelope | None:
    """Page through one cited collection's chunks, in both directions.

     `initialId` + `anchor` (the cited chunk's id and `chunkIndex`): that chunk with up to `pageSize` on
    each side. `prevId`/`nextId` + `anchor` (an end of the last page: its `id` and `anchor`): the page
    before or after. Without `anchor` FastGPT refuses (`unAuthChat`). 4.14.11 and later, as `getQuote`.

    Args:
        body (GetCollectionQuotesRequest): A page of one cited collection's chunks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionQuotePageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

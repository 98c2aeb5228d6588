from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_quotes_request import GetQuotesRequest
from ...models.quote_list_envelope import QuoteListEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: GetQuotesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/chat/record/getQuote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | QuoteListEnvelope | None:
    if response.status_code == 200:
        response_200 = QuoteListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | QuoteListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetQuotesRequest,
) -> Response[ErrorEnvelope | QuoteListEnvelope]:
    """The knowledge-base chunks an answer cited.

     `datasetDataIdList` are the cited chunks' ids and `collectionIdList` their collections (from the
    answer's `datasetSearchNode` `quoteList`); every collection must have been cited in the chat's last
    50 answers, else `unAuthDatasetFile`. A chunk changed after the answer comes back as it was then
    (`updated: true`, from its `history`). FastGPT 4.14.11 moved it here from
    `core/chat/quote/getQuote`, which API keys could not use.

    Args:
        body (GetQuotesRequest): The answer and the chunks it cited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | QuoteListEnvelope]
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
    body: GetQuotesRequest,
) -> ErrorEnvelope | QuoteListEnvelope | None:
    """The knowledge-base chunks an answer cited.

     `datasetDataIdList` are the cited chunks' ids and `collectionIdList` their collections (from the
    answer's `datasetSearchNode` `quoteList`); every collection must have been cited in the chat's last
    50 answers, else `unAuthDatasetFile`. A chunk changed after the answer comes back as it was then
    (`updated: true`, from its `history`). FastGPT 4.14.11 moved it here from
    `core/chat/quote/getQuote`, which API keys could not use.

    Args:
        body (GetQuotesRequest): The answer and the chunks it cited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | QuoteListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetQuotesRequest,
) -> Response[ErrorEnvelope | QuoteListEnvelope]:
    """The knowledge-base chunks an answer cited.

     `datasetDataIdList` are the cited chunks' ids and `collectionIdList` their collections (from the
    answer's `datasetSearchNode` `quoteList`); every collection must have been cited in the chat's last
    50 answers, else `unAuthDatasetFile`. A chunk changed after the answer comes back as it was then
    (`updated: true`, from its `history`). FastGPT 4.14.11 moved it here from
    `core/chat/quote/getQuote`, which API keys could not use.

    Args:
        body (GetQuotesRequest): The answer and the chunks it cited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | QuoteListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetQuotesRequest,
) -> ErrorEnvelope | QuoteListEnvelope | None:
    """The knowledge-base chunks an answer cited.

     `datasetDataIdList` are the cited chunks' ids and `collectionIdList` their collections (from the
    answer's `datasetSearchNode` `quoteList`); every collection must have been cited in the chat's last
    50 answers, else `unAuthDatasetFile`. A chunk changed after the answer comes back as it was then
    (`updated: true`, from its `history`). FastGPT 4.14.11 moved it here from
    `core/chat/quote/getQuote`, which API keys could not use.

    Args:
        body (GetQuotesRequest): The answer and the chunks it cited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | QuoteListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

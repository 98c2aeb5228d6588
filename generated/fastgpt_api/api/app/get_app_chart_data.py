from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_chart_data_envelope import AppChartDataEnvelope
from ...models.app_chart_request import AppChartRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AppChartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/proApi/core/app/logs/getChartData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppChartDataEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AppChartDataEnvelope.from_dict(response.json())

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
) -> Response[AppChartDataEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppChartRequest,
) -> Response[AppChartDataEnvelope | ErrorEnvelope]:
    """An app's users, chats and points over time (commercial edition only).

     Proxied to FastGPT's commercial service; an open-source server answers with an error.

    Args:
        body (AppChartRequest): Which period and buckets to chart (4.16 requires the three
            timespans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppChartDataEnvelope | ErrorEnvelope]
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
    body: AppChartRequest,
) -> AppChartDataEnvelope | ErrorEnvelope | None:
    """An app's users, chats and points over time (commercial edition only).

     Proxied to FastGPT's commercial service; an open-source server answers with an error.

    Args:
        body (AppChartRequest): Which period and buckets to chart (4.16 requires the three
            timespans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppChartDataEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AppChartRequest,
) -> Response[AppChartDataEnvelope | ErrorEnvelope]:
    """An app's users, chats and points over time (commercial edition only).

     Proxied to FastGPT's commercial service; an open-source server answers with an error.

    Args:
        body (AppChartRequest): Which period and buckets to chart (4.16 requires the three
            timespans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppChartDataEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AppChartRequest,
) -> AppChartDataEnvelope | ErrorEnvelope | None:
    """An app's users, chats and points over time (commercial edition only).

     Proxied to FastGPT's commercial service; an open-source server answers with an error.

    Args:
        body (AppChartRequest): Which period and buckets to chart (4.16 requires the three
            timespans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppChartDataEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

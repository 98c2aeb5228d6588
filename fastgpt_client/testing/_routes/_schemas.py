"""The request schemas FastGPT validates with zod, as far as the emulator checks them.

Each is the part of FastGPT's schema (4.16.0 unless said) that decides whether a request the
emulator serves is accepted; a route passes ``schema=`` to ``route()`` (the wrapper checks the
JSON body before the key, as ``parseApiInput`` runs first in FastGPT's handlers) or checks
itself where FastGPT reads the body or the query. A function of the version answers ``None``
where that version does not validate.
"""

from __future__ import annotations

from .._versions import Version
from .._zod import (
    Array,
    Boolean,
    DiscriminatedUnion,
    Enum,
    Literal,
    Object,
    ObjectId,
    Record,
    Schema,
    String,
    Union,
)

# -- chat completions: CompletionsPropsSchema (packages/global/openapi/core/chat/completion/api.ts)
# with ChatCompletionMessageParamSchema (packages/global/core/ai/llm/type.ts)

_TEXT_PART = Object({"type": Literal("text"), "text": String(), "key": String().optional()})
_PART = DiscriminatedUnion(
    "type",
    {
        "text": _TEXT_PART,
        "image_url": Object(
            {
                "type": Literal("image_url"),
                "image_url": Object({"url": String(), "detail": Enum(["auto", "low", "high"]).optional()}),
                "key": String().optional(),
            }
        ),
        "input_audio": Object(
            {
                "type": Literal("input_audio"),
                "input_audio": Object(
                    {"data": String(), "format": Enum(["mp3", "wav", "ogg", "m4a", "amr", "mpga"])}
                ),
                "key": String().optional(),
            }
        ),
        "video_url": Object(
            {"type": Literal("video_url"), "video_url": Object({"url": String()}), "key": String().optional()}
        ),
        "file": Object(
            {
                "type": Literal("file"),
                "file": Object(
                    {
                        "file_data": String().optional(),
                        "file_id": String().optional(),
                        "filename": String().optional(),
                    }
                ),
                "key": String().optional(),
            }
        ),
        "file_url": Object(
            {
                "type": Literal("file_url"),
                "name": String().optional(),
                "url": String(),
                "fileType": Enum(["file", "audio", "video"]).optional(),
                "key": String().optional(),
            }
        ),
    },
)
_TEXT_CONTENT = Union(String(), Array(_TEXT_PART))
_EXTRA = {
    "reasoning_content": String().optional(),
    "dataId": String().optional(),
    "hideInUI": Boolean().optional(),
}
_REFUSAL_PART = Object({"type": Literal("refusal"), "refusal": String()})
MESSAGE = DiscriminatedUnion(
    "role",
    {
        "system": Object(
            {"role": Literal("system"), "content": _TEXT_CONTENT, "name": String().optional(), **_EXTRA}
        ),
        "developer": Object(
            {"role": Literal("developer"), "content": _TEXT_CONTENT, "name": String().optional(), **_EXTRA}
        ),
        "user": Object(
            {
                "role": Literal("user"),
                "content": Union(String(), Array(_PART)),
                "name": String().optional(),
                **_EXTRA,
            }
        ),
        "assistant": Object(
            {
                "role": Literal("assistant"),
                "content": Union(
                    String(),
                    Array(DiscriminatedUnion("type", {"text": _TEXT_PART, "refusal": _REFUSAL_PART})),
                ).nullish(),
                "name": String().optional(),
                **_EXTRA,
            }
        ),
        "tool": Object(
            {
                "role": Literal("tool"),
                "content": _TEXT_CONTENT,
                "tool_call_id": String(),
                "name": String().optional(),
                **_EXTRA,
            }
        ),
        "function": Object(
            {"role": Literal("function"), "content": String().nullable(), "name": String(), **_EXTRA}
        ),
    },
)
COMPLETIONS = Object(
    {
        "chatId": String(max=1024).nullish(),  # null/blank is "no chat id" (a new one is made)
        "customUid": String(max=1024).nullish(),
        "metadata": Record().nullish(),
        "messages": Array(MESSAGE).nullish(),  # absent is []: "messages is empty" later
        "stream": Boolean().nullish(),
        "variables": Record().nullish(),
        "responseChatItemId": String().nullish(),
        "detail": Boolean().nullish(),
        "retainDatasetCite": Boolean().nullish(),
        "showSkillReferences": Boolean().nullish(),
        "authProxy": Object(
            {"username": String(min=1, max=128).nullish(), "tmbId": ObjectId().nullish()}
        ).nullish(),
        "outLinkAuthData": Object(
            {"shareId": String().optional(), "outLinkUid": String().optional()}
        ).nullish(),
    }
)


def completions(version: Version) -> Schema | None:
    """4.16 parses the body; 4.14.5 reads ``req.body as Props`` unchecked."""
    return COMPLETIONS if version.validates_requests else None


# -- conversations


def histories(version: Version) -> Schema:
    """``GetHistoriesBodySchema``: ``source`` is one of the version's ``ChatSourceEnum`` (both
    versions parse it: 4.14.5 answers a bad one with the same body, HTTP 500)."""
    return Object(
        {
            "source": Enum(version.chat_sources).optional(),
            "startCreateTime": String().optional(),
            "endCreateTime": String().optional(),
            "startUpdateTime": String().optional(),
            "endUpdateTime": String().optional(),
        }
    )


RECORD_DELETE = Object(
    {
        "chatId": String(),
        "contentId": String().optional(),
        "contentIds": Union(String(), Array(String())).optional(),  # QueryStringArraySchema
    }
)
"""``DeleteChatRecordBodySchema`` (4.16 only: ``core/chat/record/delete``), body or query."""

# -- chat files: PresignChatFileGetUrlSchema (packages/global/openapi/core/chat/file/api.ts)

PRESIGN_GET = Object({"key": String(min=1), "chatId": String(min=1)})


def presign_get(version: Version) -> Schema | None:
    """4.15+ needs ``chatId``; 4.14.5 reads ``{key, appId}`` from the body unchecked."""
    return PRESIGN_GET if version.file_url_needs_chat else None


# -- knowledge bases

DATASET_TYPES = (
    "folder",
    "dataset",
    "websiteDataset",
    "externalFile",
    "apiDataset",
    "feishu",
    "yuque",
    "dingtalk",
)
"""``DatasetTypeEnum`` of 4.16.0."""
DATASET_CREATE = Object(
    {
        "parentId": String(pattern=r"^([0-9a-fA-F]{24})?$").nullish(),
        "type": Enum(DATASET_TYPES),
        "name": String(),
        "intro": String(),
        "avatar": String(),
        "vectorModel": String().optional(),
        "agentModel": String().optional(),
        "vlmModel": String().optional(),
    }
)


def dataset_create(version: Version) -> Schema | None:
    """``CreateDatasetBodySchema``: 4.16 requires ``type``, ``intro`` and ``avatar``; 4.14.5
    takes the body as it is (type ``dataset`` by default)."""
    return DATASET_CREATE if version.validates_requests else None


INDEX_TYPES = ("default", "imageEmbedding", "summary", "question", "image", "custom")
"""``DatasetDataIndexTypeEnum`` of 4.16.0."""
DATA_UPDATE = Object(
    {
        "dataId": ObjectId(),
        "q": String(),
        "a": String().optional(),
        "indexes": Array(
            Object(
                {
                    "type": Enum(INDEX_TYPES).optional(),
                    "dataId": String().optional(),
                    "text": String(),
                }
            )
        ).optional(),
        "imageId": String().optional(),
        "indexPrefix": String().optional(),
    }
)


def data_update(version: Version) -> Schema | None:
    """``UpdateDatasetDataBodySchema``: 4.16 requires ``q``; 4.14.5 reads the body unchecked."""
    return DATA_UPDATE if version.validates_requests else None

"""TypedDicts for the SDK's plain-dict arguments: messages, content parts, pushed items, indexes.

They are the generated `<Model>Dict`s (openapi/templates/model.py.jinja writes one beside every
generated model, with FastGPT's field names), under the names users write:

```python
from fastgpt_client.types import MessageParam, PushItem

messages: list[MessageParam] = [{"role": "user", "content": "Hello"}]
items: list[PushItem] = [{"q": "What is FastGPT?", "a": "An LLM app platform."}]
```

A type checker then flags a wrong role (`"usr"`) or key (`"question"`). The generated request
models (`ChatMessage`, `DataItemInput`, ...) are accepted wherever these dicts are.
Importing this module costs nothing at run time: the names resolve on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from fastgpt_api.models import ChatMessageDict as MessageParam
    from fastgpt_api.models import ChunkSettingsDict as ChunkSettingsParam
    from fastgpt_api.models import DataIndexInputDict as IndexParam
    from fastgpt_api.models import DataItemInputDict as PushItem
    from fastgpt_api.models import FileContentPartDict as FilePart
    from fastgpt_api.models import FileUrlContentPartDict as FileUrlPart
    from fastgpt_api.models import ImageUrlContentPartDict as ImageUrlPart
    from fastgpt_api.models import InputAudioContentPartDict as InputAudioPart
    from fastgpt_api.models import TextContentPartDict as TextPart
    from fastgpt_api.models import VideoUrlContentPartDict as VideoUrlPart

    ContentPart: TypeAlias = TextPart | ImageUrlPart | InputAudioPart | VideoUrlPart | FilePart | FileUrlPart
    """One part of a user message's `content` list (spec schema `ContentPart`). A new part type
    goes here and in CONTENT_PARTS below."""

__all__ = [
    "ChunkSettingsParam",
    "ContentPart",
    "FilePart",
    "FileUrlPart",
    "ImageUrlPart",
    "IndexParam",
    "InputAudioPart",
    "MessageParam",
    "PushItem",
    "TextPart",
    "VideoUrlPart",
]

# The generated TypedDict behind each name, loaded on first use (`fastgpt_api.models` is large).
ALIASES = {
    "ChunkSettingsParam": "ChunkSettingsDict",
    "FilePart": "FileContentPartDict",
    "FileUrlPart": "FileUrlContentPartDict",
    "ImageUrlPart": "ImageUrlContentPartDict",
    "IndexParam": "DataIndexInputDict",
    "InputAudioPart": "InputAudioContentPartDict",
    "MessageParam": "ChatMessageDict",
    "PushItem": "DataItemInputDict",
    "TextPart": "TextContentPartDict",
    "VideoUrlPart": "VideoUrlContentPartDict",
}
# The members of `ContentPart` at run time.
CONTENT_PARTS = (
    "TextContentPartDict",
    "ImageUrlContentPartDict",
    "InputAudioContentPartDict",
    "VideoUrlContentPartDict",
    "FileContentPartDict",
    "FileUrlContentPartDict",
)

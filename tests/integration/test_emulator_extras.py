"""Emulator knowledge-search node, and reading a stream one event at a time."""

from __future__ import annotations

from fastgpt_client import ChatClient, DatasetClient, FlowNodeStatusEvent, FlowResponsesEvent
from fastgpt_client.testing import FakeFastGPT


def test_attached_dataset_adds_a_knowledge_search_node() -> None:
    with FakeFastGPT() as server:
        with DatasetClient(api_key=server.api_key, base_url=server.base_url) as datasets:
            dataset_id = datasets.create_dataset("Handbook")
            collection_id = datasets.create_collection(dataset_id, "FAQ")
            datasets.push_data(
                collection_id,
                [
                    {"q": "When is the office open?", "a": "From nine to five."},
                    {"q": "Where do I park?", "a": "Behind the building."},
                ],
            )
        server.attach_dataset("assistant", dataset_id)
        with ChatClient(api_key=server.api_key, base_url=server.base_url) as client:
            with client.create_chat_completion("Where can I park?", stream=True, detail=True) as stream:
                events = list(stream)
            statuses = [event.name for event in events if isinstance(event, FlowNodeStatusEvent)]
            assert statuses[:2] == ["Knowledge Search", "AI Chat"]
            (flow,) = [event for event in events if isinstance(event, FlowResponsesEvent)]
            search = next(node for node in flow.data if node["moduleType"] == "datasetSearchNode")
            assert search["quoteList"][0]["a"] == "Behind the building."
            assert search["quoteList"][0]["score"][0]["type"] == "fullText"
            assert "Behind the building." in stream.text

            server.attach_dataset("assistant", None)
            plain = client.create_chat_completion("Where can I park?", detail=True)
            assert [node.module_type for node in plain.response_data] == ["chatNode"]


def test_next_reads_one_event_without_closing_the_stream() -> None:
    with FakeFastGPT() as server, ChatClient(api_key=server.api_key, base_url=server.base_url) as client:
        with client.create_chat_completion("hi there", stream=True) as stream:
            first = next(stream)
            rest = stream.get_final_completion()
        assert rest.text.startswith(first.data["choices"][0]["delta"]["content"])
        assert "hi there" in rest.text

"""Knowledge base: create a dataset, import a text and a file collection, push 1,000 Q/A items in
batches, test retrieval, then clean up.

Reads FASTGPT_API_KEY and FASTGPT_BASE_URL (scripts/demo sets them to its emulator, whose search
ranks by full text instead of embeddings).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastgpt_client import ChunkSettings, DatasetClient, PushDataError
from fastgpt_client.types import PushItem


def main() -> None:
    with DatasetClient() as client:
        dataset_id = client.create_dataset("SDK demo", intro="Created by examples/knowledge_base.py")
        print(f"== Dataset {dataset_id}")
        try:
            run(client, dataset_id)
        finally:
            client.delete_dataset(dataset_id)
            print("\n== Cleaned up: the dataset and everything in it are deleted")


def run(client: DatasetClient, dataset_id: str) -> None:
    chunking = ChunkSettings(chunk_setting_mode="custom", chunk_split_mode="size", chunk_size=400)
    guide = client.create_text_collection(
        dataset_id,
        "Getting started",
        "FastGPT builds LLM apps from workflows.\n\nKnowledge bases hold the documents apps answer from.",
        chunk_settings=chunking,
    )
    print(f"Text collection {guide.collection_id}: {guide.results.insert_len} chunks")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Привет 知识库.md"
        path.write_text("# Release notes\n\nVersion 2 adds batch imports.", encoding="utf-8")
        notes = client.create_file_collection(dataset_id, path, chunk_settings=chunking)
    print(f"File collection: {client.get_collection(notes.collection_id).name!r}")

    faq_id = client.create_collection(dataset_id, "FAQ")
    items: list[PushItem] = [
        {"q": f"What does error E{i:04d} mean?", "a": f"Error E{i:04d} means case {i}."} for i in range(1000)
    ]
    try:
        pushed = client.push_data(faq_id, items)
    except PushDataError as err:  # say what was stored, then send exactly the rest
        print(err)
        pushed = client.push_data(faq_id, items, start=err.next_index)
    print(f"Pushed {pushed.inserted} items in {len(pushed.batches)} batches")
    print(f"The FAQ collection holds {client.list_data(faq_id).total} items")

    result = client.search_test(dataset_id, "What does error E0042 mean?", limit=1000)
    best = result[0]
    print(f"\n== Best match for E0042 ({best.score[0].type_} score {best.score[0].value:.2f}):")
    print(f"{best.q} -> {best.a}")

    print("\n== Collections")
    for collection in client.iter_collections(dataset_id):
        print(f"- {collection.name} ({collection.data_amount} items)")


if __name__ == "__main__":
    main()

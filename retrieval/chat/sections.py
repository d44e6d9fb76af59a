"""The sectioned word files of retrieval/data/ the chat layer reads (followups.txt,
citing_pronouns.txt): ``[section]`` lines, each followed by its entries; ``#`` comments and blank
lines skipped."""

from __future__ import annotations

from importlib import resources


def data_sections(name: str) -> dict[str, list[str]]:
    """Each ``[section]`` of ``retrieval/data/<name>`` → its lines (stripped, in file order)."""
    text = resources.files("retrieval").joinpath("data", name).read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections

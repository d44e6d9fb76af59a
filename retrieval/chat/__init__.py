"""Chat: what a conversation needs beyond one search — citations, exports, follow-up context.

``citation`` (one copy-ready line per passage, the full source), ``export`` (every passage
matching filters as CSV / Markdown / JSONL), ``conversation`` (per-chat context, follow-ups).
Pure Python: the shell (retrieval/cli/shell.py) and the bot use it alike.
"""

from .citation import cite, cite_hit, source_details
from .conversation import Contexts, Conversation, Reply, follow_up
from .export import Export, export

__all__ = ["Contexts", "Conversation", "Export", "Reply", "cite", "cite_hit", "export", "follow_up", "source_details"]

"""The chat layer over the Retriever: conversation context and follow-ups, citations, export.

Shared by the shell (retrieval/cli/shell.py) and the bot; never imports telegram.
"""

"""Search: the tokenizer and the BM25 index."""

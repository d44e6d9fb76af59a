"""Attribution: who said each paragraph (rules in code, every word list in retrieval/data/)."""

"""Attribution: who said each paragraph (rules and proposers in code, every word list and the
decision model's weights in retrieval/data/)."""

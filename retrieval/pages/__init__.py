"""Pages: finding, decoding and parsing corpus files into Documents and attributed Passages."""

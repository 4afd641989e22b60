"""Text primitives shared by the parser and the tokenizer: brackets, patterns, tokens."""

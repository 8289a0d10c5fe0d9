"""Scanning long texts for many names at once: the regex shapes that stay fast.

Python's `re` tries a flat alternation's branches one by one at every position,
and skips ahead to a possible first character only when a pattern starts with a
character or a set of them. A list of names is therefore compiled as a trie
(`trie_alternation`), and "not inside a word" is checked on each match
(`WordStartPattern`) instead of by a leading lookbehind, which would make the
scan stop at every character of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def trie_alternation(forms: Iterable[str]) -> str:
    """One regex for many names, prefixes shared (`Ha (?:Noi|Nam|…)`).

    At one position it prefers the longest name, as a flat alternation sorted
    longest first does.
    """
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            re.escape(c) + emit(child) for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class WordStartPattern:
    """`regex` matched only where no word character comes before it.

    The same matches as `(?<![\\w<joiners>])` written in front of `regex`
    (`\\w` is what `str.isalnum` and `_` are), found several times faster.
    An empty match is never given (a word list has no empty name).
    """

    def __init__(self, regex: str, joiners: str = "") -> None:
        self.regex = re.compile(regex)
        self._glue = "_" + joiners

    def finditer(self, text: str) -> Iterator[re.Match]:
        search, glue = self.regex.search, self._glue
        position, size = 0, len(text)
        while position <= size and (match := search(text, position)):
            start = match.start()
            end = match.end()
            if end == start or (
                start and (text[start - 1].isalnum() or text[start - 1] in glue)
            ):
                position = start + 1  # inside a word: look again one further on
                continue
            yield match
            position = end

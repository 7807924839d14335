"""Which tokens of a text are inside quotation marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QUOTE_MARKS", "quotation_tokens"]

#: Quotation marks as the tokenizer leaves them: curly, straight and typewriter pairs.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def quotation_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks, across sentences (a quotation may run on) and
    paragraphs (when the new paragraph opens with a mark again).

    Curly and backtick marks say which way they face; straight ones alternate. A
    paragraph's first word, a mark or not, closes whatever was left open.
    """
    inside = False
    found: set[int] = set()
    opens = True  # whether the next token opens a paragraph (the first opens the text)
    for token in doc:
        text = token.text
        if opens and not token.is_space:
            inside = False
        if text in QUOTE_MARKS:
            inside = text in ("“", "``") or (text != "”" and not inside)
        elif inside:
            found.add(token.i)
        opens = token.is_space and "\n" in text
    return found

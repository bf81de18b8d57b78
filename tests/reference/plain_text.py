"""The plain sentence splitter that ``factcheck.text`` replaced (as of 3aba588):
one candidate pattern and the decisions in Python. Kept as the reference that
``tests/test_text_breaks.py`` fuzzes the faster splitter against; not used by
the product.
"""

from __future__ import annotations

import re

from factcheck.models import Sentence
from factcheck.text import MAX_SENTENCE, _continues_after_break  # unchanged: shared, not copied
from factcheck.vocab import vocabulary

# A candidate boundary: terminal punctuation (plus closing quotes/brackets)
# followed by white space, with how the next sentence opens (groups 1, 2); or a
# line break with the blank space after it. It opens with one character class so
# that the regex engine skips to the next candidate at C speed.
_CANDIDATE = re.compile(r"""[.!?\n](?:(?<=\n)[ \t\n]*|(?<=[.!?])[.!?]*["'”’)\]]*(?=\s)(?:(?=\s*["'“‘(\[]?(\S)(\w*)))?)""")
_LETTERS_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences, keeping offsets.

    A period after a known abbreviation (``Mr.``, ``Nov.``), an initial
    (``Vladimir V. Putin``) or a dotted acronym (``U.S.``) ends a sentence only
    when a typical sentence opener follows. A line break ends a sentence unless
    the next line starts in lower case (a paragraph broken mid-sentence) or the
    line reads as running text that simply wrapped.
    """
    vocab = vocabulary()
    abbreviations = vocab.abbreviations
    openers = vocab.sentence_openers
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if text[start] == "\n":
            # every line break of one blank run reads the same lines around it
            if not _continues_after_break(text, start, m.end()):
                cuts.append(start)
            continue
        first = m.group(1)
        if first is None or first.islower() or first in ",;:":
            continue  # only white space follows, or the sentence goes on
        end = m.end()
        if end - start == 1 and text[start] == ".":
            # the word before the period (letters and dots, from a letter, 20 characters back at most)
            run = text[max(0, start - 20):start]
            word = run[len(run.rstrip(_LETTERS_AND_DOT)):].lstrip(".")
            if word and (len(word) == 1 or "." in word or word.lower() in abbreviations):
                if (first + m.group(2)) not in openers:
                    continue
        cuts.append(end)
    sentences: list[Sentence] = []
    start = 0
    cuts.append(len(text))
    for cut in cuts:
        piece = text[start:cut]
        core = piece.strip()
        if core:
            s = start + len(piece) - len(piece.lstrip())
            e = s + len(core)
            while e - s > MAX_SENTENCE:
                # no sentence is this long: cut at a space so that work per sentence stays bounded
                split = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
                split = split if split > s else s + MAX_SENTENCE
                sentences.append(Sentence(s, split))
                s = split
                while s < e and text[s].isspace():
                    s += 1
            if e > s:
                sentences.append(Sentence(s, e))
        start = cut
    return tuple(sentences)

"""One story cluster of N distinct articles about one event, made from a few real ones.

    python benchmarks/cluster.py N OUT_DIR [--source DIR]...

A research desk's cluster holds dozens to hundreds of reports of one event: they
repeat one another's paragraphs, quotations and figures, some word-for-word and
some changed. Copies of the seeds repeat everything ten times over and change
nothing but numbers, so they cannot show a cost that grows with the distinct
wordings, names and values of a cluster. This makes N articles from the articles
of ``--source`` folders (the seeds by default; one event's articles, such as a
folder of /work/shared/corpora, when given), each article k, from its own random
stream, so that the cluster is the same on every run:

- one source article's paragraphs in order, with about a quarter of them after the
  opening ones swapped for a paragraph of another source article, and some dropped;
- about a quarter of its figures (1 to 3 digits, not inside a larger number, a time or
  a date in digits) moved by one to three, so that values recur partly;
- each long capitalised word (a name, mostly) spelled in its one variant with a small
  chance, so that a few names have two spellings across the cluster;
- about a third of its quotations of five words or more reworded: a word dropped,
  a word doubled, or the last words cut, so that wordings of one quotation recur
  and grow in number with the cluster.

The source texts are read at run time and never written anywhere but ``OUT_DIR``.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_FIGURE = re.compile(r"(?<![\d,.:/])\b\d{1,3}\b(?![,.:/]\d)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")
_QUOTATION = re.compile(r"([\"“])([^\"“”\n]*)([\"”])")
_VOWELS = "aeiou"


def read_sources(folders: list[Path]) -> list[str]:
    """The text of each article in ``folders`` (UTF-8, else Windows-1252), with Unix line ends."""
    texts = []
    for folder in folders:
        for p in sorted(folder.iterdir()):
            if p.suffix not in (".txt", ".md", "") or p.name.lower() in ("readme.md", "sources.yaml"):
                continue
            raw = p.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            texts.append(text.replace("\r\n", "\n"))
    return texts


def variant(word: str) -> str:
    """A name's one other spelling: its last vowel but the first letter changed for the next vowel."""
    for k in range(len(word) - 1, 0, -1):
        if word[k] in _VOWELS:
            return word[:k] + _VOWELS[(_VOWELS.index(word[k]) + 1) % len(_VOWELS)] + word[k + 1:]
    return word


def _reworded(quote: str, rng: random.Random) -> str:
    words = quote.split()
    if len(words) < 5:
        return quote
    k = rng.randrange(len(words))
    change = rng.randrange(3)
    if change == 0:
        words = words[:k] + words[k + 1:]
    elif change == 1:
        words = words[:k + 1] + words[k:]
    else:
        words = words[:max(4, k)]
    return " ".join(words)


def article(k: int, sources: list[list[str]], attempt: int = 0) -> str:
    """Article ``k`` of the cluster (see the module); another ``attempt`` draws it again."""
    rng = random.Random(f"{k}/{attempt}" if attempt else k)
    base = sources[k % len(sources)]
    paragraphs = []
    for i, p in enumerate(base):
        if i < 4:
            paragraphs.append(p)
            continue
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.35:
            other = sources[rng.randrange(len(sources))]
            p = other[rng.randrange(len(other))]
        paragraphs.append(p)
    text = "\n\n".join(paragraphs) + "\n"
    misspelled = {}

    def name(m: re.Match) -> str:
        w = m.group()
        if w not in misspelled:
            misspelled[w] = rng.random() < 0.03
        return variant(w) if misspelled[w] else w

    text = _CAPITALISED.sub(name, text)
    text = _FIGURE.sub(lambda m: str(int(m.group()) + rng.choice((1, 2, 3))) if rng.random() < 0.25 else m.group(),
                       text)
    return _QUOTATION.sub(lambda m: m.group(1) + (_reworded(m.group(2), rng) if rng.random() < 0.35 else m.group(2))
                         + m.group(3), text)


def write_cluster(folder: Path, n: int, source_folders: list[Path] | None = None) -> None:
    """``n`` articles of one cluster (see the module) as files in ``folder``."""
    texts = read_sources(source_folders or [SEEDS])
    sources = [[p for p in _PARAGRAPHS.split(t) if p.strip()] for t in texts]
    made = set()
    for k in range(n):
        text, attempt = article(k, sources), 0
        while text in made:  # a short source article can come out unchanged: the cluster's are distinct
            attempt += 1
            text = article(k, sources, attempt)
        made.add(text)
        (folder / f"cluster_{k:04d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--source", type=Path, action="append", help="a folder of one event's articles (default: the seeds)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    write_cluster(args.out, args.n, args.source)


if __name__ == "__main__":
    main()

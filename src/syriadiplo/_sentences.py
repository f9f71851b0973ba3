r"""Paragraphs and sentences of a normalised dispatch, as spans of that text.

Both functions read the normalised text (:func:`syriadiplo._text.normalize`),
where apostrophes are ``'`` and spaces are plain; they return spans of that
string, which the caller maps back to the original.

Wire copy puts each paragraph on its own line, so a line break always ends a
paragraph; a sentence never runs over one.

>>> text = "Le ministre est arrivé. M. Kerry l'a reçu.\n\n«Nous partirons. Demain.», a-t-il dit."
>>> [text[p.start:p.end] for p in paragraphs(text)]
["Le ministre est arrivé. M. Kerry l'a reçu.", '«Nous partirons. Demain.», a-t-il dit.']
>>> [text[s.start:s.end] for s in sentences(text)]
['Le ministre est arrivé.', "M. Kerry l'a reçu.", '«Nous partirons. Demain.», a-t-il dit.']

A period ends a sentence only before a space and a capital, a digit, an
opening quote or a dash; not inside a number, after a title, an initial or
an abbreviation such as ``sept.`` before a year:

>>> text = "Plus de 280.000 morts depuis le 15 sept. 2011, selon John J. Thomas. Le bilan grimpe."
>>> [text[s.start:s.end] for s in sentences(text)]
['Plus de 280.000 morts depuis le 15 sept. 2011, selon John J. Thomas.', 'Le bilan grimpe.']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import regex

from syriadiplo._data import load
from syriadiplo._records import Span

__all__ = ["paragraphs", "sentences"]


@attrs.frozen
class _Abbreviations:
    """The tables of ``data/abbreviations.toml``, as frozen sets of words without their period."""

    titles: frozenset[str]
    """Titles before a name (``M``, ``Mme``, ``Dr``): never an end; compared as written."""
    never: frozenset[str]
    """Abbreviations that never end a sentence (``cf``, ``J.-C``), casefolded."""
    before_number: frozenset[str]
    """Abbreviations that do not end a sentence before a digit (``p``, ``sept``), casefolded."""
    ordinary: frozenset[str]
    """Abbreviations that end a sentence like any word (``etc``), casefolded."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> _Abbreviations:
        """Build the tables from the parsed TOML file."""

        def words(table: str, *, fold: bool) -> frozenset[str]:
            found: list[str] = data[table]["words"]
            return frozenset(w.casefold() if fold else w for w in found)

        return cls(
            titles=words("titles", fold=False),
            never=words("never", fold=True),
            before_number=words("before_number", fold=True),
            ordinary=words("ordinary", fold=True),
        )


_ABBREVIATIONS = _Abbreviations.from_data(load("abbreviations"))

# A candidate sentence end: terminal punctuation, then the closing marks that belong to it.
_CANDIDATE = regex.compile(
    r"""
    (?P<term>[.!?…]{1,16}+)                 # . ! ? … and runs of them (..., ?!)
    (?:[\s\x1c-\x1f]{0,2}[»›]|[”"'’)\]]){0,4}+  # closing quotes (« » may hold a space), brackets
    """,
    regex.VERBOSE,
)
# Not a space as str.isspace sees it (which, unlike regex's \s, counts \x1c-\x1f).
_NONSPACE = regex.compile(r"[^\s\x1c-\x1f]")
# Straight, French and English double quotes and French single guillemets; ' is an apostrophe.
_QUOTE_MARK = regex.compile(r"[«»“”‹›\"]")
# What may stand between a closing quote and the word that tells whether the sentence goes on.
_AFTER_QUOTE = regex.compile(r"[\s\x1c-\x1f»”›\"'’)\]]{0,32}")
_CLOSER_OF = {"»": "«", "”": "“", "›": "‹"}
# Characters that may open a sentence besides capitals and digits: opening quotes and dashes.
_OPENERS = frozenset("«“‹\"„-‐‑‒–—")
# Characters before terminal punctuation that make it an elision, "(...)" or "[…]".
_ELISION = frozenset("([")
# Longest abbreviation looked at before a period; longer words are ordinary words.
_MAX_WORD = 40
# Deepest nesting of quotation marks tracked; deeper marks are ignored.
_MAX_DEPTH = 16


def paragraphs(text: str) -> tuple[Span, ...]:
    r"""Return the non-blank paragraphs of ``text``, one per line, trimmed of surrounding spaces.

    >>> text = "  Premier paragraphe. \n\n\nSecond.\n   \n"
    >>> [text[p.start:p.end] for p in paragraphs(text)]
    ['Premier paragraphe.', 'Second.']
    """
    if not isinstance(text, str):
        raise TypeError(f"paragraphs() takes a str, not {type(text).__name__}")
    return tuple(Span(start, end) for start, end in _paragraph_bounds(text))


def sentences(text: str) -> tuple[Span, ...]:
    """Return the sentences of ``text``, trimmed, each inside one paragraph.

    >>> text = "Des combats ont eu lieu à Alep... Ils se poursuivent. Pourquoi ? Nul ne sait."
    >>> [text[s.start:s.end] for s in sentences(text)]
    ['Des combats ont eu lieu à Alep...', 'Ils se poursuivent.', 'Pourquoi ?', 'Nul ne sait.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentences() takes a str, not {type(text).__name__}")
    found: list[Span] = []
    for first, end in _paragraph_bounds(text):
        start = first
        for stop, following in _ends(text, first, end):
            found.append(Span(start, stop))
            start = following
        found.append(Span(start, end))
    return tuple(found)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank line of ``text``, trimmed."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip()
        if content:
            found.append((offset + len(content) - len(content.lstrip()), offset + len(content)))
        offset += len(line)
    return found


def _ends(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield where each sentence of the paragraph ``[start, end)`` ends and the next begins.

    Both offsets fall next to non-blank characters, so the sentences come out trimmed.
    """
    hidden = _continued_quotations(text, start, end)
    k = 0
    for match in _CANDIDATE.finditer(text, start, end):
        term = match.start()
        while k < len(hidden) and hidden[k][1] < term:
            k += 1
        if k < len(hidden) and hidden[k][0] < term < hidden[k][1]:
            continue  # inside a quotation that the enclosing sentence carries on after
        following = _NONSPACE.search(text, match.end(), end)
        if following is None or following.start() == match.end():
            continue  # the paragraph ends anyway, or no space follows (3.5, O.N.U., «Non.»Il)
        if _ends_here(text, match, start, following.group()):
            yield match.end(), following.start()


def _ends_here(text: str, match: regex.Match[str], start: int, following: str) -> bool:
    """Whether the candidate ``match``, followed by a space and ``following``, ends a sentence."""
    term = match.start()
    if term > start and text[term - 1] in _ELISION:
        return False
    if not (following.isupper() or following.istitle() or following.isdigit()
            or following in _OPENERS):
        return False
    if match.group("term") != ".":
        return True
    return not _abbreviation(_word_before(text, term, start), following)


def _word_before(text: str, end: int, start: int) -> str:
    """Return the word that a period at ``end`` closes (``J.-C``, ``sept``), or ``""``."""
    lowest = max(start, end - _MAX_WORD)
    i = end
    while i > lowest and (text[i - 1].isalpha() or text[i - 1] in ".-°"):
        i -= 1
    if i > start and text[i - 1].isalnum():
        return ""  # glued to a digit (5e.), or longer than any abbreviation
    return text[i:end].strip(".-")


def _abbreviation(word: str, following: str) -> bool:
    """Whether a period after ``word``, before the character ``following``, is not an end."""
    if not word:
        return False
    if word in _ABBREVIATIONS.titles:
        return True
    folded = word.casefold()
    if folded in _ABBREVIATIONS.never:
        return True
    if folded in _ABBREVIATIONS.before_number:
        return following.isdigit()
    if folded in _ABBREVIATIONS.ordinary:
        return False
    return _initials(word)


def _initials(word: str) -> bool:
    """Whether ``word`` is an initial: ``J`` of ``John J. Thomas``, ``J.-M`` of ``J.-M. Dupont``.

    Dotted acronyms (``O.N.U``) are not initials: they may end a sentence.
    """
    parts = [part for part in word.replace("-", ".").split(".") if part]
    if not parts or not all(len(part) == 1 and part.isupper() for part in parts):
        return False
    return len(parts) == 1 or "-" in word


def _continued_quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the marks ``(open, close)`` of quotations that the sentence goes on after.

    Those are quotations followed by lowercase or a comma (``«…», a-t-il dit``);
    only the outermost are kept, in text order.
    """
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for match in _QUOTE_MARK.finditer(text, start, end):
        mark, pos = match.group(), match.start()
        if mark == '"' and stack and stack[-1][0] == '"':
            opened = stack.pop()[1]
        elif mark in _CLOSER_OF:
            depth = _depth_of(stack, _CLOSER_OF[mark])
            if depth < 0:
                continue  # a closing mark with nothing open: ignore it
            opened = stack[depth][1]
            del stack[depth:]
        else:
            if len(stack) < _MAX_DEPTH:
                stack.append((mark, pos))
            continue
        if _goes_on(text, pos + 1, end):
            found.append((opened, pos))
    found.sort()
    outermost: list[tuple[int, int]] = []
    for opened, closed in found:
        if not outermost or opened > outermost[-1][1]:
            outermost.append((opened, closed))
    return outermost


def _depth_of(stack: list[tuple[str, int]], mark: str) -> int:
    """Index of the innermost ``mark`` in ``stack``, or -1."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == mark:
            return depth
    return -1


def _goes_on(text: str, pos: int, end: int) -> bool:
    """Whether the sentence goes on after a closing quotation mark just before ``pos``."""
    skipped = _AFTER_QUOTE.match(text, pos, end)
    after = skipped.end() if skipped else pos
    if after >= end:
        return False
    following = text[after]
    return following.islower() or following in ",;:"

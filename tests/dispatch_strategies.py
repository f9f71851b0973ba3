"""Hypothesis strategies for the robustness tests: dispatch-like text built from the lexicons.

Where ``strategies.dispatch_texts()`` draws well-formed sentences from short
hand-written lists, these strategies draw their words from the package's own
data: every person, state, capital and organisation of the actor lexicon,
every harm noun, every speech verb and meeting verb, the role nouns, so that a
rule meets each entry it was written for, in odd company. Sentences come from
a few templates or as word salad (the same vocabulary with marks and numbers
in any order); texts are then roughed up the way scraped pages are: stray or
unbalanced quotation marks, NFD accents, CRLF, markup, NUL bytes, repeated
paragraphs, a cut in the middle of a word.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import strategies as st

from strategies import french_numbers
from syriadiplo._data import load
from syriadiplo._lexicon import actor_lexicon

__all__ = [
    "arbitrary_texts",
    "dispatch_like_texts",
    "lexicon_sentences",
    "roughed_up",
    "word_salad",
]


def _names() -> tuple[str, ...]:
    """Every name, alias-free, the actor lexicon gives (people, states, organisations)."""
    lexicon = actor_lexicon()
    found = {entry.actor.name for entry in lexicon.entries.values()}
    found |= {entry.actor.name.split(" – ")[-1] for entry in lexicon.entries.values()}
    return tuple(sorted(found))


def _capitals() -> tuple[str, ...]:
    states = load("actors").get("states", [])
    return tuple(sorted({c for item in states for c in item.get("capitals", [])}))


def _roles() -> tuple[str, ...]:
    return tuple(sorted({role["noun"] for role in load("roles")["roles"]}))


def _harm_nouns() -> tuple[str, ...]:
    nouns = load("harm")["nouns"]
    return tuple(sorted({form for forms in nouns.values() for form in forms}))


def _speech_participles() -> tuple[str, ...]:
    """``déclaré``, ``ajouté``…: the past participle of every -er speech verb of the cues."""
    lemmas = load("cues")["verbs"]
    return tuple(sorted(lemma[:-2] + "é" for lemma in lemmas
                        if lemma.endswith("er") and " " not in lemma and "'" not in lemma))


def _meeting_participles() -> tuple[str, ...]:
    verbs = load("meetings")["verbs"]
    return tuple(sorted({form for verb in verbs for form in verb.get("participle", [])[:1]}))


NAMES = _names()
CAPITALS = _capitals()
ROLES = _roles()
HARM_NOUNS = _harm_nouns()
SPEECH = _speech_participles()
MEETING = _meeting_participles()
# Function words and phrases the rules lean on, written for these tests.
GLUE = ("de la", "de l'", "du", "des", "selon", "d'après", "que", "qu'", "a", "ont", "été",
        "s'est", "se sont", "avec", "par", "à", "au", "dans", "dont", "et", "lundi", "hier",
        "mardi 12 juillet", "depuis 2011", "le 3 mars", "a-t-il", "a-t-elle", "il", "elle",
        "son homologue", "par téléphone", "M.", "Mme", "Dr.", "sous l'égide de",
        "en marge de", "au moins", "plus de", "près de", "jusqu'à présent", "civils",
        "enfants", "soldats", "rebelles", "frappes aériennes", "raids russes")
MARKS = ("«", "»", "« ", " »", "«\u00a0", "\u00a0»", "«\u202f", "\u202f»", "\u201c", "\u201d",
         '"', "'", "\u2019", "‹", "›", ",", ".", ";", ":", "!", "?", "…", "...", "(", ")",
         "[", "]", "-", "–", "—", "/", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u202f")
_CLAUSES = ("la trêve est rompue", "nous ne céderons pas", "les convois sont bloqués",
            "il faut une enquête indépendante", "le bilan risque de s'alourdir",
            "aucune décision n'a été prise", "ce n'est qu'un début")
_QUOTES = (("«", "»"), ("« ", " »"), ("«\u00a0", "\u00a0»"), ("\u201c", "\u201d"), ('"', '"'),
           ("‹", "›"), ("«", ""), ("", "»"), ("«", "”"))


_TITLES = ("M.", "Mme", "le", "la", "l'", "Dr")


@st.composite
def _speaker(draw: st.DrawFn) -> str:
    shape = draw(st.integers(0, 4))
    name = draw(st.sampled_from(NAMES))
    if shape == 0:
        return f"le {draw(st.sampled_from(ROLES))}, {name},"
    if shape == 1:
        return f"{draw(st.sampled_from(_TITLES))} {name}"
    if shape == 2:
        return draw(st.sampled_from(CAPITALS))
    return name


@st.composite
def lexicon_sentences(draw: st.DrawFn) -> str:
    """One sentence from a template: reported speech, a quote, a toll, a meeting."""
    pick = draw(st.integers(0, 5))
    speaker = draw(_speaker())
    clause = draw(st.sampled_from(_CLAUSES))
    opening, closing = draw(st.sampled_from(_QUOTES))
    if pick == 0:
        return f"{speaker} a {draw(st.sampled_from(SPEECH))} que {clause}."
    if pick == 1:
        inverted = draw(st.sampled_from(("a-t-il", "a-t-elle", "a")))
        return (f"{opening}{clause}{closing}, {inverted} {draw(st.sampled_from(SPEECH))} "
                f"{draw(_speaker())}.")
    if pick == 2:
        return (f"{draw(french_numbers())} {draw(st.sampled_from(HARM_NOUNS))} à "
                f"{draw(st.sampled_from(CAPITALS))}, selon {speaker}.")
    if pick == 3:
        return (f"{speaker} s'est {draw(st.sampled_from(MEETING))} "
                f"{draw(st.sampled_from(('avec', 'par téléphone avec', 'lundi avec', '')))} "
                f"{draw(_speaker())}.")
    if pick == 4:
        return (f"{speaker} a dénoncé les {opening}{draw(st.sampled_from(HARM_NOUNS))}{closing} "
                f"et une {opening}escalade{closing}.")
    return draw(word_salad())


@st.composite
def word_salad(draw: st.DrawFn) -> str:
    """Lexicon words, numbers and marks in any order: what no template would write."""
    piece = st.one_of(
        st.sampled_from(NAMES), st.sampled_from(CAPITALS), st.sampled_from(ROLES),
        st.sampled_from(HARM_NOUNS), st.sampled_from(SPEECH).map(lambda p: f"a {p}"),
        st.sampled_from(MEETING).map(lambda p: f"s'est {p}"), st.sampled_from(GLUE),
        st.sampled_from(MARKS), french_numbers(),
    )
    words = draw(st.lists(piece, min_size=1, max_size=25))
    glue = draw(st.sampled_from((" ", "", "  ", "\u00a0")))
    return glue.join(words)


@st.composite
def roughed_up(draw: st.DrawFn, text: str) -> str:
    """``text`` with the accidents of scraped pages, each drawn or not."""
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(("\r\n", "\r", "\n\n", "\u2028"))))
    for _ in range(draw(st.integers(0, 3))):  # stray marks, markup, NULs between words
        junk = draw(st.sampled_from(("«", "»", "\u201c", '"', "\x00", "<br/>", "&nbsp;",
                                     "</p><p>", "&#171;", "\u00ad", "\ufeff", "\u200b")))
        at = draw(st.integers(0, len(text)))
        text = text[:at] + junk + text[at:]
    if text and draw(st.booleans()):  # repeat a slice, as a page that prints a paragraph twice
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, len(text)))
        text = text[:end] + "\n" + text[start:end] + text[end:]
    if text and draw(st.booleans()):  # cut anywhere, mid-word included
        text = text[: draw(st.integers(0, len(text)))]
    return text


@st.composite
def dispatch_like_texts(draw: st.DrawFn, rough: bool = True) -> str:
    """A dispatch of one to five paragraphs of lexicon sentences, roughed up (``rough``)."""
    paragraphs = [
        " ".join(draw(st.lists(lexicon_sentences(), min_size=1, max_size=4)))
        for _ in range(draw(st.integers(1, 5)))
    ]
    text = "\n".join(paragraphs)
    return draw(roughed_up(text)) if rough else text


def arbitrary_texts() -> st.SearchStrategy[str]:
    """Any text: every Unicode category (lone surrogates too), NUL, latin-1-decoded bytes."""
    return st.one_of(
        st.text(),
        st.text(st.characters(categories=_CATEGORIES)),
        st.lists(st.sampled_from(_ODD_PIECES), max_size=60).map("".join),
        st.binary().map(lambda b: b.decode("latin-1")),
    )


# Every Unicode general category, surrogates (Cs) and private use (Co) included.
_CATEGORIES: tuple[Any, ...] = (
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
)
# Pieces of text that trip rules when packed together.
_ODD_PIECES = ("\x00", "\r\n", "\r", "«", "»", " ", "\u00a0", "e\u0301", "1", "12", ".", ",",
               "M.", "<p>", "&amp;", "Alep", "a déclaré", "de la", "morts", "-t-il")

"""Meetings: the word tests that skip a pattern never skip a match.

A word-form pattern of ``data/meetings.toml`` is scanned only where one of its hints is
in the window and, for callers that read the window's words once, where one of its key
words is a word of the window; a sentence is read for cues only where a cue form starts
with one of its words. These tests check that the skipped scans would have found
nothing, on sentences written for the purpose (a form cut by the window's edge, a form
at its start) and on random mixes of the vocabulary.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo import _meetings
from syriadiplo._data import load

EXAMPLES = settings(max_examples=200, deadline=None)


def _patterns() -> dict[str, _meetings._Pattern]:
    """Every pattern of the grammar that has hints or key words, by field name."""
    grammar = _meetings._grammar()
    found: dict[str, _meetings._Pattern] = {}
    for field in attrs.fields(_meetings._Grammar):
        value = getattr(grammar, field.name)
        if isinstance(value, _meetings._Pattern) and (value.hints or value.keys is not None):
            found[field.name] = value
        if field.name in {"modes", "modality", "status"}:
            for label, pattern in value:
                found[f"{field.name}.{label.value}"] = pattern
    return found


PATTERNS = _patterns()

# (sentence, window start, window end): a window cut inside a word, a form right at the
# window's start, a form split by an adverb, an elided form.
WINDOWS = [
    ("La réunion a été reportée à une date ultérieure.", 0, 23),
    ("La réunion a été reportée à une date ultérieure.", 17, 48),
    ("Une rencontre est prévue pour la semaine prochaine.", 0, 22),
    ("Les deux ministres ont par ailleurs convenu de se revoir bientôt.", 0, 45),
    ("Le président a proposé d'accueillir les pourparlers à Alger.", 12, 40),
    ("Ils se sont entretenus en tête-à-tête avant le dîner officiel.", 20, 62),
    ("Le sommet prévu lundi a été annulé, selon la présidence.", 0, 57),
    ("La conférence doit avoir lieu à Vienne, sous l'égide de l'ONU.", 0, 63),
    ("Il a appelé à la reprise des négociations directes.", 0, 52),
    ("Le vote a eu lieu en marge de l'Assemblée générale.", 0, 51),
    ("Les deux pays se sont vus dans la région de Tarnow, puis à Varsovie.", 0, 68),
]


def _agree(pattern: _meetings._Pattern, text: str, start: int, end: int) -> None:
    """The filtered scans find what the plain scan finds; the key words never rule it out."""
    plain = [m.span() for m in pattern.compiled.finditer(text, start, end)]
    assert plain == [m.span() for m in pattern.finditer(text, start, end)]
    first = pattern.search(text, start, end)
    assert (plain[0] if plain else None) == (first.span() if first else None)
    if plain:
        assert pattern.may_match(_meetings._words_in(text, start, end))


@pytest.mark.parametrize(("text", "start", "end"), WINDOWS, ids=[w[0][:40] for w in WINDOWS])
def test_filters_find_what_a_full_scan_finds(text: str, start: int, end: int) -> None:
    lower = text.lower()
    for pattern in PATTERNS.values():
        _agree(pattern, lower, start, end)


def test_every_form_of_the_data_passes_its_own_filters() -> None:
    """Each form of a word list, alone in a sentence, is found through the filters."""
    data = load("meetings")
    lists = {"trap_nouns": data["traps"]["noun_phrases"], "denials": data["traps"]["denials"],
             "mediator": data["roles"]["mediator"], "beside": data["roles"]["beside"],
             "support": data["support"]["verbs"], "appeals": data["appeals"]["verbs"],
             **{f"status.{name}": data["status"][name] for name in data["status"]["order"]},
             **{f"modality.{name}": forms for name, forms in data["modality"].items()},
             **{f"modes.{name}": forms for name, forms in data["modes"].items()}}
    for name, forms in lists.items():
        pattern = PATTERNS[name]
        for form in forms:
            text = f"on lit que {form} ici"
            assert pattern.search(text) is not None, (name, form)
            _agree(pattern, text, 0, len(text))


def test_every_cue_form_starts_with_a_key_word() -> None:
    """A sentence holding a cue form holds the first word of it among the cue keys."""
    grammar = _meetings._grammar()
    tables = (grammar.participles, grammar.finite, grammar.infinitives, grammar.nouns)
    for keys, table in zip(grammar.first_words, tables, strict=True):
        for form in table:
            assert _meetings._words_in(form, 0, len(form)) & keys, form


def _vocabulary() -> list[str]:
    """Words of every list, with fillers, punctuation and elisions to glue them."""
    grammar = _meetings._grammar()
    words: set[str] = {"le", "la", "les", "d'", "l'", "s'", "n'", ",", ".", "x", "très",
                       "vite", "lundi", "ministre", "annulée", "prévue", "reportées", "des",
                       "aux", "deux", "pays", "ministres", "dans", "région", "de", "Gomel"}
    for pattern in PATTERNS.values():
        words.update(pattern.hints)
        words.update(pattern.keys or ())
    for table in (grammar.participles, grammar.finite, grammar.infinitives, grammar.nouns):
        words.update(word for form in table for word in form.split())
    return sorted(words)


VOCABULARY = _vocabulary()


@EXAMPLES
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14),
       st.sampled_from(sorted(PATTERNS)), st.integers(0, 40), st.integers(0, 40))
def test_random_windows_agree(words: list[str], name: str, cut_start: int,
                              cut_end: int) -> None:
    text = " ".join(words)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    _agree(PATTERNS[name], text, start, end)


@EXAMPLES
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14))
def test_random_sentences_keep_their_cues(words: list[str]) -> None:
    """The cue scan of a sentence equals the scan of the four patterns with no word test."""
    grammar = _meetings._grammar()
    text = " ".join(words)
    found = _meetings._words_in(text, 0, len(text))
    patterns = (grammar.compound, grammar.finite_verb, grammar.infinitive, grammar.noun)
    for keys, pattern in zip(grammar.first_words, patterns, strict=True):
        if pattern.compiled.search(text) is not None:
            assert found & keys, text

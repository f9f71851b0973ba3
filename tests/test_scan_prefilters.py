"""The date rules and the quantity atoms are tried only where a match can start.

Each rule (each atom pattern) is tried at the positions its opening words, digits or signs
give; these tests check that this finds exactly what a scan of every position finds, on
sentences written for the purpose and on random mixes of the vocabulary.
"""

from __future__ import annotations

import calendar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo import _dates, _quantities
from syriadiplo._numbers import lexicon
from syriadiplo._text import normalize

EXAMPLES = settings(max_examples=300, deadline=None)

SENTENCES = [
    "Dans la nuit du 3 au 4 mars 2016, l'aviation a frappé le quartier est.",
    "Le premier vendredi de juillet, puis le lendemain et la veille au soir.",
    "Il y a deux ans, et depuis plus de cinq ans ; ces dernières 24 heures.",
    "Mi-août, fin février 2016, début de l'année dernière, en septembre.",
    "Ce vendredi cette semaine, dimanche prochain, l'an passé, courant mars.",
    "Rendez-vous le 15/06/2016 ou le 2015-08-12, pas 3/4 ni la section 1.2.15.",
    "Vingt et un jours plus tard, le vingt-deux mai, aujourd'hui et avant-hier.",
    "En l'espace de trois semaines, d'ici deux mois, au cours des derniers jours.",
    "Mer. 22 janv. 2014, sam 3 oct, oct-2, jan/1 et déc. 2015 : des dates abrégées.",
    "La nuit de samedi à dimanche, tôt dans la matinée, en fin de journée.",
    "Plus de 4 150 civils, 12,5 % des voix, -3 degrés, .5 point, 3M de dollars.",
    "Des centaines de milliers, de nombreux blessés, d'innombrables familles.",
    "Un demi-million, une demi-douzaine, deux millions et demi, la moitié.",
    "Quatre-vingt-dix-neuf pour cent des votants ; 20h30 ; les 2e et 3ème jours.",
    "Le 1er janvier, 280.000 réfugiés, 160'000 francs, 6.700,54 dollars, (+7).",
    "Lundi\u0301 n'est pas un jour ; 3mille, x%, 12pourcent, dix-sept-cent.",
    "Entre 20 et 30 blessés, de 5 à 10 morts, un sur trois, 20-30 soldats.",
    "Fin 2015 puis mi-2014, en 2013 et l'année 2012 ; la guerre dure depuis 2011.",
]


def _lower(text: str) -> str:
    """What the rules match: the lower-case copy of the normalised text."""
    return normalize(text).lower


def _date_spans_tried(text: str) -> list[list[tuple[int, int]]]:
    """Each rule's matches, tried only where it can start."""
    grammar = _dates._grammar(False)
    starts = _dates._starts(text, grammar)
    return [
        [m.span() for m in _dates._matches(text, rule, starts[rank])]
        for rank, rule in enumerate(grammar.rules)
    ]


def _date_spans_scanned(text: str) -> list[list[tuple[int, int]]]:
    """Each rule's matches, scanning every position."""
    return [
        [m.span() for m in rule.pattern.finditer(text)] for rule in _dates._grammar(False).rules
    ]


def _atom_spans_tried(text: str) -> list[tuple[int, int, str | None]]:
    """The quantity atoms, tried only where one can start."""
    return [
        (*m.span(), m.lastgroup) for m in _quantities._atom_matches(text, _quantities._patterns())
    ]


def _atom_spans_scanned(text: str) -> list[tuple[int, int, str | None]]:
    """The quantity atoms, scanning every position."""
    return [(*m.span(), m.lastgroup) for m in _quantities._patterns().atoms.finditer(text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_date_rules_find_what_a_full_scan_finds(sentence: str) -> None:
    text = _lower(sentence)
    assert _date_spans_scanned(text) == _date_spans_tried(text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_quantity_atoms_are_what_a_full_scan_finds(sentence: str) -> None:
    text = _lower(sentence)
    assert _atom_spans_scanned(text) == _atom_spans_tried(text)


def test_the_sentences_hold_matches_of_most_rules() -> None:
    """The table above exercises the rules it is meant to check."""
    found = [0] * len(_dates._grammar(False).rules)
    for sentence in SENTENCES:
        for rank, spans in enumerate(_date_spans_tried(_lower(sentence))):
            found[rank] += len(spans)
    names = [
        rule.name
        for rule, count in zip(_dates._grammar(False).rules, found, strict=True)
        if not count
    ]
    assert [] == names


def _pieces() -> list[str]:
    """Words of the calendar and number vocabularies, ordinary words, digits and marks."""
    vocabulary = _dates._vocabulary()
    forms: list[str] = []
    for field in attrs.fields(type(vocabulary)):
        forms.extend(str(form) for form in getattr(vocabulary, field.name))  # keys of a table
    forms.extend([*lexicon().words, *lexicon().vague, *lexicon().percent])
    forms.extend(["civils", "quartier", "frappé", "pour", "sous", "mer", "sam", "1er", "2e"])
    forms.extend(["12", "2016", "3", "31", "07", "99", "4 150", "1,5", "280.000", "20h30"])
    return sorted(set(forms))


SEPARATORS = [" ", "  ", "-", "'", ", ", ". ", "/", "\n", ".", ",", "", "(", "%", "+", "−", "_"]
MIXES = st.lists(
    st.tuples(st.sampled_from(_pieces()), st.sampled_from(SEPARATORS)), max_size=12
).map(lambda pairs: "".join(word + separator for word, separator in pairs))


@EXAMPLES
@given(text=MIXES)
def test_date_rules_find_what_a_full_scan_finds_in_any_mix(text: str) -> None:
    lowered = _lower(text)
    assert _date_spans_scanned(lowered) == _date_spans_tried(lowered)


@EXAMPLES
@given(text=MIXES)
def test_quantity_atoms_are_what_a_full_scan_finds_in_any_mix(text: str) -> None:
    lowered = _lower(text)
    assert _atom_spans_scanned(lowered) == _atom_spans_tried(lowered)


@given(text=st.text(max_size=40))
def test_date_rules_and_atoms_agree_with_a_full_scan_on_any_text(text: str) -> None:
    lowered = _lower(text)
    assert _date_spans_scanned(lowered) == _date_spans_tried(lowered)
    assert _atom_spans_scanned(lowered) == _atom_spans_tried(lowered)


def test_month_lengths_follow_the_gregorian_calendar() -> None:
    lengths = [
        calendar.monthrange(year, month)[1] for year in range(1, 3001) for month in range(1, 13)
    ]
    assert lengths == [
        _dates._days_in_month(year, month) for year in range(1, 3001) for month in range(1, 13)
    ]

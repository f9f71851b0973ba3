"""Actor phrases: ``les deux dirigeants``, ministries with a portfolio, newspapers, press offices.

Each row is a text written for these tests and the actor (name, kind) every listed phrase of it
resolves to; phrases not listed are not checked.
"""

from __future__ import annotations

import datetime

import pytest

from syriadiplo._actors import actor_mentions
from syriadiplo._sentences import sentences
from syriadiplo._text import normalize

DATE = datetime.date(2024, 5, 1)

Row = tuple[str, str | None, str | None]
"""A phrase as written, the name of its actor and the actor's kind (``None``: unresolved)."""


def resolved(text: str) -> list[Row]:
    """Every mention of ``text``: (phrase, actor name, actor kind)."""
    norm = normalize(text)
    return [
        (
            norm.text[m.start : m.end],
            m.actor.name if m.actor else None,
            str(m.actor.kind) if m.actor else None,
        )
        for m in actor_mentions(norm, sentences(norm.text), DATE)
    ]


TABLE: list[tuple[str, list[Row]]] = [
    # `les deux dirigeants` → the first of the two people named last
    ("Le président kényan William Ruto a reçu le Premier ministre éthiopien Abiy Ahmed. "
     "Les deux dirigeants ont signé un accord.",
     [("Les deux dirigeants", "William Ruto", "person")]),
    ("La ministre Amina Mohamed a appelé M. Ruto, les deux hommes convenant de se revoir.",
     [("les deux hommes", "Amina Mohamed", "person")]),
    # one person named: no pair
    ("Le président William Ruto est arrivé. Les deux présidents se sont salués.", []),
    # a ministry with its portfolio after the demonym stays the ministry
    ("Selon le ministère libanais de la Santé, trois secouristes ont été tués.",
     [("le ministère libanais de la Santé", "ministère libanais de la Santé", "organization")]),
    ("Le ministère afghan de l'Intérieur a démenti.",
     [("Le ministère afghan de l'Intérieur", "ministère afghan de l'Intérieur",
       "organization")]),
    # without a portfolio, the ministry of a state stands for the state
    ("Le ministère libanais a protesté.", [("Le ministère libanais", "Liban", "state")]),
    # a newspaper named after a place is no state
    ("Le Washington Post et le New York Times ont publié la lettre.",
     [("Le Washington Post", "Washington Post", "organization"),
      ("le New York Times", "New York Times", "organization")]),
    # unknown names set off after a plural role with its complement
    ("Les ministres tchadien et nigérien de la Défense, Hraztan Ouedjo et Velmir Sidibé, "
     "ont signé.",
     [("Hraztan Ouedjo", "Hraztan Ouedjo", "person"),
      ("Velmir Sidibé", "Velmir Sidibé", "person")]),
    # a generic noun before a lexicon name is that body, not the latest group named
    ("Les talibans ont attaqué. Le mouvement du Hezbollah a répondu.",
     [("Le mouvement du Hezbollah", "Hezbollah", "group")]),
    ("Le Hamas a tiré. L'organisation de l'Etat islamique a revendiqué.",
     [("L'organisation de l'Etat islamique", "groupe État islamique – EI", "group")]),
    # armed groups keep their acronym; one defined in the text too
    ("Le TPLF a salué l'accord.",
     [("Le TPLF", "Front de libération du peuple du Tigré – TPLF", "group")]),
    ("Le Front islamique du Kivu (FIK) a attaqué.",
     [("Le Front islamique du Kivu (FIK)", "Front islamique du Kivu – FIK", "organization")]),
    # a clause before a definition is not part of the name
    ("Ali Haddad a parlé du Front uni des rebelles du Kivu (FUJK) hier.",
     [("Ali Haddad", "Ali Haddad", "person"),
      ("Front uni des rebelles du Kivu (FUJK)", "Front uni des rebelles du Kivu – FUJK",
       "organization")]),
    # a press office of the person just named (a description of three words)
    ("Le maire Igor Kolykhaïev est parti. Son service de presse a démenti.",
     [("Son service de presse", "service de presse de Igor Kolykhaïev", "organization")]),
]


def _checked(text: str, expected: list[Row]) -> list[Row]:
    """The mentions of ``text`` whose phrase is one of ``expected`` (or a pair phrase)."""
    phrases = {phrase for phrase, _, _ in expected}
    return [
        row for row in resolved(text)
        if row[0] in phrases or row[0].lower().startswith("les deux")
    ]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_phrases_resolve(text: str, expected: list[Row]) -> None:
    """Each listed phrase resolves to the listed actor; an unresolved pair gives no mention."""
    assert expected == _checked(text, expected)

"""Actor mentions: offices of a person, former and outgoing holders, leaders, places.

Each row is a text written for these tests, the article date, and the mentions expected
(as written → the actor's name), in text order.
"""

from __future__ import annotations

import datetime

import pytest

from syriadiplo._actors import actor_mentions
from syriadiplo._sentences import sentences
from syriadiplo._text import normalize

Row = tuple[str, str | None]
"""A mention as written and the name of the actor it resolves to."""

D2024 = datetime.date(2024, 5, 1)
D2025_JAN = datetime.date(2025, 1, 10)
D2026 = datetime.date(2026, 3, 1)


def mentions_of(text: str, date: datetime.date | None) -> list[Row]:
    """The mentions of ``text`` as (written, actor name) pairs."""
    norm = normalize(text)
    return [
        (norm.text[m.start : m.end], m.actor.name if m.actor else None)
        for m in actor_mentions(norm, sentences(norm.text), date)
    ]


def case(name: str, text: str, date: datetime.date | None, *expected: Row) -> object:
    return pytest.param(text, date, list(expected), id=name)


MENTIONS = [
    case(
        "the-office-of-a-person-named-after-de",
        "Le bureau de M. Ali Haddad a démenti.",
        D2024,
        ("Le bureau de M. Ali Haddad", "bureau de Ali Haddad"),
    ),
    case(
        "the-entourage-of-a-person-named-in-full",
        "Ali Haddad est arrivé. L'entourage de M. Haddad a démenti.",
        D2024,
        ("Ali Haddad", "Ali Haddad"),
        ("L'entourage de M. Haddad", "entourage de Ali Haddad"),
    ),
    case(
        "a-bureau-of-something-else-stays-a-body",
        "Le bureau de presse a démenti.",
        D2024,
        ("Le bureau de presse", "bureau de presse"),
    ),
    case(
        "the-outgoing-president-on-the-article-date",
        "Joe Biden a salué l'accord. Le président sortant a appelé Ali Haddad.",
        D2025_JAN,
        ("Joe Biden", "Joe Biden"),
        ("Le président sortant", "Joe Biden"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "a-bare-role-is-the-person-the-lexicon-gives-it-on-that-day",
        "Joe Biden a salué l'accord. Le président a appelé Ali Haddad.",
        D2025_JAN,
        ("Joe Biden", "Joe Biden"),
        ("Le président", "Joe Biden"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "not-once-out-of-office",
        "Joe Biden a salué l'accord. Le président a appelé Ali Haddad.",
        D2026,
        ("Joe Biden", "Joe Biden"),
        ("Le président", "président"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "an-office-in-one-capitalised-word-then-an-unknown-name",
        "Côté ukrainien, le ministre de la Défense Taras Kovalenko a parlé.",
        D2024,
        ("le ministre de la Défense Taras Kovalenko", "Taras Kovalenko"),
    ),
    # a periphrasis names the holder of the office whose seat it occupies on that day
    case(
        "the-tenant-of-a-seat-of-power",
        "Le locataire de la Maison Blanche a appelé Ali Haddad.",
        D2024,
        ("Le locataire de la Maison Blanche", "Joe Biden"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "the-master-of-the-kremlin",
        "Le maître du Kremlin a reçu Ali Haddad.",
        D2024,
        ("Le maître du Kremlin", "Vladimir Poutine"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "a-tenant-of-no-seat-of-power-is-no-one",
        "Le locataire de la villa a appelé Ali Haddad.",
        D2024,
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "a-former-office-the-person-named-before-who-held-it",
        "Kofi Annan a atterri mardi en Syrie. L'ancien patron de l'ONU doit voir jeudi "
        "Ali Haddad.",
        datetime.date(2012, 5, 28),
        ("Kofi Annan", "Kofi Annan"),
        ("Syrie", "Syrie"),
        ("L'ancien patron de l'ONU", "Kofi Annan"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "a-former-office-of-a-body-no-one-named-stays-a-role",
        "L'ancien secrétaire général de l'ONU a appelé au calme.",
        datetime.date(2012, 5, 28),
        ("L'ancien secrétaire général de l'ONU", "ancien secrétaire général de l'ONU"),
    ),
    case(
        "the-leader-of-a-state-not-its-latest-official",
        "Volodymyr Zelensky a atterri à Tokyo. La porte-parole ukrainienne Olena Kraval "
        "s'est tue. Le dirigeant ukrainien a vu Ali Haddad.",
        datetime.date(2023, 5, 21),
        ("Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Tokyo", "Japon"),
        ("La porte-parole ukrainienne Olena Kraval", "Olena Kraval"),
        ("Le dirigeant ukrainien", "Volodymyr Zelensky"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "the-new-leader-is-the-holder-named-further-back",
        "Ahmad al-Chareh est à Paris. Bachar al-Assad vit à Moscou. Emmanuel Macron, Joe "
        "Biden, Olaf Scholz, Keir Starmer, Recep Tayyip Erdogan et Mohammed ben Salmane ont "
        "parlé. Le nouveau dirigeant syrien a remercié Ali Haddad.",
        datetime.date(2025, 5, 14),
        ("Ahmad al-Chareh", "Ahmad al-Chareh"),
        ("Paris", "France"),
        ("Bachar al-Assad", "Bachar al-Assad"),
        ("Moscou", "Russie"),
        ("Emmanuel Macron", "Emmanuel Macron"),
        ("Joe Biden", "Joe Biden"),
        ("Olaf Scholz", "Olaf Scholz"),
        ("Keir Starmer", "Keir Starmer"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Mohammed ben Salmane", "Mohammed ben Salmane"),
        ("Le nouveau dirigeant syrien", "Ahmad al-Chareh"),
        ("Ali Haddad", "Ali Haddad"),
    ),
    case(
        "a-function-its-complements-tell-apart-is-not-the-last-national",
        "Le président du Parlement arménien, Arman Sarkissian, a été blessé, selon le "
        "médiateur arménien chargé des prisons.",
        D2024,
        ("Le président du Parlement arménien, Arman Sarkissian", "Arman Sarkissian"),
        ("le médiateur arménien chargé des prisons", "médiateur arménien chargé des prisons"),
    ),
    case(
        "a-complement-that-names-the-state-keeps-its-national",
        "Antony Blinken a parlé. Selon l'émissaire de la Maison Blanche, rien n'est fait.",
        D2024,
        ("Antony Blinken", "Antony Blinken"),
        ("l'émissaire de la Maison Blanche", "Antony Blinken"),
    ),
    case(
        "a-place-described-after-a-comma-is-no-person",
        "Le massacre de Kafr Nabl, un bourg du nord, a choqué. Des habitants de Tamra, un "
        "petit village, ont fui. Samir, un étudiant, a témoigné.",
        D2024,
        ("Des habitants de Tamra", None),
        ("Samir", "Samir"),
    ),
    case(
        "a-place-of-several-capitalised-words-stays-whole",
        "Le gouverneur de Deir Ezzor a parlé.",
        D2024,
        ("Le gouverneur de Deir Ezzor", "gouverneur de Deir Ezzor"),
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), MENTIONS)
def test_mentions(text: str, date: datetime.date | None, expected: list[Row]) -> None:
    """Offices of a named person, outgoing holders, one-word offices, periphrases."""
    assert expected == mentions_of(text, date)

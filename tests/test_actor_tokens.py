"""Actor tokens and the cheap tests that spare the actor rules most words.

The actor layer splits each sentence into tokens (an elided article stands alone:
``l'``, ``d'``) and tries its rules only on tokens that may open a mention. These
tests pin the tokens and the facts the cheap tests rely on: a word skipped by them
could not have opened a mention anyway.
"""

from __future__ import annotations

import pytest

from syriadiplo import _actors
from syriadiplo._actors import name_data
from syriadiplo._lexicon import actor_lexicon

TOKENS = [
    # (sentence, expected tokens: text, folded key, capital)
    (
        "L'envoyé de l'ONU parle.",
        [
            ("L'", "l", True),
            ("envoyé", "envoye", False),
            ("de", "de", False),
            ("l'", "l", False),
            ("ONU", "onu", True),
            ("parle", "parle", False),
        ],
    ),
    (
        "Qu'il vienne d'Alep, dit J. Martin.",
        [
            ("Qu'il", "qu il", True),
            ("vienne", "vienne", False),
            ("d'", "d", False),
            ("Alep", "alep", True),
            ("dit", "dit", False),
            ("J.", "j.", True),
            ("Martin", "martin", True),
        ],
    ),
    (
        "Le porte-parole jusqu'à Homs.",
        [
            ("Le", "le", True),
            ("porte-parole", "porte parole", False),
            ("jusqu'", "jusqu", False),
            ("à", "a", False),
            ("Homs", "homs", True),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TOKENS)
def test_tokens(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    tokens = _actors._tokens(sentence, 0, len(sentence))
    assert expected == [(t.text, t.key, t.capital) for t in tokens]
    assert all(sentence[t.start : t.end] == t.text for t in tokens)


def test_rules_that_need_a_determiner_start_on_one() -> None:
    # ``_mention_at`` tries organisations by their kind and descriptions only after a
    # determiner: every word those rules open on must be one.
    openers = _actors._ARTICLES | _actors._DEFINITE | _actors._POSSESSIVES | _actors._INDEFINITE
    assert set() == openers - _actors._DETERMINERS


def test_every_lower_case_opener_is_live() -> None:
    # ``_live`` keeps lower-case words that a title, a group noun or a lexicon form starts
    data = name_data()
    lex = actor_lexicon()
    first_words = {key.split(" ")[0] for key in lex.surfaces}
    missing = (first_words | set(data.titles) | set(data.groups)) - _actors._openers()
    assert set() == missing


def test_every_role_noun_has_its_prefixes() -> None:
    data = name_data()
    for noun in (*data.roles, *data.plural_roles):
        words = noun.split(" ")
        prefixes = {" ".join(words[:size]) for size in range(1, len(words) + 1)}
        assert set() == prefixes - data.role_prefixes


LIVE = [
    # (sentence, words on which a rule is tried)
    ("Il a vu le ministre hier.", ["Il", "le"]),
    # after ``, `` a word may be a role in apposition; ``agence`` may open a group name
    (
        "Jean Martin, directeur de l'agence, a parlé.",
        ["Jean", "Martin", "directeur", "de", "l'", "agence", "a"],
    ),
    ("Ce dernier est resté calme.", ["Ce"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LIVE)
def test_live_words(sentence: str, expected: list[str]) -> None:
    tokens = _actors._tokens(sentence, 0, len(sentence))
    live = _actors._live(sentence, tokens, {})
    assert expected == [tokens[i].text for i in live]


def test_words_after_determiners_open_every_determiner_rule() -> None:
    """A determiner's rules are tried only before these words: each rule's first word is one."""
    data = _actors.name_data()
    after = _actors._after_determiners()
    for noun in (*data.descriptions, *data.roles, *data.plural_roles):
        words = noun.split(" ")
        prefixes = {" ".join(words[:size]) for size in range(1, len(words) + 1)}
        assert set() == prefixes - after
    assert set() == (_actors._SHAPE_ORGS | _actors._ROLE_ADJECTIVES) - after
    assert {"dernier", "derniere"} <= after


READ_AFTER_DETERMINERS = [
    # (sentence, mentions read) — a determiner before a plain noun (``la ville``) opens nothing
    ("Le porte-parole de la ville a parlé.", ["Le porte-parole de la ville"]),
    ("Il a vu la ville puis le nouveau ministre.", ["le nouveau ministre"]),
    ("Des habitants de la ville ont vu un porte-parole.", ["Des habitants de la ville",
                                                          "un porte-parole"]),
]


@pytest.mark.parametrize(("sentence", "expected"), READ_AFTER_DETERMINERS)
def test_mentions_after_determiners(sentence: str, expected: list[str]) -> None:
    from syriadiplo._sentences import sentences
    from syriadiplo._text import normalize

    norm = normalize(sentence)
    found = _actors.actor_mentions(norm, sentences(norm.text), None)
    assert expected == [norm.text[m.start : m.end] for m in found]

"""The name and role lexicons (`names.toml`, `roles.toml`) are well formed."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

import pytest

from syriadiplo._data import load

GENDERS = ("m", "f", "either")


def _duplicates(items: list[str]) -> list[str]:
    """Return the items that occur more than once, sorted."""
    return sorted(item for item, count in Counter(items).items() if count > 1)


def _nfc(word: str) -> bool:
    """Tell whether a word is written in NFC, as the rules match it."""
    return word == unicodedata.normalize("NFC", word)


@pytest.mark.parametrize("gender", GENDERS)
def test_first_names_are_unique_capitalised_nfc(gender: str) -> None:
    """Each gender list has no duplicate and holds capitalised NFC names."""
    names: list[str] = load("names")["first_names"][gender]
    assert names
    assert [] == _duplicates(names)
    assert [] == [n for n in names if not (n[:1].isupper() and _nfc(n) and " " not in n)]


def test_a_first_name_has_one_gender() -> None:
    """A given name is in only one of `m`, `f` and `either`."""
    lists = load("names")["first_names"]
    assert [] == _duplicates([n for g in GENDERS for n in lists[g]])


def test_first_names_cover_the_origins_wire_copy_names() -> None:
    """Spellings from several languages are present, with their transliterations."""
    lists = load("names")["first_names"]
    assert {"Jean-Yves", "Sergueï", "Sergei", "Bachar", "Volodymyr", "Recep", "Naftali"} <= set(
        lists["m"]
    )
    assert {"Marine", "Marie-Christine", "Leïla", "Leila", "Bouthaina", "Federica"} <= set(
        lists["f"]
    )
    assert {"Dominique", "Claude", "Camille", "Nour"} <= set(lists["either"])


def test_particles_are_unique_lower_case() -> None:
    """Name particles are matched on the lower-case copy."""
    words: list[str] = load("names")["particles"]["words"]
    assert [] == _duplicates(words)
    assert [] == [w for w in words if w != w.lower() or not _nfc(w)]
    assert {"de", "al-", "ben", "ould", "ag", "van", "le"} <= set(words)


def test_titles_are_unique_across_genders() -> None:
    """A title implies one gender at most: it appears in one list only."""
    titles = load("names")["titles"]
    assert set(GENDERS) == set(titles)
    assert [] == _duplicates([t for g in GENDERS for t in titles[g]])
    assert {"M.", "Mgr", "cheikh"} <= set(titles["m"])
    assert {"Mme", "reine", "cheikha"} <= set(titles["f"])


def _entries(table: str) -> list[dict[str, Any]]:
    """Return the entries of a `roles.toml` table."""
    entries: list[dict[str, Any]] = load("roles")[table]
    return entries


@pytest.mark.parametrize("table", ["roles", "groups", "descriptions"])
def test_role_and_group_nouns_are_unique_lower_case(table: str) -> None:
    """Nouns are lower-case NFC, unique, with lower-case plurals."""
    entries = _entries(table)
    nouns = [e["noun"] for e in entries]
    assert [] == _duplicates(nouns)
    words = nouns + [p for e in entries for p in e.get("plurals", [])]
    assert [] == [w for w in words if w != w.lower() or not _nfc(w) or w != w.strip()]


def test_roles_have_gender_kind_and_field() -> None:
    """Every role names a gender in m/f/either, the kind `person` and a field."""
    bad = [
        e["noun"]
        for e in _entries("roles")
        if e.get("gender") not in GENDERS or e.get("kind") != "person" or not e.get("field")
    ]
    assert [] == bad


def test_gendered_role_pairs_are_present() -> None:
    """Forms that change with gender are separate entries with their gender."""
    gender = {e["noun"]: e["gender"] for e in _entries("roles")}
    pairs = [("ambassadeur", "ambassadrice"), ("premier ministre", "première ministre")]
    pairs += [("haut représentant", "haute représentante"), ("envoyé", "envoyée")]
    assert [("m", "f")] * len(pairs) == [(gender[m], gender[f]) for m, f in pairs]
    assert ["either"] * 3 == [gender[n] for n in ("porte-parole", "ministre", "homologue")]


def test_groups_have_kind_and_flags() -> None:
    """Groups are organisations or groups, with boolean `state` and `context`."""
    bad = [
        e["noun"]
        for e in _entries("groups")
        if e.get("kind") not in ("organization", "group")
        or not isinstance(e.get("state"), bool)
        or not isinstance(e.get("context"), bool)
    ]
    assert [] == bad
    state = {e["noun"]: e["state"] for e in _entries("groups")}
    assert [True, True, False] == [state["diplomatie"], state["régime"], state["opposition"]]


def test_descriptions_say_what_they_stand_for() -> None:
    """A description names a kind, and refers to `same`, a kind or a lexicon category."""
    categories = set(load("actors")["categories"])
    bad = [
        e["noun"]
        for e in _entries("descriptions")
        if e.get("kind") not in ("organization", "group")
        or e.get("refers") not in {"same", "organization", "group", *categories}
        or not isinstance(e.get("owned", False), bool)
    ]
    assert [] == bad
    refers = {e["noun"]: e["refers"] for e in _entries("descriptions")}
    nouns = ("ong", "parquet", "organisation")
    assert ["ngo", "same", "organization"] == [refers[n] for n in nouns]


def test_synonyms_and_counterparts_are_role_nouns() -> None:
    """Each synonym set and each counterpart lists role nouns (or their plurals), once."""
    roles = load("roles")
    nouns = {e["noun"] for e in roles["roles"]}
    forms = nouns | {p for e in roles["roles"] for p in e.get("plurals", [])}
    synonyms = [noun for group in roles["synonyms"] for noun in group]
    # `ministre des affaires étrangères` is a role phrase, not a role noun: the office it names
    # is matched through the lexicon's office phrases
    assert [] == [n for n in synonyms if n not in forms and n != "ministre des affaires étrangères"]
    assert [] == _duplicates(synonyms)
    assert [] == [n for n in roles["counterparts"] if n not in forms]
    assert {"premier ministre", "chef du gouvernement"} <= set(roles["synonyms"][0])
    assert {"homologue", "adversaire", "rival"} <= set(roles["counterparts"])


def test_party_nouns_are_lower_case_nfc() -> None:
    """The nouns that name parties by what they are are matched on the lower-case copy."""
    words: list[str] = load("statements")["party_nouns"]
    assert [] == _duplicates(words)
    assert [] == [w for w in words if w != w.lower() or not _nfc(w)]

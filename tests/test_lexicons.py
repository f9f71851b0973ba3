"""The data files under ``syriadiplo/data``: they load, and their tables are consistent."""

from __future__ import annotations

import tomllib
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from syriadiplo import Qualifier
from syriadiplo._data import compile_all, compiled, load
from syriadiplo._numbers import Token, lexicon

DATA_FILES = sorted(
    p.name.removesuffix(".toml")
    for p in resources.files("syriadiplo").joinpath("data").iterdir()
    if p.name.endswith(".toml")
)


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_loads_as_toml(name: str) -> None:
    """Every shipped data file parses and is not empty."""
    assert load(name)


@pytest.mark.parametrize("name", DATA_FILES)
def test_compiled_copy_is_current(name: str) -> None:
    """Each TOML file ships a current JSON copy (else run ``scripts/compile_data.py``)."""
    source = resources.files("syriadiplo").joinpath("data", f"{name}.toml").read_text("utf-8")
    assert tomllib.loads(source) == compiled(name)


@pytest.mark.parametrize("name", DATA_FILES)
def test_load_keeps_the_toml_order(name: str) -> None:
    """Rules read some tables in file order: the copy keeps it, key by key."""
    source = resources.files("syriadiplo").joinpath("data", f"{name}.toml").read_text("utf-8")

    def keys(value: object) -> object:
        if isinstance(value, dict):
            return [(k, keys(v)) for k, v in value.items()]
        if isinstance(value, list):
            return [keys(v) for v in value]
        return None

    assert keys(tomllib.loads(source)) == keys(load(name))


def test_data_files_ship_with_the_package() -> None:
    """The lexicons the rules read are installed with the package."""
    assert {"abbreviations", "calendar", "numbers"} <= set(DATA_FILES)


NUMBER_TABLES = ("units", "teens", "tens", "hundreds", "scales", "approximate_nouns", "fractions")


def test_number_words_belong_to_one_table() -> None:
    """No word is both, say, a unit and a scale: each has one role."""
    data = load("numbers")
    seen: dict[str, str] = {}
    clashes = []
    for table in NUMBER_TABLES:
        for word in data[table]:
            if word in seen:
                clashes.append((word, seen[word], table))
            seen[word] = table
    assert [] == clashes


def test_number_words_are_lower_case_nfc() -> None:
    """Rules match a lower-case NFC copy, so the vocabulary is written that way."""
    data = load("numbers")
    words = [w for t in NUMBER_TABLES for w in data[t]]
    assert [] == [w for w in words if w != unicodedata.normalize("NFC", w.lower())]


@pytest.mark.parametrize(
    ("table", "low", "high"),
    [("units", 0, 9), ("teens", 10, 16), ("tens", 20, 90), ("hundreds", 100, 100)],
)
def test_cardinal_values_fit_their_table(table: str, low: int, high: int) -> None:
    """Units are 0–9, teens 10–16, tens 20–90, hundreds 100."""
    values = load("numbers")[table].values()
    assert all(low <= v <= high for v in values)


def test_scales_are_powers_of_a_thousand() -> None:
    """French scales follow the long scale: mille, million, milliard, billion."""
    values = set(load("numbers")["scales"].values())
    assert values == {1000**k for k in range(1, 7) if k != 5} | {10**15}


@pytest.mark.parametrize("table", ["prefix_qualifiers", "suffix_qualifiers"])
def test_qualifiers_name_a_qualifier_of_the_contract(table: str) -> None:
    """Every qualifier phrase maps to a value of the JSON contract's `qualifier`."""
    allowed = {q.value for q in Qualifier}
    assert set(load("numbers")[table].values()) <= allowed


def test_vague_bounds_are_ordered() -> None:
    """A vague determiner's low bound is at most its high bound (−1 is open)."""
    for name, rule in load("numbers")["vague"].items():
        assert rule["low"] >= 2, name
        assert rule["high"] == -1 or rule["low"] <= rule["high"], name


def test_ordinals_are_derived_for_every_cardinal() -> None:
    """`septième`, `cinquième`, `neuvième`, `vingtième`, `millième` are known ordinals."""
    words = lexicon().words
    for word in ("septième", "cinquième", "neuvième", "vingtième", "centième", "millième"):
        assert words[word].ordinal, word
    assert Token.TEN is words["vingtième"].token


def test_year_cues_and_months_are_lower_case() -> None:
    """Context words are matched on the lower-case copy."""
    lex = lexicon()
    assert all(c == c.lower() for c in (*lex.year_cues, *lex.months))


def test_a_stale_copy_is_not_trusted(tmp_path: Path) -> None:
    """A compiled copy is read while its stamp matches its TOML, and ignored after an edit."""
    (tmp_path / "demo.toml").write_text('[mots]\nliste = ["a", "b"]\n', encoding="utf-8")
    assert ["demo"] == compile_all(str(tmp_path))
    assert {"mots": {"liste": ["a", "b"]}} == compiled("demo", tmp_path)
    (tmp_path / "demo.toml").write_text('[mots]\nliste = ["c"]\n', encoding="utf-8")
    assert None is compiled("demo", tmp_path)
    assert None is compiled("absent", tmp_path)

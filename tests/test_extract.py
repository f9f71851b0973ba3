"""``extract()``: the contract every user relies on, over examples and arbitrary text."""

from __future__ import annotations

import datetime
import itertools
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syriadiplo
from syriadiplo import Article, Span, _dates, _pipeline, extract
from syriadiplo._casualties import casualty_claims
from syriadiplo._layers import Layers

DAY = datetime.date(2016, 9, 30)

# Odd inputs scraped pages give us; each must come back without an exception.
ODD_INPUTS = [
    "",
    " \n\t ",
    "\x00\x01\x02 NUL et contrôles",
    "« « « guillemets jamais fermés",
    "»»» fermés jamais ouverts",
    "e\u0301te\u0301 en NFD : 12 morts",
    "ligne\r\nWindows\r\n3\u202f800 déplacés",
    "<p>Plus de&nbsp;3&#160;800 civils</p><br/>&amp; des centaines",
    "1" * 5000,
    "1 " * 3000,
    "de la " * 2000,
    "mille " * 2000,
    "plus de " * 2000,
    "\ud800 surrogate isolé",
    "𝟙𝟚𝟛 chiffres mathématiques ٣٤٥ arabes",
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_odd_input_returns_an_article(text: str) -> None:
    """Scraper leftovers, junk and unbalanced marks give an article, not an exception."""
    article = extract(text, date=DAY, strict=True)

    assert isinstance(article, Article)
    assert () == article.warnings


@pytest.mark.parametrize("value", [None, b"bytes", 12, ["liste"]])
def test_non_str_raises_type_error(value: object) -> None:
    """Anything but a str is refused with a TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)  # type: ignore[arg-type]


def test_bad_date_type_raises_type_error() -> None:
    """A date given as a string is refused: the caller passes a datetime.date."""
    with pytest.raises(TypeError, match="date"):
        extract("Lundi.", date="2016-09-30")  # type: ignore[arg-type]


def test_datetime_is_taken_as_its_day() -> None:
    """A datetime anchors relative dates on its calendar day."""
    article = extract("Hier.", date=datetime.datetime(2016, 9, 30, 18, 45))

    assert DAY == article.date


def test_relative_dates_stay_unresolved_without_an_article_date() -> None:
    """Without a date, `hier` is found but not guessed from the clock."""
    (mention,) = extract("Hier, douze civils ont été tués.").dates

    assert ("Hier", None) == (mention.text, mention.range)


def test_quantities_and_dates_are_layers_of_the_article() -> None:
    """The article carries the quantity and date mentions, spans in the caller's text."""
    text = "BEYROUTH, 30 sept 2016 -\u00a0Lundi, plus de 3\u202f800 civils avaient péri."
    article = extract(text, date=DAY)

    assert [("plus de 3\u202f800", 3800)] == [
        (q.text, q.value) for q in article.quantities if q.kind == "number"
    ]
    assert "Lundi" in [d.text for d in article.dates]
    days = [d.range.day for d in article.dates if d.range and d.range.day]
    assert datetime.date(2016, 9, 26) in days


def test_json_shape_has_the_contract_keys() -> None:
    """`to_dict()` has every key SPEC.md requires, and `json.dumps` takes it as is."""
    doc = extract("Douze morts.", date=DAY).to_dict()

    assert {"schema", "date", "statements", "casualty_claims", "meetings", "warnings"} <= set(doc)
    assert "syriadiplo/1" == doc["schema"]
    assert doc == json.loads(json.dumps(doc))


@settings(max_examples=200, deadline=None)
@given(st.text(), st.none() | st.dates())
def test_never_raises_and_spans_index_the_text(text: str, date: datetime.date | None) -> None:
    """On any str, extract returns; every record quotes exactly text[start:end]."""
    article = extract(text, date=date, strict=True)

    for q in article.quantities:
        assert q.text == text[q.span.start:q.span.end]
        assert 0 <= q.span.start <= q.span.end <= len(text)
    for d in article.dates:
        assert d.text == text[d.span.start:d.span.end]


FRENCHISH = st.lists(
    st.sampled_from([
        "Plus de", "3 800", "3\u202f800", "280.000", "des centaines", "une vingtaine", "civils",
        "tués", "lundi", "hier", "le 17 juillet", "«", "»", "\u00a0", "\r\n", "e\u0301", "&nbsp;",
        "selon l'OSDH", "jusqu'à", "présent", "entre", "et", "à", "quatre-vingt", "-dix", "%",
        ",", ".", " ", "2011", "depuis", "neuf", "un", "mille", "virgule", "<br>",
    ]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(FRENCHISH, st.none() | st.dates())
def test_dispatch_like_text_round_trips(text: str, date: datetime.date | None) -> None:
    """On dispatch-like text, extract is deterministic and lossless through JSON."""
    article = extract(text, date=date, strict=True)

    assert article == extract(text, date=date, strict=True)
    assert article == Article.from_json(article.to_json())
    for q in article.quantities:
        assert q.text == text[q.span.start:q.span.end]
    spans = [q.span for q in article.quantities]
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


# Speakers named again by a description, a class noun or a pronoun: (text, date, speakers of
# the statements, in text order).
SPEAKERS = [
    (
        "L'envoyé de l'ONU pour le Yémen, Hans Grundberg, est arrivé à Mascate. « Rien n'est "
        "joué », a averti le diplomate suédois.",
        datetime.date(2022, 5, 1),
        ["Hans Grundberg"],
    ),
    (
        "Le médiateur de l'ONU, Lars Bergqvist, a quitté Tunis. Le diplomate norvégien a "
        "estimé que le dialogue restait possible.",
        DAY,
        ["Lars Bergqvist"],
    ),
    (
        "La ministre Lina Saadé a appelé le général Omar Haddad. Celle-ci a affirmé que la "
        "frontière resterait ouverte.",
        DAY,
        ["Lina Saadé"],
    ),
    (
        "Un responsable kurde de la zone, Shwan Barzinji, a affirmé que la route était coupée. "
        "« Nous tiendrons », a-t-il ajouté.",
        DAY,
        ["Shwan Barzinji", "Shwan Barzinji"],
    ),
    (
        "Des experts britanniques ont estimé que le barrage risquait de céder.",
        DAY,
        ["experts britanniques"],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SPEAKERS)
def test_speakers_named_again(text: str, date: datetime.date, expected: list[str]) -> None:
    """A class noun, ``celle-ci`` or a pronoun gives the person the article named before."""
    statements = extract(text, date=date).statements
    assert expected == [s.speaker.name if s.speaker else None for s in statements]


def test_version_is_exposed() -> None:
    """The installed version is readable as syriadiplo.__version__."""
    assert syriadiplo.__version__[0].isdigit()


def _bad_claims(layers: Layers) -> dict[str, Any]:
    """The casualty step, with its first claim given a span past the end of the text."""
    claims = casualty_claims(layers)
    broken = attrs.evolve(claims[0], span=Span(0, 10**6))
    return {"casualty_claims": (broken, *claims[1:])}


@pytest.fixture
def first_claim_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the pipeline with :func:`_bad_claims` as its casualty step."""
    steps = tuple(
        (name, _bad_claims if name == "casualties" else step) for name, step in _pipeline.STEPS
    )
    monkeypatch.setattr(_pipeline, "STEPS", steps)


@pytest.mark.usefixtures("first_claim_broken")
def test_a_record_that_does_not_index_the_text_is_left_out_alone() -> None:
    """Regression: one bad record used to empty every list of the article."""
    text = "Lundi, 12 civils ont été tués. Mardi, 300 familles ont fui, selon le HCR."
    article = syriadiplo.extract(text)
    assert [("300", None)] == [(c.count.text, c.part_of) for c in article.casualty_claims]
    assert ["Lundi", "Mardi"] == [d.text for d in article.dates]
    assert 1 == len(article.warnings)
    assert article.warnings[0].startswith("casualty_claims[0] left out:")


@pytest.mark.usefixtures("first_claim_broken")
def test_part_of_follows_its_parent_when_a_record_is_left_out() -> None:
    """A part keeps pointing at its parent once an earlier claim is dropped."""
    text = "Lundi, 12 soldats ont été tués. Mardi, 30 civils sont morts, dont 8 enfants."
    article = syriadiplo.extract(text)
    assert [("30", None), ("8", 0)] == [(c.count.text, c.part_of) for c in article.casualty_claims]


def test_a_rule_cut_short_by_its_time_guard_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A date rule that overruns its budget keeps what it found and says so in ``warnings``."""
    monkeypatch.setattr(_dates, "_budget", lambda text: 0.0)
    article = syriadiplo.extract("Lundi, 12 civils ont été tués.", date=DAY)
    assert () == article.dates
    assert 12 == article.casualty_claims[0].count.value
    assert article.warnings
    assert all("cut short by its time guard" in w for w in article.warnings)

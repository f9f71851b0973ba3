"""The text layer: what normalisation changes, and the offset map back to the caller's text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import dispatch_texts
from syriadiplo import Span
from syriadiplo._text import NormalizedText, normalize

# (original, normalised), grouped by the rule they exercise.
NORMALISED = [
    # accents: NFD becomes NFC
    ("De\u0301claration de l'e\u0301missaire", "Déclaration de l'émissaire"),
    ("Ale\u0300s et Ho\u0302pital", "Alès et Hôpital"),
    ("E\u0301tats-Unis", "États-Unis"),
    ("déjà composé", "déjà composé"),
    # apostrophes
    ("l\u2019armée d\u2019Assad", "l'armée d'Assad"),
    ("aujourd\u02bchui", "aujourd'hui"),
    # spaces of French typography
    ("3\u00a0800 morts", "3 800 morts"),
    ("3\u202f800 blessés", "3 800 blessés"),
    ("3\u2009800 déplacés", "3 800 déplacés"),
    ("«\u00a0non\u00a0»", "« non »"),
    ("«\u202fnon\u202f»\u00a0!", "« non » !"),
    ("a\tb", "a b"),
    # line ends
    ("Premier.\r\nSecond.", "Premier.\nSecond."),
    ("Un.\r\n\r\nDeux.\r\n", "Un.\n\nDeux.\n"),
    ("Un.\u2029Deux.", "Un.\nDeux."),
    # soft hyphens and zero-width characters
    ("cessez-le-\u00adfeu", "cessez-le-feu"),
    ("négo\u00adcia\u00adtions", "négociations"),
    ("\ufeffDamas", "Damas"),
    ("Ham\u200bas", "Hamas"),
    # HTML entities
    ("fait&nbsp;état", "fait état"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("l&#39;ONU", "l'ONU"),
    ("l&#x27;ONU", "l'ONU"),
    ("&laquo;non&raquo;", "«non»"),
    ("&laquo;&nbsp;non&nbsp;&raquo;", "« non »"),
    ("l&rsquo;OSDH", "l'OSDH"),
    ("d&eacute;claration", "déclaration"),
    ("&amp;nbsp;", "&nbsp;"),
    ("AT&T et R&D", "AT&T et R&D"),
    ("&inconnu;", "&inconnu;"),
    # HTML tags
    ("Alep<br>Damas", "Alep\nDamas"),
    ("Alep<br/>Damas<BR />Homs", "Alep\nDamas\nHoms"),
    ("<p>Alep</p><p>Damas</p>", "\nAlep\n\nDamas\n"),
    ("un <b>bilan</b> lourd", "un  bilan  lourd"),
    ('voir <a href="x.html">ici</a>', "voir  ici "),
    ("3 < 5 et 7 > 2", "3 < 5 et 7 > 2"),
    # several at once
    (
        "Le\u00a0ministre a\u00a0d\u00e9clar\u00e9\u00a0:\r\n"
        "&laquo;\u00a0C\u2019est fini\u00a0&raquo;",
        "Le ministre a déclaré :\n« C'est fini »",
    ),
    ("", ""),
    # regressions: a lone CR or form feed is a line end, not a control turned space
    ("Un.\rDeux.", "Un.\nDeux."),
    ("Un.\x0cDeux.", "Un.\nDeux."),
    # regressions: an entity for a character that vanishes vanishes too
    ("cessez-le-&shy;feu", "cessez-le-feu"),
    ("Ham&#8203;as", "Hamas"),
]

@pytest.mark.parametrize(("original", "expected"), NORMALISED)
def test_normalised_text(original: str, expected: str) -> None:
    """Normalisation turns each input into the expected matching text."""
    assert expected == normalize(original).text


@pytest.mark.parametrize(("original", "normalised"), NORMALISED)
def test_table_maps_back(original: str, normalised: str) -> None:
    """Every range of each table entry maps back to original characters within bounds."""
    _check_map(normalize(original))


# (original, the normalised piece, the original characters it must map back to)
MAPPED = [
    ("l\u2019OSDH compte 3\u202f800 morts", "3 800", "3\u202f800"),
    ("fait&nbsp;état de 12 morts", "état", "état"),
    ("fait&nbsp;état de 12 morts", " ", "&nbsp;"),
    ("fait&nbsp;état de 12 morts", "t é", "t&nbsp;é"),
    ("De\u0301claration du ministre", "Déclaration", "De\u0301claration"),
    ("De\u0301claration du ministre", "é", "e\u0301"),
    ("ces\u00adsez-le-feu", "cessez", "ces\u00adsez"),
    ("Alep\r\nDamas", "Alep\nDamas", "Alep\r\nDamas"),
    ("Alep\r\nDamas", "Damas", "Damas"),
    ("&laquo;non&raquo;, a-t-il dit", "non", "non"),
    ("&laquo;non&raquo;, a-t-il dit", "«non»", "&laquo;non&raquo;"),
    ("un <b>bilan</b> lourd", "bilan", "bilan"),
    ("x\u00ad\u00ad&amp;\u00ady", "&", "&amp;"),
    ("x\u00ad\u00ad&amp;\u00ady", "x", "x"),
    ("x\u00ad\u00ad&amp;\u00ady", "y", "y"),
]


@pytest.mark.parametrize(("original", "piece", "expected"), MAPPED)
def test_mention_maps_back_to_original_characters(original: str, piece: str, expected: str
                                                  ) -> None:
    """A stretch of the normalised text maps back to exactly the original characters behind it."""
    norm = normalize(original)
    start = norm.text.index(piece)
    assert expected == norm.mention(start, start + len(piece)).text


def _check_map(norm: NormalizedText) -> None:
    """Check bounds, the mention text and monotony of the map for every offset of ``norm``."""
    size, original = len(norm.text), norm.original
    starts = [norm.span(s, size).start for s in range(size + 1)]
    ends = [norm.span(0, e).end for e in range(size + 1)]
    assert starts == sorted(starts)
    assert ends == sorted(ends)
    assert all(0 <= offset <= len(original) for offset in starts + ends)
    for s in range(size + 1):
        for e in (s, min(size, s + 1), min(size, s + 7), size):
            span = norm.span(s, e)
            assert 0 <= span.start <= span.end <= len(original)
            assert norm.mention(s, e).text == original[span.start : span.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_map_over_arbitrary_text(text: str) -> None:
    """For any text, every range maps to a span within bounds, monotone in its ends."""
    _check_map(normalize(text))


# Characters that trigger edits: CR, soft hyphens, zero widths, entities, tags, combining marks.
_TRIGGERS = st.sampled_from(
    ["\r\n", "\r", "\u00ad", "\u200b", "\ufeff", "&amp;", "&nbsp;", "&#39;", "&shy;", "&bogus;",
     "<br>", "<b>", "</p>", "\u0301", "\u0308", "e\u0301", "&NotEqualTilde;", "\u0344", "&", "<"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=4) | _TRIGGERS, max_size=20).map("".join))
def test_map_over_edit_heavy_text(text: str) -> None:
    """Text dense in length-changing edits maps back within bounds and monotonically."""
    _check_map(normalize(text))


@settings(max_examples=100, deadline=None)
@given(dispatch_texts(html=True))
def test_map_over_dispatch_text(text: str) -> None:
    """Dispatch-like text, HTML leftovers included, maps back within bounds and monotonically."""
    _check_map(normalize(text))


@settings(max_examples=100, deadline=None)
@given(dispatch_texts(html=True), st.data())
def test_words_map_back_to_their_original_form(text: str, data: st.DataObject) -> None:
    """A word of the normalised text maps back to original characters that normalise to it."""
    norm = normalize(text)
    words = norm.text.split()
    word = data.draw(st.sampled_from(words))
    start = norm.text.index(word)
    found = norm.mention(start, start + len(word)).text
    assert word == normalize(found).text


# Characters that never change length: no CR, &, <, soft hyphen, zero width or combining mark.
_STABLE = st.characters(
    exclude_categories=["M", "Cs"],
    exclude_characters="\r&<\u00ad\u200b\u200c\u200d\u2060\ufeff",
)


@settings(max_examples=200, deadline=None)
@given(st.text(_STABLE, max_size=80))
def test_map_is_identity_without_length_changes(text: str) -> None:
    """Without length-changing edits, the normalised text is as long and the map is the identity."""
    norm = normalize(text)
    assert len(text) == len(norm.text)
    size = len(text)
    for s in range(size + 1):
        for e in (s, min(size, s + 3), size):
            assert Span(s, e) == norm.span(s, e)


@settings(max_examples=100, deadline=None)
@given(dispatch_texts())
def test_dispatch_text_is_fully_normalised(text: str) -> None:
    """Dispatch-like text comes out NFC with one apostrophe, plain spaces and LF line ends."""
    result = normalize(text).text
    assert unicodedata.is_normalized("NFC", result)
    assert not set(result) & set("\r\u00a0\u202f\u2009\u2019\u02bc\u00ad")


@settings(max_examples=100, deadline=None)
@given(dispatch_texts())
def test_normalisation_is_idempotent_on_dispatch_text(text: str) -> None:
    """Normalising dispatch-like text twice changes nothing the first pass did not."""
    once = normalize(text).text
    assert once == normalize(once).text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalize_never_raises(text: str) -> None:
    """Normalisation accepts any string and keeps the original as given."""
    assert text == normalize(text).original

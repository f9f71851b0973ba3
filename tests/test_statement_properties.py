"""Properties every extracted statement keeps, on dispatch-like text and on broken text.

Well-formed prose comes from ``dispatch_texts()`` (shared strategies) and
``reporting_texts()`` (every sieve, every mark, nested marks, quotations over
paragraphs); broken prose from ``unbalanced_texts()``, the same with stray marks.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import syriadiplo
from statement_strategies import OPENING_MARKS, reporting_texts, unbalanced_texts
from strategies import dispatch_texts
from syriadiplo import Article, Mention, StatementKind
from syriadiplo._statements import RULES

# Enough examples to meet every sieve and mark, few enough for a quick run.
EXAMPLES = settings(max_examples=150, deadline=None)

WELL_FORMED = st.one_of(dispatch_texts(), reporting_texts())
ANY = st.one_of(dispatch_texts(), reporting_texts(), unbalanced_texts())

# Every character that opens or closes a quotation, nested ones included.
MARKS = "«»“”\"‹›"

# The sieves, in the order they are tried.
SIEVES = frozenset({"inverted-cue", "inverted-pronoun", "subject-cue", "subject-pronoun",
                    "colon", "according-to", "passive", "participle", "inverted-verb",
                    "nearest-actor",
                    "continuation"})


def test_documented_sieves_are_the_rules_the_code_writes() -> None:
    """The rule names this file checks are exactly those the extractor can write."""
    assert SIEVES == RULES


def extract(text: str) -> Article:
    """Extract strictly, so that a failing step or an inconsistent record raises."""
    return syriadiplo.extract(text, strict=True)


def mentions(article: Article) -> list[tuple[str, Mention]]:
    """Every (field, mention) the article's statements hold."""
    found: list[tuple[str, Mention]] = []
    for i, statement in enumerate(article.statements):
        found += [(f"statements[{i}].quotes[{k}]", q) for k, q in enumerate(statement.quotes)]
        if statement.cue is not None:
            found.append((f"statements[{i}].cue", statement.cue))
        if statement.speaker_mention is not None:
            found.append((f"statements[{i}].speaker_mention", statement.speaker_mention))
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every line of ``text``."""
    return [m.span() for m in re.finditer(r"[^\r\n]+", text)]


@EXAMPLES
@given(WELL_FORMED)
def test_quotes_exclude_their_marks_and_spaces(text: str) -> None:
    """A quoted segment starts and ends inside the words: no mark, no space at either end."""
    for statement in extract(text).statements:
        for quote in statement.quotes:
            assert quote.text, f"empty segment at {quote.span}"
            assert quote.text == quote.text.strip(), repr(quote.text)
            assert quote.text[0] not in MARKS, repr(quote.text)
            assert quote.text[-1] not in MARKS, repr(quote.text)


@EXAMPLES
@given(ANY)
def test_every_mention_indexes_the_text(text: str) -> None:
    """Quotes, cues and speaker mentions are exactly ``text[start:end]``; spans fit the text."""
    article = extract(text)
    for statement in article.statements:
        assert 0 <= statement.span.start <= statement.span.end <= len(text)
    for where, mention in mentions(article):
        assert mention.text == text[mention.span.start : mention.span.end], where


@EXAMPLES
@given(ANY)
def test_quotes_lie_inside_their_statement(text: str) -> None:
    """Every quoted segment lies inside the span of the statement that holds it."""
    for statement in extract(text).statements:
        for quote in statement.quotes:
            assert statement.span.contains(quote.span)


@EXAMPLES
@given(ANY)
def test_cue_and_speaker_mention_lie_inside_their_statement(text: str) -> None:
    """The words a statement is found by (its cue, the words naming its speaker) are its own."""
    for statement in extract(text).statements:
        span = statement.span
        for mention in (statement.cue, statement.speaker_mention):
            if mention is not None:
                assert span.start <= mention.span.start <= mention.span.end <= span.end


@EXAMPLES
@given(ANY)
def test_indirect_exactly_when_no_quotes(text: str) -> None:
    """A statement is indirect exactly when it has no quoted segment."""
    for statement in extract(text).statements:
        assert (statement.kind is StatementKind.INDIRECT) == (not statement.quotes)


@EXAMPLES
@given(ANY)
def test_rule_names_a_sieve(text: str) -> None:
    """``rule`` is the name of one of the sieves."""
    for statement in extract(text).statements:
        assert statement.rule in SIEVES


@EXAMPLES
@given(WELL_FORMED)
def test_cues_lie_outside_quotes(text: str) -> None:
    """Words inside a quotation are never a statement's cue (marks balanced, so no doubt)."""
    article = extract(text)
    quotes = [q.span for s in article.statements for q in s.quotes]
    for statement in article.statements:
        cue = statement.cue
        if cue is None:
            continue
        for span in quotes:
            assert not (span.start < cue.span.end and cue.span.start < span.end), cue.text


@EXAMPLES
@given(unbalanced_texts())
def test_unbalanced_marks_never_run_across_paragraphs(text: str) -> None:
    """A segment crosses into a paragraph only when that paragraph reopens the quotation."""
    lines = paragraphs(text)
    for statement in extract(text).statements:
        for quote in statement.quotes:
            crossed = [(s, e) for s, e in lines
                       if s < quote.span.end and quote.span.start < e]
            for start, _ in crossed[1:]:
                assert text[start:].lstrip().startswith(OPENING_MARKS), repr(quote.text)


@EXAMPLES
@given(unbalanced_texts(reopen=False))
def test_each_quote_fits_in_its_paragraph(text: str) -> None:
    """When no paragraph reopens a quotation, no segment is longer than its paragraph."""
    lines = paragraphs(text)
    for statement in extract(text).statements:
        for quote in statement.quotes:
            assert any(s <= quote.span.start and quote.span.end <= e for s, e in lines), (
                repr(quote.text))


@EXAMPLES
@given(ANY)
def test_extraction_is_deterministic(text: str) -> None:
    """The same text gives the same statements twice."""
    assert extract(text).statements == extract(text).statements


@EXAMPLES
@given(st.lists(st.sampled_from([*"«»“”\"‹› \n\r:,.aé'-", "a dit", "Il", "selon"])).map("".join))
def test_mark_soup_returns(text: str) -> None:
    """Text made mostly of marks, punctuation and cue words comes back without an exception."""
    article = extract(text)
    assert isinstance(article.statements, tuple)

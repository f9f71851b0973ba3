"""Rows of records: one flat row per statement, casualty claim or meeting.

The command's ``--table`` writes these rows as CSV, and :func:`records` gives
the same rows to Python as plain dicts, ready for ``pandas.DataFrame``. Each
kind of record has its columns, the article id first:

>>> import datetime, syriadiplo
>>> text = "Mardi, 7 civils ont été tués à Idleb, selon la défense civile."
>>> article = syriadiplo.extract(text, date=datetime.date(2016, 10, 14))
>>> [(row["kind"], row["value"], row["victims"], row["location"], row["start"])
...  for row in records(article, "casualties")]
[('killed', 7, 'civilians', 'Idleb', datetime.date(2016, 10, 11))]
>>> print(table_csv([("a1", article)], "casualties"), end="")
id,kind,value,low,high,qualifier,count,victims,perpetrator,source,location,start,end,span_start,span_end
a1,killed,7,7,7,exact,7,civilians,,défense civile,Idleb,2016-10-11,2016-10-11,7,28
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias, get_args

from syriadiplo._records import Actor, Article, CasualtyClaim, Meeting, Statement

__all__ = [
    "CASUALTY_COLUMNS",
    "MEETING_COLUMNS",
    "QUOTE_SEPARATOR",
    "STATEMENT_COLUMNS",
    "TABLES",
    "Cell",
    "TableKind",
    "casualty_table",
    "columns",
    "records",
    "table_csv",
    "table_rows",
]

TableKind: TypeAlias = Literal["statements", "casualties", "meetings"]
"""The kinds of table: one row per statement, per casualty claim or per meeting."""

TABLES: tuple[TableKind, ...] = get_args(TableKind)
"""Every table kind, in the order the documentation lists them."""

Cell: TypeAlias = str | int | float | bool | datetime.date | None
"""The value of one cell of a row: plain Python values, never records or enums."""

QUOTE_SEPARATOR = " […] "
"""What joins the quoted segments of a statement in its ``quote`` cell."""

STATEMENT_COLUMNS = (
    "id", "speaker", "role", "country", "kind", "quote", "cue", "date", "rule",
    "span_start", "span_end",
)
"""Columns of the statements table: the article id; the speaker's name, role and
country (ISO alpha-3); the statement's kind (direct, partial, indirect); its quoted
segments joined by :data:`QUOTE_SEPARATOR` (empty for indirect speech); the cue as
written; the article date (a statement carries no date of its own); the rule that
attributed it; its span."""

CASUALTY_COLUMNS = (
    "id", "kind", "value", "low", "high", "qualifier", "count", "victims", "perpetrator",
    "source", "location", "start", "end", "span_start", "span_end",
)
"""Columns of the casualties table: the article id; the claim's kind; its count (value,
bounds, qualifier, and the words as written); the victims; the names of the perpetrator
and of the source; the place; the first and last days of the period the figure covers;
the claim's span."""

MEETING_COLUMNS = (
    "id", "participants", "mode", "status", "date", "location", "cameo", "plover",
    "span_start", "span_end",
)
"""Columns of the meetings table: the article id; the participants' names joined by
``"; "``; the mode (phone, in person…); the status (held, planned…); the day; the place;
the CAMEO and PLOVER event codes; the span of the first passage that reports it."""

_Row: TypeAlias = tuple[Cell, ...]


def columns(kind: str) -> tuple[str, ...]:
    """The columns of the ``kind`` table, ``"id"`` first.

    >>> columns("meetings")[:4]
    ('id', 'participants', 'mode', 'status')

    Raises :class:`ValueError` for a kind not in :data:`TABLES`.
    """
    if kind == "statements":
        return STATEMENT_COLUMNS
    if kind == "casualties":
        return CASUALTY_COLUMNS
    if kind == "meetings":
        return MEETING_COLUMNS
    raise ValueError(f"unknown table {kind!r}: expected one of {', '.join(TABLES)}")


def table_rows(article: Article, kind: str, id: str | int | None = None) -> tuple[_Row, ...]:
    """The rows of ``article`` for the ``kind`` table, as tuples in :func:`columns` order.

    ``id`` fills the first cell of every row. Missing values are ``None``.

    >>> import syriadiplo
    >>> table_rows(syriadiplo.Article(text="Rien."), "statements")
    ()
    """
    rows: Iterator[_Row]
    if kind == "statements":
        rows = (_statement_row(id, article.date, st) for st in article.statements)
    elif kind == "casualties":
        rows = (_casualty_row(id, claim) for claim in article.casualty_claims)
    elif kind == "meetings":
        rows = (_meeting_row(id, meeting) for meeting in article.meetings)
    else:
        columns(kind)  # raises
    return tuple(rows)


def records(
    article: Article, kind: str, *, id: str | int | None = None
) -> tuple[dict[str, Cell], ...]:
    """One plain dict per record of ``article``: the rows of ``--table kind``.

    The keys are the CSV columns (:func:`columns`), ``"id"`` included: it holds the
    ``id`` argument, ``None`` by default. Values are plain Python values: ``str`` for
    names and vocabularies, ``int`` or ``float`` for figures, ``datetime.date`` for days,
    ``None`` where the record has nothing. ``pandas.DataFrame(records(article, kind))``
    has the table's columns in order; an article without such records gives ``()``.

    >>> import syriadiplo
    >>> text = "« Le cessez-le-feu tient », a affirmé mercredi le porte-parole de l'ONU."
    >>> (row,) = records(syriadiplo.extract(text), "statements", id=17)
    >>> row["id"], row["kind"], row["quote"], row["cue"]
    (17, 'direct', 'Le cessez-le-feu tient', 'a affirmé')

    Raises :class:`ValueError` for a kind not in :data:`TABLES`.
    """
    names = columns(kind)
    return tuple(dict(zip(names, row, strict=True)) for row in table_rows(article, kind, id))


def table_csv(
    articles: Iterable[tuple[str | int | None, Article]], kind: str, *, header: bool = True
) -> str:
    r"""Write the ``kind`` rows of ``(id, article)`` pairs as CSV, the header first.

    Cells are written as the command writes them: ``None`` as an empty cell, days in
    ISO form (``2016-10-11``), numbers as Python writes them; lines end with ``\n``.

    >>> table_csv([], "meetings")
    'id,participants,mode,status,date,location,cameo,plover,span_start,span_end\n'
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(columns(kind))
    for id_, article in articles:
        writer.writerows([_csv_cell(cell) for cell in row]
                         for row in table_rows(article, kind, id_))
    return out.getvalue()


def casualty_table(articles: Iterable[tuple[str, Article]]) -> str:
    """The casualties table of ``(id, article)`` pairs as CSV: ``table_csv(…, "casualties")``.

    >>> casualty_table([]).splitlines()[0].split(",")[:6]
    ['id', 'kind', 'value', 'low', 'high', 'qualifier']
    """
    return table_csv(articles, "casualties")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _statement_row(id_: str | int | None, date: datetime.date | None, st: Statement) -> _Row:
    speaker = st.speaker
    quote = QUOTE_SEPARATOR.join(segment.text for segment in st.quotes) or None
    return (
        id_,
        _name(speaker),
        speaker.role if speaker else None,
        speaker.country if speaker else None,
        str(st.kind),
        quote,
        st.cue.text if st.cue else None,
        date,
        st.rule,
        st.span.start,
        st.span.end,
    )


def _casualty_row(id_: str | int | None, claim: CasualtyClaim) -> _Row:
    count = claim.count
    period = claim.period.range if claim.period else None
    return (
        id_,
        str(claim.kind),
        count.value,
        count.low,
        count.high,
        str(count.qualifier),
        count.text,
        str(claim.victims),
        _name(claim.perpetrator),
        _name(claim.source),
        claim.location,
        period.start if period else None,
        period.end if period else None,
        claim.span.start,
        claim.span.end,
    )


def _meeting_row(id_: str | int | None, meeting: Meeting) -> _Row:
    return (
        id_,
        "; ".join(p.name for p in meeting.participants),
        str(meeting.mode),
        str(meeting.status),
        meeting.date,
        meeting.location,
        meeting.cameo,
        meeting.plover,
        meeting.span.start,
        meeting.span.end,
    )

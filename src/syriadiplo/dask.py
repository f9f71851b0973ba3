"""Run syriadiplo over a ``dask.bag`` of records, on one machine or on a cluster.

Install the optional extra first: ``pip install 'syriadiplo[dask]'``. Importing
``syriadiplo`` never needs Dask; this module imports it when a function runs.
For example (not a doctest, so that the test run does not need Dask)::

    import dask.bag as db
    from syriadiplo.dask import extract_bag, write_jsonl, write_parquet

    records = db.read_text("dispatches/*.jsonl").map(json.loads)
    documents = extract_bag(records, errors="skip")
    write_jsonl(documents, "out/json/part-*.jsonl")
    write_parquet(documents, "out/casualties", "casualties")

Each record is a mapping with the article ``text`` and, optionally, its ``id``
and publication ``date`` (``YYYY-MM-DD`` or a :class:`datetime.date`); the field
names are parameters. Each output item is the article's JSON document
(:meth:`syriadiplo.Article.to_dict`) with ``"id"`` first. :func:`write_jsonl`
writes documents as JSON lines, :func:`to_dataframe` and :func:`write_parquet`
flatten them into one table per record kind. ``docs/scale.md`` shows the same on
a Dask cluster and on Spark.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from syriadiplo._pipeline import extract
from syriadiplo._records import Article
from syriadiplo._tables import Cell, TableKind, columns, records

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "Kind",
    "dtypes",
    "extract_bag",
    "extract_record",
    "rows",
    "to_dataframe",
    "write_jsonl",
    "write_parquet",
]

Kind = TableKind
"""The record kinds that flatten into a table: ``statements``, ``casualties``, ``meetings``."""


def extract_record(
    record: Mapping[str, Any],
    *,
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    include_text: bool = True,
    keep: Sequence[str] = (),
) -> dict[str, Any]:
    """Extract one record: its JSON document with ``"id"`` first, then the ``keep`` fields.

    The building block of :func:`extract_bag`, and of the Spark pattern of
    ``docs/scale.md``. A missing ``id`` gives ``"id": None``; a missing
    ``date`` (absent, ``None``, empty, or pandas' NaN, NA or NaT) gives an
    article without date. Raises :class:`ValueError`
    when the text is missing or not a string, or the date is not
    ``YYYY-MM-DD``.

    >>> doc = extract_record({"text": "Lundi, trois civils ont péri.", "date": "2016-09-30"})
    >>> doc["id"], doc["dates"][0]["start"]
    (None, '2016-09-26')
    """
    text = record.get(text_field)
    if not isinstance(text, str):
        kind = "missing" if text is None else f"a {type(text).__name__}, not a string"
        raise ValueError(f"record {record.get(id_field)!r}: {text_field!r} is {kind}")
    date = _date(record.get(date_field), f"record {record.get(id_field)!r}: {date_field!r}")
    document: dict[str, Any] = {"id": record.get(id_field)}
    document.update({name: record.get(name) for name in keep})
    document.update(extract(text, date=date).to_dict(include_text=include_text))
    return document


def _date(value: object, where: str) -> datetime.date | None:
    """Read a record's date: missing (see :func:`_missing`), ``YYYY-MM-DD`` or a date."""
    if _missing(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{where} is {value!r}, not a date YYYY-MM-DD")


def _missing(value: object) -> bool:
    """``None``, an empty string, or a missing value of pandas or NumPy (NaN, NA, NaT).

    >>> [_missing(v) for v in (None, "", float("nan"), "2016-09-30", 0)]
    [True, True, True, False, False]
    """
    if value is None or (isinstance(value, str) and not value):
        return True
    try:
        return bool(value != value)
    except TypeError:  # pandas.NA refuses to be a truth value
        return True


def _or_skip(record: Mapping[str, Any], **options: Any) -> dict[str, Any] | None:
    """:func:`extract_record`, or ``None`` for a record it refuses."""
    try:
        return extract_record(record, **options)
    except ValueError:
        return None


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    include_text: bool = True,
    keep: Sequence[str] = (),
    errors: Literal["raise", "skip"] = "raise",
) -> dask.bag.Bag:
    """A bag of JSON documents, one per record of ``bag``, in the same order.

    Nothing runs until the bag is computed or written. With
    ``errors="skip"``, records :func:`extract_record` refuses (no text, a bad
    date) are left out instead of failing the computation.
    """
    options: dict[str, Any] = {
        "text_field": text_field,
        "date_field": date_field,
        "id_field": id_field,
        "include_text": include_text,
        "keep": tuple(keep),
    }
    if errors == "raise":
        return bag.map(extract_record, **options)
    if errors == "skip":
        return bag.map(_or_skip, **options).filter(_is_document)
    raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")


def _is_document(item: dict[str, Any] | None) -> bool:
    """Whether :func:`_or_skip` kept the record."""
    return item is not None


def write_jsonl(documents: dask.bag.Bag, path: str) -> list[str]:
    """Write documents as JSON lines (UTF-8), one file per partition; return the file names.

    ``path`` is a directory or a pattern whose ``*`` becomes the partition
    number (``out/part-*.jsonl``); any file system Dask knows (``s3://…``) works.
    """
    lines = documents.map(json.dumps, ensure_ascii=False)
    written: list[str] = lines.to_textfiles(path, encoding="utf-8")
    return written


def rows(document: Mapping[str, Any], kind: Kind) -> tuple[dict[str, Cell], ...]:
    """Flatten one JSON document into the rows of the ``kind`` table, its id in each.

    The rows are :func:`syriadiplo.records`'s, the rows of the command's
    ``--table`` CSV, with ``"id"`` from the document.

    >>> doc = extract_record({"id": "b2", "text": "Au moins 12 civils ont été tués."})
    >>> [(r["id"], r["kind"], r["value"], r["qualifier"]) for r in rows(doc, "casualties")]
    [('b2', 'killed', 12, 'at_least')]
    """
    ident = document.get("id")
    article = Article.from_dict({key: value for key, value in document.items() if key != "id"})
    return records(article, kind, id=None if ident is None else str(ident))


def dtypes(kind: Kind) -> dict[str, str]:
    """The pandas dtype of each column of the ``kind`` table, in column order.

    Ids, names and vocabularies are strings, figures ``float64`` (a missing
    bound is ``NaN``), offsets ``int64``, days ``date32[pyarrow]``.

    >>> dtypes("meetings")["date"], dtypes("meetings")["span_start"]
    ('date32[pyarrow]', 'int64')
    """
    return {name: _DTYPES.get(name, "string") for name in columns(kind)}


_DTYPES = {
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "span_start": "int64",
    "span_end": "int64",
    "start": "date32[pyarrow]",
    "end": "date32[pyarrow]",
    "date": "date32[pyarrow]",
}


def to_dataframe(documents: dask.bag.Bag, kind: Kind) -> dask.dataframe.DataFrame:
    """One row per record of ``kind`` across all documents, as a Dask data frame.

    The columns are the command's ``--table`` columns, with the dtypes of
    :func:`dtypes`; ids are written as strings. Needs ``pandas`` and
    ``pyarrow`` (both part of the ``dask`` extra).
    """
    import pandas

    meta = pandas.DataFrame(
        {name: pandas.Series(dtype=dtype) for name, dtype in dtypes(kind).items()}
    )
    flat = documents.map(rows, kind).flatten()
    frame: dask.dataframe.DataFrame = flat.to_dataframe(meta=meta)
    return frame


def write_parquet(documents: dask.bag.Bag, path: str, kind: Kind) -> None:
    """Write the table of ``kind`` (see :func:`to_dataframe`) as a Parquet dataset at ``path``.

    Needs ``pyarrow`` (part of the ``dask`` extra).
    """
    to_dataframe(documents, kind).to_parquet(path, write_index=False)

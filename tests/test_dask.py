"""Scale-out on Dask: a bag of records gives exactly what extract() gives, record by record.

Runs on Dask's synchronous local scheduler over a few hundred articles
generated from sentences written for these tests (invented people, figures and
places). Skipped when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import datetime
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
pandas = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import syriadiplo  # noqa: E402
from syriadiplo._tables import columns  # noqa: E402
from syriadiplo.dask import (  # noqa: E402
    dtypes,
    extract_bag,
    extract_record,
    rows,
    to_dataframe,
    write_jsonl,
    write_parquet,
)

CLAIMS = (
    "{day}, au moins {n} civils ont été tués à {place} dans des frappes aériennes, selon l'OSDH.",
    "Près de {n} personnes ont fui {place} depuis {day}, a indiqué l'ONU.",
    "{n} rebelles ont été blessés lors de combats près de {place}.",
)
QUOTES = (
    "« Nous demandons une trêve à {place} », a déclaré {speaker}.",
    "{speaker} a affirmé que la situation à {place} restait très grave.",
)
MEETINGS = (
    "{name} s'est entretenu par téléphone avec son homologue américain Tom Walker.",
    "{name} doit rencontrer {weekday} à Genève l'émissaire de l'ONU Karl Berg.",
    "{name} a reçu {weekday} à Paris le chef de la diplomatie turque, Ali Demir.",
)
DAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi")
PLACES = ("Alep", "Homs", "Idleb", "Deraa", "Hama")
SPEAKERS = (
    ("le ministre français des Affaires étrangères, Paul Martin", "Paul Martin"),
    ("le porte-parole de la diplomatie russe, Ivan Petrov", "Ivan Petrov"),
    ("Lucie Bernard, la porte-parole de l'ONG", "Lucie Bernard"),
)
NUMBERS = ("12", "vingt", "35", "3 800", "150")


def _articles(count: int) -> Iterator[dict[str, Any]]:
    """``count`` generated records: id, text of three sentences, a date on two in three."""
    combos = itertools.product(CLAIMS, QUOTES, MEETINGS, DAYS, PLACES, SPEAKERS, NUMBERS)
    for i, (claim, quote, meeting, day, place, speaker, n) in enumerate(
        itertools.islice(combos, 0, None, 7)
    ):
        if i == count:
            return
        fields = {
            "day": day,
            "weekday": day.lower(),
            "place": place,
            "speaker": speaker[0],
            "name": speaker[1],
            "n": n,
        }
        text = " ".join(s.format(**fields) for s in (claim, quote, meeting))
        date = None if i % 3 == 0 else (datetime.date(2016, 9, 1) + datetime.timedelta(i % 29))
        yield {
            "id": f"art-{i:03d}",
            "text": text[0].upper() + text[1:],
            "date": date.isoformat() if date else None,
            "url": f"https://example.org/{i}",
        }


RECORDS = tuple(_articles(300))


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    """Every test computes on Dask's local synchronous scheduler."""
    with dask.config.set(scheduler="synchronous"):
        yield


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    """extract()'s document of each generated record, computed once for the module."""
    return [_expected(r) for r in RECORDS]


def _expected(record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """What extract() gives for one record, as a document with its id."""
    date = datetime.date.fromisoformat(record["date"]) if record["date"] else None
    return {"id": record["id"], **extra, **syriadiplo.extract(record["text"], date=date).to_dict()}


def test_generated_corpus_has_every_kind_of_record(expected: list[dict[str, Any]]) -> None:
    """The generated articles hold statements, casualty claims and meetings to flatten."""
    docs = expected

    assert (300, True, True, True) == (
        len(docs),
        all(d["casualty_claims"] for d in docs),
        all(d["statements"] for d in docs),
        all(d["meetings"] for d in docs),
    )


def test_bag_gives_extract_per_record_in_order(expected: list[dict[str, Any]]) -> None:
    """Each document of the bag is extract()'s document of its record, with its id first."""
    bag = db.from_sequence(RECORDS, npartitions=7)

    documents = extract_bag(bag).compute()

    assert expected == documents
    assert ["id"] == list(documents[0])[:1]


def test_field_names_options_and_kept_fields() -> None:
    """Other field names are read, text can be left out, and ``keep`` copies fields over."""
    renamed = [
        {"key": r["id"], "body": r["text"], "day": r["date"], "url": r["url"]} for r in RECORDS[:20]
    ]
    bag = db.from_sequence(renamed, npartitions=3)

    documents = extract_bag(
        bag,
        text_field="body",
        date_field="day",
        id_field="key",
        include_text=False,
        keep=("url",),
    ).compute()

    expected = []
    for r in RECORDS[:20]:
        doc = _expected(r, url=r["url"])
        del doc["text"]
        expected.append(doc)
    assert expected == documents


def test_bad_records_fail_or_are_skipped() -> None:
    """A record without text or with a bad date fails the run, or is skipped on request."""
    bad = [{"id": "x1"}, {"id": "x2", "text": 42}, {"id": "x3", "text": "Rien.", "date": "30/09"}]
    records = [RECORDS[0], *bad, RECORDS[1]]

    kept = extract_bag(db.from_sequence(records, npartitions=2), errors="skip").compute()

    assert [RECORDS[0]["id"], RECORDS[1]["id"]] == [d["id"] for d in kept]
    with pytest.raises(ValueError, match=r"^record 'x\d'"):
        extract_bag(db.from_sequence(records, npartitions=2)).compute()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": 7, "text": None}, "record 7: 'text' is missing"),
        ({"id": 7, "text": b"x"}, "record 7: 'text' is a bytes, not a string"),
        ({"id": 7, "text": "x", "date": "2016-9-30"}, "'2016-9-30', not a date YYYY-MM-DD"),
        ({"id": 7, "text": "x", "date": 20160930}, "20160930, not a date YYYY-MM-DD"),
    ],
)
def test_extract_record_names_the_bad_field(record: dict[str, Any], message: str) -> None:
    """extract_record() refuses a bad record with a message naming its id and field."""
    with pytest.raises(ValueError, match=message):
        extract_record(record)


@pytest.mark.parametrize(
    "missing", [None, "", float("nan"), pandas.NaT, pandas.NA], ids=["None", "", "NaN", "NaT", "NA"]
)
def test_missing_dates_give_an_article_without_date(missing: Any) -> None:
    """A date left empty by pandas or JSON (None, "", NaN, NaT, NA) is no date."""
    record = {"id": "d1", "text": "Lundi, huit civils ont été tués.", "date": missing}

    assert _expected({**record, "date": None}) == extract_record(record)


def test_jsonl_files_read_back_to_the_documents(
    tmp_path: Path, expected: list[dict[str, Any]]
) -> None:
    """write_jsonl() writes one UTF-8 file per partition whose lines are the documents."""
    documents = extract_bag(db.from_sequence(RECORDS, npartitions=4))

    names = write_jsonl(documents, str(tmp_path / "part-*.jsonl"))

    lines = [line for name in sorted(names) for line in Path(name).read_text("utf-8").splitlines()]
    assert 4 == len(names)
    assert expected == [json.loads(line) for line in lines]
    assert "é" in lines[0]


@pytest.mark.parametrize("kind", ["statements", "casualties", "meetings"])
def test_parquet_tables_hold_one_row_per_record(
    tmp_path: Path, kind: str, expected: list[dict[str, Any]]
) -> None:
    """write_parquet() writes the rows of every document, with the columns of the CSV table."""
    documents = extract_bag(db.from_sequence(RECORDS, npartitions=5))
    expected_rows = [row for doc in expected for row in rows(doc, kind)]

    write_parquet(documents, str(tmp_path / kind), kind)

    table = pandas.read_parquet(tmp_path / kind)
    actual = [
        {name: None if pandas.isna(value) else value for name, value in row.items()}
        for row in table.to_dict("records")
    ]
    assert list(columns(kind)) == list(table.columns)
    assert expected_rows == actual
    assert len(expected_rows) >= len(RECORDS)


def test_dataframe_of_an_empty_bag_has_the_columns() -> None:
    """A bag without records still gives a table with the right columns."""
    frame = to_dataframe(db.from_sequence([], npartitions=1), "meetings").compute()

    expected = {name: pandas.api.types.pandas_dtype(t) for name, t in dtypes("meetings").items()}
    assert (expected, 0) == (dict(frame.dtypes), len(frame))


def test_importing_syriadiplo_does_not_import_dask() -> None:
    """``import syriadiplo`` works without the extra: Dask is imported only when used."""
    code = "import sys, syriadiplo, syriadiplo.dask; print('dask' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert "False" == result.stdout.strip()

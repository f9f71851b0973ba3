"""Tables of records: the CSV of ``--table`` and the dicts of ``syriadiplo.records``."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest

import syriadiplo
from syriadiplo._cli import main
from syriadiplo._tables import TABLES, columns, table_csv

DAY = datetime.date(2016, 3, 9)

PARTIAL = ("Le porte-parole de l'ONU a jugé la trêve « fragile » et les discussions "
           "« très difficiles ».")
DIRECT = ("« Nous ne céderons pas », a déclaré mardi le ministre turc des Affaires étrangères, "
          "Mevlüt Cavusoglu.")
INDIRECT = ("Le ministre iranien Mohammad Javad Zarif a affirmé lundi que son pays "
            "soutiendrait Damas.")
PHONE = ("Le chef de la diplomatie russe Sergueï Lavrov s'est entretenu lundi au téléphone "
         "avec son homologue américain John Kerry.")
VISIT = "Le président français recevra jeudi à Paris le roi de Jordanie Abdallah II."
TOLL = "Selon l'OSDH, au moins 40 rebelles ont péri dimanche près de Homs."
OSDH = "Observatoire syrien des droits de l'homme – OSDH"

# (table, text, the CSV rows of an article with id "x", header left out)
TABLE_CASES = [
    ("statements", PARTIAL,
     "x,Stéphane Dujarric,porte-parole de l'ONU,,partial,fragile […] très difficiles,"
     "a jugé,2016-03-09,subject-cue,0,92\n"),
    ("statements", DIRECT,
     "x,Mevlüt Çavuşoğlu,ministre des Affaires étrangères,TUR,direct,Nous ne céderons pas,"
     "a déclaré,2016-03-09,inverted-cue,0,101\n"),
    ("statements", INDIRECT,
     "x,Mohammad Javad Zarif,ministre des Affaires étrangères,IRN,indirect,,a affirmé,"
     "2016-03-09,subject-cue,0,89\n"),
    ("statements", TOLL,
     f"x,{OSDH},,SYR,indirect,,Selon,2016-03-09,according-to,0,66\n"),
    ("casualties", TOLL,
     f"x,killed,40,40,,at_least,au moins 40,rebels,,{OSDH},Homs,2016-03-06,2016-03-06,14,43\n"),
    ("meetings", PHONE,
     "x,Sergueï Lavrov; John Kerry,phone,held,2016-03-07,,041,CONSULT,0,121\n"),
    ("meetings", VISIT,
     "x,François Hollande; Abdallah II,in_person,planned,2016-03-10,Paris,036,AGREE,0,75\n"),
    ("casualties", PHONE, ""),
    ("meetings", TOLL, ""),
]


@pytest.mark.parametrize(("kind", "text", "rows"), TABLE_CASES)
def test_table_rows(kind: str, text: str, rows: str) -> None:
    """Each record is one CSV row, in the table's columns, with the article id first."""
    article = syriadiplo.extract(text, date=DAY)

    assert ",".join(columns(kind)) + "\n" + rows == table_csv([("x", article)], kind)


def test_headers() -> None:
    """The header of each table is its documented list of columns, id first."""
    assert {
        "statements": "id,speaker,role,country,kind,quote,cue,date,rule,span_start,span_end",
        "casualties": "id,kind,value,low,high,qualifier,count,victims,perpetrator,source,"
                      "location,start,end,span_start,span_end",
        "meetings": "id,participants,mode,status,date,location,cameo,plover,span_start,span_end",
    } == {kind: table_csv([], kind).rstrip("\n") for kind in TABLES}


def test_records_statements() -> None:
    """``records`` gives plain dicts keyed by the columns, the id ``None`` unless given."""
    article = syriadiplo.extract(PARTIAL, date=DAY)

    assert (
        {
            "id": None, "speaker": "Stéphane Dujarric", "role": "porte-parole de l'ONU",
            "country": None, "kind": "partial", "quote": "fragile […] très difficiles",
            "cue": "a jugé", "date": DAY, "rule": "subject-cue", "span_start": 0,
            "span_end": 92,
        },
    ) == syriadiplo.records(article, "statements")


def test_records_casualties() -> None:
    """Figures stay numbers, missing values ``None``, days ``datetime.date``."""
    article = syriadiplo.extract(TOLL, date=DAY)

    assert (
        {
            "id": "toll-1", "kind": "killed", "value": 40, "low": 40, "high": None,
            "qualifier": "at_least", "count": "au moins 40", "victims": "rebels",
            "perpetrator": None, "source": OSDH, "location": "Homs",
            "start": datetime.date(2016, 3, 6), "end": datetime.date(2016, 3, 6),
            "span_start": 14, "span_end": 43,
        },
    ) == syriadiplo.records(article, "casualties", id="toll-1")


def test_records_meetings() -> None:
    """Participants are joined by ``; ``; codes are strings."""
    article = syriadiplo.extract(PHONE, date=DAY)

    assert (
        {
            "id": 7, "participants": "Sergueï Lavrov; John Kerry", "mode": "phone",
            "status": "held", "date": datetime.date(2016, 3, 7), "location": None,
            "cameo": "041", "plover": "CONSULT", "span_start": 0, "span_end": 121,
        },
    ) == syriadiplo.records(article, "meetings", id=7)


@pytest.mark.parametrize("kind", TABLES)
def test_records_are_plain(kind: str) -> None:
    """Every value is a plain Python value (no enum, no record), keys in column order."""
    text = " ".join([DIRECT, TOLL, PHONE])
    rows = syriadiplo.records(syriadiplo.extract(text, date=DAY), kind)

    assert rows
    plain = (str, int, float, bool, datetime.date, type(None))
    assert all(list(columns(kind)) == list(row) for row in rows)
    assert all(type(value) in plain for row in rows for value in row.values())


def test_records_and_csv_agree() -> None:
    """The CSV is the dicts written out: ``None`` as an empty cell, days in ISO form."""
    article = syriadiplo.extract(" ".join([DIRECT, TOLL, PHONE, VISIT]), date=DAY)
    for kind in TABLES:
        read = list(csv.DictReader(io.StringIO(table_csv([("x", article)], kind))))
        expected = [
            {k: "" if v is None else v.isoformat() if isinstance(v, datetime.date) else str(v)
             for k, v in row.items()}
            for row in syriadiplo.records(article, kind, id="x")
        ]
        assert expected == read


def test_nothing_found_is_an_empty_tuple() -> None:
    """An article without records of a kind gives ``()``."""
    assert () == syriadiplo.records(syriadiplo.Article(text="Rien à signaler."), "meetings")


def test_unknown_table() -> None:
    """An unknown kind is a ``ValueError`` naming the kinds there are."""
    with pytest.raises(ValueError, match="expected one of statements, casualties, meetings"):
        syriadiplo.records(syriadiplo.Article(), "quotes")


@pytest.mark.parametrize("kind", TABLES)
def test_cli_table(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--table KIND`` writes the same CSV, the file name as id, header once."""
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text(f"{DIRECT} {TOLL}", encoding="utf-8")
    second.write_text(f"{PHONE} {PARTIAL}", encoding="utf-8")

    status = main(["extract", str(first), str(second), "--table", kind, "--date", "2016-03-09"])

    out, err = capsys.readouterr()
    assert (0, "syriadiplo: 2 articles, 0 skipped\n") == (status, err)
    pairs = [(str(path), syriadiplo.extract(path.read_text(encoding="utf-8"), date=DAY))
             for path in (first, second)]
    assert table_csv(pairs, kind) == out


def test_quotes_with_line_breaks_stay_one_csv_record() -> None:
    """A cell holding a line break is quoted, so the row reads back whole."""
    text = "« Nous resterons.\nNous résisterons », a dit l'officier."
    quote = syriadiplo.Mention(text[2:34], syriadiplo.Span(2, 34))
    statement = syriadiplo.Statement(
        kind=syriadiplo.StatementKind.DIRECT, speaker=None, cue=None, quotes=(quote,),
        span=syriadiplo.Span(0, len(text)), rule="hand-made",
    )
    article = syriadiplo.Article(text=text, statements=(statement,))

    (row,) = csv.DictReader(io.StringIO(table_csv([("x", article)], "statements")))
    assert "Nous resterons.\nNous résisterons" == row["quote"]

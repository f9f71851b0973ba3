"""Reading a corpus: directories, JSON lines, standard input, bad records, resuming."""

from __future__ import annotations

import datetime
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from syriadiplo._cli import main
from syriadiplo._corpus import (
    CorpusError,
    Done,
    Fields,
    Record,
    Skipped,
    Source,
    completed_ids,
    read_corpus,
    sources_of,
    text_files,
)

KILLED = "Lundi, douze civils ont été tués par des tirs d'artillerie près d'Alep."
WOUNDED = "Mardi, trois soldats ont été blessés dans l'explosion d'une mine à Deraa."
MET = "Le chef de la diplomatie turque a reçu mercredi son homologue qatari à Ankara."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Call ``main`` and return its status, standard output and standard error."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, content: str | bytes) -> str:
    """Write a file (making its directories) and return its path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def jsonl(*records: object) -> bytes:
    """JSON lines of ``records``: dicts are dumped, bytes are taken as one raw line."""
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]
    return b"".join(line + b"\n" for line in lines)


def lines_of(out: str) -> list[dict[str, Any]]:
    """The JSON documents of JSON-lines output."""
    return [json.loads(line) for line in out.split("\n") if line]


# -- directories ---------------------------------------------------------------------------


def test_directory_order(tmp_path: Path) -> None:
    """A directory gives its ``*.txt`` files recursively, sorted by path parts, dotfiles out."""
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "a/notes.md", ".cache/x.txt", "a/.y.txt",
                 "C.TXT", "a/b.txt/d.txt"]:
        write(tmp_path / name, "Texte.")
    root = str(tmp_path)

    assert [
        f"{root}/C.TXT", f"{root}/a/b/c.txt", f"{root}/a/b.txt/d.txt", f"{root}/a/z.txt",
        f"{root}/b.txt",
    ] == list(text_files(root))


def test_directory_through_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extract DIR`` writes one JSON line per file, in sorted order, the path as id."""
    corpus = tmp_path / "corpus"
    write(corpus / "2016" / "10" / "b.txt", WOUNDED)
    write(corpus / "2016" / "09" / "a.txt", KILLED)
    write(corpus / "2017" / "c.txt", MET)
    write(corpus / "lisez-moi.md", "Pas un article.")

    status, out, err = run(["extract", str(corpus), "--no-text"], capsys)

    assert (0, "syriadiplo: 3 articles, 0 skipped\n") == (status, err)
    assert [f"{corpus}/2016/09/a.txt", f"{corpus}/2016/10/b.txt", f"{corpus}/2017/c.txt"] == [
        doc["id"] for doc in lines_of(out)
    ]
    assert [1, 1, 0] == [len(doc["casualty_claims"]) for doc in lines_of(out)]


# -- JSON lines ----------------------------------------------------------------------------


def test_jsonl_records() -> None:
    """Each line is a record: id, text, date (else the default), url and title passed on."""
    dump = io.BytesIO(jsonl(
        {"id": "afp-1", "text": KILLED, "date": "2016-09-26", "url": "https://example.org/1"},
        {"text": WOUNDED, "title": "Deraa", "lang": "fr"},
        {"id": 3, "text": MET, "date": "2016-09-28T17:45:00Z"},
    ))
    default = datetime.date(2016, 9, 30)

    assert [
        Record("afp-1", KILLED, "<stdin>:1", datetime.date(2016, 9, 26),
               (("url", "https://example.org/1"),)),
        Record("<stdin>:2", WOUNDED, "<stdin>:2", default, (("title", "Deraa"),)),
        Record(3, MET, "<stdin>:3", datetime.date(2016, 9, 28)),
    ] == list(read_corpus([Source("-", "jsonl")], date=default, stdin=dump))


def test_jsonl_custom_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--text-field``, ``--id-field``, ``--date-field`` name the keys of another dump."""
    dump = write(tmp_path / "scrape.json-lines", jsonl(
        {"guid": "x-9", "body": KILLED, "published": "2016-09-27", "url": "https://example.org/9"},
        {"guid": "x-10", "body": MET, "title": "Ankara"},
    ))

    status, out, err = run(
        ["extract", "--jsonl", dump, "--text-field", "body", "--id-field", "guid",
         "--date-field", "published", "--no-text"],
        capsys,
    )

    assert (0, "syriadiplo: 2 articles, 0 skipped\n") == (status, err)
    docs = lines_of(out)
    assert [
        ("x-9", "2016-09-27", "https://example.org/9", None),
        ("x-10", None, None, "Ankara"),
    ] == [(d["id"], d["date"], d.get("url"), d.get("title")) for d in docs]
    assert ["2016-09-26"] == [c["period"]["start"] for c in docs[0]["casualty_claims"]]


def test_jsonl_detected_by_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file named ``*.jsonl`` is read as JSON lines without ``--jsonl``."""
    dump = write(tmp_path / "depeches.JSONL", jsonl({"id": "a", "text": KILLED}))

    status, out, _ = run(["extract", dump, "--no-text"], capsys)

    assert (0, ["a"]) == (status, [d["id"] for d in lines_of(out)])


def test_jsonl_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--jsonl -`` reads JSON lines from standard input."""
    data = jsonl({"id": "s1", "text": KILLED}, {"id": "s2", "text": WOUNDED})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    status, out, _ = run(["extract", "--jsonl", "-", "--no-text"], capsys)

    assert (0, ["s1", "s2"]) == (status, [d["id"] for d in lines_of(out)])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": "a", "text": "caf\xe9"}', "not UTF-8 text (byte 0xe9 at offset 24)"),
        (b'{"id": "a", "text": ', "not JSON (Expecting value, column 21)"),
        (b'["une", "liste"]', "not a JSON object"),
        (b'{"id": "a", "title": "sans texte"}', 'no "text" field'),
        (b'{"id": "a", "text": null}', 'no "text" field'),
        (b'{"id": "a", "text": ["Alep"]}', '"text" is not a string'),
        (b'{"id": true, "text": "Alep."}', '"id" is not a string or an integer'),
        (b'{"id": "a", "text": "Alep.", "date": "30/09/2016"}',
         "\"date\" is not a date YYYY-MM-DD: '30/09/2016'"),
        (b'{"id": "a", "text": "' + b"x" * 101 + b'"}',
         "too large (over 100 characters, see --max-chars)"),
    ],
    ids=["not-utf8", "not-json", "not-object", "no-text", "null-text", "text-not-string",
         "bad-id", "bad-date", "too-large"],
)
def test_bad_jsonl_lines(line: bytes, reason: str) -> None:
    """A bad line is skipped with its line number and the reason; the next line is read."""
    dump = io.BytesIO(b"\n" + line + b"\n" + jsonl({"id": "b", "text": "Alep."}))

    items = list(read_corpus([Source("-", "jsonl")], max_chars=100, stdin=dump))

    assert [Skipped("<stdin>:2", reason), Record("b", "Alep.", "<stdin>:3")] == items


def test_very_long_line_is_not_read_whole() -> None:
    """A line too long to hold ``max_chars`` characters is skipped unparsed; the next is read."""
    dump = io.BytesIO(b'{"text": "' + b"x" * (13 * 10 + (1 << 26)) + b'"}\n{"text": "Alep."}\n')

    items = list(read_corpus([Source("-", "jsonl")], max_chars=10, stdin=dump))

    assert [
        Skipped("<stdin>:1", "too large (over 10 characters, see --max-chars)"),
        Record("<stdin>:2", "Alep.", "<stdin>:2"),
    ] == items


def test_byte_order_marks_are_dropped(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark opens neither a text nor the first JSON line."""
    text = write(tmp_path / "a.txt", b"\xef\xbb\xbfAlep.")
    dump = write(tmp_path / "b.jsonl", b'\xef\xbb\xbf{"id": 1, "text": "Homs."}\n')

    assert [Record(text, "Alep.", text), Record(1, "Homs.", f"{dump}:1")] == list(
        read_corpus(sources_of([text, dump]))
    )


# -- bad records through the command --------------------------------------------------------


def test_bad_utf8_file_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is reported and skipped; the others are written; status 1."""
    good = write(tmp_path / "a.txt", KILLED)
    bad = write(tmp_path / "b.txt", "Deraa, 3 août : deux blessés.".encode("latin-1"))
    last = write(tmp_path / "c.txt", MET)

    status, out, err = run(["extract", good, bad, last, "--no-text"], capsys)

    assert 1 == status
    assert [good, last] == [d["id"] for d in lines_of(out)]
    assert [
        f"syriadiplo: {bad}: skipped: not UTF-8 text (byte 0xfb at offset 11)",
        "syriadiplo: 2 articles, 1 skipped",
    ] == err.splitlines()


def test_missing_text_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON line without text is reported with its line number; status 1."""
    dump = write(tmp_path / "d.jsonl", jsonl(
        {"id": "a", "text": KILLED}, {"id": "b", "titre": "vide"}, {"id": "c", "text": MET},
    ))

    status, out, err = run(["extract", dump, "--no-text"], capsys)

    assert (1, ["a", "c"]) == (status, [d["id"] for d in lines_of(out)])
    assert [
        f'syriadiplo: {dump}:2: skipped: no "text" field',
        "syriadiplo: 2 articles, 1 skipped",
    ] == err.splitlines()


def test_too_large_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--max-chars`` skips longer articles, counted in characters, not bytes."""
    fits = write(tmp_path / "a.txt", "é" * 40)
    over = write(tmp_path / "b.txt", "é" * 41)

    status, out, err = run(["extract", fits, over, "--max-chars", "40", "--no-text"], capsys)

    assert (1, [fits]) == (status, [d["id"] for d in lines_of(out)])
    assert [
        f"syriadiplo: {over}: skipped: too large (over 40 characters, see --max-chars)",
        "syriadiplo: 1 article, 1 skipped",
    ] == err.splitlines()


def test_single_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single bad file writes nothing on stdout, and says why; status 1."""
    bad = write(tmp_path / "latin1.txt", "Alep, deux blessés.".encode("latin-1"))

    status, out, err = run(["extract", bad], capsys)

    assert (1, "") == (status, out)
    assert [
        f"syriadiplo: {bad}: skipped: not UTF-8 text (byte 0xe9 at offset 16)",
        "syriadiplo: 0 articles, 1 skipped",
    ] == err.splitlines()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract"], "no input: give files, directories, '-' or --jsonl FILE"),
        (["extract", "-", "--jsonl", "-"], "standard input '-' can be read only once"),
        (["extract", "--jsonl", "absent.jsonl"], "absent.jsonl: No such file or directory"),
        (["extract", "-", "--resume"], "--resume needs --output FILE"),
        (["extract", "-", "--resume", "-o", "x.json", "--format", "json"],
         "--resume needs JSON lines (--format jsonl) or a --table"),
        (["extract", "-", "--jobs", "-1"],
         "argument -j/--jobs: expected an integer >= 0, got '-1'"),
        (["extract", "-", "--max-chars", "0"],
         "argument --max-chars: expected an integer >= 1, got '0'"),
        (["extract", "-", "--table", "quotes"], "argument --table: invalid choice: 'quotes'"),
    ],
    ids=["no-input", "stdin-twice", "absent", "resume-no-output", "resume-json", "jobs",
         "max-chars", "table"],
)
def test_usage_errors(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Usage errors stop before any output, with one line and status 2."""
    monkeypatch.chdir(tmp_path)

    status, out, err = run(argv, capsys)

    assert (2, "") == (status, out)
    assert err.startswith(f"syriadiplo: error: {message}")
    assert 1 == len(err.splitlines())
    assert [] == list(tmp_path.iterdir())


# -- resuming ------------------------------------------------------------------------------


def test_completed_ids_repairs_a_partial_line(tmp_path: Path) -> None:
    """The ids of complete lines are read (as strings); a partial last line is cut off."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\n{"id": 2}\nnot json\n{"id": "c", "sche')

    assert frozenset({"a", "2"}) == completed_ids(str(out))
    assert b'{"id": "a"}\n{"id": 2}\nnot json\n' == out.read_bytes()


def test_completed_ids_of_a_table(tmp_path: Path) -> None:
    """In a table the id is the first cell; a record cut inside a quoted cell is cut off."""
    out = tmp_path / "out.csv"
    header = "id,kind,value,low,high,qualifier,count,victims,perpetrator,source,location," \
             "start,end,span_start,span_end\n"
    complete = header + 'a.txt,killed,3,3,3,exact,trois,people,,,,,,0,9\n' \
        'b.txt,killed,2,2,2,exact,"deux\nmorts",people,,,,,,0,9\n'
    out.write_text(complete + 'c.txt,killed,4,4,4,exact,"quatre\n', encoding="utf-8")

    assert frozenset({"a.txt", "b.txt"}) == completed_ids(str(out), table="casualties")
    assert complete == out.read_text(encoding="utf-8")


def test_completed_ids_checks_the_header(tmp_path: Path) -> None:
    """Resuming into another table's file is refused."""
    out = tmp_path / "out.csv"
    out.write_text("id,participants\n", encoding="utf-8")

    with pytest.raises(CorpusError, match="not a casualties table"):
        completed_ids(str(out), table="casualties")


def test_no_output_file_yet(tmp_path: Path) -> None:
    """A file that does not exist yet holds no ids."""
    assert frozenset() == completed_ids(str(tmp_path / "new.jsonl"))


def test_done_ids_are_not_read(tmp_path: Path) -> None:
    """Articles whose id is done are passed over unread, as :class:`Done`."""
    first = write(tmp_path / "a.txt", KILLED)
    second = write(tmp_path / "b.txt", b"\xff")
    dump = write(tmp_path / "c.jsonl", jsonl({"id": 7, "text": MET}, {"id": 8, "text": MET}))

    items = list(read_corpus(sources_of([first, second, dump]), done={second, "7"}))

    assert [
        Record(first, KILLED, first), Done(second, second), Done(f"{dump}:1", 7),
        Record(8, MET, f"{dump}:2"),
    ] == items


def test_fields_defaults() -> None:
    """The default keys are ``text``, ``id`` and ``date``."""
    assert ("text", "id", "date") == (Fields().text, Fields().id, Fields().date)

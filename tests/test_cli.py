"""The ``syriadiplo`` command line: output shapes, options and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import syriadiplo
from syriadiplo._cli import main

TEXT = "Mardi, l'armée a annoncé une trêve à Alep.\nElle a été rompue dès le soir.\n"
KEYS = {"schema", "date", "statements", "casualty_claims", "meetings", "quantities", "dates",
        "warnings"}


@pytest.fixture
def dispatch(tmp_path: Path) -> Path:
    """Write a small UTF-8 dispatch to disk."""
    path = tmp_path / "depeche.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Call ``main`` and return its status, standard output and standard error."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_one_file_prints_one_indented_document(
    dispatch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One file gives one indented JSON document, accents kept, with the text and no id."""
    status, out, err = run(["extract", str(dispatch)], capsys)

    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert KEYS | {"text"} == set(doc)
    assert doc["schema"] == "syriadiplo/1"
    assert doc["text"] == TEXT
    assert None is doc["date"]
    assert out.startswith("{\n  ")
    assert "armée" in out


def test_document_round_trips(dispatch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the command prints is what the library returns, and it reads back."""
    _, out, _ = run(["extract", str(dispatch), "--date", "2016-09-30"], capsys)

    article = syriadiplo.Article.from_dict(json.loads(out))
    assert syriadiplo.extract(TEXT, date=article.date) == article


def test_date_option_is_the_article_date(
    dispatch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--date`` becomes the document's ``date``."""
    status, out, _ = run(["extract", "--date", "2016-09-30", str(dispatch)], capsys)

    assert status == 0
    assert json.loads(out)["date"] == "2016-09-30"


def test_several_files_give_json_lines_with_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several files give one document per line, in order, each with its file name as id."""
    names = []
    for i, text in enumerate(["Premier texte.", "Second texte, plus long."]):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))

    status, out, _ = run(["extract", *names], capsys)

    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert names == [d["id"] for d in docs]
    assert [d["text"] for d in docs] == ["Premier texte.", "Second texte, plus long."]
    assert all(set(d) >= KEYS for d in docs)


def test_format_jsonl_for_one_file(dispatch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format jsonl`` writes one line with an id even for a single file."""
    _, out, _ = run(["extract", "--format", "jsonl", str(dispatch)], capsys)

    (line,) = out.splitlines()
    assert str(dispatch) == json.loads(line)["id"]


def test_format_json_for_several_files_is_an_array(
    dispatch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format json`` with several files writes an array of documents with ids."""
    _, out, _ = run(["extract", "--format", "json", str(dispatch), str(dispatch)], capsys)

    docs = json.loads(out)
    assert [str(dispatch)] * 2 == [d["id"] for d in docs]


def test_standard_input_is_one_article(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` reads the whole of standard input as one article, written as one JSON line."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))

    status, out, _ = run(["extract", "-"], capsys)

    assert status == 0
    (line,) = out.splitlines()
    doc = json.loads(line)
    assert (doc["id"], doc["text"]) == ("-", TEXT)


def test_text_is_kept_byte_for_byte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CRLF line ends stay in the text the offsets index; a byte-order mark is dropped."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfLigne un.\r\nLigne deux.\r\n")

    _, out, _ = run(["extract", str(path)], capsys)

    assert json.loads(out)["text"] == "Ligne un.\r\nLigne deux.\r\n"


def test_output_option_writes_the_file(
    dispatch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--output`` writes the document to the file in UTF-8 and nothing to stdout."""
    target = tmp_path / "out.json"

    status, out, _ = run(["extract", str(dispatch), "--output", str(target)], capsys)

    assert (status, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["text"] == TEXT


def test_no_text_leaves_the_text_out(dispatch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--no-text`` drops the ``text`` key and keeps the rest."""
    _, out, _ = run(["extract", "--no-text", str(dispatch)], capsys)

    assert set(json.loads(out)) == KEYS


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the package version and succeeds."""
    status, out, _ = run(["--version"], capsys)

    assert (0, f"syriadiplo {syriadiplo.__version__}\n") == (status, out)


def _not_utf8(tmp_path: Path) -> list[str]:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Alep, 3 août : deux bless\xe9s.".encode("latin-1"))
    return ["extract", str(bad)]


def _missing(tmp_path: Path) -> list[str]:
    return ["extract", str(tmp_path / "absent.txt")]


def _bad_date(tmp_path: Path) -> list[str]:
    good = tmp_path / "ok.txt"
    good.write_text(TEXT, encoding="utf-8")
    return ["extract", "--date", "30/09/2016", str(good)]


@pytest.mark.parametrize(
    ("make_argv", "expected"),
    [
        (_not_utf8, "latin1.txt: not UTF-8 text"),
        (_missing, "absent.txt: No such file or directory"),
        (_bad_date, "expected a date YYYY-MM-DD, got '30/09/2016'"),
    ],
    ids=["not-utf8", "missing", "bad-date"],
)
def test_errors_are_one_line_with_status_2(
    make_argv: Callable[[Path], list[str]],
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Input and usage errors exit with 2 and one line on stderr naming the problem."""
    status, out, err = run(make_argv(tmp_path), capsys)

    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("syriadiplo: error: ")
    assert expected in err
    assert "Traceback" not in err


def test_one_bad_file_means_no_output(
    dispatch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All inputs are read before any is processed: one bad file, no output at all."""
    target = tmp_path / "out.jsonl"
    argv = [*_not_utf8(tmp_path), str(dispatch), "-o", str(target)]
    argv.insert(1, str(dispatch))

    status, out, err = run(argv, capsys)

    assert (status, out) == (2, "")
    assert "not UTF-8 text" in err
    assert not target.exists()


def test_python_m_syriadiplo(dispatch: Path) -> None:
    """``python -m syriadiplo extract`` runs the same command in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-m", "syriadiplo", "extract", str(dispatch), "--date", "2016-09-30"],
        capture_output=True,
        check=False,
    )

    assert (done.returncode, done.stderr) == (0, b"")
    doc = json.loads(done.stdout.decode("utf-8"))
    assert (doc["date"], doc["text"]) == ("2016-09-30", TEXT)


def test_sample_dispatch(capsys: pytest.CaptureFixture[str]) -> None:
    """The sample dispatch of ``examples/`` goes through as the README's quick start runs it."""
    sample = Path(__file__).parents[1] / "examples" / "dispatch.txt"

    status, out, _ = run(["extract", str(sample), "--date", "2016-09-30"], capsys)

    assert status == 0
    doc = json.loads(out)
    assert doc["text"] == sample.read_text(encoding="utf-8")
    assert doc["text"].startswith("BEYROUTH, 30 sept 2016 (AFP) - ")


def test_table_casualties_prints_a_csv_header(
    dispatch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--table casualties`` prints CSV with the claim columns, the file name first."""
    status, out, err = run(["extract", str(dispatch), "--table", "casualties"], capsys)

    assert (status, err) == (0, "")
    header = out.splitlines()[0].split(",")
    assert ["id", "kind", "value", "low", "high", "qualifier", "count", "victims",
            "perpetrator", "source", "location", "start", "end"] == header[:13]


def test_casualty_table_has_one_row_per_claim() -> None:
    """Each claim is one row: input name, kind, count, victims, source, place, period."""
    import csv
    import datetime
    import io

    from syriadiplo._casualties import casualty_claims
    from syriadiplo._cli import casualty_table
    from syriadiplo._pipeline import layers_of

    text = "Jeudi, 11 civils ont été tués et 23 blessés à Mossoul, selon la police."
    date = datetime.date(2017, 3, 3)
    article = syriadiplo.Article(text=text, date=date,
                                 casualty_claims=casualty_claims(layers_of(text, date)))
    table = list(csv.DictReader(io.StringIO(casualty_table([("-", article)]))))
    assert [("-", "killed", "11", "civilians", "Mossoul", "2017-03-02"),
            ("-", "wounded", "23", "civilians", "Mossoul", "2017-03-02")] == [
        (r["id"], r["kind"], r["value"], r["victims"], r["location"], r["start"]) for r in table
    ]

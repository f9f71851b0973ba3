"""The ``syriadiplo`` command line: output shapes, options and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
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


def _missing(tmp_path: Path) -> list[str]:
    return ["extract", str(tmp_path / "absent.txt")]


def _bad_date(tmp_path: Path) -> list[str]:
    good = tmp_path / "ok.txt"
    good.write_text(TEXT, encoding="utf-8")
    return ["extract", "--date", "30/09/2016", str(good)]


@pytest.mark.parametrize(
    ("make_argv", "expected"),
    [
        (_missing, "absent.txt: No such file or directory"),
        (_bad_date, "expected a date YYYY-MM-DD, got '30/09/2016'"),
    ],
    ids=["missing", "bad-date"],
)
def test_errors_are_one_line_with_status_2(
    make_argv: Callable[[Path], list[str]],
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Usage errors exit with 2 and one line on stderr naming the problem."""
    status, out, err = run(make_argv(tmp_path), capsys)

    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("syriadiplo: error: ")
    assert expected in err
    assert "Traceback" not in err


def test_a_missing_input_means_no_output(
    dispatch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Inputs that do not exist are a usage error found before anything is written."""
    target = tmp_path / "out.jsonl"

    status, out, err = run(
        ["extract", str(dispatch), str(tmp_path / "absent.txt"), "-o", str(target)], capsys
    )

    assert (status, out) == (2, "")
    assert "absent.txt: No such file or directory" in err
    assert not target.exists()


def test_a_bad_file_is_skipped_and_the_rest_written(
    dispatch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not UTF-8 is skipped with a message; the others reach the output."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Alep, 3 août : deux bless\xe9s.".encode("latin-1"))
    target = tmp_path / "out.jsonl"

    status, out, err = run(["extract", str(bad), str(dispatch), "-o", str(target)], capsys)

    assert (status, out) == (1, "")
    assert [
        f"syriadiplo: {bad}: skipped: not UTF-8 text (byte 0xfb at offset 10)",
        "syriadiplo: 1 article, 1 skipped",
    ] == err.splitlines()
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert str(dispatch) == json.loads(line)["id"]


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


# -- corpus runs: order, processes, resuming, interruption ----------------------------------

SENTENCES = [
    "Lundi, douze civils ont été tués près d'Alep, selon l'OSDH.",
    "« Nous ne partirons pas », a lancé le porte-parole du gouvernement syrien.",
    "Le chef de la diplomatie turque a reçu mercredi son homologue qatari à Ankara.",
    "Au moins 300 familles ont fui les combats dans la province de Hama.",
    "Rien de notable n'a été signalé dans la nuit.",
]


def _corpus(tmp_path: Path, count: int) -> Path:
    """A directory of ``count`` articles of varied lengths, ``000.txt`` to ``count - 1``."""
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(count):
        text = " ".join(SENTENCES[k % len(SENTENCES)] for k in range(i, i + 1 + i % 4))
        (root / f"{i:03}.txt").write_text(text, encoding="utf-8")
    return root


def _extracted(
    tmp_path: Path, count: int, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    """A corpus of ``count`` articles (:func:`_corpus`) and its JSON lines in ``out.jsonl``."""
    root = _corpus(tmp_path, count)
    target = tmp_path / "out.jsonl"
    run(["extract", str(root), "-o", str(target)], capsys)
    return root, target


def _ids(out: str) -> list[object]:
    return [json.loads(line)["id"] for line in out.split("\n") if line]


def test_jobs_keep_the_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--jobs 2`` writes exactly what ``--jobs 1`` writes, in input order."""
    root = _corpus(tmp_path, 40)

    one = run(["extract", str(root), "--jobs", "1"], capsys)
    two = run(["extract", str(root), "--jobs", "2"], capsys)

    assert (0, "syriadiplo: 40 articles, 0 skipped\n") == (one[0], one[2])
    assert one == two
    assert [str(root / f"{i:03}.txt") for i in range(40)] == _ids(one[1])


def test_jobs_keep_the_order_of_a_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tables come out in the same order on several processes, header once."""
    root = _corpus(tmp_path, 25)

    one = run(["extract", str(root), "--table", "statements"], capsys)
    three = run(["extract", str(root), "--table", "statements", "-j", "3"], capsys)

    assert one == three
    assert 1 == one[1].count("id,speaker")


def test_ordered_map_on_processes() -> None:
    """``ordered_map`` gives results in input order whatever the window."""
    from syriadiplo._cli import ordered_map

    for window in (1, 3, 100):
        assert list(range(30, 0, -1)) == list(
            ordered_map(abs, range(-30, 0), jobs=2, window=window)
        )


def test_ordered_map_reads_ahead_no_further_than_its_window() -> None:
    """Items are drawn from the input only as results are handed on: memory stays bounded."""
    from syriadiplo._cli import ordered_map

    drawn: list[int] = []

    def items() -> Iterator[int]:
        for i in range(-20, 0):
            drawn.append(i)
            yield i

    seen = []
    for result in ordered_map(abs, items(), jobs=2, window=3):
        seen.append((result, len(drawn)))

    assert [(20 - k, min(k + 3, 20)) for k in range(20)] == seen


def test_format_json_writes_an_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json`` over a corpus streams the array ``json.dumps(…, indent=2)`` writes."""
    root = _corpus(tmp_path, 3)
    _, lines, _ = run(["extract", str(root), "--no-text"], capsys)

    status, out, _ = run(["extract", str(root), "--no-text", "--format", "json"], capsys)

    docs = [json.loads(line) for line in lines.splitlines()]
    assert (0, json.dumps(docs, indent=2, ensure_ascii=False) + "\n") == (status, out)


def test_format_json_of_nothing_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty corpus in ``--format json`` is ``[]``."""
    (tmp_path / "vide").mkdir()

    assert (0, "[]\n", "syriadiplo: 0 articles, 0 skipped\n") == run(
        ["extract", str(tmp_path / "vide"), "--format", "json"], capsys
    )


def test_resume_skips_done_ids_and_repairs_the_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--resume`` cuts a partial last line, keeps complete ones, and adds the rest."""
    root, target = _extracted(tmp_path, 4, capsys)
    complete = target.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(complete[:2]) + complete[2][:50], encoding="utf-8")

    status, out, err = run(["extract", str(root), "-o", str(target), "--resume"], capsys)

    assert (0, "", "syriadiplo: 2 articles, 0 skipped, 2 already done\n") == (status, out, err)
    assert "".join(complete) == target.read_text(encoding="utf-8")


def test_resume_a_finished_run_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Resuming a complete output leaves it as it is."""
    root, target = _extracted(tmp_path, 3, capsys)
    before = target.read_bytes()

    status, _, err = run(["extract", str(root), "-o", str(target), "--resume"], capsys)

    assert (0, "syriadiplo: 0 articles, 0 skipped, 3 already done\n") == (status, err)
    assert before == target.read_bytes()


def test_resume_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A table is resumed from its first column; the header is not written again."""
    root = _corpus(tmp_path, 6)
    whole = tmp_path / "whole.csv"
    part = tmp_path / "part.csv"
    run(["extract", str(root), "--table", "casualties", "-o", str(whole)], capsys)
    for path in sorted(root.iterdir())[3:]:
        path.rename(tmp_path / path.name)
    run(["extract", str(root), "--table", "casualties", "-o", str(part)], capsys)
    for path in sorted(tmp_path.glob("*.txt")):
        path.rename(root / path.name)
    with part.open(encoding="utf-8") as file:
        done = len({row[0] for row in list(csv.reader(file))[1:]})

    status, _, err = run(
        ["extract", str(root), "--table", "casualties", "-o", str(part), "--resume"], capsys
    )

    # An article without casualty claims has no row to show it done: it is read again.
    assert 0 < done < 3
    assert (0, f"syriadiplo: {6 - done} articles, 0 skipped, {done} already done\n") == (
        status, err
    )
    assert whole.read_text(encoding="utf-8") == part.read_text(encoding="utf-8")


def test_interrupt_leaves_complete_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C during the third article: two whole lines, a summary, status 130."""
    import syriadiplo._cli as cli

    root = _corpus(tmp_path, 5)
    target = tmp_path / "out.jsonl"
    calls = []

    def interrupted(text: str, **options: object) -> syriadiplo.Article:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return syriadiplo.extract(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "extract", interrupted)

    status, _, err = run(["extract", str(root), "-o", str(target)], capsys)

    assert (130, "syriadiplo: interrupted: 2 articles, 0 skipped\n") == (status, err)
    written = target.read_text(encoding="utf-8")
    assert written.endswith("\n")
    assert [str(root / "000.txt"), str(root / "001.txt")] == _ids(written)


def test_interrupt_waits_for_the_line_being_written() -> None:
    """Ctrl-C while a line is written takes effect once it is whole; a second one at once."""
    from syriadiplo._cli import _Guard

    guard = _Guard()
    written: list[str] = []

    def write(line: str, interrupts: int) -> None:
        with guard.writing():
            for _ in range(interrupts):
                guard._interrupt(signal.SIGINT, None)
            written.append(line)

    with pytest.raises(KeyboardInterrupt):
        write("one Ctrl-C", 1)
    with pytest.raises(KeyboardInterrupt):
        write("two Ctrl-C", 2)
    write("none", 0)
    with pytest.raises(KeyboardInterrupt):
        guard._interrupt(signal.SIGINT, None)

    assert ["one Ctrl-C", "none"] == written


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, a POSIX signal")
def test_ctrl_c_in_a_real_process(tmp_path: Path) -> None:
    """SIGINT to a running command: status 130, whole lines, a summary on stderr.

    The command reads JSON lines from a pipe the test feeds one record at a time, and
    the test reads each output line before it sends the next record, so the signal
    arrives at a known point (the command waiting for input) without any timing.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "syriadiplo", "extract", "--jsonl", "-", "--no-text"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    lines = []
    for i, text in enumerate(SENTENCES[:2]):
        process.stdin.write(json.dumps({"id": i, "text": text}).encode() + b"\n")
        process.stdin.flush()
        lines.append(process.stdout.readline())
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate()

    assert 130 == process.returncode
    assert b"" == rest
    assert [0, 1] == [json.loads(line)["id"] for line in lines]
    assert b"syriadiplo: interrupted: 2 articles, 0 skipped\n" == err


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, standard error shows a tqdm bar counting articles, then the summary."""
    root = _corpus(tmp_path, 3)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    status, out, _ = run(["extract", str(root), "--no-text"], capsys)

    shown = terminal.getvalue()
    assert (0, 3) == (status, len(out.splitlines()))
    assert "3 articles [" in shown
    assert shown.endswith("\nsyriadiplo: 3 articles, 0 skipped\n")


def test_import_does_not_load_tqdm() -> None:
    """``import syriadiplo`` (and the command module) leave tqdm unloaded."""
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys, syriadiplo, syriadiplo._cli; print('tqdm' in sys.modules)"],
        capture_output=True, check=True,
    )

    assert b"False\n" == done.stdout


def test_corpus_in_a_fresh_interpreter(tmp_path: Path) -> None:
    """``python -m syriadiplo`` on a directory with two processes, as a user runs it."""
    root = _corpus(tmp_path, 12)
    (root / "latin1.txt").write_bytes(b"Alep, deux bless\xe9s.")

    done = subprocess.run(
        [sys.executable, "-m", "syriadiplo", "extract", str(root), "--jobs", "2", "--no-text"],
        capture_output=True, check=False,
    )

    assert 1 == done.returncode
    assert [str(root / f"{i:03}.txt") for i in range(12)] == _ids(done.stdout.decode())
    assert [
        f"syriadiplo: {root / 'latin1.txt'}: skipped: not UTF-8 text (byte 0xe9 at offset 16)",
        "syriadiplo: 12 articles, 1 skipped",
    ] == done.stderr.decode().splitlines()


# -- the HTML view ---------------------------------------------------------------------------


def test_show_writes_an_html_page(dispatch: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """``show FILE --html OUT`` writes one HTML page holding the article's words."""
    pytest.importorskip("syriadiplo._html", reason="the HTML view (_html.py) is not there yet")
    page = tmp_path / "page.html"

    status, out, err = run(["show", str(dispatch), "--html", str(page), "--date", "2016-09-30"],
                           capsys)

    assert (0, "", "") == (status, out, err)
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "trêve" in html


def test_show_refuses_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``show`` on a file that is not UTF-8 is an error with status 2, and no page."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"Alep, deux bless\xe9s.")
    page = tmp_path / "page.html"

    status, out, err = run(["show", str(bad), "--html", str(page)], capsys)

    assert (2, "") == (status, out)
    assert f"syriadiplo: error: {bad}: not UTF-8 text (byte 0xe9 at offset 16)\n" == err
    assert not page.exists()


# -- the examples of docs/cli.md -------------------------------------------------------------

CLI_DOC = Path(__file__).parents[1] / "docs" / "cli.md"


def console_examples(markdown: str) -> list[tuple[str, str]]:
    """The ``$ command`` lines of the ``console`` blocks, each with the output shown under it."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"^```console\n(.*?)^```", markdown, flags=re.M | re.S):
        for line in block.splitlines(keepends=True):
            if line.startswith("$ "):
                examples.append((line[2:].rstrip("\n"), ""))
            else:
                command, shown = examples[-1]
                examples[-1] = (command, shown + line)
    return examples


@pytest.mark.skipif(shutil.which("bash") is None, reason="the examples are bash commands")
def test_console_examples(tmp_path: Path) -> None:
    """Every command of docs/cli.md prints what the page shows, run in order in a new directory.

    ``syriadiplo`` stands for ``python -m syriadiplo`` of the interpreter running the tests.
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "syriadiplo"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m syriadiplo "$@"\n')
    wrapper.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "LC_ALL": "C.UTF-8"}
    examples = console_examples(CLI_DOC.read_text(encoding="utf-8"))

    assert len(examples) > 10
    for command, shown in examples:
        done = subprocess.run(["bash", "-c", command], cwd=work, env=env, check=False,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        assert (command, shown) == (command, done.stdout.decode("utf-8"))

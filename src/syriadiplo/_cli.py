"""The ``syriadiplo`` command: read French dispatches, print their records as JSON.

``syriadiplo extract FILE... | -`` reads every input first and only then runs
:func:`syriadiplo.extract` on each, so a missing, unreadable or non-UTF-8 file
stops the run before anything is written: the output is all or nothing.

Exit status: 0 when every input was read and processed, 2 on a usage error
(bad ``--date``, unknown option) or an input or output error. Errors are one
line on standard error, ``syriadiplo: error: FILE: not UTF-8 text``.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import IO, Any, NoReturn

import attrs

from syriadiplo import __version__
from syriadiplo._pipeline import extract
from syriadiplo._records import Article

__all__ = ["main"]

PROG = "syriadiplo"
STDIN = "-"
"""The file name that stands for standard input (read whole, as one article)."""


class UsageError(Exception):
    """An input or output problem, reported on one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, never a traceback."""

    def error(self, message: str) -> NoReturn:
        """Report a usage error on one line and exit with status 2."""
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


@attrs.frozen
class _Input:
    """One article to process: its id in the output and its text."""

    name: str
    """The file name as given on the command line, or ``-`` for standard input."""
    text: str
    """The decoded text (a leading byte-order mark removed)."""


def iso_date(value: str) -> datetime.date:
    """Read ``--date``: an ISO calendar date ``YYYY-MM-DD``.

    >>> iso_date("2016-09-30")
    datetime.date(2016, 9, 30)
    """
    try:
        if len(value) != 10:
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date YYYY-MM-DD, got {value!r}"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``syriadiplo`` command."""
    parser = _Parser(
        prog=PROG,
        description="Typed records (quantities, dates…) from French news dispatches.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = commands.add_parser(
        "extract",
        help="print the JSON document of each dispatch",
        description=(
            "Print the JSON document (Article.to_dict()) of each dispatch. Every input is "
            "read before any is processed, so an unreadable file leaves no partial output."
        ),
    )
    ex.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files, one article each; '-' reads all of standard input as one article",
    )
    ex.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of the articles, which anchors relative dates (lundi, hier…)",
    )
    ex.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help=(
            "json: one indented document (an array of documents with an \"id\" for several "
            "inputs); jsonl: one document per line with an \"id\". Default: json for one file, "
            "jsonl for several files or standard input"
        ),
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ex.add_argument(
        "--no-text", action="store_true", help="leave the article text out of the output"
    )
    ex.add_argument(
        "--table",
        choices=("casualties",),
        help=(
            "print a CSV table instead of JSON: 'casualties' gives one row per casualty claim "
            "(columns: " + ", ".join(CASUALTY_COLUMNS) + ")"
        ),
    )
    return parser


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not UTF-8 text") from None


def _read_stdin() -> bytes | str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    text: str = sys.stdin.read()
    return text


def read_inputs(names: Sequence[str]) -> list[_Input]:
    """Read and decode every input, or raise :class:`UsageError` naming the first bad one."""
    if list(names).count(STDIN) > 1:
        raise UsageError("standard input '-' can be read only once")
    inputs = []
    for name in names:
        try:
            data = _read_stdin() if name == STDIN else _read_file(name)
        except OSError as error:
            raise UsageError(f"{name}: {error.strerror or error}") from None
        except UnicodeDecodeError:
            raise UsageError(f"{name}: not UTF-8 text") from None
        text = data if isinstance(data, str) else _decode(name, data)
        inputs.append(_Input(name, text))
    return inputs


def _read_file(name: str) -> bytes:
    with open(name, "rb") as file:
        return file.read()


def render(documents: Sequence[tuple[str, dict[str, Any]]], fmt: str, *, ascii_only: bool) -> str:
    r"""Write ``(id, document)`` pairs as one JSON document, a JSON array, or JSON lines.

    >>> render([("a.txt", {"schema": "syriadiplo/1"})], "jsonl", ascii_only=False)
    '{"schema": "syriadiplo/1", "id": "a.txt"}\n'
    """
    if fmt == "jsonl":
        return "".join(
            json.dumps({**doc, "id": name}, ensure_ascii=ascii_only) + "\n"
            for name, doc in documents
        )
    if len(documents) == 1:
        payload: object = documents[0][1]
    else:
        payload = [{**doc, "id": name} for name, doc in documents]
    return json.dumps(payload, ensure_ascii=ascii_only, indent=2) + "\n"


def _speaks_utf8(stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("_", "-") in {"utf-8", "utf8", "utf-8-sig"}


def _write(output: str | None, content: str) -> None:
    if output is None:
        try:
            sys.stdout.write(content)
            sys.stdout.flush()
        except BrokenPipeError:  # pragma: no cover - `syriadiplo extract … | head`
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as file:
            file.write(content)
    except OSError as error:
        raise UsageError(f"{output}: {error.strerror or error}") from None


CASUALTY_COLUMNS = (
    "id", "kind", "value", "low", "high", "qualifier", "count", "victims", "perpetrator",
    "source", "location", "start", "end", "span_start", "span_end",
)
"""Columns of ``--table casualties``: the input's name (``-`` for standard input), the
claim's kind, its count (value, bounds, qualifier, text), victims, the names of the
perpetrator and source, the place, the period's first and last days (ISO), and the
claim's span."""


def casualty_table(articles: Sequence[tuple[str, Article]]) -> str:
    """Write the casualty claims of ``(id, article)`` pairs as CSV, one row per claim.

    >>> casualty_table([]).splitlines()[0].split(",")[:6]
    ['id', 'kind', 'value', 'low', 'high', 'qualifier']
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CASUALTY_COLUMNS)
    for name, article in articles:
        for claim in article.casualty_claims:
            count = claim.count
            period = claim.period.range if claim.period else None
            writer.writerow((
                name, claim.kind, _cell(count.value), _cell(count.low), _cell(count.high),
                count.qualifier, count.text, claim.victims,
                claim.perpetrator.name if claim.perpetrator else "",
                claim.source.name if claim.source else "",
                claim.location or "",
                _cell(period.start if period else None), _cell(period.end if period else None),
                claim.span.start, claim.span.end,
            ))
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def run_extract(args: argparse.Namespace) -> None:
    """Carry out ``syriadiplo extract`` with parsed arguments."""
    names: list[str] = args.files
    inputs = read_inputs(names)
    if args.table == "casualties":
        articles = [(item.name, extract(item.text, date=args.date)) for item in inputs]
        _write(args.output, casualty_table(articles))
        return
    fmt: str = args.format or ("json" if names != [STDIN] and len(names) == 1 else "jsonl")
    documents = [
        (item.name, extract(item.text, date=args.date).to_dict(include_text=not args.no_text))
        for item in inputs
    ]
    ascii_only = args.output is None and not _speaks_utf8(sys.stdout)
    _write(args.output, render(documents, fmt, ascii_only=ascii_only))


def main(argv: list[str] | None = None) -> int:
    """Run the ``syriadiplo`` command with ``argv`` (default ``sys.argv[1:]``); return its status.

    Status 0 on success, 2 on a usage, input or output error (reported on one line
    of standard error, without a traceback).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    try:
        run_extract(args)
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    return 0

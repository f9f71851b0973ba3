"""The ``syriadiplo`` command: read French dispatches, write their records as JSON or CSV.

``syriadiplo extract`` reads text files, directories of them, standard input or
JSON-lines dumps one article at a time (:mod:`syriadiplo._corpus`), runs
:func:`syriadiplo.extract` on each, on ``--jobs`` processes, and writes each
article's JSON document, or its rows of a ``--table``, in input order. A bad
record is reported on standard error with its position and skipped; the run
goes on. Every piece of output is written whole and flushed, and Ctrl-C waits
for a write in progress, so an interrupted run leaves complete lines, which
``--resume`` picks up from. ``syriadiplo show`` writes one article as an HTML
page with its records highlighted.

Exit status: 0 when every record was written; 1 when some were skipped; 2 on a
usage error (unknown option, bad ``--date``, an input that does not exist, an
output that cannot be written); 130 when interrupted; 141 when standard output
was closed early (``| head``). Messages are one line on standard error, never a
traceback.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime
import json
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from types import FrameType, TracebackType
from typing import IO, TYPE_CHECKING, Any, Literal, NoReturn, TypeVar

import attrs

from syriadiplo import __version__
from syriadiplo._corpus import (
    MAX_CHARS,
    STDIN,
    CorpusError,
    Fields,
    Item,
    Record,
    Skipped,
    completed_ids,
    read_corpus,
    sources_of,
)
from syriadiplo._pipeline import extract
from syriadiplo._tables import CASUALTY_COLUMNS, TABLES, casualty_table, columns, table_csv

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from tqdm import tqdm

__all__ = ["CASUALTY_COLUMNS", "casualty_table", "main", "ordered_map"]

PROG = "syriadiplo"

EXIT_SKIPPED = 1
"""Exit status when some records were skipped."""
EXIT_USAGE = 2
"""Exit status on a usage, input or output error."""
EXIT_INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT), as shells report it."""
EXIT_PIPE = 141
"""Exit status when standard output was closed early (128 + SIGPIPE)."""

_CHUNK_RECORDS = 8
"""Articles sent to a worker process at once."""
_CHUNK_CHARS = 1_000_000
"""A chunk closes early once its articles hold this many characters."""
_WINDOW = 4
"""Chunks in flight per worker process: what bounds memory with ``--jobs``."""

T = TypeVar("T")
R = TypeVar("R")

Shape = Literal["document", "line", "item", "table"]
"""How one article is written: an indented document (a single input, ``--format json``),
a JSON line, an item of a JSON array, or rows of a CSV table."""


class UsageError(Exception):
    """An input or output problem, reported on one line with exit status 2."""


def _os_failure(name: str, error: OSError) -> UsageError:
    """The usage error for a file that cannot be opened or written: ``NAME: reason``."""
    return UsageError(f"{name}: {error.strerror or error}")


class _PipeClosedError(Exception):
    """Standard output was closed by its reader (``syriadiplo extract … | head``)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, never a traceback."""

    def error(self, message: str) -> NoReturn:
        """Report a usage error on one line and exit with status 2."""
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


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


def _count(minimum: int) -> Callable[[str], int]:
    def read(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = minimum - 1
        if number < minimum:
            raise argparse.ArgumentTypeError(f"expected an integer >= {minimum}, got {value!r}")
        return number

    return read


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``syriadiplo`` command."""
    parser = _Parser(
        prog=PROG,
        description="Typed records (statements, casualty figures, meetings) from French "
        "news dispatches.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(commands)
    _add_show(commands)
    return parser


def _add_extract(commands: Any) -> None:
    ex = commands.add_parser(
        "extract",
        help="write the JSON document or table rows of each dispatch",
        description=(
            "Run the extractor on each article of the inputs and write its JSON document "
            "(Article.to_dict()), or its rows of a CSV --table, in input order. Bad records "
            "are reported on standard error and skipped. Exit status: 0 when all were "
            "written, 1 when some were skipped, 2 on a usage error, 130 when interrupted."
        ),
    )
    ex.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="a UTF-8 text file (one article); a directory (its *.txt files, recursively, "
        "sorted); a .jsonl file (one article per line); '-' (standard input, one article)",
    )
    ex.add_argument(
        "--jsonl",
        action="append",
        default=[],
        metavar="FILE",
        help="read FILE as JSON lines whatever its name ('-' for standard input); repeatable",
    )
    ex.add_argument("--text-field", default="text", metavar="NAME",
                    help="key of the article text in JSON lines (default: text)")
    ex.add_argument("--id-field", default="id", metavar="NAME",
                    help="key of the article id in JSON lines (default: id; the line's "
                    "position FILE:LINE when a record has none)")
    ex.add_argument("--date-field", default="date", metavar="NAME",
                    help="key of the publication date YYYY-MM-DD in JSON lines (default: date)")
    ex.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of articles that carry none, which anchors relative dates "
        "(lundi, hier…)",
    )
    ex.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help=(
            "json: one indented document for a single text file or standard input, else an "
            "array of documents with an \"id\"; jsonl: one document per line with an \"id\". "
            "Default: json for a single text file, jsonl otherwise"
        ),
    )
    ex.add_argument(
        "--table",
        choices=TABLES,
        help="write CSV, one row per record, the article id first: "
        + "; ".join(f"{kind}: {', '.join(columns(kind)[1:])}" for kind in TABLES),
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ex.add_argument(
        "--resume",
        action="store_true",
        help="append to --output FILE, skipping the articles whose ids it already holds "
        "(a partial last line is cut off first)",
    )
    ex.add_argument(
        "--no-text", action="store_true", help="leave the article text out of the output"
    )
    ex.add_argument(
        "-j",
        "--jobs",
        type=_count(0),
        default=1,
        metavar="N",
        help="run on N processes (0: one per CPU); the output keeps the input order "
        "(default: 1)",
    )
    ex.add_argument(
        "--max-chars",
        type=_count(1),
        default=MAX_CHARS,
        metavar="N",
        help=f"skip articles longer than N characters (default: {MAX_CHARS})",
    )


def _add_show(commands: Any) -> None:
    sh = commands.add_parser(
        "show",
        help="write one dispatch as an HTML page with its records highlighted",
        description="Write one self-contained HTML page: the article with its quotes, cues, "
        "speakers, figures and meetings highlighted, and the list of its records.",
    )
    sh.add_argument("file", metavar="FILE", help="a UTF-8 text file, or '-' for standard input")
    sh.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                    help="publication date of the article, which anchors relative dates")
    sh.add_argument("--html", metavar="OUT", help="write the page to OUT (default: stdout)")


@attrs.frozen
class _Job:
    """What a worker makes of each article: the same for the whole run."""

    shape: Shape
    table: str | None
    include_text: bool
    ascii_only: bool


def render_record(job: _Job, record: Record) -> str:
    """Run the extractor on one article and write it as ``job`` says (a string ending a line)."""
    article = extract(record.text, date=record.date)
    if job.table is not None:
        return table_csv([(record.id, article)], job.table, header=False)
    doc = article.to_dict(include_text=job.include_text)
    if job.shape == "document":
        return json.dumps(doc, ensure_ascii=job.ascii_only, indent=2) + "\n"
    doc["id"] = record.id
    doc.update(record.extra)
    if job.shape == "line":
        return json.dumps(doc, ensure_ascii=job.ascii_only) + "\n"
    # An item of an indented array; split on "\n" only, never on U+2028 in a string.
    lines = json.dumps(doc, ensure_ascii=job.ascii_only, indent=2).split("\n")
    return "\n".join("  " + line for line in lines)


def _render_chunk(task: tuple[_Job, tuple[Record, ...]]) -> list[str | Skipped]:
    """Render a chunk of articles in a worker; a failure skips its article, not the chunk."""
    job, records = task
    pieces: list[str | Skipped] = []
    for record in records:
        try:
            pieces.append(render_record(job, record))
        except Exception as error:  # extract() never raises; this is a last line of defence
            reason = f"extraction failed ({type(error).__name__}: {error})"
            pieces.append(Skipped(record.position, reason))
    return pieces


def _chunks(records: Iterable[Record], size: int) -> Iterator[tuple[Record, ...]]:
    """Group records into chunks of ``size`` articles at most, or about ``_CHUNK_CHARS``."""
    chunk: list[Record] = []
    chars = 0
    for record in records:
        chunk.append(record)
        chars += len(record.text)
        if len(chunk) >= size or chars >= _CHUNK_CHARS:
            yield tuple(chunk)
            chunk, chars = [], 0
    if chunk:
        yield tuple(chunk)


def _ignore_interrupts() -> None:  # pragma: no cover - runs in the worker processes
    """Worker initialiser: Ctrl-C is the parent's to handle; it stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], *, jobs: int, window: int
) -> Generator[R, None, None]:
    """``map(func, items)`` on ``jobs`` worker processes, results in input order, lazily.

    At most ``window`` items are in flight: the next item is read from ``items``
    only when the oldest result has been handed on, so memory stays bounded however
    long ``items`` is (``Pool.imap`` would read all of ``items`` ahead). With
    ``jobs <= 1`` it runs in this process. ``func`` and the items must pickle.
    Closing the iterator, or an exception, terminates the workers.

    >>> list(ordered_map(abs, [-3, 1, -2], jobs=1, window=1))
    [3, 1, 2]
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
    try:
        pending: collections.deque[AsyncResult[R]] = collections.deque()
        for item in items:
            pending.append(pool.apply_async(func, (item,)))
            while len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


class _Guard:
    """Holds Ctrl-C back while a piece of output is written, so files hold whole lines.

    A second Ctrl-C during the same write stops at once. Installed only in the main
    thread, and only over Python's default handler (an ignored SIGINT stays ignored).
    """

    def __init__(self) -> None:
        self._writing = False
        self._pending = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _Guard:
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self._previous = signal.signal(signal.SIGINT, self._interrupt)
            self._installed = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def _interrupt(self, signum: int, frame: FrameType | None) -> None:
        if self._writing and not self._pending:
            self._pending = True
            return
        self._pending = False
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Defer Ctrl-C for the time of the block; raise it at its end if it came."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
            pending, self._pending = self._pending, False
        if pending:
            raise KeyboardInterrupt


class _Sink:
    """Where the output goes: each piece is written whole and flushed at once."""

    def __init__(self, stream: IO[str] | None, guard: _Guard, *, raw_utf8: bool) -> None:
        self._stream = stream
        self._guard = guard
        self._raw_utf8 = raw_utf8
        self.articles = 0
        """How many articles were written (counted before a deferred Ctrl-C takes effect)."""

    def write(self, piece: str, *, article: bool = True) -> None:
        """Write ``piece`` and flush it; raise :class:`UsageError` or :class:`_PipeClosedError`.

        ``article`` says whether ``piece`` is an article's output, to be counted.
        """
        with self._guard.writing():
            self._write(piece)
            self.articles += article

    def _write(self, piece: str) -> None:
        if self._stream is not None:
            try:
                self._stream.write(piece)
                self._stream.flush()
            except OSError as error:
                raise _os_failure(self._stream.name, error) from None
            return
        try:
            if self._raw_utf8:  # CSV on a console that is not UTF-8: write UTF-8 bytes
                sys.stdout.flush()
                sys.stdout.buffer.write(piece.encode("utf-8"))
                sys.stdout.buffer.flush()
            else:
                sys.stdout.write(piece)
                sys.stdout.flush()
        except BrokenPipeError:
            raise _PipeClosedError from None


class _Report:
    """Messages and the progress bar on standard error (the bar only on a terminal)."""

    def __init__(self, *, bar: bool) -> None:
        self._want_bar = bar
        self._bar: tqdm[Any] | None = None

    def tick(self) -> None:
        """Count one article done (written or skipped) on the progress bar."""
        if not self._want_bar:
            return
        if self._bar is None:
            from tqdm import tqdm  # only on a terminal: `import syriadiplo` never loads it

            self._bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
        self._bar.update(1)

    def say(self, line: str) -> None:
        """Write one line on standard error, above the progress bar if there is one."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        """Take the progress bar down."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@attrs.define
class _Counts:
    """What the run did, for the summary line and the exit status."""

    written: int = 0
    skipped: int = 0
    done: int = 0

    def summary(self, *, resume: bool) -> str:
        """``3 articles, 1 skipped`` (``, 2 already done`` with ``--resume``)."""
        noun = "article" if self.written == 1 else "articles"
        line = f"{self.written} {noun}, {self.skipped} skipped"
        return line + (f", {self.done} already done" if resume else "")


def _sift(items: Iterable[Item], counts: _Counts, report: _Report) -> Iterator[Record]:
    """Pass the records on; report and count the skipped ones and those already done."""
    for item in items:
        if isinstance(item, Record):
            yield item
        elif isinstance(item, Skipped):
            _skip(item, counts, report)
            report.tick()
        else:
            counts.done += 1


def _skip(item: Skipped, counts: _Counts, report: _Report) -> None:
    """Count a skipped record and report it with its position and reason."""
    counts.skipped += 1
    report.say(f"{PROG}: {item.position}: skipped: {item.reason}")


def _speaks_utf8(stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("_", "-") in {"utf-8", "utf8", "utf-8-sig"}


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _open_output(path: str, *, append: bool) -> IO[str]:
    try:
        return open(path, "a" if append else "w", encoding="utf-8", newline="\n")
    except OSError as error:
        raise _os_failure(path, error) from None


def run_extract(args: argparse.Namespace) -> int:
    """Carry out ``syriadiplo extract`` with parsed arguments; return the exit status."""
    sources = sources_of(args.files, args.jsonl)
    single = len(sources) == 1 and sources[0].kind == "text"
    fmt: str = args.format or (
        "json" if single and sources[0].name != STDIN and not args.resume else "jsonl"
    )
    table: str | None = args.table
    output: str | None = args.output
    if args.resume and output is None:
        raise UsageError("--resume needs --output FILE")
    if args.resume and table is None and fmt == "json":
        raise UsageError("--resume needs JSON lines (--format jsonl) or a --table")
    shape: Shape = (
        "table" if table else "line" if fmt == "jsonl" else "document" if single else "item"
    )
    done = completed_ids(output, table=table) if args.resume and output else frozenset[str]()
    header = table is not None and not (
        args.resume and output is not None and os.path.exists(output)
        and os.path.getsize(output) > 0
    )
    job = _Job(
        shape=shape,
        table=table,
        include_text=not args.no_text,
        ascii_only=output is None and table is None and not _speaks_utf8(sys.stdout),
    )
    jobs: int = args.jobs or os.cpu_count() or 1
    items = read_corpus(
        sources,
        fields=Fields(text=args.text_field, id=args.id_field, date=args.date_field),
        max_chars=args.max_chars,
        date=args.date,
        done=done,
    )
    counts = _Counts()
    report = _Report(bar=not single and _is_terminal(sys.stderr))
    stream = _open_output(output, append=args.resume) if output is not None else None
    status = 0
    try:
        with _Guard() as guard:
            sink = _Sink(stream, guard, raw_utf8=stream is None and table is not None
                         and not _speaks_utf8(sys.stdout))
            try:
                _run(sink, job, items, jobs, header, counts, report)
            except KeyboardInterrupt:
                status = EXIT_INTERRUPTED
            finally:
                counts.written = sink.articles
    except _PipeClosedError:  # pragma: no cover - `syriadiplo extract … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    finally:
        report.close()
        if stream is not None:
            stream.close()
    if status == EXIT_INTERRUPTED:
        report.say(f"{PROG}: interrupted: {counts.summary(resume=args.resume)}")
        return status
    if not single or counts.skipped or args.resume:
        report.say(f"{PROG}: {counts.summary(resume=args.resume)}")
    return EXIT_SKIPPED if counts.skipped else 0


def _run(
    sink: _Sink,
    job: _Job,
    items: Iterable[Item],
    jobs: int,
    header: bool,
    counts: _Counts,
    report: _Report,
) -> None:
    if job.table is not None and header:
        sink.write(table_csv([], job.table), article=False)
    size = 1 if jobs == 1 else _CHUNK_RECORDS
    tasks = ((job, chunk) for chunk in _chunks(_sift(items, counts, report), size))
    first = True
    with contextlib.closing(
        ordered_map(_render_chunk, tasks, jobs=jobs, window=_WINDOW * jobs)
    ) as results:
        for pieces in results:
            for piece in pieces:
                if isinstance(piece, Skipped):
                    _skip(piece, counts, report)
                else:
                    if job.shape == "item":
                        piece = ("[\n" if first else ",\n") + piece
                    sink.write(piece)
                    first = False
                report.tick()
    if job.shape == "item":
        sink.write("[]\n" if first else "\n]\n", article=False)


def run_show(args: argparse.Namespace) -> int:
    """Carry out ``syriadiplo show``: one article as an HTML page; return the exit status."""
    (source,) = sources_of([args.file])
    if source.kind != "text":
        raise UsageError(f"{args.file}: show reads one text file or '-'")
    (item,) = read_corpus([source], date=args.date)
    if not isinstance(item, Record):
        assert isinstance(item, Skipped)  # nothing is done without --resume
        raise UsageError(f"{item.position}: {item.reason}")
    from syriadiplo._html import render_html  # only `show` needs it

    page = render_html(extract(item.text, date=item.date),
                       title=None if args.file == STDIN else args.file)
    if args.html is None:
        sys.stdout.write(page)
        sys.stdout.flush()
        return 0
    try:
        with open(args.html, "w", encoding="utf-8", newline="\n") as file:
            file.write(page)
    except OSError as error:
        raise _os_failure(args.html, error) from None
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``syriadiplo`` command with ``argv`` (default ``sys.argv[1:]``); return its status.

    Status 0 on success, 1 when some records were skipped, 2 on a usage, input or
    output error (reported on one line of standard error, without a traceback),
    130 when interrupted.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    try:
        if args.command == "show":
            return run_show(args)
        return run_extract(args)
    except (UsageError, CorpusError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED

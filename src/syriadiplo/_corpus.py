"""Reading a corpus: text files, directories of them, standard input and JSON-lines dumps.

:func:`read_corpus` walks its sources lazily, one record at a time, so a corpus
of any size is never held in memory. It yields a :class:`Record` for each
article, a :class:`Skipped` for each bad one (not UTF-8, no text, too large…)
with its position and the reason, and a :class:`Done` for each article whose id
an earlier, interrupted run already wrote (see :func:`completed_ids`).

>>> import io
>>> dump = io.BytesIO(b'{"id": "a1", "text": "Bonjour."}\\n{"title": "sans texte"}\\n')
>>> for item in read_corpus([Source("-", "jsonl")], stdin=dump):
...     print(item)
Record(id='a1', text='Bonjour.', position='<stdin>:1', date=None, extra=())
Skipped(position='<stdin>:2', reason='no "text" field')
"""

from __future__ import annotations

import csv
import datetime
import errno
import io
import json
import os
import sys
from collections.abc import Container, Iterable, Iterator
from typing import IO, Literal, TypeAlias

import attrs

from syriadiplo._tables import columns

__all__ = [
    "MAX_CHARS",
    "PASSTHROUGH",
    "STDIN",
    "CorpusError",
    "Done",
    "Fields",
    "Item",
    "Record",
    "Skipped",
    "Source",
    "completed_ids",
    "read_corpus",
    "sources_of",
    "text_files",
]

STDIN = "-"
"""The input name that stands for standard input."""

MAX_CHARS = 5_000_000
"""The default limit on an article's length, in characters; longer ones are skipped."""

PASSTHROUGH = ("url", "title")
"""Keys of a JSON-lines record copied as they are into its output document."""

_STDIN_POSITION = "<stdin>"
_UTF8_MAX = 4
"""The most bytes UTF-8 spends on a character."""
_JSON_MAX = 12
"""The most bytes JSON spends on a character (an escaped surrogate pair, ``\\ud83d\\ude00``)."""
_LINE_SLACK = 1 << 26
"""Room in a JSON line for the fields besides the text (64 MiB)."""


class CorpusError(Exception):
    """An input that cannot be used at all (a path that does not exist): a usage error."""


@attrs.frozen
class Source:
    """One input of the command line: a text file, a directory, a JSON-lines file or stdin."""

    name: str
    """The path as given, or ``-`` for standard input."""
    kind: Literal["text", "directory", "jsonl"]
    """``text``: one article; ``directory``: its ``*.txt`` files, recursively;
    ``jsonl``: one article per line."""


@attrs.frozen
class Fields:
    """The keys of a JSON-lines record that hold the text, the id and the date."""

    text: str = "text"
    """The article text (required)."""
    id: str = "id"
    """The article id (a string or an integer); the line's position when absent."""
    date: str = "date"
    """The publication date, ``YYYY-MM-DD`` (an ISO date-time is cut to its day)."""


@attrs.frozen
class Record:
    """An article read from the corpus, ready for :func:`syriadiplo.extract`."""

    id: str | int
    """The article id: the file name as given, ``-`` for standard input, the record's id
    field, or its position (``dump.jsonl:7``)."""
    text: str
    """The article text."""
    position: str
    """Where it was read: the file name, or ``file:line`` in a JSON-lines file."""
    date: datetime.date | None = None
    """The publication date: the record's own, else the default date of the run."""
    extra: tuple[tuple[str, object], ...] = ()
    """The :data:`PASSTHROUGH` keys the record carries, with their values, in that order."""


@attrs.frozen
class Skipped:
    """A bad record, left out of the run: where it is and why."""

    position: str
    """The file name, or ``file:line`` in a JSON-lines file."""
    reason: str
    """What is wrong, in a few words (``not UTF-8 text``)."""


@attrs.frozen
class Done:
    """An article an earlier run already wrote to the output (``--resume``)."""

    position: str
    """The file name, or ``file:line`` in a JSON-lines file."""
    id: str | int
    """Its id."""


Item: TypeAlias = Record | Skipped | Done
"""What :func:`read_corpus` yields."""


def sources_of(names: Iterable[str], jsonl: Iterable[str] = ()) -> tuple[Source, ...]:
    """Classify the inputs of the command line: positional ``names``, then ``--jsonl`` files.

    A directory is read recursively, a name ending in ``.jsonl`` is a JSON-lines
    file, ``-`` is standard input (one article), anything else a text file.
    Raises :class:`CorpusError` for a path that does not exist, for standard input
    named twice, or when there is no input at all.
    """
    sources: list[Source] = []
    for name in names:
        if name == STDIN:
            sources.append(Source(name, "text"))
        elif os.path.isdir(name):
            sources.append(Source(name, "directory"))
        else:
            _must_exist(name)
            kind: Literal["text", "jsonl"] = (
                "jsonl" if name.lower().endswith(".jsonl") else "text"
            )
            sources.append(Source(name, kind))
    for name in jsonl:
        if name != STDIN:
            _must_exist(name)
            if os.path.isdir(name):
                raise CorpusError(f"{name}: {os.strerror(errno.EISDIR)}")
        sources.append(Source(name, "jsonl"))
    if sum(source.name == STDIN for source in sources) > 1:
        raise CorpusError("standard input '-' can be read only once")
    if not sources:
        raise CorpusError("no input: give files, directories, '-' or --jsonl FILE")
    return tuple(sources)


def _must_exist(name: str) -> None:
    if not os.path.exists(name):
        raise CorpusError(f"{name}: {os.strerror(errno.ENOENT)}")


def text_files(directory: str) -> Iterator[str]:
    """The ``*.txt`` files under ``directory``, recursively, in sorted order.

    Entries are visited in name order, each subdirectory where its name falls, so
    the order is that of the paths' parts: ``a/z.txt`` after ``a/b/c.txt``. The
    suffix is matched in any case (``.TXT``); names starting with a dot and links to
    directories are left out. Each path is ``directory`` joined with the relative path.
    """
    for item in _walk(directory):
        if isinstance(item, str):
            yield item


def _walk(directory: str) -> Iterator[str | Skipped]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(directory, _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.name.lower().endswith(".txt") and entry.is_file():
            yield path


def read_corpus(
    sources: Iterable[Source],
    *,
    fields: Fields = Fields(),
    max_chars: int = MAX_CHARS,
    date: datetime.date | None = None,
    done: Container[str] = frozenset(),
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Read every article of ``sources``, lazily and in order.

    ``fields`` names the keys of JSON-lines records; ``max_chars`` bounds an
    article's length (longer ones are :class:`Skipped` without being decoded
    whole); ``date`` is the publication date of articles that carry none;
    ``done`` holds ids (as strings, ``str(id)``) to yield as :class:`Done`
    instead of reading; ``stdin`` is the binary stream ``-`` reads
    (``sys.stdin.buffer`` by default). Blank lines of a JSON-lines file are passed
    over silently. An unreadable file or line never stops the walk.
    """
    for source in sources:
        if source.kind == "directory":
            for item in _walk(source.name):
                if isinstance(item, Skipped):
                    yield item
                else:
                    yield _text_file(item, max_chars, date, done)
        elif source.kind == "text":
            if source.name == STDIN:
                yield _text_stream(_stdin(stdin), max_chars, date, done)
            else:
                yield _text_file(source.name, max_chars, date, done)
        elif source.name == STDIN:
            yield from _jsonl(_stdin(stdin), _STDIN_POSITION, fields, max_chars, date, done)
        else:
            try:
                file = open(source.name, "rb")  # noqa: SIM115 - closed below, read lazily
            except OSError as error:
                yield Skipped(source.name, _os_reason(error))
                continue
            with file:
                yield from _jsonl(file, source.name, fields, max_chars, date, done)


def _stdin(stream: IO[bytes] | None) -> IO[bytes]:
    if stream is not None:
        return stream
    buffer: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    # A text stream without bytes underneath (tests, embedding): read it as it is.
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)


def _too_large(max_chars: int) -> str:
    return f"too large (over {max_chars} characters, see --max-chars)"


def _text_file(
    name: str, max_chars: int, date: datetime.date | None, done: Container[str]
) -> Item:
    """A text file read as one article, its name as its id and position."""
    if name in done:
        return Done(name, name)
    try:
        with open(name, "rb") as file:
            return _text_of(file, name, name, max_chars, date)
    except OSError as error:
        return Skipped(name, _os_reason(error))


def _text_stream(
    stream: IO[bytes], max_chars: int, date: datetime.date | None, done: Container[str]
) -> Item:
    if STDIN in done:
        return Done(_STDIN_POSITION, STDIN)
    try:
        return _text_of(stream, _STDIN_POSITION, STDIN, max_chars, date)
    except OSError as error:
        return Skipped(_STDIN_POSITION, _os_reason(error))


def _text_of(
    file: IO[bytes], position: str, id_: str, max_chars: int, date: datetime.date | None
) -> Record | Skipped:
    limit = _UTF8_MAX * max_chars + 3  # and a byte-order mark
    data = file.read(limit + 1)
    if len(data) > limit:
        return Skipped(position, _too_large(max_chars))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Skipped(position, _not_utf8(error))
    if len(text) > max_chars:
        return Skipped(position, _too_large(max_chars))
    return Record(id_, text, position, date)


def _not_utf8(error: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (byte {error.object[error.start]:#04x} at offset {error.start})"


def _jsonl(
    file: IO[bytes],
    name: str,
    fields: Fields,
    max_chars: int,
    date: datetime.date | None,
    done: Container[str],
) -> Iterator[Item]:
    limit = _JSON_MAX * max_chars + _LINE_SLACK
    number = 0
    while True:
        try:
            line = file.readline(limit + 1)
        except OSError as error:
            yield Skipped(f"{name}:{number + 1}", _os_reason(error))
            return
        if not line:
            return
        number += 1
        position = f"{name}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(file)
            yield Skipped(position, _too_large(max_chars))
            continue
        if line.strip():
            yield _json_record(line, position, fields, max_chars, date, done)


def _skip_rest_of_line(file: IO[bytes]) -> None:
    while True:
        chunk = file.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _json_record(
    line: bytes,
    position: str,
    fields: Fields,
    max_chars: int,
    date: datetime.date | None,
    done: Container[str],
) -> Item:
    try:
        data = json.loads(line.rstrip(b"\r\n").decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        return Skipped(position, _not_utf8(error))
    except json.JSONDecodeError as error:
        return Skipped(position, f"not JSON ({error.msg}, column {error.colno})")
    if not isinstance(data, dict):
        return Skipped(position, "not a JSON object")
    id_ = data.get(fields.id)
    if id_ is None:
        id_ = position
    elif isinstance(id_, bool) or not isinstance(id_, str | int):
        return Skipped(position, f'"{fields.id}" is not a string or an integer')
    if str(id_) in done:
        return Done(position, id_)
    text = data.get(fields.text)
    if text is None:
        return Skipped(position, f'no "{fields.text}" field')
    if not isinstance(text, str):
        return Skipped(position, f'"{fields.text}" is not a string')
    if len(text) > max_chars:
        return Skipped(position, _too_large(max_chars))
    own = data.get(fields.date)
    if own is not None and own != "":
        day = _day(own)
        if day is None:
            return Skipped(position, f'"{fields.date}" is not a date YYYY-MM-DD: {own!r}')
        date = day
    extra = tuple((key, data[key]) for key in PASSTHROUGH if data.get(key) is not None)
    return Record(id_, text, position, date, extra)


def _day(value: object) -> datetime.date | None:
    """Read a record's date: ``YYYY-MM-DD``, or an ISO date-time cut to its day.

    >>> _day("2016-09-30"), _day("2016-09-30T14:05:00+02:00"), _day("30/09/2016")
    (datetime.date(2016, 9, 30), datetime.date(2016, 9, 30), None)
    """
    if not isinstance(value, str) or len(value) < 10 or value[10:11] not in ("", "T", " "):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def completed_ids(path: str, *, table: str | None = None) -> frozenset[str]:
    """The ids of the articles an output file already holds, after repairing its end.

    ``path`` holds JSON lines (each with an ``"id"``), or, with ``table``, CSV rows
    whose first cell is the id, after a header. A run killed in the middle of a write
    can leave a partial last line (or CSV record): it is cut off, so that appending
    starts on a fresh line. Ids are returned as strings (``str(id)``). A file that
    does not exist holds no ids. Raises :class:`CorpusError` when ``table`` is given
    and the file's header is not that table's.
    """
    try:
        file = open(path, "r+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return frozenset()
    except OSError as error:
        raise CorpusError(f"{path}: {_os_reason(error)}") from None
    with file:
        ids, end = _csv_ids(file, path, table) if table else _jsonl_ids(file)
        file.seek(0, os.SEEK_END)
        if file.tell() > end:
            file.truncate(end)
    return frozenset(ids)


def _jsonl_ids(file: IO[bytes]) -> tuple[set[str], int]:
    ids: set[str] = set()
    end = 0
    for line in file:
        if not line.endswith(b"\n"):
            break
        end += len(line)
        try:
            data = json.loads(line)
        except ValueError:  # not JSON, or not UTF-8
            continue
        if isinstance(data, dict) and data.get("id") is not None:
            ids.add(str(data["id"]))
    return ids, end


def _csv_ids(file: IO[bytes], path: str, table: str) -> tuple[set[str], int]:
    consumed = 0

    def complete_lines() -> Iterator[str]:
        nonlocal consumed
        for line in file:
            if not line.endswith(b"\n"):
                return
            consumed += len(line)
            yield line.decode("utf-8", "replace")

    ids: set[str] = set()
    end = 0
    first = True
    try:
        for row in csv.reader(complete_lines(), strict=True):
            end = consumed  # the reader pulls lines only up to the end of this record
            if first:
                _check_header(row, path, table)
                first = False
            elif row:
                ids.add(row[0])
    except csv.Error:  # a record cut short at the end of the file
        pass
    return ids, end


def _check_header(row: list[str], path: str, table: str) -> None:
    if tuple(row) != columns(table):
        raise CorpusError(f"{path}: not a {table} table (its header differs), cannot resume")

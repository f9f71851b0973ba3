"""The highlighted view: one self-contained page, every record highlighted and linked.

The articles here are built by hand from sentences written for these tests, so
that the page is checked against records whose spans are known exactly; one
test runs the whole pipeline. The browser test renders a page in headless
Chromium and looks for the highlight colours in the screenshot.
"""

from __future__ import annotations

import collections
import datetime
import html
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syriadiplo
from syriadiplo import (
    Actor,
    ActorKind,
    Article,
    CasualtyClaim,
    CasualtyKind,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Mention,
    Quantity,
    Span,
    Statement,
    StatementKind,
    Victims,
)
from syriadiplo._html import LAYERS, render_html

TEXT = (
    "Mardi, 14 civils ont été tués à Homs, selon l'ONG. "
    "« Il faut cesser le feu », a affirmé le ministre Jean Dupont.\n"
    "Le ministre a reçu son homologue à Paris."
)
"""A short invented dispatch with one claim, two statements and one meeting."""


def _at(words: str, text: str = TEXT) -> Span:
    """The span of the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    return Span(start, start + len(words))


def _mention(words: str, text: str = TEXT) -> Mention:
    return Mention(words, _at(words, text))


def _bare_meeting(
    span: Span, mode: MeetingMode, *, mentions: tuple[Span, ...], cue: Mention | None = None
) -> Meeting:
    """A held meeting (CAMEO 040) with no participants, day or place."""
    return Meeting(
        participants=(),
        mode=mode,
        status=MeetingStatus.HELD,
        date=None,
        location=None,
        span=span,
        cameo="040",
        mentions=mentions,
        cue=cue,
    )


def _article() -> Article:
    """TEXT with its records written out by hand."""
    ngo = Actor("ONG", ActorKind.ORGANIZATION)
    minister = Actor("Jean Dupont", ActorKind.PERSON, role="ministre")
    claim_span = _at("14 civils ont été tués à Homs")
    first = _at("Mardi, 14 civils ont été tués à Homs, selon l'ONG.")
    second = _at("« Il faut cesser le feu », a affirmé le ministre Jean Dupont.")
    meeting = _at("Le ministre a reçu son homologue à Paris.")
    return Article(
        text=TEXT,
        date=datetime.date(2016, 9, 27),
        statements=(
            Statement(
                kind=StatementKind.INDIRECT,
                speaker=ngo,
                cue=_mention("selon"),
                quotes=(),
                span=first,
                rule="according-to",
                speaker_mention=_mention("l'ONG"),
            ),
            Statement(
                kind=StatementKind.DIRECT,
                speaker=minister,
                cue=_mention("a affirmé"),
                quotes=(_mention("Il faut cesser le feu"),),
                span=second,
                rule="inverted-cue",
                speaker_mention=_mention("le ministre Jean Dupont"),
            ),
        ),
        casualty_claims=(
            CasualtyClaim(
                kind=CasualtyKind.KILLED,
                count=Quantity("14", _at("14"), 14, 14, 14),
                victims=Victims.CIVILIANS,
                perpetrator=None,
                source=ngo,
                location="Homs",
                span=claim_span,
                victims_text="civils",
                cue=_mention("tués"),
            ),
        ),
        meetings=(
            Meeting(
                participants=(minister, Actor("homologue", ActorKind.PERSON)),
                mode=MeetingMode.IN_PERSON,
                status=MeetingStatus.HELD,
                date=None,
                location="Paris",
                span=meeting,
                cameo="042",
                mentions=(meeting,),
                cue=_mention("a reçu"),
            ),
        ),
    )


class _Page(HTMLParser):
    """Reads a rendered page: the classes over each character of the text, ids and links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        """How deep inside ``<div class="text">`` the parser is; 0 outside it."""
        self.stack: list[str] = []
        self.chars: list[tuple[str, frozenset[str]]] = []
        """Each character of the article text with the highlight classes over it."""
        self.ids: list[tuple[str, int]] = []
        """Each ``id`` inside the text, with the offset where it stands."""
        self.links: list[str] = []
        self.tags: collections.Counter[str] = collections.Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        if self.depth:
            if found.get("id"):
                self.ids.append((found["id"] or "", len(self.chars)))
            if tag != "a":
                self.depth += 1
                self.stack.append(found.get("class") or "")
        elif tag == "div" and found.get("class") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag != "a":
            self.depth -= 1
            if self.depth:
                self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            classes = frozenset(self.stack)
            self.chars.extend((char, classes) for char in data)

    @property
    def text(self) -> str:
        """The article text as the page shows it."""
        return "".join(char for char, _ in self.chars)

    def covered(self, css_class: str) -> set[int]:
        """The offsets of the characters a highlight class covers."""
        return {i for i, (_, classes) in enumerate(self.chars) if css_class in classes}

    def runs(self, css_class: str) -> list[str]:
        """The separate stretches of text a highlight class covers, in order."""
        found: list[str] = []
        previous = False
        for char, classes in self.chars:
            inside = css_class in classes
            if inside and previous:
                found[-1] += char
            elif inside:
                found.append(char)
            previous = inside
        return found


def _read(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _offsets(*spans: Span) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def test_page_shows_the_text_exactly() -> None:
    """Stripped of its markup, the text of the page is the article text, line ends kept."""
    article = _article()

    page = _read(render_html(article))

    assert TEXT == page.text


def test_each_layer_covers_exactly_its_spans() -> None:
    """Each highlight class covers the characters of its spans, and nothing else."""
    article = _article()
    st0, st1 = article.statements
    (claim,) = article.casualty_claims
    (meeting,) = article.meetings
    expected = {
        "hl-statement": _offsets(st0.span, st1.span),
        "hl-claim": _offsets(claim.span),
        "hl-meeting": _offsets(meeting.span),
        "hl-quote": _offsets(*(q.span for q in st1.quotes)),
        "hl-speaker": _offsets(_at("l'ONG"), _at("le ministre Jean Dupont")),
        "hl-cue": _offsets(_at("selon"), _at("a affirmé"), _at("tués"), _at("a reçu")),
        "hl-figure": _offsets(claim.count.span),
    }

    page = _read(render_html(article))

    assert expected == {layer.css_class: page.covered(layer.css_class) for layer in LAYERS}


@pytest.mark.parametrize(
    ("css_class", "expected"),
    [
        ("hl-quote", ["Il faut cesser le feu"]),
        ("hl-figure", ["14"]),
        ("hl-claim", ["14 civils ont été tués à Homs"]),
        ("hl-meeting", ["Le ministre a reçu son homologue à Paris."]),
        ("hl-cue", ["tués", "selon", "a affirmé", "a reçu"]),
    ],
)
def test_one_highlight_per_record_part(css_class: str, expected: list[str]) -> None:
    """Each quote, figure, claim, meeting and cue is one highlighted stretch."""
    page = _read(render_html(_article()))

    assert expected == page.runs(css_class)


def test_every_record_has_an_anchor_at_its_start_and_a_link() -> None:
    """Each record has an anchor where its span starts, and the side list links to it."""
    article = _article()
    expected = [
        ("statement-0", 0),
        ("claim-0", TEXT.index("14")),
        ("statement-1", TEXT.index("«")),
        ("meeting-0", TEXT.index("Le ministre a reçu")),
    ]

    page = _read(render_html(article))

    assert sorted(expected) == sorted(page.ids)
    assert sorted(f"#{ident}" for ident, _ in expected) == sorted(page.links)


def test_a_meeting_reported_twice_links_each_passage() -> None:
    """A meeting with two passages has an anchor and a highlight for each."""
    text = "Les deux ministres se sont vus lundi. Leur entretien a duré une heure."
    first, second = (
        _at("Les deux ministres se sont vus lundi.", text),
        _at("Leur entretien a duré une heure.", text),
    )
    meeting = _bare_meeting(first, MeetingMode.IN_PERSON, mentions=(first, second))

    page = _read(render_html(Article(text=text, meetings=(meeting,))))

    assert [("meeting-0", 0), ("meeting-0-1", second.start)] == page.ids
    assert ["#meeting-0", "#meeting-0-1"] == page.links
    assert [first.slice(text), second.slice(text)] == page.runs("hl-meeting")


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script> a été cité.",
        'Le chef a dit : "5 < 6 & 7 > 3".',
        "Rien à signaler &amp; pas de balise <b>.",
    ],
)
def test_text_and_title_are_escaped(text: str) -> None:
    """Markup in the text or the title is shown as text, never run or parsed."""
    article = Article(text=text)
    title = "<img src=x onerror=alert(1)> & co"

    rendered = render_html(article, title=title)
    page = _read(rendered)

    assert text == page.text
    assert [title, title] == [_inside(rendered, "title"), _inside(rendered, "h1")]
    assert 0 == page.tags["script"] + page.tags["img"] + page.tags["b"]


def _inside(page: str, tag: str) -> str:
    """The text of the page's first ``<tag>`` element, unescaped."""
    start = page.index(f"<{tag}>") + len(f"<{tag}>")
    return html.unescape(page[start : page.index(f"</{tag}>")])


def test_page_is_self_contained() -> None:
    """The page loads nothing: no script, no external style sheet, image or font."""
    page = render_html(_article())

    assert [] == [
        word
        for word in ("<script", "<link", "src=", "url(", "http:", "https:", "//")
        if word in page
    ]


def test_article_without_text_is_refused() -> None:
    """An article stored without its text cannot be shown."""
    with pytest.raises(ValueError, match="no text"):
        render_html(Article(text=None))


def test_page_of_an_extracted_dispatch() -> None:
    """The whole pipeline: every record extract() finds has its anchor and its link."""
    text = (
        "Jeudi, au moins 20 civils ont été tués à Idleb, selon l'OSDH. "
        "« Nous voulons la paix », a déclaré le porte-parole."
    )
    article = syriadiplo.extract(text, date=datetime.date(2016, 9, 30))
    idents = [
        *(f"statement-{i}" for i in range(len(article.statements))),
        *(f"claim-{i}" for i in range(len(article.casualty_claims))),
        *(f"meeting-{i}" for i in range(len(article.meetings))),
    ]

    page = _read(render_html(article))

    assert text == page.text
    assert sorted(idents) == sorted(ident for ident, _ in page.ids)
    assert sorted(f"#{i}" for i in idents) == sorted(page.links)
    assert [q.text for st in article.statements for q in st.quotes] == page.runs("hl-quote")


@st.composite
def _overlapping(draw: st.DrawFn) -> Article:
    """Random text with meetings and cues over random, overlapping spans."""
    text = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=60))
    meetings = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        cue_start = draw(st.integers(start, end))
        cue_end = draw(st.integers(cue_start, end))
        span = Span(start, end)
        meetings.append(
            _bare_meeting(
                span,
                MeetingMode.UNSPECIFIED,
                mentions=(span,),
                cue=Mention(text[cue_start:cue_end], Span(cue_start, cue_end)),
            )
        )
    return Article(text=text, meetings=tuple(meetings))


@given(_overlapping())
@settings(max_examples=150, deadline=None)
def test_overlapping_spans_keep_the_text_and_nest(article: Article) -> None:
    """Whatever the overlaps, the page shows the text exactly and covers exactly the spans."""
    meetings = article.meetings
    expected = (
        _offsets(*(m.span for m in meetings)),
        _offsets(*(m.cue.span for m in meetings if m.cue)),
        len(meetings),
    )

    page = _read(render_html(article))

    assert article.text == page.text
    assert expected == (page.covered("hl-meeting"), page.covered("hl-cue"), len(page.ids))


# --- the page in a real browser ------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


def _png_pixels(data: bytes) -> collections.Counter[bytes]:
    """How many pixels of each RGB colour an 8-bit, non-interlaced RGB or RGBA PNG holds."""
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (8, 0) == (depth, interlace)
    step = {2: 3, 6: 4}[colour_type]
    stride = width * step
    raw = zlib.decompress(b"".join(chunks))
    counts: collections.Counter[bytes] = collections.Counter()
    above = bytearray(stride)
    for y in range(height):
        base = y * (stride + 1)
        line = _unfilter(raw[base], bytearray(raw[base + 1 : base + 1 + stride]), above, step)
        counts.update(bytes(line[x : x + 3]) for x in range(0, stride, step))
        above = line
    return counts


def _unfilter(kind: int, line: bytearray, above: bytearray, step: int) -> bytearray:
    """Undo one PNG scanline filter (None, Sub, Up, Average, Paeth)."""
    if kind == 0:
        return line
    if kind == 2:
        return bytearray((a + b) & 0xFF for a, b in zip(line, above, strict=True))
    for i in range(len(line)):
        left = line[i - step] if i >= step else 0
        corner = above[i - step] if i >= step else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + above[i]) // 2) & 0xFF
        elif kind == 4:
            guess = left + above[i] - corner
            near = min(
                (abs(guess - left), 0, left),
                (abs(guess - above[i]), 1, above[i]),
                (abs(guess - corner), 2, corner),
            )
            line[i] = (line[i] + near[2]) & 0xFF
    return line


def _screenshot(page: str, directory: Path, name: str) -> bytes:
    """Render ``page`` in headless Chromium and return the PNG screenshot."""
    source = directory / f"{name}.html"
    source.write_text(page, encoding="utf-8")
    shot = directory / f"{name}.png"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={directory / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1200,900",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return shot.read_bytes()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_browser_paints_every_highlight_colour(tmp_path: Path) -> None:
    """In Chromium, the text shows each highlight colour beyond what the legend paints."""
    article = _article()
    bare = Article(text=article.text, date=article.date)

    full = _screenshot(render_html(article), tmp_path, "full")
    legend_only = _screenshot(render_html(bare), tmp_path, "bare")
    with_records, without = _png_pixels(full), _png_pixels(legend_only)

    colours = {layer.css_class: bytes.fromhex(layer.colour[1:]) for layer in LAYERS}
    assert [] == [name for name, rgb in colours.items() if without[rgb] == 0]
    assert [] == [name for name, rgb in colours.items() if with_records[rgb] <= without[rgb]]
